#include "PostgresFillReader.h"

#include "schema/FastDecode.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <algorithm>
#include <vector>

namespace {

std::string_view text(const PGresult *result, int row, int column)
{
    return std::string_view(PQgetvalue(result, row, column),
                            size_t(PQgetlength(result, row, column)));
}

QString lastError(const PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

PostgresFillReader::~PostgresFillReader()
{
    for (PGresult *batch : m_batches)
        PQclear(batch);
    discardPending();
    // Leaves the QPSQL connection as it found it: no transaction open.
    if (m_inTransaction)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

bool PostgresFillReader::command(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        m_error = lastError(m_conn);
    PQclear(result);
    return ok;
}

bool PostgresFillReader::open(const QSqlDatabase &db, const QString &sql, const QStringList &values,
                              int batchRows, NameTable *names, QString *error)
{
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the metatype after the struct, older documentation after the typedef.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 &&
                              qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        *error = QCoreApplication::translate("PostgresFillReader", "not a PostgreSQL connection");
        return false;
    }
    m_conn = *static_cast<PGconn *const *>(handle.constData());
    if (names)
        m_names = names;
    // Batches small enough to fit in the socket's buffers: the server then
    // finishes the FETCH sent ahead while we decode, instead of stalling once
    // the buffers are full until we read. (Readers never block the robot on
    // PostgreSQL, so the batch size has no other bearing.)
    constexpr int kMostRowsPerFetch = 4096;
    m_fetch = QByteArrayLiteral("FETCH FORWARD ") +
              QByteArray::number(std::clamp(batchRows, 1, kMostRowsPerFetch)) +
              QByteArrayLiteral(" FROM ti_statistics_fills");
    if (!command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")) {
        *error = m_error;
        return false;
    }
    m_inTransaction = true;
    const QByteArray declare =
        QByteArrayLiteral("DECLARE ti_statistics_fills BINARY NO SCROLL CURSOR FOR ") +
        sql.toUtf8();
    std::vector<QByteArray> utf8;
    std::vector<const char *> pointers;
    for (const QString &v : values)
        utf8.push_back(v.toUtf8());
    for (const QByteArray &v : utf8)
        pointers.push_back(v.constData());
    PGresult *result = PQexecParams(m_conn, declare.constData(), int(pointers.size()), nullptr,
                                    pointers.data(), nullptr, nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok) {
        *error = m_error = lastError(m_conn);
        return false;
    }
    return true;
}

void PostgresFillReader::discardPending()
{
    if (!m_fetchSent)
        return;
    m_fetchSent = false;
    while (PGresult *result = PQgetResult(m_conn))
        PQclear(result);
}

bool PostgresFillReader::fetch()
{
    // Every row handed out so far is done with: only the batches of the
    // held-back group are still needed.
    while (!m_batches.empty() &&
           (m_heldBack.empty() || m_batches.front() != m_heldBack.front().batch)) {
        PQclear(m_batches.front());
        m_batches.pop_front();
    }
    if (!m_fetchSent && !PQsendQuery(m_conn, m_fetch.constData())) {
        m_error = lastError(m_conn);
        m_done = true;
        return false;
    }
    m_fetchSent = false;
    PGresult *batch = PQgetResult(m_conn);
    // The command is complete only once libpq has returned its null result.
    while (PGresult *extra = PQgetResult(m_conn))
        PQclear(extra);
    m_batches.push_back(batch);
    if (PQresultStatus(batch) != PGRES_TUPLES_OK) {
        m_error = lastError(m_conn);
        m_done = true;
        return false;
    }
    m_lastFetched = PQntuples(batch) == 0;
    // Ask for the next batch now: the server works on it while this one is
    // decoded. After an empty batch there is none; CLOSE and COMMIT follow.
    if (!m_lastFetched) {
        if (!PQsendQuery(m_conn, m_fetch.constData())) {
            m_error = lastError(m_conn);
            m_done = true;
            return false;
        }
        m_fetchSent = true;
    }
    order(batch, m_lastFetched);
    return true;
}

void PostgresFillReader::order(const PGresult *batch, bool last)
{
    constexpr int kExecutedAt = 6;
    auto executedAt = [](const RowRef &r) {
        return text(r.batch, r.row, kExecutedAt);
    };
    auto id = [](const RowRef &r) {
        return FastDecode::int64FromPgBinary(text(r.batch, r.row, 0)).value_or(0);
    };
    m_order.clear();
    m_next = 0;
    m_order.swap(m_heldBack);
    const int rows = PQntuples(batch);
    for (int row = 0; row < rows; ++row)
        m_order.push_back(RowRef{batch, row});
    if (!last && !m_order.empty()) {
        // Equal times have the same 8 bytes: the last group ends where they change.
        const std::string_view lastTime = executedAt(m_order.back());
        size_t start = m_order.size() - 1;
        while (start > 0 && executedAt(m_order[start - 1]) == lastTime)
            --start;
        m_heldBack.assign(m_order.begin() + qsizetype(start), m_order.end());
        m_order.resize(start);
    }
    for (size_t begin = 0; begin < m_order.size();) {
        const std::string_view time = executedAt(m_order[begin]);
        size_t end = begin + 1;
        while (end < m_order.size() && executedAt(m_order[end]) == time)
            ++end;
        if (end - begin > 1)
            std::sort(m_order.begin() + qsizetype(begin), m_order.begin() + qsizetype(end),
                      [&](const RowRef &a, const RowRef &b) { return id(a) < id(b); });
        begin = end;
    }
}

bool PostgresFillReader::next()
{
    if (m_done)
        return false;
    while (m_next >= m_order.size()) {
        if (m_lastFetched) {
            m_done = true;
            if (command("CLOSE ti_statistics_fills") && command("COMMIT"))
                m_inTransaction = false;
            return false;
        }
        if (!fetch())
            return false;
    }
    m_current = m_order[m_next++];
    return true;
}

bool PostgresFillReader::read(Fill *fill)
{
    // Binary values (see open()): no text to format on the server, none to parse here.
    const PGresult *r = m_current.batch;
    const int row = m_current.row;
    fill->id = FastDecode::int64FromPgBinary(text(r, row, 0)).value_or(0);
    if (PQgetisnull(r, row, 2) || !FastDecode::isBuy(text(r, row, 2), &fill->isBuy) ||
        PQgetisnull(r, row, 3) || PQgetisnull(r, row, 4) || PQgetisnull(r, row, 6))
        return false;
    // NUMERIC(12,4) / NUMERIC(10,4): rounded to the column's 4 digits.
    const auto quantity = FastDecode::decimalFromPgNumeric(text(r, row, 3), 4);
    const auto price = FastDecode::decimalFromPgNumeric(text(r, row, 4), 4);
    const auto executed = FastDecode::timestampFromPgBinary(text(r, row, 6));
    if (!quantity || !price || !executed)
        return false;
    fill->quantity = *quantity;
    fill->price = *price;
    fill->commission =
        PQgetisnull(r, row, 5)
            ? Decimal()
            : FastDecode::decimalFromPgNumeric(text(r, row, 5), 4).value_or(Decimal());
    fill->executedAt = *executed;
    const int symbol = m_names->intern(text(r, row, 1), &m_symbols);
    const int strategy = m_names->intern(text(r, row, 7), &m_strategies);
    fill->symbol = m_names->name(symbol);
    fill->strategy = m_names->name(strategy);
    const bool keyed = m_names != &m_ownNames;
    fill->symbolKey = keyed ? symbol : -1;
    fill->strategyKey = keyed ? strategy : -1;
    return true;
}
