#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <optional>
#include <string_view>

// Per-row decoders for the million-row statistics pass. Each has a fast path
// for what SQLAlchemy writes and falls back to the general decoder otherwise,
// so the result is always the same as ValueDecoder's.
namespace FastDecode {

// A REAL rounded half away from zero to `scale` digits, as
// Decimal::fromDouble(value)->rounded(scale) gives it.
std::optional<Decimal> decimalFromDouble(double value, int scale);
// A decimal in plain text ("-12.5", "3"; PostgreSQL's numeric output) rounded
// half away from zero to `scale` digits, as Decimal::fromString()->rounded(scale).
std::optional<Decimal> decimalFromText(std::string_view utf8, int scale);
// PostgreSQL's binary numeric (ndigits, weight, sign, dscale as big-endian
// int16, then base-10000 digits) rounded as decimalFromText() rounds the same
// value's text; nullopt for NaN, infinities and magnitudes of 10^24 or more.
std::optional<Decimal> decimalFromPgNumeric(std::string_view bytes, int scale);
// PostgreSQL's binary timestamp (big-endian microseconds since 2000-01-01);
// nullopt for the infinities.
std::optional<Timestamp> timestampFromPgBinary(std::string_view bytes);
// A big-endian int8, as PostgreSQL's binary bigint.
std::optional<qint64> int64FromPgBinary(std::string_view bytes);
// The side column: BUY/SELL as SQLAlchemy stores them, else RobotEnums' reading.
// false when it is neither.
bool isBuy(std::string_view utf8, bool *buy);
// "YYYY-MM-DD HH:MM:SS.ffffff" (SQLite's stored text), else Timestamp::fromText.
std::optional<Timestamp> timestampFromText(std::string_view utf8);

} // namespace FastDecode
