#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// A naive UTC instant with microsecond resolution, as the robot stores it
// (datetime.utcnow()). QDateTime keeps only milliseconds, and many rows share
// a timestamp to the millisecond, so paging and sorting need the full value.
class Timestamp
{
public:
    constexpr Timestamp() = default;

    static constexpr Timestamp fromMicroseconds(qint64 usecsSinceEpoch)
    {
        Timestamp t;
        t.m_usecs = usecsSinceEpoch;
        return t;
    }
    // "2025-12-20 14:03:07.123456", with 'T' or a space, 0..9 fractional
    // digits, an optional trailing "Z" or "+00:00"-style offset (converted to UTC),
    // or a bare date ("2025-12-20", midnight).
    static std::optional<Timestamp> fromText(QStringView text);
    // Date and time fields are taken as UTC whatever the QDateTime's spec says:
    // QPSQL hands back naive timestamps as Qt::LocalTime.
    static std::optional<Timestamp> fromNaiveDateTime(const QDateTime &dateTime);
    static Timestamp fromUtc(const QDateTime &dateTime);

    constexpr qint64 microseconds() const { return m_usecs; }
    QDateTime toUtc() const;

    // The text SQLAlchemy writes into SQLite: "YYYY-MM-DD HH:MM:SS.ffffff".
    // Its text order is its time order, and it is what a bound range value
    // must look like so that SQLite compares it as text with the index.
    QString toStorageText() const;
    // ISO 8601 with microseconds and a "Z": "2025-12-20T14:03:07.123456Z".
    QString toIsoString() const;

    Timestamp addMicroseconds(qint64 usecs) const { return fromMicroseconds(m_usecs + usecs); }

    friend constexpr bool operator==(Timestamp, Timestamp) = default;
    friend constexpr std::strong_ordering operator<=>(Timestamp a, Timestamp b)
    {
        return a.m_usecs <=> b.m_usecs;
    }

private:
    qint64 m_usecs = 0;
};

Q_DECLARE_METATYPE(Timestamp)
