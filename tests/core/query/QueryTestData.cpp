#include "QueryTestData.h"

#include "db/DatabaseConnection.h"
#include "query/TableReader.h"
#include "schema/Decimal.h"
#include "schema/SchemaDdl.h"
#include "schema/Timestamp.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace QueryTestData {

namespace {

const QStringList kSymbols{QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("TSLA"),
                           QStringLiteral("NVDA"), QStringLiteral("SPY")};
const QStringList kStrategies{QStringLiteral("momentum"), QStringLiteral("mean_revert"),
                              QStringLiteral("breakout")};
const QStringList kNotes{QStringLiteral("filled at 100% of target"),
                         QStringLiteral("partial_fill retry"),
                         QStringLiteral("path C:\\robot\\log"),
                         QStringLiteral("O'Brien's manual override"),
                         QStringLiteral("plain note"),
                         QStringLiteral("PLAIN NOTE upper"),
                         QString()};

// 2025-12-20 14:00:00 UTC
constexpr qint64 kBaseUsecs = 1766239200LL * 1000000;

QString decimalText(QRandomGenerator &random, int maxWhole, int decimals)
{
    const qint64 whole = random.bounded(maxWhole);
    int scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 fraction = random.bounded(scale);
    return QStringLiteral("%1.%2").arg(whole).arg(fraction, decimals, 10, QLatin1Char('0'));
}

QString insertTrades(QSqlDatabase db, bool postgres, int count, int firstIndex,
                     const Options &options)
{
    QRandomGenerator random(options.seed + quint32(firstIndex));
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    const QString ts = postgres ? QStringLiteral("CAST(? AS timestamp)") : QStringLiteral("?");
    query.prepare(QStringLiteral("INSERT INTO trades (broker_order_id, symbol, side, quantity, "
                                 "price, commission, total_value, executed_at, created_at, "
                                 "strategy_name, notes) VALUES (?, ?, ?, ?, ?, ?, ?, %1, %1, ?, ?)")
                      .arg(ts));
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        const bool buy = random.bounded(2) == 0;
        QString side = buy ? QStringLiteral("BUY") : QStringLiteral("SELL");
        if (!postgres && options.mixedEnumSpellings && random.bounded(3) == 0)
            side = side.toLower();
        // Timestamps a few microseconds apart: many share a millisecond.
        const qint64 usecs =
            kBaseUsecs + qint64(i / qMax(1, options.rowsPerTimestamp)) * 137 + random.bounded(3);
        const QString executed = Timestamp::fromMicroseconds(usecs).toStorageText();
        const QString note = kNotes[random.bounded(int(kNotes.size()))];
        const QString quantity = decimalText(random, 500, 4);
        const QString price = decimalText(random, 900, 4);
        const auto value =
            (*Decimal::fromString(quantity) * *Decimal::fromString(price)).rounded(2);
        query.addBindValue(random.bounded(10) == 0 ? QVariant()
                                                   : QVariant(QStringLiteral("F-%1").arg(i)));
        query.addBindValue(kSymbols[random.bounded(int(kSymbols.size()))]);
        query.addBindValue(side);
        query.addBindValue(quantity);
        query.addBindValue(price);
        query.addBindValue(random.bounded(4) == 0 ? QVariant()
                                                  : QVariant(decimalText(random, 5, 4)));
        query.addBindValue(value.toString(2));
        query.addBindValue(executed);
        query.addBindValue(executed);
        query.addBindValue(random.bounded(5) == 0
                               ? QVariant()
                               : QVariant(kStrategies[random.bounded(int(kStrategies.size()))]));
        query.addBindValue(note.isNull() ? QVariant() : QVariant(note));
        if (!query.exec())
            return query.lastError().text();
    }
    query.finish();
    return db.commit() ? QString() : db.lastError().text();
}

int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.metaType() == QMetaType::fromType<Decimal>()) {
        const auto x = a.value<Decimal>(), y = b.value<Decimal>();
        return x < y ? -1 : (x == y ? 0 : 1);
    }
    if (a.metaType() == QMetaType::fromType<Timestamp>()) {
        const auto x = a.value<Timestamp>(), y = b.value<Timestamp>();
        return x < y ? -1 : (x == y ? 0 : 1);
    }
    if (a.typeId() == QMetaType::Bool)
        return int(a.toBool()) - int(b.toBool());
    if (a.typeId() == QMetaType::LongLong) {
        const qint64 x = a.toLongLong(), y = b.toLongLong();
        return x < y ? -1 : (x == y ? 0 : 1);
    }
    return a.toString().compare(b.toString());
}

bool containsInsensitive(const QString &haystack, const QString &needle)
{
    return haystack.toLower().contains(needle.toLower());
}

bool matchesFilter(const ColumnDef &column, const Filter &filter, const QVariant &value)
{
    switch (filter.op) {
    case FilterOperator::Equals:
    case FilterOperator::AnyOf:
    case FilterOperator::NotEquals:
    case FilterOperator::NoneOf: {
        const bool negated =
            filter.op == FilterOperator::NotEquals || filter.op == FilterOperator::NoneOf;
        if (value.isNull())
            return negated;
        bool any = false;
        for (const QVariant &candidate : filter.values)
            any = any || compareValues(value, candidate) == 0;
        return negated ? !any : any;
    }
    case FilterOperator::Contains:
        return !value.isNull() &&
               containsInsensitive(column.type == ColumnType::Enum ? value.toString()
                                                                   : value.toString(),
                                   filter.values.first().toString());
    default:
        break;
    }
    if (value.isNull())
        return false;
    const int c = compareValues(value, filter.values.first());
    switch (filter.op) {
    case FilterOperator::Less:
        return c < 0;
    case FilterOperator::LessEqual:
        return c <= 0;
    case FilterOperator::Greater:
        return c > 0;
    default:
        return c >= 0;
    }
}

} // namespace

SqlDialect dialectOf(const ConnectionSpec &spec)
{
    return SqlDialect(spec.driver);
}

QString createTrades(const ConnectionSpec &spec, const Options &options)
{
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::Create, &error, QStringLiteral("fill"));
    if (!connection)
        return error;
    if (!SchemaDdl::create(connection->database(), spec.driver, &error))
        return error;
    return insertTrades(connection->database(), spec.isPostgres(), options.trades, 0, options);
}

QString appendTrades(const ConnectionSpec &spec, int count, int firstIndex, quint32 seed)
{
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadWrite, &error, QStringLiteral("fill"));
    if (!connection)
        return error;
    Options options;
    options.seed = seed;
    return insertTrades(connection->database(), spec.isPostgres(), count, firstIndex, options);
}

QList<TableRow> readAll(const ConnectionSpec &spec, QString *error)
{
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("ref"));
    if (!connection)
        return {};
    auto reader = TableReader::create(*connection, RobotTable::Trades, error);
    if (!reader || !reader->setQuery({}, {QStringLiteral("id"), Qt::AscendingOrder}, error))
        return {};
    QList<TableRow> rows;
    if (!reader->forEach([&](const TableRow &row) {
            rows << row;
            return true;
        }))
        *error = reader->lastError();
    return rows;
}

bool matches(const QueryBuilder &builder, const FilterSet &filters, const TableRow &row)
{
    for (const Filter &filter : filters.filters) {
        const int index = builder.columnIndex(filter.column);
        if (!matchesFilter(builder.columns()[index], filter, row.values[index]))
            return false;
    }
    const int timeIndex = builder.columnIndex(builder.table().mainTimeColumn);
    const QVariant time = row.values.value(timeIndex);
    if (filters.from && (time.isNull() || time.value<Timestamp>() < *filters.from))
        return false;
    if (filters.to && (time.isNull() || !(time.value<Timestamp>() < *filters.to)))
        return false;
    if (!filters.search.isEmpty()) {
        bool found = false;
        for (const QString &name : FilterSet::searchColumns()) {
            const int index = builder.columnIndex(name);
            if (index >= 0 && !row.values[index].isNull())
                found = found || containsInsensitive(row.values[index].toString(), filters.search);
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace QueryTestData
