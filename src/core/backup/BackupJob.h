#pragma once

#include "BackupTypes.h"
#include "PostgresBackupEngine.h"
#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QString>

#include <functional>

struct BackupOptions
{
    bool safety = false; // the automatic backup before a restore: *_safety.db|.dump
    int compression = PostgresBackupEngine::kDefaultCompression;
    // SQLite only: called on the job's thread once the copy is complete and on
    // disk, while it is still being checked and hashed (a restore starts
    // writing then, and commits only after run() has returned ok).
    std::function<void()> copied;
};

// One backup of a database into a directory, start to finish: written under a
// hidden temporary name (0600 from the first byte), checked (integrity check
// and row counts, or pg_restore --list), hashed, described by its sidecar, and
// only then renamed to trading_robot_YYYYMMDD_HHMMSS.db|.dump. A failed or
// cancelled run leaves nothing behind. Synchronous: run it on a worker thread.
class BackupJob
{
public:
    static BackupResult run(const ConnectionSpec &spec, const QString &directory,
                            const JobControl &control = {}, const BackupOptions &options = {});
};
