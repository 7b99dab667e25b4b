#include "SqliteFillReader.h"

#include "schema/FastDecode.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {

std::string_view text(sqlite3_value *value)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return data ? std::string_view(data, size_t(sqlite3_value_bytes(value))) : std::string_view();
}

// One call into the statement per column; the value's accessors are plain reads.
std::string_view text(sqlite3_stmt *statement, int column)
{
    return text(sqlite3_column_value(statement, column));
}

// Columns are NUMERIC(12,4) / NUMERIC(10,4): the value rounded to 4 digits.
std::optional<Decimal> decimal(sqlite3_stmt *statement, int column)
{
    sqlite3_value *value = sqlite3_column_value(statement, column);
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return Decimal::fromInteger(sqlite3_value_int64(value));
    case SQLITE_FLOAT:
        return FastDecode::decimalFromDouble(sqlite3_value_double(value), 4);
    case SQLITE_NULL:
        return std::nullopt;
    default: {
        const std::string_view t = text(value);
        const auto d = Decimal::fromString(QString::fromUtf8(t.data(), qsizetype(t.size())));
        return d ? std::optional<Decimal>(d->rounded(4)) : std::nullopt;
    }
    }
}

constexpr int kColumnExecutedAt = 6;

} // namespace

SqliteFillReader::~SqliteFillReader()
{
    sqlite3_finalize(m_first);
    sqlite3_finalize(m_after);
    sqlite3_value_free(m_lastExecutedAt);
}

bool SqliteFillReader::prepare(const QString &sql, sqlite3_stmt **statement)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(static_cast<sqlite3 *>(m_db), utf8.constData(), int(utf8.size()),
                           statement, nullptr) == SQLITE_OK)
        return true;
    fail();
    return false;
}

void SqliteFillReader::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(static_cast<sqlite3 *>(m_db)));
    m_done = true;
}

bool SqliteFillReader::open(const QSqlDatabase &db, const QString &conditions,
                            const QStringList &values, const Options &options, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QCoreApplication::translate("SqliteFillReader", "not an SQLite connection");
        return false;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    m_options = options;
    if (options.names)
        m_names = options.names;
    for (const QString &v : values)
        m_values << v.toUtf8();

    // The snapshot bound: the robot's ids only grow (INTEGER PRIMARY KEY).
    sqlite3_stmt *maxId = nullptr;
    if (!prepare(QStringLiteral("SELECT max(id) FROM trades"), &maxId)) {
        *error = m_error;
        return false;
    }
    const int rc = sqlite3_step(maxId);
    if (rc == SQLITE_ROW) {
        m_done = sqlite3_column_type(maxId, 0) == SQLITE_NULL;
        m_maxId = sqlite3_column_int64(maxId, 0);
    }
    sqlite3_finalize(maxId);
    if (rc != SQLITE_ROW) {
        fail();
        *error = m_error;
        return false;
    }

    // The index on executed_at (which ends in the rowid) gives the order; the
    // keyset term starts the index search at the last key read. Rows above
    // the snapshot's id are dropped in next(): a term on id here would cost
    // more than reading them.
    const QString select =
        QStringLiteral("SELECT id, symbol, side, quantity, price, commission, executed_at, "
                       "strategy_name FROM trades WHERE executed_at IS NOT NULL") +
        conditions;
    const QString order = QStringLiteral(" ORDER BY executed_at, id LIMIT ?");
    if (!prepare(select + order, &m_first) ||
        !prepare(select + QStringLiteral(" AND executed_at >= ? AND (executed_at > ? OR id > ?)") +
                     order,
                 &m_after)) {
        *error = m_error;
        return false;
    }
    return true;
}

bool SqliteFillReader::startBatch()
{
    m_current = m_started ? m_after : m_first;
    sqlite3_reset(m_current);
    int i = 1;
    for (const QByteArray &v : m_values)
        sqlite3_bind_text(m_current, i++, v.constData(), int(v.size()), SQLITE_STATIC);
    if (m_started) {
        sqlite3_bind_value(m_current, i++, m_lastExecutedAt);
        sqlite3_bind_value(m_current, i++, m_lastExecutedAt);
        sqlite3_bind_int64(m_current, i++, m_lastId);
    }
    sqlite3_bind_int(m_current, i, m_options.batchRows);
    m_started = true;
    m_rowsInBatch = 0;
    return true;
}

bool SqliteFillReader::next()
{
    if (m_done)
        return false;
    if (!m_current)
        startBatch();
    int rc;
    while ((rc = sqlite3_step(m_current)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(m_current, 0);
        if (++m_rowsInBatch == m_options.batchRows) {
            // The batch's last row: remember where the next one continues.
            sqlite3_value_free(m_lastExecutedAt);
            m_lastExecutedAt =
                sqlite3_value_dup(sqlite3_column_value(m_current, kColumnExecutedAt));
            m_lastId = id;
        }
        if (id <= m_maxId)
            return true;
    }
    if (rc != SQLITE_DONE) {
        fail();
        return false;
    }
    // The statement has ended, and with it the read transaction and its lock.
    sqlite3_reset(m_current);
    m_current = nullptr;
    if (m_rowsInBatch < m_options.batchRows) {
        m_done = true;
        return false;
    }
    if (m_options.betweenBatches)
        m_options.betweenBatches();
    return next();
}

bool SqliteFillReader::read(Fill *fill)
{
    sqlite3_stmt *statement = m_current;
    fill->id = sqlite3_column_int64(statement, 0);
    if (!FastDecode::isBuy(text(statement, 2), &fill->isBuy))
        return false;
    const auto quantity = decimal(statement, 3);
    const auto price = decimal(statement, 4);
    const auto executed = FastDecode::timestampFromText(text(statement, kColumnExecutedAt));
    if (!quantity || !price || !executed)
        return false;
    fill->quantity = *quantity;
    fill->price = *price;
    fill->commission = decimal(statement, 5).value_or(Decimal());
    fill->executedAt = *executed;
    const int symbol = m_names->intern(text(statement, 1), &m_symbols);
    const int strategy = m_names->intern(text(statement, 7), &m_strategies);
    fill->symbol = m_names->name(symbol);
    fill->strategy = m_names->name(strategy);
    const bool keyed = m_names != &m_ownNames;
    fill->symbolKey = keyed ? symbol : -1;
    fill->strategyKey = keyed ? strategy : -1;
    return true;
}
