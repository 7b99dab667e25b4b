#include "charts/ChartFormat.h"

QString ChartFormat::money(Decimal value, int decimals, const QLocale &locale, Sign sign)
{
    const Decimal rounded = value.rounded(decimals);
    const QString plain = rounded.abs().toString(decimals);
    const qsizetype point = plain.indexOf(u'.');
    const QString whole = point < 0 ? plain : plain.left(point);
    const QString fraction = point < 0 ? QString() : plain.mid(point + 1);

    QString grouped;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole[i];
    }
    if (!fraction.isEmpty())
        grouped += locale.decimalPoint() + fraction;

    if (rounded.sign() < 0)
        return locale.negativeSign() + grouped;
    if (sign == Sign::Always && rounded.sign() > 0)
        return locale.positiveSign() + grouped;
    return grouped;
}

QString ChartFormat::money(double value, int decimals, const QLocale &locale, Sign sign)
{
    return money(Decimal::fromDouble(value).value_or(Decimal()), decimals, locale, sign);
}
