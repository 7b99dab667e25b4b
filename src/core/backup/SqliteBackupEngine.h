#pragma once

#include "BackupTypes.h"
#include "JobControl.h"

#include <QString>

// SQLite's online backup API on connections of its own (never a raw file copy
// of a live database). Copies run in large steps with progress and cancel; as
// soon as a step shows the copy restarted because another process wrote, the
// rest is done in one step (sqlite3_backup_step(-1)) holding the read lock, so
// a busy robot can never make a backup run forever.
class SqliteBackupEngine
{
public:
    static QString libraryVersion();

    // Copies the live database into `target` (an empty 0600 file that exists),
    // switches the copy to rollback-journal mode, runs PRAGMA integrity_check and
    // counts every table's rows. On failure or cancel *error says why; the caller
    // removes `target`.
    static bool backup(const QString &livePath, const QString &target, const JobControl &control,
                       TableCounts *tables, QString *error, bool *cancelled = nullptr);

    // Opens a file read-only and untouched (immutable), runs integrity_check and
    // counts rows. *error names what is wrong with it.
    static bool inspect(const QString &path, TableCounts *tables, QString *error,
                        const JobControl &control = {});

    // Row counts of every user table in a live database file, read-only.
    static bool countRows(const QString &path, TableCounts *tables, QString *error);

    // Writes the backup file INTO the live database through the backup API in
    // one step: one write transaction holding the database's lock, so either all
    // pages are replaced or (error, crash) none is. The robot's journal mode (WAL
    // included) is kept.
    static bool restoreInto(const QString &backupFile, const QString &livePath,
                            const JobControl &control, QString *error);
};
