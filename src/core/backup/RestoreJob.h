#pragma once

#include "BackupTypes.h"
#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QString>

#include <functional>

enum class RestoreStage { Verify, SafetyBackup, Write, Check };

struct RestoreOptions
{
    QString backupDirectory;  // where the safety backup goes; empty: the default
    bool forceActive = false; // restore although a session is marked active
    // Tests only: returning true makes that stage fail as a real fault would
    // (Write: part-way through the copy), to prove what each failure leaves.
    std::function<bool(RestoreStage)> failAt;
};

// Replaces a database with a backup, never losing anything: the backup is
// verified first; a session marked active (the robot is probably running)
// stops it unless forced; the current database is backed up first (a safety
// backup, *_safety.*), on one core while the chosen backup is verified on the
// other, and nothing is written unless both succeed; then SQLite gets the
// backup written into the live file through the backup API in one
// transaction (begun while the safety copy is still being checked, committed
// only once it has passed), PostgreSQL gets pg_restore in a single
// transaction (after the safety backup has passed its checks); finally
// the row counts must equal the backup's, or the safety backup is put back.
// Restore is the one writer: it opens connections of its own. Synchronous:
// run it on a worker thread.
class RestoreJob
{
public:
    static RestorePreview preview(const ConnectionSpec &spec, const QString &backupFile,
                                  const JobControl &control = {});
    static RestoreResult run(const ConnectionSpec &spec, const QString &backupFile,
                             const RestoreOptions &options, const JobControl &control = {});

    // Rows of trading_sessions with is_active true; 0 when the table or the
    // column is missing, -1 (and *error) when the database cannot be read.
    static int activeSessions(const ConnectionSpec &spec, QString *error);
    static bool countRows(const ConnectionSpec &spec, TableCounts *tables, QString *error);
};
