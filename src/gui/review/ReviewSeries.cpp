#include "ReviewSeries.h"

#include "review/SessionStatistics.h"

ReviewSeries ReviewSeries::from(const SessionStatistics &statistics)
{
    ReviewSeries series;
    series.equity.reserve(statistics.equityCurve.size());
    for (const EquityPoint &point : statistics.equityCurve) {
        // The curve holds doubles (it only ever fed a chart); the shortest
        // text of a double of sums of cents reads back as those cents.
        series.equity.append(
            {point.at, Decimal::fromDouble(point.equity).value_or(Decimal()).rounded(2)});
    }
    series.days.reserve(statistics.daily.size());
    for (const DailyPnl &day : statistics.daily)
        series.days.append({day.day, day.netRealizedPnl()});
    return series;
}
