#include "DemoRandom.h"

#include <cmath>

double DemoRandom::normal()
{
    // 1 - uniform() is in (0, 1], so the logarithm is finite.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

QString DemoRandom::uuid()
{
    quint64 high = bits();
    quint64 low = bits();
    high = (high & ~quint64(0xF000)) | quint64(0x4000);         // version 4
    low = (low & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    const QString hex = QStringLiteral("%1%2")
                            .arg(high, 16, 16, QLatin1Char('0'))
                            .arg(low, 16, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
}
