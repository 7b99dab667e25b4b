#include "StatisticsAccumulator.h"

StatisticsAccumulator::StatisticsAccumulator(SessionStatistics *target, bool collectEquityCurve)
    : m_target(target)
    , m_collectEquityCurve(collectEquityCurve)
{
}

bool StatisticsAccumulator::inWindow(Timestamp t) const
{
    return (!m_target->from || t >= *m_target->from) && (!m_target->to || t <= *m_target->to);
}

void StatisticsAccumulator::add(const Fill &fill)
{
    ++m_target->rowsRead;
    const RoundTripTracker::Result r = m_tracker.add(fill);
    if (!inWindow(fill.executedAt))
        return;

    SessionStatistics &s = *m_target;
    const Decimal notional = (fill.quantity * fill.price).abs();
    s.fills.add(fill, r.matched, notional);
    GroupStatistics &bySymbol = s.bySymbol[fill.symbol];
    GroupStatistics &byStrategy = s.byStrategy[fill.strategy];
    bySymbol.fills.add(fill, r.matched, notional);
    byStrategy.fills.add(fill, r.matched, notional);
    if (r.closed) {
        // A round trip belongs to the window its closing fill is in.
        s.roundTrips.add(*r.closed);
        bySymbol.roundTrips.add(*r.closed);
        s.byStrategy[r.closed->strategy].roundTrips.add(*r.closed);
    }

    // The UTC calendar day, from the microseconds: no QDateTime per row.
    const qint64 usecs = fill.executedAt.microseconds();
    const qint64 julianDay =
        (usecs >= 0 ? usecs / 86'400'000'000LL : (usecs + 1) / 86'400'000'000LL - 1) + 2'440'588;
    DailyPnl &daily = m_daily[julianDay];
    if (daily.fills == 0)
        daily.day = QDate::fromJulianDay(julianDay);
    ++daily.fills;
    daily.grossRealizedPnl += r.matched.realizedPnl;
    daily.commission += fill.commission;

    // Realized equity: every fill moves it by its realized P&L minus its
    // commission; the drawdown is measured from the running peak (0 at start).
    m_equity += r.matched.realizedPnl - fill.commission;
    if (m_equity > m_peak)
        m_peak = m_equity;
    const Decimal drawdown = m_peak - m_equity;
    if (drawdown > s.maxDrawdown)
        s.maxDrawdown = drawdown;
    if (m_collectEquityCurve)
        s.equityCurve.append(
            EquityPoint{fill.executedAt, fill.id, m_equity.toDouble(), drawdown.toDouble()});
}

void StatisticsAccumulator::finish()
{
    SessionStatistics &s = *m_target;
    s.openRoundTrips = m_tracker.openRoundTrips().size();
    s.unattributedCommission = m_tracker.unattributedCommission();
    s.daily = m_daily.values();
    if (s.session && s.session->startingBalance && s.session->startingBalance->sign() > 0)
        s.maxDrawdownPercent =
            s.maxDrawdown * Decimal::fromInteger(100) / *s.session->startingBalance;
    if (s.session && s.symbol.isEmpty() && s.strategy.isEmpty())
        s.comparison = SessionComparison::compare(*s.session, s.fills, s.maxDrawdownPercent);
}
