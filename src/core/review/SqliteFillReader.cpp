#include "SqliteFillReader.h"

#include "FastDecode.h"
#include "schema/RobotEnum.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace {

std::string_view text(sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

// Columns are NUMERIC(12,4) / NUMERIC(10,4): the value rounded to 4 digits.
std::optional<Decimal> decimal(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return Decimal::fromInteger(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return FastDecode::decimalFromDouble(sqlite3_column_double(statement, column), 4);
    case SQLITE_NULL:
        return std::nullopt;
    default: {
        const std::string_view t = text(statement, column);
        const auto d = Decimal::fromString(QString::fromUtf8(t.data(), qsizetype(t.size())));
        return d ? std::optional<Decimal>(d->rounded(4)) : std::nullopt;
    }
    }
}

} // namespace

SqliteFillReader::~SqliteFillReader()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqliteFillReader::prepare(const QSqlDatabase &db, const QString &sql,
                               const QStringList &values, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    sqlite3 *database = *static_cast<sqlite3 *const *>(handle.constData());
    m_db = database;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(database, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(database));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QByteArray v = values.at(i).toUtf8();
        sqlite3_bind_text(m_statement, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    return true;
}

bool SqliteFillReader::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(static_cast<sqlite3 *>(m_db)));
    return false;
}

const QString &SqliteFillReader::intern(int column)
{
    const std::string_view t = text(m_statement, column);
    auto it = m_strings.find(t);
    if (it == m_strings.end())
        it = m_strings.emplace(std::string(t), QString::fromUtf8(t.data(), qsizetype(t.size())))
                 .first;
    return it->second;
}

bool SqliteFillReader::read(Fill *fill)
{
    fill->id = sqlite3_column_int64(m_statement, 0);
    const std::string_view side = text(m_statement, 2);
    if (side == "BUY" || side == "buy") {
        fill->isBuy = true;
    } else if (side == "SELL" || side == "sell") {
        fill->isBuy = false;
    } else {
        const auto value = RobotEnums::canonical(
            RobotEnum::OrderSide, QString::fromUtf8(side.data(), qsizetype(side.size())));
        if (!value)
            return false;
        fill->isBuy = *value == u"buy";
    }
    const auto quantity = decimal(m_statement, 3);
    const auto price = decimal(m_statement, 4);
    const auto executed = FastDecode::timestampFromText(text(m_statement, 6));
    if (!quantity || !price || !executed)
        return false;
    fill->quantity = *quantity;
    fill->price = *price;
    fill->commission = decimal(m_statement, 5).value_or(Decimal());
    fill->executedAt = *executed;
    fill->symbol = intern(1);
    fill->strategy = intern(7);
    return true;
}
