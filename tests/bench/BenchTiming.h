#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

// What every benchmark operation reports: a median of several runs, in ms.
namespace BenchTiming {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return -1;
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

inline double since(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace BenchTiming
