#pragma once

#include "schema/RobotSchema.h"

#include <QString>
#include <QVariant>

// How a decoded value reads in the grid (sqlalchemy-storage.md types in,
// operator text out): money 2 dp with thousands separators, quantities up to
// 4 dp without trailing zeros, prices 4 dp, P&L signed, enums as labels
// whatever the stored spelling, times in UTC or local time with microseconds,
// NULL distinct from an empty string, long text cut to one short line.
namespace ValueFormatter {

enum class TimeDisplay { Utc, Local };

// Grid cells stay short: DB4S #761 shows what very long cells do to a grid.
constexpr int kMaxCellCharacters = 200;

QString display(const ColumnDef &column, const QVariant &value,
                TimeDisplay time = TimeDisplay::Utc);
// The whole value, untruncated, for a detail pane or the clipboard.
QString fullText(const ColumnDef &column, const QVariant &value,
                 TimeDisplay time = TimeDisplay::Utc);
QString nullText();
bool isProfitAndLoss(const ColumnDef &column);
bool isRightAligned(const ColumnDef &column);

} // namespace ValueFormatter
