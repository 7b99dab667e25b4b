#pragma once

#include "ModelBench.h"

#include <QList>

// The backup and restore operations for trade-inspector-bench: the
// app's jobs (verification, sidecar and safety backup included) beside the raw
// tools doing the same work in the same run: `sqlite3 .backup` / `.restore`,
// or plain `pg_dump -Fc` / `pg_restore --clean --if-exists --single-transaction`.
// Restore writes the database's own fresh backup back, so its content ends as
// it started. Call from BenchMain: operations << BackupBench::operations(...).
namespace BackupBench {

QList<OperationResult> operations(const ConnectionSpec &spec, int runs, QString *error);

} // namespace BackupBench
