#include "charts/NiceScale.h"

#include <algorithm>
#include <cmath>

double NiceScale::niceStep(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    const double fraction = value / magnitude;
    // A little tolerance: 2.0000000001 is still a 2.
    if (fraction <= 1.0 + 1e-9)
        return magnitude;
    if (fraction <= 2.0 + 1e-9)
        return 2.0 * magnitude;
    if (fraction <= 5.0 + 1e-9)
        return 5.0 * magnitude;
    return 10.0 * magnitude;
}

NiceScale NiceScale::compute(double min, double max, int maxTicks)
{
    NiceScale scale;
    if (!std::isfinite(min) || !std::isfinite(max))
        return scale;
    if (min > max)
        std::swap(min, max);
    if (max - min < 1e-9 * std::max(1.0, std::abs(max))) {
        // One value: widen by a tenth of its size, or by one unit around zero.
        const double pad = std::abs(min) > 0.0 ? std::abs(min) * 0.1 : 1.0;
        min -= pad;
        max += pad;
    }
    maxTicks = std::max(maxTicks, 1);
    scale.m_step = niceStep((max - min) / maxTicks);
    scale.m_min = std::floor(min / scale.m_step + 1e-9) * scale.m_step;
    scale.m_max = std::ceil(max / scale.m_step - 1e-9) * scale.m_step;
    scale.m_decimals = std::max(0, static_cast<int>(-std::floor(std::log10(scale.m_step) + 1e-9)));
    return scale;
}

QList<double> NiceScale::ticks() const
{
    QList<double> result;
    const int count = static_cast<int>(std::llround((m_max - m_min) / m_step));
    result.reserve(count + 1);
    for (int i = 0; i <= count; ++i) {
        double value = m_min + i * m_step;
        // Snap -0.0 and 1e-17 noise to the round value the label will show.
        if (std::abs(value) < m_step * 1e-9)
            value = 0.0;
        result.append(value);
    }
    return result;
}
