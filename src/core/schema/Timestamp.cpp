#include "Timestamp.h"

#include <QTimeZone>

namespace {

constexpr qint64 kUsecsPerDay = 86'400'000'000LL;

bool readDigits(QStringView text, qsizetype &pos, int count, int &value)
{
    value = 0;
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= text.size() || !text[pos].isDigit() || text[pos].unicode() > 127)
            return false;
        value = value * 10 + (text[pos].unicode() - u'0');
    }
    return true;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos >= text.size() || text[pos] != c)
        return false;
    ++pos;
    return true;
}

} // namespace

std::optional<Timestamp> Timestamp::fromText(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, year) || !expect(text, pos, u'-') ||
        !readDigits(text, pos, 2, month) || !expect(text, pos, u'-') ||
        !readDigits(text, pos, 2, day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    qint64 micros = 0;
    qint64 offsetSeconds = 0;
    if (pos < text.size()) {
        if (text[pos] != u' ' && text[pos] != u'T')
            return std::nullopt;
        ++pos;
        if (!readDigits(text, pos, 2, hour) || !expect(text, pos, u':') ||
            !readDigits(text, pos, 2, minute))
            return std::nullopt;
        if (pos < text.size() && text[pos] == u':' && !(++pos, readDigits(text, pos, 2, second)))
            return std::nullopt;
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
        if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
            ++pos;
            int digits = 0;
            qint64 fraction = 0;
            while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() <= 127) {
                if (digits < 6) {
                    fraction = fraction * 10 + (text[pos].unicode() - u'0');
                    ++digits;
                } else if (digits++ > 12) {
                    return std::nullopt;
                }
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int d = qMin(digits, 6); d < 6; ++d)
                fraction *= 10;
            micros = fraction;
        }
        if (pos < text.size()) {
            if (text[pos] == u'Z' || text[pos] == u'z') {
                ++pos;
            } else if (text[pos] == u'+' || text[pos] == u'-') {
                const int sign = text[pos] == u'-' ? -1 : 1;
                ++pos;
                int oh = 0, om = 0;
                if (!readDigits(text, pos, 2, oh))
                    return std::nullopt;
                if (pos < text.size() && text[pos] == u':')
                    ++pos;
                if (pos < text.size() && !readDigits(text, pos, 2, om))
                    return std::nullopt;
                if (oh > 23 || om > 59)
                    return std::nullopt;
                offsetSeconds = sign * (oh * 3600 + om * 60);
            }
        }
        if (pos != text.size())
            return std::nullopt;
    }
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    const qint64 seconds = hour * 3600LL + minute * 60LL + second - offsetSeconds;
    return fromMicroseconds(days * kUsecsPerDay + seconds * 1'000'000LL + micros);
}

std::optional<Timestamp> Timestamp::fromNaiveDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return std::nullopt;
    const QDateTime asUtc(dateTime.date(), dateTime.time(), QTimeZone::utc());
    return fromMicroseconds(asUtc.toMSecsSinceEpoch() * 1000);
}

Timestamp Timestamp::fromUtc(const QDateTime &dateTime)
{
    return fromMicroseconds(dateTime.toUTC().toMSecsSinceEpoch() * 1000);
}

QDateTime Timestamp::toUtc() const
{
    // Floor division so instants before 1970 round towards the past.
    qint64 ms = m_usecs / 1000;
    if (m_usecs % 1000 < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString Timestamp::toStorageText() const
{
    qint64 days = m_usecs / kUsecsPerDay;
    qint64 rest = m_usecs % kUsecsPerDay;
    if (rest < 0) {
        rest += kUsecsPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const qint64 secs = rest / 1'000'000;
    const qint64 micros = rest % 1'000'000;
    return QStringLiteral("%1-%2-%3 %4:%5:%6.%7")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'))
        .arg(micros, 6, 10, QLatin1Char('0'));
}

QString Timestamp::toIsoString() const
{
    QString text = toStorageText();
    text[10] = u'T';
    return text + u'Z';
}
