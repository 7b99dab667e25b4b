#include "TableWorker.h"

namespace {

// Rows counted before falling back to the id-range estimate: cheap on an
// index, and exact for the small results operators mostly look at.
constexpr qint64 kCheapCountLimit = 10000;

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
    Opened result;
    m_reader.reset();
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
    result.present = m_reader->isPresent();
    result.columns = m_reader->columns();
    result.missingColumns = m_reader->missingColumns();
    return result;
}

QString TableWorker::setQuery(const FilterSet &filters, const SortSpec &sort, bool *canUseIndex)
{
    if (!m_reader)
        return QStringLiteral("not connected");
    QString error;
    if (!m_reader->setQuery(filters, sort, &error))
        return error;
    *canUseIndex = m_reader->builder().canUseIndex();
    return {};
}

PageResult TableWorker::loadPage(const PageRequest &request)
{
    PageResult result{request, {}, {}};
    if (!m_reader) {
        result.error = QStringLiteral("not connected");
        return result;
    }
    // An interrupt meant for the previous query may hit this one: retry once.
    for (int attempt = 0; attempt < 2; ++attempt) {
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
        if (rows) {
            result.rows = std::move(*rows);
            result.error.clear();
            return result;
        }
        result.error = m_reader->lastError();
        if (!isCurrent(request.generation))
            break;
    }
    return result;
}

TableWorker::Estimate TableWorker::estimate()
{
    Estimate result;
    if (!m_reader) {
        result.error = QStringLiteral("not connected");
        return result;
    }
    const auto table = m_reader->estimateTableRows();
    if (!table) {
        result.error = m_reader->lastError();
        return result;
    }
    result.tableRows = *table;
    result.rows = *table;
    const bool filtered = !m_reader->builder().filters().isEmpty();
    if (!filtered || m_reader->builder().canUseIndex()) {
        // Unfiltered, the id range may overstate (deleted rows); a capped count
        // tells small results exactly without a full count.
        if (const auto capped = m_reader->countUpTo(kCheapCountLimit)) {
            if (*capped < kCheapCountLimit) {
                result.rows = *capped;
                result.exact = true;
            }
        }
    }
    return result;
}

std::optional<qint64> TableWorker::count(QString *error)
{
    if (!m_reader) {
        *error = QStringLiteral("not connected");
        return std::nullopt;
    }
    const auto rows = m_reader->exactCount();
    if (!rows)
        *error = m_reader->lastError();
    return rows;
}

void TableWorker::shutdown()
{
    m_reader.reset();
    QMutexLocker locker(&m_connectionMutex);
    m_connection.reset();
}

void TableWorker::interrupt()
{
    QMutexLocker locker(&m_connectionMutex);
    if (m_connection)
        m_connection->interrupt();
}
