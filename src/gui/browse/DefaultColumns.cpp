#include "DefaultColumns.h"

namespace DefaultColumns {

QStringList preferredOrder(RobotTable table)
{
    switch (table) {
    case RobotTable::Orders:
        return {u"id"_qs,          u"created_at"_qs,    u"symbol"_qs,   u"side"_qs,
                u"order_type"_qs,  u"status"_qs,        u"quantity"_qs, u"filled_quantity"_qs,
                u"limit_price"_qs, u"avg_fill_price"_qs};
    case RobotTable::Trades:
        return {u"id"_qs,    u"executed_at"_qs, u"symbol"_qs,     u"side"_qs,    u"quantity"_qs,
                u"price"_qs, u"total_value"_qs, u"commission"_qs, u"order_id"_qs};
    case RobotTable::Positions:
        return {u"id"_qs,           u"symbol"_qs,         u"is_open"_qs,
                u"quantity"_qs,     u"avg_cost"_qs,       u"current_price"_qs,
                u"market_value"_qs, u"unrealized_pnl"_qs, u"unrealized_pnl_pct"_qs};
    case RobotTable::TradingSessions:
        break;
    }
    return {};
}

} // namespace DefaultColumns
