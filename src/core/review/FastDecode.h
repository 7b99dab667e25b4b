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
// The side column: BUY/SELL as SQLAlchemy stores them, else RobotEnums' reading.
// false when it is neither.
bool isBuy(std::string_view utf8, bool *buy);
// "YYYY-MM-DD HH:MM:SS.ffffff" (SQLite's stored text), else Timestamp::fromText.
std::optional<Timestamp> timestampFromText(std::string_view utf8);

} // namespace FastDecode
