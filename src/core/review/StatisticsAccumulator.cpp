#include "StatisticsAccumulator.h"

StatisticsAccumulator::StatisticsAccumulator(SessionStatistics *target, bool collectEquityCurve)
    : m_target(target)
    , m_collectEquityCurve(collectEquityCurve)
{
}

GroupStatistics &StatisticsAccumulator::Groups::at(int key)
{
    if (size_t(key) >= byKey.size()) {
        byKey.resize(size_t(key) + 1);
        seen.resize(size_t(key) + 1);
    }
    seen[size_t(key)] = true;
    return byKey[size_t(key)];
}

void StatisticsAccumulator::Groups::moveInto(QMap<QString, GroupStatistics> *target,
                                             const NameTable &names)
{
    for (size_t key = 0; key < byKey.size(); ++key) {
        if (seen[key])
            target->insert(names.name(int(key)), std::move(byKey[key]));
    }
}

bool StatisticsAccumulator::inWindow(Timestamp t) const
{
    return (!m_target->from || t >= *m_target->from) && (!m_target->to || t <= *m_target->to);
}

void StatisticsAccumulator::add(const Fill &fill)
{
    if (fill.symbolKey >= 0 && fill.strategyKey >= 0)
        return addKeyed(fill);
    Fill keyed = fill;
    keyed.symbolKey = m_names.intern(fill.symbol);
    keyed.strategyKey = m_names.intern(fill.strategy);
    addKeyed(keyed);
}

void StatisticsAccumulator::addKeyed(const Fill &fill)
{
    ++m_target->rowsRead;
    const RoundTripTracker::Result r = m_tracker.add(fill);
    if (!inWindow(fill.executedAt))
        return;

    SessionStatistics &s = *m_target;
    const Decimal notional = (fill.quantity * fill.price).abs();
    s.fills.add(fill, r.matched, notional);
    GroupStatistics &bySymbol = m_bySymbol.at(fill.symbolKey);
    bySymbol.fills.add(fill, r.matched, notional);
    m_byStrategy.at(fill.strategyKey).fills.add(fill, r.matched, notional);
    // Only what was paid in the window: fills.commission holds exactly these fills.
    s.unattributedCommission += r.unattributedCommission;
    if (r.closed) {
        // A round trip belongs to the window its closing fill is in.
        s.roundTrips.add(*r.closed);
        bySymbol.roundTrips.add(*r.closed);
        m_byStrategy.at(r.closed->strategyKey).roundTrips.add(*r.closed);
    }

    // The UTC calendar day, from the microseconds: no QDateTime per row.
    const qint64 usecs = fill.executedAt.microseconds();
    const qint64 julianDay =
        (usecs >= 0 ? usecs / 86'400'000'000LL : (usecs + 1) / 86'400'000'000LL - 1) + 2'440'588;
    if (!m_currentDay || julianDay != m_currentJulianDay) {
        m_currentJulianDay = julianDay;
        m_currentDay = &m_daily[julianDay];
        if (m_currentDay->fills == 0)
            m_currentDay->day = QDate::fromJulianDay(julianDay);
    }
    DailyPnl &daily = *m_currentDay;
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
    m_bySymbol.moveInto(&s.bySymbol, m_names);
    m_byStrategy.moveInto(&s.byStrategy, m_names);
    s.daily = m_daily.values();
    if (s.session && s.session->startingBalance && s.session->startingBalance->sign() > 0)
        s.maxDrawdownPercent =
            s.maxDrawdown * Decimal::fromInteger(100) / *s.session->startingBalance;
    if (s.session && s.symbol.isEmpty() && s.strategy.isEmpty())
        s.comparison = SessionComparison::compare(*s.session, s.fills, s.maxDrawdownPercent);
}
