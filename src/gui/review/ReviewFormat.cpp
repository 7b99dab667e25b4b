#include "ReviewFormat.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"

#include <QLocale>

#include <cmath>

QString ReviewFormat::money(Decimal value)
{
    return ChartFormat::money(value, 2);
}

QString ReviewFormat::money(const std::optional<Decimal> &value)
{
    return value ? money(*value) : none();
}

QString ReviewFormat::pnl(Decimal value)
{
    return ChartFormat::money(value, 2, QLocale(), ChartFormat::Sign::Always);
}

QString ReviewFormat::pnl(const std::optional<Decimal> &value)
{
    return value ? pnl(*value) : none();
}

QString ReviewFormat::count(qint64 value)
{
    return ChartFormat::money(Decimal::fromInteger(value), 0);
}

QString ReviewFormat::percent(const std::optional<Decimal> &value, int decimals)
{
    if (!value)
        return none();
    return tr("%1 %").arg(ChartFormat::money(*value, decimals));
}

QString ReviewFormat::ratio(const std::optional<Decimal> &value)
{
    return value ? ChartFormat::money(*value, 2) : none();
}

QString ReviewFormat::duration(const std::optional<double> &seconds)
{
    if (!seconds || !std::isfinite(*seconds))
        return none();
    const qint64 s = std::llround(*seconds);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString ReviewFormat::notAvailable()
{
    return tr("not available");
}

QColor ReviewFormat::pnlColor(const QPalette &palette, Decimal value)
{
    // Coloured by what is shown: a P&L that rounds to 0.00 is not a gain.
    const Decimal shown = value.rounded(2);
    if (shown.isZero())
        return {};
    const ChartPalette colours(palette);
    return shown.sign() > 0 ? colours.gain() : colours.loss();
}

QColor ReviewFormat::differenceBackground(const QPalette &palette, bool isError)
{
    const ChartPalette colours(palette);
    QColor tint = isError ? colours.loss() : QColor(0xf9, 0xa8, 0x25); // amber: worth a look
    tint.setAlpha(colours.isDark() ? 90 : 55);
    return tint;
}
