#include "charts/TimeScale.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>

namespace {

enum class Unit { Fixed, Week, Month, Year };

struct Step
{
    Unit unit;
    qint64 amount; // microseconds for Fixed, otherwise weeks, months or years
    qint64 approxUsecs;
};

constexpr qint64 kSecond = TimeScale::kSecond;
constexpr qint64 kMinute = TimeScale::kMinute;
constexpr qint64 kHour = TimeScale::kHour;
constexpr qint64 kDay = TimeScale::kDay;
constexpr qint64 kMonth = kDay * 30;
constexpr qint64 kYear = kDay * 365;

constexpr std::array kSteps = {
    Step{Unit::Fixed, kSecond, kSecond},
    Step{Unit::Fixed, 2 * kSecond, 2 * kSecond},
    Step{Unit::Fixed, 5 * kSecond, 5 * kSecond},
    Step{Unit::Fixed, 10 * kSecond, 10 * kSecond},
    Step{Unit::Fixed, 15 * kSecond, 15 * kSecond},
    Step{Unit::Fixed, 30 * kSecond, 30 * kSecond},
    Step{Unit::Fixed, kMinute, kMinute},
    Step{Unit::Fixed, 2 * kMinute, 2 * kMinute},
    Step{Unit::Fixed, 5 * kMinute, 5 * kMinute},
    Step{Unit::Fixed, 10 * kMinute, 10 * kMinute},
    Step{Unit::Fixed, 15 * kMinute, 15 * kMinute},
    Step{Unit::Fixed, 30 * kMinute, 30 * kMinute},
    Step{Unit::Fixed, kHour, kHour},
    Step{Unit::Fixed, 2 * kHour, 2 * kHour},
    Step{Unit::Fixed, 3 * kHour, 3 * kHour},
    Step{Unit::Fixed, 6 * kHour, 6 * kHour},
    Step{Unit::Fixed, 12 * kHour, 12 * kHour},
    Step{Unit::Fixed, kDay, kDay},
    Step{Unit::Fixed, 2 * kDay, 2 * kDay},
    Step{Unit::Week, 1, 7 * kDay},
    Step{Unit::Week, 2, 14 * kDay},
    Step{Unit::Month, 1, kMonth},
    Step{Unit::Month, 2, 2 * kMonth},
    Step{Unit::Month, 3, 3 * kMonth},
    Step{Unit::Month, 6, 6 * kMonth},
    Step{Unit::Year, 1, kYear},
    Step{Unit::Year, 2, 2 * kYear},
    Step{Unit::Year, 5, 5 * kYear},
    Step{Unit::Year, 10, 10 * kYear},
    Step{Unit::Year, 20, 20 * kYear},
    Step{Unit::Year, 50, 50 * kYear},
    Step{Unit::Year, 100, 100 * kYear},
};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

QDateTime utc(qint64 usecs)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(usecs, 1000), QTimeZone::utc());
}

qint64 toUsecs(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

QString labelFormat(const Step &step)
{
    switch (step.unit) {
    case Unit::Fixed:
        if (step.amount < kMinute)
            return QStringLiteral("HH:mm:ss");
        if (step.amount < kDay)
            return QStringLiteral("HH:mm");
        return QStringLiteral("d MMM");
    case Unit::Week:
        return QStringLiteral("d MMM");
    case Unit::Month:
        return QStringLiteral("MMM");
    case Unit::Year:
        return QStringLiteral("yyyy");
    }
    return {};
}

QString contextFormat(const Step &step)
{
    if (step.unit == Unit::Fixed && step.amount < kDay)
        return QStringLiteral("d MMM yyyy");
    if (step.unit == Unit::Year)
        return {};
    return QStringLiteral("yyyy");
}

QList<qint64> tickPositions(const Step &step, qint64 from, qint64 to)
{
    QList<qint64> result;
    if (step.unit == Unit::Fixed) {
        for (qint64 t = floorDiv(from + step.amount - 1, step.amount) * step.amount; t <= to;
             t += step.amount)
            result.append(t);
        return result;
    }
    const QDate start = utc(from).date();
    QDate date;
    if (step.unit == Unit::Week) {
        date = start.addDays(1 - start.dayOfWeek()); // the Monday on or before
    } else if (step.unit == Unit::Month) {
        const int month0 = (start.month() - 1) / int(step.amount) * int(step.amount);
        date = QDate(start.year(), month0 + 1, 1);
    } else {
        const int year = int(floorDiv(start.year(), step.amount) * step.amount);
        date = QDate(year == 0 ? 1 : year, 1, 1);
    }
    for (; date.isValid();) {
        const qint64 t = toUsecs(date);
        if (t > to)
            break;
        if (t >= from)
            result.append(t);
        if (step.unit == Unit::Week)
            date = date.addDays(7 * step.amount);
        else if (step.unit == Unit::Month)
            date = date.addMonths(int(step.amount));
        else
            date = date.addYears(int(step.amount));
    }
    return result;
}

} // namespace

QList<TimeTick> TimeScale::ticks(qint64 fromUsecs, qint64 toUsecs, double widthPx,
                                 const QFontMetricsF &metrics, qint64 minStepUsecs,
                                 const QLocale &locale)
{
    QList<TimeTick> result;
    if (toUsecs <= fromUsecs || widthPx <= 0.0)
        return result;
    const double range = double(toUsecs - fromUsecs);
    // A sample far from any month or weekday name edge case: the widest
    // labels come from long month names and two-digit days.
    const QDateTime sample(QDate(2000, 12, 28), QTime(23, 59, 59), QTimeZone::utc());
    const double gap = metrics.horizontalAdvance(QLatin1Char('M')) * 1.2;

    const Step *chosen = &kSteps.back();
    for (const Step &step : kSteps) {
        if (step.approxUsecs < minStepUsecs)
            continue;
        const double spacing = widthPx * double(step.approxUsecs) / range;
        const double labelWidth =
            metrics.horizontalAdvance(locale.toString(sample, labelFormat(step)));
        if (spacing >= labelWidth + gap) {
            chosen = &step;
            break;
        }
    }

    const QString format = labelFormat(*chosen);
    const QString coarse = contextFormat(*chosen);
    QString previousContext;
    for (const qint64 t : tickPositions(*chosen, fromUsecs, toUsecs)) {
        const QDateTime when = utc(t);
        TimeTick tick;
        tick.usecs = t;
        tick.label = locale.toString(when, format);
        if (!coarse.isEmpty()) {
            const QString context = locale.toString(when, coarse);
            if (context != previousContext)
                tick.context = context;
            previousContext = context;
        }
        result.append(tick);
    }
    return result;
}
