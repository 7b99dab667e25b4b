#include "RobotSchema.h"

#include <QCoreApplication>

namespace {

// Small builders keep the table definitions below readable as a table.
ColumnDef make(const QString &name, ColumnType type, ColumnUnit unit = ColumnUnit::None)
{
    ColumnDef c;
    c.name = name;
    c.type = type;
    c.unit = unit;
    return c;
}

ColumnDef id()
{
    ColumnDef c = make(QStringLiteral("id"), ColumnType::Integer, ColumnUnit::Identifier);
    c.nullable = false;
    c.primaryKey = true;
    c.label = QCoreApplication::translate("RobotSchema", "ID");
    return c;
}

ColumnDef text(const char *name, int length, const char *label, bool nullable = true)
{
    ColumnDef c = make(QString::fromLatin1(name), ColumnType::Text);
    c.length = length;
    c.nullable = nullable;
    c.label = QCoreApplication::translate("RobotSchema", label);
    return c;
}

ColumnDef decimal(const char *name, int precision, int scale, ColumnUnit unit, const char *label,
                  bool nullable = true)
{
    ColumnDef c = make(QString::fromLatin1(name), ColumnType::Decimal, unit);
    c.precision = precision;
    c.scale = scale;
    c.nullable = nullable;
    c.label = QCoreApplication::translate("RobotSchema", label);
    return c;
}

ColumnDef integer(const char *name, ColumnUnit unit, const char *label)
{
    ColumnDef c = make(QString::fromLatin1(name), ColumnType::Integer, unit);
    c.label = QCoreApplication::translate("RobotSchema", label);
    return c;
}

ColumnDef dateTime(const char *name, const char *label, bool nullable = true)
{
    ColumnDef c = make(QString::fromLatin1(name), ColumnType::DateTime);
    c.nullable = nullable;
    c.label = QCoreApplication::translate("RobotSchema", label);
    return c;
}

ColumnDef boolean(const char *name, const char *label)
{
    ColumnDef c = make(QString::fromLatin1(name), ColumnType::Boolean);
    c.label = QCoreApplication::translate("RobotSchema", label);
    return c;
}

ColumnDef enumeration(const char *name, RobotEnum type, const char *label)
{
    ColumnDef c = make(QString::fromLatin1(name), ColumnType::Enum);
    c.enumType = type;
    c.nullable = false;
    // SQLAlchemy sizes a non-native enum's VARCHAR to its longest member name.
    for (const QString &value : RobotEnums::definition(type).values)
        c.length = qMax(c.length, int(value.size()));
    c.label = QCoreApplication::translate("RobotSchema", label);
    return c;
}

ColumnDef indexed(ColumnDef c)
{
    c.indexed = true;
    return c;
}

ColumnDef unique(ColumnDef c)
{
    c.indexed = true;
    c.unique = true;
    return c;
}

ColumnDef foreignKey(ColumnDef c, const char *references)
{
    c.references = QString::fromLatin1(references);
    return c;
}

IndexDef index(const char *name, QStringList columns)
{
    return IndexDef{QString::fromLatin1(name), std::move(columns), false};
}

QList<TableDef> buildTables()
{
    using U = ColumnUnit;
    TableDef trades{RobotTable::Trades,
                    QStringLiteral("trades"),
                    QCoreApplication::translate("RobotSchema", "Trades"),
                    QStringLiteral("executed_at"),
                    {},
                    {},
                    QStringLiteral("executed_at"),
                    Qt::DescendingOrder};
    trades.columns = {
        id(),
        unique(text("broker_order_id", 100, QT_TRANSLATE_NOOP("RobotSchema", "Broker fill ID"))),
        indexed(text("symbol", 10, QT_TRANSLATE_NOOP("RobotSchema", "Symbol"), false)),
        enumeration("side", RobotEnum::OrderSide, QT_TRANSLATE_NOOP("RobotSchema", "Side")),
        decimal("quantity", 12, 4, U::Quantity, QT_TRANSLATE_NOOP("RobotSchema", "Quantity"),
                false),
        decimal("price", 12, 4, U::Price, QT_TRANSLATE_NOOP("RobotSchema", "Price"), false),
        decimal("commission", 10, 4, U::Money, QT_TRANSLATE_NOOP("RobotSchema", "Commission")),
        decimal("total_value", 12, 2, U::Money, QT_TRANSLATE_NOOP("RobotSchema", "Total value")),
        indexed(dateTime("executed_at", QT_TRANSLATE_NOOP("RobotSchema", "Executed"), false)),
        dateTime("created_at", QT_TRANSLATE_NOOP("RobotSchema", "Created")),
        foreignKey(integer("order_id", U::Identifier, QT_TRANSLATE_NOOP("RobotSchema", "Order")),
                   "orders.id"),
        text("strategy_name", 100, QT_TRANSLATE_NOOP("RobotSchema", "Strategy")),
        text("notes", 0, QT_TRANSLATE_NOOP("RobotSchema", "Notes")),
    };
    trades.compositeIndexes = {
        index("idx_trades_symbol_executed",
              {QStringLiteral("symbol"), QStringLiteral("executed_at")}),
        index("idx_trades_strategy_executed",
              {QStringLiteral("strategy_name"), QStringLiteral("executed_at")}),
    };

    TableDef positions{RobotTable::Positions,
                       QStringLiteral("positions"),
                       QCoreApplication::translate("RobotSchema", "Positions"),
                       QStringLiteral("opened_at"),
                       {},
                       {},
                       QStringLiteral("symbol"),
                       Qt::AscendingOrder};
    positions.columns = {
        id(),
        unique(text("symbol", 10, QT_TRANSLATE_NOOP("RobotSchema", "Symbol"), false)),
        decimal("quantity", 12, 4, U::Quantity, QT_TRANSLATE_NOOP("RobotSchema", "Quantity"),
                false),
        decimal("avg_cost", 12, 4, U::Price, QT_TRANSLATE_NOOP("RobotSchema", "Avg cost"), false),
        decimal("current_price", 12, 4, U::Price,
                QT_TRANSLATE_NOOP("RobotSchema", "Current price")),
        decimal("cost_basis", 12, 2, U::Money, QT_TRANSLATE_NOOP("RobotSchema", "Cost basis")),
        decimal("market_value", 12, 2, U::Money, QT_TRANSLATE_NOOP("RobotSchema", "Market value")),
        decimal("unrealized_pnl", 12, 2, U::Money,
                QT_TRANSLATE_NOOP("RobotSchema", "Unrealized P&L")),
        decimal("unrealized_pnl_pct", 8, 4, U::Percent,
                QT_TRANSLATE_NOOP("RobotSchema", "Unrealized P&L %")),
        dateTime("opened_at", QT_TRANSLATE_NOOP("RobotSchema", "Opened")),
        dateTime("last_updated", QT_TRANSLATE_NOOP("RobotSchema", "Last updated")),
        indexed(boolean("is_open", QT_TRANSLATE_NOOP("RobotSchema", "Open"))),
        dateTime("closed_at", QT_TRANSLATE_NOOP("RobotSchema", "Closed")),
        text("strategy_name", 100, QT_TRANSLATE_NOOP("RobotSchema", "Strategy")),
        text("notes", 0, QT_TRANSLATE_NOOP("RobotSchema", "Notes")),
    };

    TableDef orders{RobotTable::Orders,
                    QStringLiteral("orders"),
                    QCoreApplication::translate("RobotSchema", "Orders"),
                    QStringLiteral("created_at"),
                    {},
                    {},
                    QStringLiteral("created_at"),
                    Qt::DescendingOrder};
    orders.columns = {
        id(),
        unique(text("broker_order_id", 100, QT_TRANSLATE_NOOP("RobotSchema", "Broker order ID"))),
        indexed(text("symbol", 10, QT_TRANSLATE_NOOP("RobotSchema", "Symbol"), false)),
        enumeration("side", RobotEnum::OrderSide, QT_TRANSLATE_NOOP("RobotSchema", "Side")),
        enumeration("order_type", RobotEnum::OrderType, QT_TRANSLATE_NOOP("RobotSchema", "Type")),
        decimal("quantity", 12, 4, U::Quantity, QT_TRANSLATE_NOOP("RobotSchema", "Quantity"),
                false),
        decimal("limit_price", 12, 4, U::Price, QT_TRANSLATE_NOOP("RobotSchema", "Limit price")),
        decimal("stop_price", 12, 4, U::Price, QT_TRANSLATE_NOOP("RobotSchema", "Stop price")),
        text("time_in_force", 20, QT_TRANSLATE_NOOP("RobotSchema", "Time in force")),
        indexed(enumeration("status", RobotEnum::OrderStatus,
                            QT_TRANSLATE_NOOP("RobotSchema", "Status"))),
        decimal("filled_quantity", 12, 4, U::Quantity,
                QT_TRANSLATE_NOOP("RobotSchema", "Filled qty")),
        decimal("avg_fill_price", 12, 4, U::Price,
                QT_TRANSLATE_NOOP("RobotSchema", "Avg fill price")),
        dateTime("submitted_at", QT_TRANSLATE_NOOP("RobotSchema", "Submitted")),
        dateTime("filled_at", QT_TRANSLATE_NOOP("RobotSchema", "Filled")),
        dateTime("canceled_at", QT_TRANSLATE_NOOP("RobotSchema", "Canceled")),
        indexed(dateTime("created_at", QT_TRANSLATE_NOOP("RobotSchema", "Created"))),
        dateTime("updated_at", QT_TRANSLATE_NOOP("RobotSchema", "Updated")),
        text("strategy_name", 100, QT_TRANSLATE_NOOP("RobotSchema", "Strategy")),
        text("notes", 0, QT_TRANSLATE_NOOP("RobotSchema", "Notes")),
        text("error_message", 0, QT_TRANSLATE_NOOP("RobotSchema", "Error message")),
    };
    orders.compositeIndexes = {
        index("idx_orders_symbol_status", {QStringLiteral("symbol"), QStringLiteral("status")}),
        index("idx_orders_status_created",
              {QStringLiteral("status"), QStringLiteral("created_at")}),
    };

    TableDef sessions{RobotTable::TradingSessions,
                      QStringLiteral("trading_sessions"),
                      QCoreApplication::translate("RobotSchema", "Sessions"),
                      QStringLiteral("started_at"),
                      {},
                      {},
                      QStringLiteral("started_at"),
                      Qt::DescendingOrder};
    sessions.columns = {
        id(),
        text("session_name", 100, QT_TRANSLATE_NOOP("RobotSchema", "Session")),
        indexed(dateTime("started_at", QT_TRANSLATE_NOOP("RobotSchema", "Started"), false)),
        dateTime("ended_at", QT_TRANSLATE_NOOP("RobotSchema", "Ended")),
        integer("total_trades", U::Count, QT_TRANSLATE_NOOP("RobotSchema", "Trades")),
        integer("winning_trades", U::Count, QT_TRANSLATE_NOOP("RobotSchema", "Winners")),
        integer("losing_trades", U::Count, QT_TRANSLATE_NOOP("RobotSchema", "Losers")),
        decimal("total_pnl", 12, 2, U::Money, QT_TRANSLATE_NOOP("RobotSchema", "Total P&L")),
        decimal("total_commission", 10, 2, U::Money,
                QT_TRANSLATE_NOOP("RobotSchema", "Commission")),
        decimal("win_rate", 5, 2, U::Percent, QT_TRANSLATE_NOOP("RobotSchema", "Win rate %")),
        decimal("starting_balance", 12, 2, U::Money,
                QT_TRANSLATE_NOOP("RobotSchema", "Starting balance")),
        decimal("ending_balance", 12, 2, U::Money,
                QT_TRANSLATE_NOOP("RobotSchema", "Ending balance")),
        decimal("max_drawdown", 8, 4, U::Percent,
                QT_TRANSLATE_NOOP("RobotSchema", "Max drawdown %")),
        indexed(boolean("is_active", QT_TRANSLATE_NOOP("RobotSchema", "Active"))),
        text("broker", 50, QT_TRANSLATE_NOOP("RobotSchema", "Broker")),
        text("trading_mode", 20, QT_TRANSLATE_NOOP("RobotSchema", "Mode")),
        text("notes", 0, QT_TRANSLATE_NOOP("RobotSchema", "Notes")),
    };

    // Creation order respects the foreign key trades.order_id -> orders.id.
    return {orders, trades, positions, sessions};
}

} // namespace

const ColumnDef *TableDef::column(QStringView columnName) const
{
    for (const ColumnDef &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QStringList TableDef::columnNames() const
{
    QStringList names;
    for (const ColumnDef &c : columns)
        names << c.name;
    return names;
}

QList<IndexDef> TableDef::allIndexes() const
{
    QList<IndexDef> result;
    for (const ColumnDef &c : columns) {
        if (c.indexed)
            result << IndexDef{QStringLiteral("ix_%1_%2").arg(name, c.name), {c.name}, c.unique};
    }
    return result + compositeIndexes;
}

namespace RobotSchema {

const QList<TableDef> &tables()
{
    static const QList<TableDef> all = buildTables();
    return all;
}

const TableDef &table(RobotTable id)
{
    for (const TableDef &t : tables()) {
        if (t.id == id)
            return t;
    }
    Q_UNREACHABLE();
}

const TableDef *find(QStringView tableName)
{
    for (const TableDef &t : tables()) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

QStringList tableNames()
{
    QStringList names;
    for (const TableDef &t : tables())
        names << t.name;
    return names;
}

} // namespace RobotSchema
