#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QLocale>
#include <QString>

// One tick of a time axis. label is the fine part ("14:00", "3 Mar", "Mar");
// context is the coarse part ("3 Mar 2025", "2025") shown on a second line
// under the first tick and wherever it changes, so an axis spanning midnight
// says which day it is without repeating the date under every tick.
struct TimeTick
{
    qint64 usecs = 0;
    QString label;
    QString context;
};

// Round ticks for a UTC time axis: 1, 2, 5, 10, 15, 30 seconds or minutes,
// 1, 2, 3, 6, 12 hours, days, Monday-aligned weeks, calendar months and
// years, whichever is the finest step whose labels do not overlap.
class TimeScale
{
public:
    static QList<TimeTick> ticks(qint64 fromUsecs, qint64 toUsecs, double widthPx,
                                 const QFontMetricsF &metrics, qint64 minStepUsecs = 0,
                                 const QLocale &locale = QLocale());

    static constexpr qint64 kSecond = 1'000'000;
    static constexpr qint64 kMinute = 60 * kSecond;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;
};
