#pragma once

#include "schema/Decimal.h"

#include <QLocale>
#include <QString>

// Money text for axes and tooltips: the locale's separators, a group
// separator every three digits even where the locale omits it by default
// (the C locale does), and exact digits from Decimal rather than printf's.
class ChartFormat
{
public:
    enum class Sign { OnlyNegative, Always };

    static QString money(Decimal value, int decimals, const QLocale &locale = QLocale(),
                         Sign sign = Sign::OnlyNegative);
    // Axis ticks are doubles; they are converted through the shortest text
    // that reads back as the same double, so 0.1 prints as 0.1.
    static QString money(double value, int decimals, const QLocale &locale = QLocale(),
                         Sign sign = Sign::OnlyNegative);
};
