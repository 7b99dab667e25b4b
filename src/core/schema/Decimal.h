#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// An exact decimal number with a fixed scale of 8 fractional digits.
//
// Money, quantities and prices are summed over millions of rows; binary
// floating point would drift, so every stored numeric value is decoded into a
// Decimal and all arithmetic on it is exact. 8 digits covers the robot's
// NUMERIC(12,4) columns and their products (quantity x price has 8 digits).
// The mantissa is a 128-bit integer: sums of a billion NUMERIC(12,4) values
// stay far from overflow.
class Decimal
{
public:
    static constexpr int kScale = 8;

    constexpr Decimal() = default;

    static Decimal fromInteger(qint64 value);
    // Rounds half away from zero to kScale digits. Accepts "-12.5", "3",
    // "1e-3", "33.333333333333336", surrounding spaces. Rejects anything else.
    static std::optional<Decimal> fromString(QStringView text);
    // Uses the shortest text that reads back as the same double, so 0.1 is
    // 0.1 and not 0.1000000000000000055.
    static std::optional<Decimal> fromDouble(double value);
    static constexpr Decimal fromRaw(__int128 raw)
    {
        Decimal d;
        d.m_raw = raw;
        return d;
    }

    constexpr __int128 raw() const { return m_raw; }
    bool isZero() const { return m_raw == 0; }
    int sign() const { return m_raw > 0 ? 1 : (m_raw < 0 ? -1 : 0); }
    Decimal abs() const { return fromRaw(m_raw < 0 ? -m_raw : m_raw); }

    // Half away from zero, like SQL's ROUND() and PostgreSQL's numeric cast.
    Decimal rounded(int decimals) const;
    double toDouble() const;
    // Whole-number part, truncated towards zero.
    qint64 toInteger() const;

    // decimals < 0: as many as needed, no trailing zeros ("12.5", "3").
    // decimals >= 0: rounded and padded to exactly that many ("12.50").
    QString toString(int decimals = -1) const;
    // toString() with a group separator every three integer digits.
    QString toGroupedString(int decimals, QChar separator = QLatin1Char(',')) const;

    Decimal operator-() const { return fromRaw(-m_raw); }
    Decimal operator+(Decimal other) const { return fromRaw(m_raw + other.m_raw); }
    Decimal operator-(Decimal other) const { return fromRaw(m_raw - other.m_raw); }
    // Rounded half away from zero to kScale digits.
    Decimal operator*(Decimal other) const;
    // Rounded half away from zero; division by zero yields zero, check first.
    Decimal operator/(Decimal other) const;
    Decimal &operator+=(Decimal other)
    {
        m_raw += other.m_raw;
        return *this;
    }
    Decimal &operator-=(Decimal other)
    {
        m_raw -= other.m_raw;
        return *this;
    }

    friend bool operator==(Decimal a, Decimal b) { return a.m_raw == b.m_raw; }
    friend std::strong_ordering operator<=>(Decimal a, Decimal b) { return a.m_raw <=> b.m_raw; }

private:
    __int128 m_raw = 0;
};

Q_DECLARE_METATYPE(Decimal)
