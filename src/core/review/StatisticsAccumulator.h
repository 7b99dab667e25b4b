#pragma once

#include "RoundTripTracker.h"
#include "SessionStatistics.h"

#include <QHash>

// Builds a SessionStatistics from a stream of fills in (executed_at, id) order.
// Fills before the window only build FIFO lots; fills in the window count.
class StatisticsAccumulator
{
public:
    explicit StatisticsAccumulator(SessionStatistics *target, bool collectEquityCurve);

    void add(const Fill &fill);
    void skip() { ++m_target->rowsRead, ++m_target->skippedRows; }
    // Derived figures (daily list, drawdown %, comparison); call once at the end.
    void finish();

private:
    bool inWindow(Timestamp t) const;

    SessionStatistics *m_target;
    bool m_collectEquityCurve;
    RoundTripTracker m_tracker;
    QMap<qint64, DailyPnl> m_daily; // by Julian day
    Decimal m_equity;
    Decimal m_peak;
};
