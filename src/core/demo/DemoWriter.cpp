#include "DemoWriter.h"

#include "BatchInserter.h"
#include "SqliteInserter.h"
#include "schema/RobotEnum.h"

#include "schema/RobotSchema.h"
#include <cstdio>

namespace {

// The columns each row below is written in. Every name is looked up in
// RobotSchema, so the SQL only ever holds the schema's own identifiers.
const char *const kOrderColumns[] = {"id",           "broker_order_id", "symbol",
                                     "side",         "order_type",      "quantity",
                                     "limit_price",  "stop_price",      "time_in_force",
                                     "status",       "filled_quantity", "avg_fill_price",
                                     "submitted_at", "filled_at",       "canceled_at",
                                     "created_at",   "updated_at",      "strategy_name",
                                     "notes",        "error_message"};
const char *const kTradeColumns[] = {
    "id",       "broker_order_id", "symbol",      "side",        "quantity",
    "price",    "commission",      "total_value", "executed_at", "created_at",
    "order_id", "strategy_name",   "notes"};
const char *const kPositionColumns[] = {
    "id",           "symbol",       "quantity",       "avg_cost",           "current_price",
    "cost_basis",   "market_value", "unrealized_pnl", "unrealized_pnl_pct", "opened_at",
    "last_updated", "is_open",      "closed_at",      "strategy_name",      "notes"};
const char *const kSessionColumns[] = {"id",
                                       "session_name",
                                       "started_at",
                                       "ended_at",
                                       "total_trades",
                                       "winning_trades",
                                       "losing_trades",
                                       "total_pnl",
                                       "total_commission",
                                       "win_rate",
                                       "starting_balance",
                                       "ending_balance",
                                       "max_drawdown",
                                       "is_active",
                                       "broker",
                                       "trading_mode",
                                       "notes"};

template <size_t N> QStringList schemaColumns(RobotTable id, const char *const (&names)[N])
{
    const TableDef &table = RobotSchema::table(id);
    QStringList columns;
    for (const char *name : names) {
        const ColumnDef *column = table.column(QString::fromLatin1(name));
        Q_ASSERT_X(column, "DemoWriter", name);
        columns << column->name;
    }
    return columns;
}

// PostgreSQL: enough rows per statement to amortise each round trip, few
// enough to stay far below its 65535 bound parameters.
constexpr int kPostgresParametersPerStatement = 12000;

// "YYYY-MM-DD HH:MM:SS.ffffff" without QDate or QString::arg: this runs
// millions of times. Days to civil date after Howard Hinnant's algorithm.
QByteArray storageText(Timestamp t)
{
    constexpr qint64 kUsecsPerDay = 86'400'000'000;
    qint64 days = t.microseconds() / kUsecsPerDay;
    qint64 rest = t.microseconds() % kUsecsPerDay;
    if (rest < 0) {
        rest += kUsecsPerDay;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const qint64 seconds = rest / 1'000'000;
    char buffer[40];
    const int n = std::snprintf(
        buffer, sizeof buffer, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld.%06lld", year, month, day,
        seconds / 3600, (seconds / 60) % 60, seconds % 60, rest % 1'000'000);
    return QByteArray(buffer, n);
}

} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &db, DatabaseDriver driver)
    : m_sqlite(driver == DatabaseDriver::Sqlite)
{
    m_orders = inserter(db, RobotTable::Orders, schemaColumns(RobotTable::Orders, kOrderColumns));
    m_trades = inserter(db, RobotTable::Trades, schemaColumns(RobotTable::Trades, kTradeColumns));
    m_positions =
        inserter(db, RobotTable::Positions, schemaColumns(RobotTable::Positions, kPositionColumns));
    m_sessions = inserter(db, RobotTable::TradingSessions,
                          schemaColumns(RobotTable::TradingSessions, kSessionColumns));
}

std::unique_ptr<RowInserter> DemoWriter::inserter(const QSqlDatabase &db, RobotTable table,
                                                  const QStringList &columns)
{
    const QString &name = RobotSchema::table(table).name;
    if (!m_sqlite)
        return std::make_unique<BatchInserter>(
            db, name, columns, kPostgresParametersPerStatement / int(columns.size()));
    QString error;
    auto sqlite = SqliteInserter::create(db, name, columns, &error);
    if (!sqlite && m_error.isEmpty())
        m_error = error;
    return sqlite;
}

DemoWriter::~DemoWriter() = default;

QVariant DemoWriter::decimal(Decimal value, int scale) const
{
    // SQLAlchemy hands pysqlite a float; PostgreSQL gets the exact text.
    const Decimal rounded = value.rounded(scale);
    return m_sqlite ? QVariant(rounded.toDouble()) : QVariant(rounded.toString(scale));
}

QVariant DemoWriter::decimal(const std::optional<Decimal> &value, int scale) const
{
    return value ? decimal(*value, scale) : QVariant();
}

QVariant DemoWriter::timestamp(const std::optional<Timestamp> &value) const
{
    if (!value)
        return {};
    // SQLite binds the bytes as they are; PostgreSQL casts the text.
    const QByteArray text = storageText(*value);
    return m_sqlite ? QVariant(text) : QVariant(QString::fromLatin1(text));
}

QVariant DemoWriter::boolean(bool value) const
{
    return m_sqlite ? QVariant(qlonglong(value ? 1 : 0)) : QVariant(value);
}

QVariant DemoWriter::text(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant DemoWriter::enumeration(const QString &value)
{
    return RobotEnums::memberName(value);
}

bool DemoWriter::addOrder(const DemoOrder &o)
{
    return m_orders->add({qlonglong(o.id),
                          text(o.brokerOrderId),
                          o.symbol,
                          enumeration(o.side),
                          enumeration(o.orderType),
                          decimal(o.quantity, 4),
                          decimal(o.limitPrice, 4),
                          decimal(o.stopPrice, 4),
                          text(o.timeInForce),
                          enumeration(o.status),
                          decimal(o.filledQuantity, 4),
                          decimal(o.avgFillPrice, 4),
                          timestamp(o.submittedAt),
                          timestamp(o.filledAt),
                          timestamp(o.canceledAt),
                          timestamp(o.createdAt),
                          timestamp(o.updatedAt),
                          text(o.strategyName),
                          text(o.notes),
                          text(o.errorMessage)},
                         &m_error);
}

bool DemoWriter::addTrade(const DemoTrade &t)
{
    // PostgreSQL checks trades.order_id -> orders.id per statement: the orders
    // a trade batch refers to must be in before it.
    if (m_trades->fullAfterNextRow() && !m_orders->flush(&m_error))
        return false;
    return m_trades->add({qlonglong(t.id), t.brokerFillId, t.symbol,
                          enumeration(t.buy ? QStringLiteral("buy") : QStringLiteral("sell")),
                          decimal(t.quantity, 4), decimal(t.price, 4), decimal(t.commission, 4),
                          decimal(t.totalValue, 2), timestamp(t.executedAt), timestamp(t.createdAt),
                          t.orderId ? QVariant(qlonglong(t.orderId)) : QVariant(),
                          text(t.strategyName), text(t.notes)},
                         &m_error);
}

bool DemoWriter::addPosition(const DemoPosition &p)
{
    return m_positions->add({qlonglong(p.id), p.symbol, decimal(p.quantity, 4),
                             decimal(p.avgCost, 4), decimal(p.currentPrice, 4),
                             decimal(p.costBasis, 2), decimal(p.marketValue, 2),
                             decimal(p.unrealizedPnl, 2), decimal(p.unrealizedPnlPct, 4),
                             timestamp(p.openedAt), timestamp(p.lastUpdated), boolean(p.isOpen),
                             timestamp(p.closedAt), text(p.strategyName), text(p.notes)},
                            &m_error);
}

bool DemoWriter::addSession(const DemoSession &s)
{
    return m_sessions->add(
        {qlonglong(s.id), s.sessionName, timestamp(s.startedAt), timestamp(s.endedAt),
         qlonglong(s.totalTrades), qlonglong(s.winningTrades), qlonglong(s.losingTrades),
         decimal(s.totalPnl, 2), decimal(s.totalCommission, 2), decimal(s.winRate, 2),
         decimal(s.startingBalance, 2), decimal(s.endingBalance, 2), decimal(s.maxDrawdown, 4),
         boolean(s.isActive), text(s.broker), text(s.tradingMode), text(s.notes)},
        &m_error);
}

bool DemoWriter::finish()
{
    return m_orders->flush(&m_error) && m_trades->flush(&m_error) && m_positions->flush(&m_error) &&
           m_sessions->flush(&m_error);
}
