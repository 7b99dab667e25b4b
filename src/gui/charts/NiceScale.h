#pragma once

#include <QList>

// Round tick values for a value axis: steps of 1, 2 or 5 x 10^n, and an axis
// range that starts and ends on a tick, so labels read as 0, 500, 1,000 and
// not 0, 437.5, 875.
class NiceScale
{
public:
    // Ticks covering [min, max] with roughly maxTicks intervals at most.
    // An empty range (min == max) is widened around the value so a single
    // point still gets a readable axis.
    static NiceScale compute(double min, double max, int maxTicks);

    double min() const { return m_min; }
    double max() const { return m_max; }
    double step() const { return m_step; }
    // Fractional digits that show every tick exactly (0 for a step of 500,
    // 2 for a step of 0.05).
    int decimals() const { return m_decimals; }
    QList<double> ticks() const;

    // The nice number nearest to value: 1, 2 or 5 x 10^n, rounded up.
    static double niceStep(double value);

private:
    double m_min = 0.0;
    double m_max = 1.0;
    double m_step = 1.0;
    int m_decimals = 0;
};
