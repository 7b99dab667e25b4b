#pragma once

#include "NameTable.h"
#include "RoundTripTracker.h"
#include "SessionStatistics.h"

#include <QMap>

#include <vector>

// Builds a SessionStatistics from a stream of fills in (executed_at, id) order.
// Fills before the window only build FIFO lots; fills in the window count.
class StatisticsAccumulator
{
public:
    explicit StatisticsAccumulator(SessionStatistics *target, bool collectEquityCurve);

    // Where a reader interns the fills' names, so add() indexes its groups
    // by key. Fills without keys are interned here on the way in.
    NameTable &names() { return m_names; }

    void add(const Fill &fill);
    void skip() { ++m_target->rowsRead, ++m_target->skippedRows; }
    // Derived figures (groups, daily list, drawdown %, comparison); call once at the end.
    void finish();

private:
    // A symbol's or a strategy's figures, by NameTable key; `seen` marks the
    // keys that are groups of that kind.
    struct Groups
    {
        std::vector<GroupStatistics> byKey;
        std::vector<bool> seen;
        GroupStatistics &at(int key);
        void moveInto(QMap<QString, GroupStatistics> *target, const NameTable &names);
    };

    bool inWindow(Timestamp t) const;
    void addKeyed(const Fill &fill);

    SessionStatistics *m_target;
    bool m_collectEquityCurve;
    NameTable m_names;
    RoundTripTracker m_tracker;
    Groups m_bySymbol;
    Groups m_byStrategy;
    QMap<qint64, DailyPnl> m_daily; // by Julian day
    // Fills arrive in time order: the day of the previous fill is usually this one's.
    qint64 m_currentJulianDay = 0;
    DailyPnl *m_currentDay = nullptr;
    Decimal m_equity;
    Decimal m_peak;
};
