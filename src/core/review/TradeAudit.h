#pragma once

#include "AuditCollector.h"

#include <QSqlDatabase>

class SqlDialect;

// Row checks on `trades` that SQL can do set-based: total_value, and the link
// to the order.
namespace TradeAudit {

bool run(const QSqlDatabase &db, const SqlDialect &dialect, AuditCollector *findings,
         QString *error);

} // namespace TradeAudit
