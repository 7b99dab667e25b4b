#pragma once

#include "db/BoundQuery.h"
#include "db/SqlDialect.h"
#include "schema/Decimal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

// Small helpers shared by the audit's checks.
namespace AuditSql {

// A tolerance bound next to a numeric expression. SQLite compares a bound
// TEXT as greater than every number, so it gets a double; PostgreSQL gets the
// exact decimal text, which it reads as numeric.
QVariant threshold(const SqlDialect &dialect, const char *decimalText);

// "?, ?, ?" for n values.
QString placeholders(int n);

// A numeric value as stored, rounded to `scale` (SQLite REAL noise, float SUMs).
std::optional<Decimal> decimal(const QVariant &raw, int scale);

// One unit of a NUMERIC(p, scale) column: the rounding tolerance.
Decimal unit(int scale);

} // namespace AuditSql
