#pragma once

#include "BackupTypes.h"
#include "PostgresBackupEngine.h"
#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QString>

struct BackupOptions
{
    bool safety = false; // the automatic backup before a restore: *_safety.db|.dump
    int compression = PostgresBackupEngine::kDefaultCompression;
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
