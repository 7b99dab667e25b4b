#include "StatisticsJson.h"

#include <QJsonArray>

namespace StatisticsJson {

QJsonValue money(const Decimal &value)
{
    return value.rounded(2).toDouble();
}

namespace {

QJsonValue money(const std::optional<Decimal> &value)
{
    return value ? StatisticsJson::money(*value) : QJsonValue();
}

QJsonValue number(const std::optional<Decimal> &value, int decimals)
{
    return value ? QJsonValue(value->rounded(decimals).toDouble()) : QJsonValue();
}

QJsonValue seconds(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue timestamp(const std::optional<Timestamp> &value)
{
    return value ? QJsonValue(value->toIsoString()) : QJsonValue();
}

void addFills(QJsonObject &o, const FillFigures &f)
{
    o.insert(QStringLiteral("fills"), double(f.fills));
    o.insert(QStringLiteral("commission"), StatisticsJson::money(f.commission));
    o.insert(QStringLiteral("gross_realized_pnl"), StatisticsJson::money(f.grossRealizedPnl));
    o.insert(QStringLiteral("net_realized_pnl"), StatisticsJson::money(f.netRealizedPnl()));
    o.insert(QStringLiteral("closing_fills"), double(f.closingFills));
    o.insert(QStringLiteral("winning_fills"), double(f.winningFills));
    o.insert(QStringLiteral("losing_fills"), double(f.losingFills));
    o.insert(QStringLiteral("fill_win_rate"), number(f.winRate(), 2));
    o.insert(QStringLiteral("turnover"), StatisticsJson::money(f.turnover));
}

QJsonObject roundTrips(const RoundTripFigures &r)
{
    return QJsonObject{
        {QStringLiteral("count"), double(r.count)},
        {QStringLiteral("winners"), double(r.winners)},
        {QStringLiteral("losers"), double(r.losers)},
        {QStringLiteral("scratch"), double(r.scratch)},
        {QStringLiteral("win_rate"), number(r.winRate(), 2)},
        {QStringLiteral("gross_pnl"), StatisticsJson::money(r.grossPnl)},
        {QStringLiteral("commission"), StatisticsJson::money(r.commission)},
        {QStringLiteral("net_pnl"), StatisticsJson::money(r.netPnl())},
        {QStringLiteral("average_win"), money(r.averageWin())},
        {QStringLiteral("average_loss"), money(r.averageLoss())},
        {QStringLiteral("largest_win"),
         r.winners ? StatisticsJson::money(r.largestWin) : QJsonValue()},
        {QStringLiteral("largest_loss"),
         r.losers ? StatisticsJson::money(r.largestLoss) : QJsonValue()},
        {QStringLiteral("profit_factor"), number(r.profitFactor(), 4)},
        {QStringLiteral("profit_factor_infinite"), r.profitFactorIsInfinite()},
        {QStringLiteral("expectancy"), money(r.expectancy())},
        {QStringLiteral("average_holding_seconds_winners"),
         seconds(r.averageHoldingSecondsWinners())},
        {QStringLiteral("average_holding_seconds_losers"),
         seconds(r.averageHoldingSecondsLosers())},
        {QStringLiteral("max_consecutive_wins"), r.maxConsecutiveWins},
        {QStringLiteral("max_consecutive_losses"), r.maxConsecutiveLosses},
    };
}

QJsonObject groups(const QMap<QString, GroupStatistics> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QJsonObject g;
        addFills(g, it->fills);
        g.insert(QStringLiteral("round_trips"), roundTrips(it->roundTrips));
        o.insert(it.key(), g);
    }
    return o;
}

QJsonValue decimalValue(const std::optional<Decimal> &value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue();
}

} // namespace

QJsonObject toJson(const SessionStatistics &s)
{
    QJsonObject o;
    if (s.session) {
        o.insert(QStringLiteral("session"),
                 QJsonObject{{QStringLiteral("id"), double(s.session->id)},
                             {QStringLiteral("name"), s.session->name},
                             {QStringLiteral("is_active"), s.session->isActive}});
    }
    o.insert(QStringLiteral("from"), timestamp(s.from));
    o.insert(QStringLiteral("to"), timestamp(s.to));
    o.insert(QStringLiteral("symbol"), s.symbol.isEmpty() ? QJsonValue() : QJsonValue(s.symbol));
    o.insert(QStringLiteral("strategy"),
             s.strategy.isEmpty() ? QJsonValue() : QJsonValue(s.strategy));
    addFills(o, s.fills);
    QJsonObject trips = roundTrips(s.roundTrips);
    trips.insert(QStringLiteral("open_at_end"), double(s.openRoundTrips));
    o.insert(QStringLiteral("round_trips"), trips);
    o.insert(QStringLiteral("max_drawdown"), StatisticsJson::money(s.maxDrawdown));
    o.insert(QStringLiteral("max_drawdown_percent"), number(s.maxDrawdownPercent, 4));
    o.insert(QStringLiteral("mae_mfe"), SessionStatistics::maeMfeAvailability());
    o.insert(QStringLiteral("by_symbol"), groups(s.bySymbol));
    o.insert(QStringLiteral("by_strategy"), groups(s.byStrategy));
    QJsonArray daily;
    for (const DailyPnl &d : s.daily)
        daily.append(QJsonObject{
            {QStringLiteral("date"), d.day.toString(Qt::ISODate)},
            {QStringLiteral("fills"), double(d.fills)},
            {QStringLiteral("gross_realized_pnl"), StatisticsJson::money(d.grossRealizedPnl)},
            {QStringLiteral("commission"), StatisticsJson::money(d.commission)},
            {QStringLiteral("net_realized_pnl"), StatisticsJson::money(d.netRealizedPnl())},
        });
    o.insert(QStringLiteral("daily"), daily);
    o.insert(QStringLiteral("skipped_rows"), double(s.skippedRows));
    if (!s.comparison.isEmpty()) {
        QJsonObject stored;
        QJsonObject recomputed;
        QJsonObject differences;
        for (const FigureComparison &f : s.comparison) {
            stored.insert(f.name, decimalValue(f.stored));
            recomputed.insert(f.name, decimalValue(f.recomputed));
            if (f.differs)
                differences.insert(
                    f.name, QJsonObject{
                                {QStringLiteral("stored"), decimalValue(f.stored)},
                                {QStringLiteral("recomputed"), decimalValue(f.recomputed)},
                                {QStringLiteral("severity"),
                                 f.isError ? QStringLiteral("error") : QStringLiteral("info")},
                                {QStringLiteral("definition"), f.definition},
                            });
        }
        o.insert(QStringLiteral("stored"), stored);
        o.insert(QStringLiteral("recomputed"), recomputed);
        o.insert(QStringLiteral("differences"), differences);
    }
    return o;
}

} // namespace StatisticsJson
