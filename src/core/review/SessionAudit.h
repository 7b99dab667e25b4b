#pragma once

#include "AuditCollector.h"
#include "jobs/JobControl.h"
#include "schema/Decimal.h"

#include <QHash>

class DatabaseConnection;

// One forward-only pass over every trade in (executed_at, id) order: FIFO
// lots per symbol over the whole history, each fill counted in every session
// whose window holds it. Yields the session findings (stored versus
// recomputed), trades outside every session, unreadable trades, and each
// symbol's net quantity for the position check.
namespace SessionAudit {

enum class Outcome { Finished, Cancelled, Failed };

Outcome run(DatabaseConnection &connection, const JobControl &control, AuditCollector *findings,
            QHash<QString, Decimal> *netBySymbol, QString *error);

} // namespace SessionAudit
