#include "FastDecode.h"

#include "schema/RobotEnum.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace FastDecode {

std::optional<Decimal> decimalFromDouble(double value, int scale)
{
    static constexpr double kPow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    if (scale >= 0 && scale <= 8 && std::isfinite(value)) {
        const double scaled = value * kPow10[scale];
        // Below 1e11 the binary error of `scaled` stays under 1e-5. The general
        // path rounds to 8 digits first, then to `scale`: near a tie that double
        // rounding can differ, so those values take the general path.
        const double margin = 1.5 * kPow10[scale] / 1e8 + 1e-5;
        if (std::fabs(scaled) < 1e11 &&
            std::fabs(std::fabs(scaled - std::trunc(scaled)) - 0.5) > margin) {
            // 10^(kScale - scale): the raw value of one unit of the last digit.
            static constexpr qint64 kUnit[] = {100'000'000, 10'000'000, 1'000'000, 100'000, 10'000,
                                               1'000,       100,        10,        1};
            static_assert(Decimal::kScale == 8);
            return Decimal::fromRaw(__int128(qint64(std::round(scaled))) * kUnit[scale]);
        }
    }
    const auto d = Decimal::fromDouble(value);
    return d ? std::optional<Decimal>(d->rounded(scale)) : std::nullopt;
}

std::optional<Decimal> decimalFromText(std::string_view s, int scale)
{
    // Plain "[-]digits[.digits]" with at most 18 digits and `scale` or fewer
    // fractional ones is exact as an integer; anything else takes the general path.
    size_t i = s.size() > 0 && s[0] == '-' ? 1 : 0;
    const bool negative = i == 1;
    qint64 mantissa = 0;
    int digitCount = 0, fraction = -1;
    bool plain = i < s.size() && scale >= 0 && scale <= Decimal::kScale;
    for (; plain && i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.' && fraction < 0) {
            fraction = 0;
        } else if (c >= '0' && c <= '9' && ++digitCount <= 18) {
            mantissa = mantissa * 10 + (c - '0');
            if (fraction >= 0 && ++fraction > scale)
                plain = false;
        } else {
            plain = false;
        }
    }
    if (plain && digitCount > 0) {
        __int128 raw = mantissa;
        for (int k = std::max(fraction, 0); k < Decimal::kScale; ++k)
            raw *= 10;
        return Decimal::fromRaw(negative ? -raw : raw);
    }
    const auto d = Decimal::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())));
    return d ? std::optional<Decimal>(d->rounded(scale)) : std::nullopt;
}

namespace {

quint64 bigEndian(std::string_view b)
{
    quint64 v = 0;
    for (const char c : b)
        v = (v << 8) | static_cast<unsigned char>(c);
    return v;
}

} // namespace

std::optional<Decimal> decimalFromPgNumeric(std::string_view b, int scale)
{
    if (b.size() < 8)
        return std::nullopt;
    const size_t digitCount = bigEndian(b.substr(0, 2));
    const int weight = qint16(bigEndian(b.substr(2, 2)));
    const quint64 sign = bigEndian(b.substr(4, 2));
    // 0x4000 negative; 0xC000 NaN, 0xD000 / 0xF000 the infinities.
    if (b.size() != 8 + 2 * digitCount || (sign != 0 && sign != 0x4000) || weight > 5)
        return std::nullopt;
    static constexpr __int128 kPow10000[] = {1,
                                             10'000,
                                             100'000'000,
                                             1'000'000'000'000,
                                             __int128(10'000'000'000'000'000),
                                             __int128(10'000'000'000'000'000) * 10'000,
                                             __int128(10'000'000'000'000'000) * 100'000'000,
                                             __int128(10'000'000'000'000'000) * 1'000'000'000'000};
    static_assert(Decimal::kScale == 8);
    // Digit i is worth 10000^(weight - i), that is 10^(4 * (weight - i) + 8)
    // raw units. The first digit group below a raw unit decides the rounding
    // to kScale digits (half away from zero, as Decimal::fromString rounds);
    // the groups after it cannot change it.
    __int128 raw = 0;
    for (size_t i = 0; i < digitCount; ++i) {
        const quint64 digit = bigEndian(b.substr(8 + 2 * i, 2));
        if (digit > 9999)
            return std::nullopt;
        const int power = weight - int(i) + 2; // in groups of four decimal digits
        if (power >= 0) {
            raw += __int128(digit) * kPow10000[power];
        } else {
            if (power == -1 && digit >= 5000)
                ++raw;
            break;
        }
    }
    return Decimal::fromRaw(sign ? -raw : raw).rounded(scale);
}

std::optional<Timestamp> timestampFromPgBinary(std::string_view b)
{
    const auto micros = int64FromPgBinary(b);
    if (!micros || *micros == std::numeric_limits<qint64>::max() ||
        *micros == std::numeric_limits<qint64>::min())
        return std::nullopt;
    constexpr qint64 kMicrosFrom1970To2000 = 946'684'800LL * 1'000'000;
    return Timestamp::fromMicroseconds(*micros + kMicrosFrom1970To2000);
}

std::optional<qint64> int64FromPgBinary(std::string_view b)
{
    if (b.size() != 8)
        return std::nullopt;
    return qint64(bigEndian(b));
}

bool isBuy(std::string_view side, bool *buy)
{
    if (side == "BUY" || side == "buy") {
        *buy = true;
        return true;
    }
    if (side == "SELL" || side == "sell") {
        *buy = false;
        return true;
    }
    const auto value = RobotEnums::canonical(
        RobotEnum::OrderSide, QString::fromUtf8(side.data(), qsizetype(side.size())));
    if (value)
        *buy = *value == u"buy";
    return value.has_value();
}

namespace {

// The value of the decimal digits s[at, at + n); *bad collects the bits of
// any character that is not one (above 9 once '0' is subtracted).
unsigned digits(std::string_view s, size_t at, size_t n, unsigned *bad)
{
    unsigned v = 0;
    for (size_t i = at; i < at + n; ++i) {
        const unsigned d = unsigned(static_cast<unsigned char>(s[i])) - '0';
        *bad |= d > 9 ? 1u : 0u;
        v = v * 10 + d;
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

std::optional<Timestamp> timestampFromText(std::string_view s)
{
    // SQLite's stored text has all six fraction digits; PostgreSQL's ISO
    // output drops trailing zeros, and the point too on a whole second.
    const size_t n = s.size();
    if ((n == 19 || (n >= 21 && n <= 26 && s[19] == '.')) && s[4] == '-' && s[7] == '-' &&
        (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':') {
        // Branch-free digits, one check at the end: this runs once per fill.
        static constexpr int kFractionScale[] = {1000000, 100000, 10000, 1000, 100, 10, 1};
        unsigned bad = 0;
        const size_t fractionDigits = n == 19 ? 0 : n - 20;
        const int year = int(digits(s, 0, 4, &bad)), month = int(digits(s, 5, 2, &bad)),
                  day = int(digits(s, 8, 2, &bad)), hour = int(digits(s, 11, 2, &bad)),
                  minute = int(digits(s, 14, 2, &bad)), second = int(digits(s, 17, 2, &bad)),
                  micros =
                      int(digits(s, 20, fractionDigits, &bad)) * kFractionScale[fractionDigits];
        const bool ok = bad == 0;
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (ok && month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1] &&
            (month != 2 || day <= 28 || leap) && hour < 24 && minute < 60 && second < 60) {
            const qint64 seconds =
                daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
            return Timestamp::fromMicroseconds(seconds * 1000000 + micros);
        }
    }
    return Timestamp::fromText(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

} // namespace FastDecode
