#pragma once

#include "AuditCollector.h"

#include <QSqlDatabase>

class SqlDialect;

// Orders against their fills, and order timestamps. Set-based: the database
// aggregates fills per order and returns only suspect orders; each is then
// re-checked in exact decimal arithmetic (SQLite sums REALs as floats).
namespace OrderAudit {

bool run(const QSqlDatabase &db, const SqlDialect &dialect, AuditCollector *findings,
         QString *error);

} // namespace OrderAudit
