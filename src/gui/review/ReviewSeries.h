#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QDate>
#include <QList>

struct SessionStatistics;

// The chart series of a review, in types of their own. ti_review declares a
// global EquityPoint and DailyPnl, and the chart headers keep global aliases
// of those names for their nested types, so no file may include both: this is
// filled where only the review's are seen (ReviewSeries.cpp) and drawn where
// only the charts' are (ReviewCharts.cpp).
struct ReviewSeries
{
    struct EquityStep
    {
        Timestamp at;
        Decimal equity; // cumulative net realized P&L after the fill
    };
    struct Day
    {
        QDate day;
        Decimal netPnl;
    };

    QList<EquityStep> equity;
    QList<Day> days;

    static ReviewSeries from(const SessionStatistics &statistics);
};
