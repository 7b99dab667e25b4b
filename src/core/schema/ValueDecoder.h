#pragma once

#include "Decimal.h"
#include "RobotSchema.h"
#include "Timestamp.h"

#include <QVariant>

// Turns what a driver hands back into one typed value per column type,
// whatever the back end and storage class (sqlalchemy-storage.md):
//   Integer  -> qint64            (QPSQL bigint arrives as qulonglong or qlonglong)
//   Decimal  -> Decimal, rounded to the column's scale (SQLite REAL 33.333333333333336)
//   DateTime -> Timestamp         (SQLite text, PostgreSQL ::text or QDateTime)
//   Boolean  -> bool              (0/1, true/false, "t"/"f")
//   Enum     -> lower-case value  ("PARTIALLY_FILLED" -> "partially_filled")
//   Text     -> QString
// NULL stays a null QVariant. A value that does not fit its column type (text in
// a numeric column, an unknown enum member) is kept as its raw text so the operator
// sees what is really stored; isDecoded() tells the two apart.
namespace ValueDecoder {

QVariant decode(const ColumnDef &column, const QVariant &raw);
// For columns the robot's schema does not know (extra columns).
QVariant decodeUntyped(const QVariant &raw);
// True when `value` has the C++ type the column's type decodes to.
bool isDecoded(const ColumnDef &column, const QVariant &value);

std::optional<Decimal> toDecimal(const QVariant &raw);
std::optional<Timestamp> toTimestamp(const QVariant &raw);
std::optional<bool> toBool(const QVariant &raw);

} // namespace ValueDecoder
