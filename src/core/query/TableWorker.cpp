#include "TableWorker.h"

#include "db/BoundQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// Rows counted before falling back to the id-range estimate: cheap on an
// index, and exact for the small results operators mostly look at.
constexpr qint64 kCheapCountLimit = 10000;

// Attempts per unit of work. Busy waits already include SQLite's own busy
// timeout, so a few are plenty; a lost connection gets one immediate reopen
// (a restarted server is back), after that the model's backoff takes over.
constexpr int kAttempts = 3;
constexpr int kBusyPauseMs = 100;

// SQLite counts a filtered query in slices of this many ids, each its own
// statement and so its own read transaction: in rollback-journal mode a
// reader's lock keeps the robot from committing, and a filter that scans ten
// million rows would hold it for seconds, beyond the robot's 5-second busy
// timeout. A slice takes milliseconds; between two the robot commits.
constexpr qint64 kCountSliceIds = 50000;

} // namespace

TableWorker::TableWorker(std::shared_ptr<std::atomic<quint64>> currentGeneration, Post post)
    : m_currentGeneration(std::move(currentGeneration))
    , m_post(std::move(post))
{
}

TableWorker::~TableWorker() = default;

TableWorker::Opened TableWorker::open(const ConnectionSpec &spec, RobotTable table,
                                      const QString &purpose)
{
    m_spec = spec;
    m_table = table;
    m_purpose = purpose;
    m_filters = {};
    m_sort = {};
    dropConnection();
    Opened result;
    std::unique_ptr<DatabaseConnection> connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, &result.error, purpose);
    if (connection)
        m_reader = TableReader::create(*connection, table, &result.error);
    {
        QMutexLocker locker(&m_connectionMutex);
        m_connection = std::move(connection);
    }
    if (!m_reader)
        return result;
    m_wasPresent = m_reader->isPresent();
    result.present = m_reader->isPresent();
    result.columns = m_reader->columns();
    result.missingColumns = m_reader->missingColumns();
    return result;
}

QString TableWorker::setQuery(const FilterSet &filters, const SortSpec &sort, bool *canUseIndex)
{
    m_filters = filters;
    m_sort = sort;
    if (!m_reader)
        return {}; // applied when the connection comes back
    QString error;
    if (!m_reader->setQuery(filters, sort, &error))
        return error;
    *canUseIndex = m_reader->builder().canUseIndex();
    return {};
}

void TableWorker::dropConnection()
{
    m_reader.reset();
    QMutexLocker locker(&m_connectionMutex);
    m_connection.reset();
}

bool TableWorker::ensureConnected(Outcome *outcome)
{
    if (m_connection && m_connection->isBroken()) {
        const QString problem = m_connection->fileProblem();
        if (ConnectionFault::classify(problem) == FaultKind::Damaged) {
            // A new connection would see an empty database and call it "no rows".
            outcome->error = problem;
            outcome->fault = FaultKind::Damaged;
            return false;
        }
        dropConnection();
    }
    if (m_reader)
        return true;
    if (!m_spec) {
        outcome->error = QCoreApplication::translate("TableWorker", "not connected");
        outcome->fault = FaultKind::Other;
        return false;
    }
    QString error;
    std::unique_ptr<DatabaseConnection> connection =
        DatabaseConnection::open(*m_spec, AccessMode::ReadOnly, &error, m_purpose);
    std::unique_ptr<TableReader> reader;
    if (connection)
        reader = TableReader::create(*connection, m_table, &error);
    if (reader && m_wasPresent && !reader->isPresent())
        error = QCoreApplication::translate(
                    "TableWorker",
                    "the %1 table is no longer in the database (was the file replaced or emptied?)")
                    .arg(RobotSchema::table(m_table).name);
    if (reader && error.isEmpty() && !reader->setQuery(m_filters, m_sort, &error))
        reader.reset();
    if (!reader || !error.isEmpty()) {
        outcome->error = error;
        outcome->fault = ConnectionFault::classify(error);
        if (outcome->fault == FaultKind::Other && !connection)
            outcome->fault = FaultKind::ConnectionLost; // could not connect, whatever the words
        return false;
    }
    m_reader = std::move(reader);
    {
        QMutexLocker locker(&m_connectionMutex);
        m_connection = std::move(connection);
    }
    outcome->reconnected = true;
    return true;
}

std::function<bool()> TableWorker::currentGenerationWanted() const
{
    return [this, generation = m_currentGeneration->load()] {
        return isCurrent(generation);
    };
}

bool TableWorker::runStatement(const std::function<bool()> &statement,
                               const std::function<bool()> &wanted, Outcome *outcome)
{
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (!ensureConnected(outcome))
            return false;
        m_statementError.clear();
        if (statement()) {
            outcome->error.clear();
            outcome->fault = FaultKind::None;
            return true;
        }
        outcome->error = m_statementError.isEmpty() ? m_reader->lastError() : m_statementError;
        outcome->fault = ConnectionFault::classify(outcome->error);
        if (m_connection->isBroken() && outcome->fault != FaultKind::Damaged)
            outcome->fault = FaultKind::ConnectionLost;
        if (!wanted())
            return false; // nobody waits for this answer any more
        switch (outcome->fault) {
        case FaultKind::Busy:
            QThread::msleep(kBusyPauseMs << attempt);
            break;
        case FaultKind::ConnectionLost:
            dropConnection();
            break;
        case FaultKind::Other:
            // An interrupt meant for the previous query may hit this one: retry once.
            if (attempt > 0)
                return false;
            break;
        case FaultKind::None:
        case FaultKind::Damaged:
            return false;
        }
    }
    return false;
}

PageResult TableWorker::loadPage(const PageRequest &request, const std::function<bool()> &wanted)
{
    PageResult result{request, {}, {}};
    Outcome outcome;
    runStatement(
        [&] {
            std::optional<QList<TableRow>> rows;
            switch (request.mode) {
            case PageRequest::Mode::First:
                rows = m_reader->first(request.limit);
                break;
            case PageRequest::Mode::After:
                rows = m_reader->after(request.key, request.limit);
                break;
            case PageRequest::Mode::Before:
                rows = m_reader->before(request.key, request.limit);
                break;
            case PageRequest::Mode::Last:
                rows = m_reader->last(request.limit);
                break;
            case PageRequest::Mode::Offset:
                rows = m_reader->at(request.offset, request.limit);
                break;
            }
            if (rows)
                result.rows = std::move(*rows);
            return rows.has_value();
        },
        wanted, &outcome);
    result.error = outcome.error;
    result.fault = outcome.fault;
    result.reconnected = outcome.reconnected;
    return result;
}

TableWorker::Estimate TableWorker::estimate()
{
    Estimate result;
    Outcome outcome;
    runStatement(
        [&] {
            const auto table = m_reader->estimateTableRows();
            if (!table)
                return false;
            result.tableRows = *table;
            result.rows = *table;
            const bool filtered = !m_reader->builder().filters().isEmpty();
            if (!filtered || m_reader->builder().canUseIndex()) {
                // Unfiltered, the id range may overstate (deleted rows); a capped
                // count tells small results exactly without a full count.
                if (const auto capped = m_reader->countUpTo(kCheapCountLimit)) {
                    if (*capped < kCheapCountLimit) {
                        result.rows = *capped;
                        result.exact = true;
                    }
                }
            }
            return true;
        },
        currentGenerationWanted(), &outcome);
    result.error = outcome.error;
    return result;
}

std::optional<qint64> TableWorker::count(Outcome *outcome)
{
    std::optional<qint64> rows;
    const std::function<bool()> wanted = currentGenerationWanted();
    runStatement(
        [&] {
            // Unfiltered, SQLite counts the entries of its smallest index:
            // milliseconds per million rows, too short to stall the robot,
            // where slices would each read the table's own pages.
            const bool slice = m_spec->isSqlite() && !m_reader->builder().filters().isEmpty();
            rows = slice ? countInSlices(wanted) : m_reader->exactCount();
            return rows.has_value();
        },
        wanted, outcome);
    return rows;
}

std::optional<qint64> TableWorker::countInSlices(const std::function<bool()> &wanted)
{
    if (!m_reader->isPresent())
        return 0;
    const QueryBuilder &builder = m_reader->builder();
    qint64 low = 0;
    qint64 high = -1;
    {
        QSqlQuery query(m_connection->database());
        const BoundSql range = builder.idRange();
        if (!BoundQuery::exec(query, range.sql, range.values, &m_statementError))
            return std::nullopt;
        if (!query.next() || query.value(0).isNull())
            return 0; // an empty table
        low = query.value(0).toLongLong();
        high = query.value(1).toLongLong();
    }
    // Rows the robot adds meanwhile get ids above `high`: the count is the
    // table as it was when counting began, which the next refresh catches up.
    QueryBuilder slice = builder;
    qint64 total = 0;
    for (qint64 from = low; from <= high; from += kCountSliceIds) {
        if (!wanted()) {
            m_statementError = QCoreApplication::translate("TableWorker", "cancelled");
            return std::nullopt;
        }
        FilterSet filters = builder.filters();
        filters.filters << Filter{QStringLiteral("id"),
                                  FilterOperator::GreaterEqual,
                                  {QVariant::fromValue(from)}}
                        << Filter{QStringLiteral("id"),
                                  FilterOperator::Less,
                                  {QVariant::fromValue(from + kCountSliceIds)}};
        if (!slice.setQuery(filters, builder.sort(), &m_statementError))
            return std::nullopt;
        const BoundSql sql = slice.count();
        QSqlQuery query(m_connection->database());
        if (!BoundQuery::exec(query, sql.sql, sql.values, &m_statementError))
            return std::nullopt;
        if (!query.next()) {
            m_statementError = DatabaseConnection::describeError(query.lastError());
            return std::nullopt;
        }
        total += query.value(0).toLongLong();
    }
    return total;
}

TableWorker::Outcome TableWorker::reconnect()
{
    // Asked for after a failure (F5, the backoff timer): start from a fresh
    // connection, not one whose caches saw the failure.
    dropConnection();
    Outcome outcome;
    ensureConnected(&outcome);
    return outcome;
}

void TableWorker::shutdown()
{
    dropConnection();
}

void TableWorker::interrupt()
{
    QMutexLocker locker(&m_connectionMutex);
    if (m_connection)
        m_connection->interrupt();
}
