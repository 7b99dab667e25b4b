#pragma once

#include "AuditCollector.h"
#include "schema/Decimal.h"

#include <QHash>
#include <QSqlDatabase>

class SqlDialect;

// `positions` is one row per symbol, so its rows are read and checked in
// exact arithmetic here rather than in SQL.
namespace PositionAudit {

// netBySymbol: sum of buys minus sells of each symbol's trades (whole history).
bool run(const QSqlDatabase &db, const SqlDialect &dialect,
         const QHash<QString, Decimal> &netBySymbol, AuditCollector *findings, QString *error);

} // namespace PositionAudit
