#include "Decimal.h"

#include <charconv>
#include <cmath>

namespace {

constexpr __int128 pow10(int n)
{
    __int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

constexpr __int128 kOne = pow10(Decimal::kScale);

// Divides rounding half away from zero.
__int128 divideRounded(__int128 numerator, __int128 denominator)
{
    if (denominator == 0)
        return 0;
    const bool negative = (numerator < 0) != (denominator < 0);
    __int128 n = numerator < 0 ? -numerator : numerator;
    const __int128 d = denominator < 0 ? -denominator : denominator;
    __int128 q = n / d;
    if ((n % d) * 2 >= d)
        ++q;
    return negative ? -q : q;
}

QString digitsOf(__int128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    QString text;
    while (value > 0) {
        text.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    }
    return text;
}

} // namespace

Decimal Decimal::fromInteger(qint64 value)
{
    return fromRaw(__int128(value) * kOne);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[i] == u'-' || text[i] == u'+') {
        negative = text[i] == u'-';
        ++i;
    }
    // Collect mantissa digits as an integer plus the count of fractional digits.
    __int128 mantissa = 0;
    int fractionDigits = 0;
    int droppedDigits = 0; // digits beyond what fits; they only matter for rounding
    bool roundUp = false;
    bool anyDigit = false;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (inFraction)
                return std::nullopt;
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            break;
        anyDigit = true;
        const int digit = c.unicode() - u'0';
        if (mantissa < pow10(30)) {
            mantissa = mantissa * 10 + digit;
            if (inFraction)
                ++fractionDigits;
        } else {
            if (droppedDigits == 0 && inFraction)
                roundUp = digit >= 5;
            if (!inFraction)
                ++droppedDigits; // integer digit that no longer fits: overflow
            else
                continue;
        }
    }
    if (!anyDigit || droppedDigits > 0)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        const QStringView rest = text.mid(i);
        bool ok = false;
        exponent = rest.toInt(&ok);
        if (!ok || exponent > 30 || exponent < -60)
            return std::nullopt;
        i = text.size();
    }
    if (i != text.size())
        return std::nullopt;
    if (roundUp)
        mantissa += 1; // only reachable with > 30 significant digits; good enough
    // value = mantissa * 10^(exponent - fractionDigits); we want value * 10^kScale.
    const int shift = kScale + exponent - fractionDigits;
    __int128 raw = 0;
    if (shift >= 0) {
        if (shift > 30 || mantissa > pow10(37 - shift))
            return std::nullopt;
        raw = mantissa * pow10(shift);
    } else {
        const int down = -shift;
        raw = down > 38 ? 0 : divideRounded(mantissa, pow10(down));
    }
    return fromRaw(negative ? -raw : raw);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (result.ec != std::errc())
        return std::nullopt;
    return fromString(QString::fromLatin1(buffer, result.ptr - buffer));
}

Decimal Decimal::rounded(int decimals) const
{
    if (decimals >= kScale)
        return *this;
    const __int128 unit = pow10(kScale - qMax(decimals, 0));
    return fromRaw(divideRounded(m_raw, unit) * unit);
}

double Decimal::toDouble() const
{
    return double(m_raw) / double(kOne);
}

qint64 Decimal::toInteger() const
{
    return qint64(m_raw / kOne);
}

QString Decimal::toString(int decimals) const
{
    const Decimal value = decimals >= 0 ? rounded(decimals) : *this;
    const __int128 magnitude = value.m_raw < 0 ? -value.m_raw : value.m_raw;
    QString integerPart = digitsOf(magnitude / kOne);
    QString fraction = digitsOf(magnitude % kOne).rightJustified(kScale, u'0');
    if (decimals >= 0) {
        fraction.truncate(decimals);
    } else {
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
    }
    QString text = value.m_raw < 0 ? QStringLiteral("-") : QString();
    text += integerPart;
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    return text;
}

QString Decimal::toGroupedString(int decimals, QChar separator) const
{
    QString text = toString(decimals);
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    qsizetype end = text.indexOf(u'.');
    if (end < 0)
        end = text.size();
    for (qsizetype pos = end - 3; pos > start; pos -= 3)
        text.insert(pos, separator);
    return text;
}

Decimal Decimal::operator*(Decimal other) const
{
    return fromRaw(divideRounded(m_raw * other.m_raw, kOne));
}

Decimal Decimal::operator/(Decimal other) const
{
    return fromRaw(divideRounded(m_raw * kOne, other.m_raw));
}
