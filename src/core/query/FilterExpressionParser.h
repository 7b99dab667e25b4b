#pragma once

#include "Filter.h"
#include "SortSpec.h"
#include "schema/RobotSchema.h"
#include "schema/Timestamp.h"

#include <optional>

// The command line's filter syntax, parsed into the same Filter the GUI builds:
//   column=value   column=v1,v2 (any of)   column!=value   column!=v1,v2 (none of)
//   column>=value  column<=value  column>value  column<value  column~text (contains)
// Values are typed by the column: numbers as Decimal (integers for integer
// columns), dates as Timestamp, enums in any spelling ("BUY", "buy"), booleans.
// Every error names the offending part, in words an operator understands.
namespace FilterExpressionParser {

std::optional<Filter> parse(const TableDef &table, QStringView expression, QString *error);
std::optional<QVariant> parseValue(const ColumnDef &column, QStringView text, QString *error);
// "executed_at" or "-executed_at" (descending).
std::optional<SortSpec> parseSort(const TableDef &table, QStringView text, QString *error);
// An ISO date or date-time for --from/--to. A bare date as an upper bound means
// the whole day: the exclusive bound is the next midnight; a full time as an
// upper bound is inclusive (one microsecond is added for the half-open range).
std::optional<Timestamp> parseTimeBound(QStringView text, bool upperBound, QString *error);
// Rejects what no database column can hold (NUL) and absurd lengths.
bool checkText(QStringView text, QString *error);

} // namespace FilterExpressionParser
