#pragma once

#include "BackupTypes.h"
#include "jobs/JobControl.h"

#include <QString>

#include <functional>

// SQLite's online backup API on connections of its own (never a raw file copy
// of a live database). Copies run in large steps with progress and cancel; as
// soon as a step shows the copy restarted because another process wrote, the
// rest is done in one step (sqlite3_backup_step(-1)) holding the read lock, so
// a busy robot can never make a backup run forever.
class SqliteBackupEngine
{
public:
    // PRAGMA quick_check proves every page and b-tree of a file sound in O(N);
    // integrity_check also cross-checks every index entry against its row,
    // which on a 1M-trade database takes 7-12x longer (21 s against 3 s idle,
    // 69 s against 5.7 s on a loaded machine), 20x the copy itself. A fresh
    // page-by-page copy cannot have index/row mismatches the source did not
    // have, and a file whose SHA-256 matches the one taken right after such a
    // check holds the very bytes that passed it, so those get the quick check
    // (and their row counts compared); files of unknown origin (the robot's
    // own `cp` copies) get the full one.
    enum class Check { Quick, Full };

    // Runs before a copy commits; false (with *error set) rolls it back.
    using CommitGate = std::function<bool(QString *error)>;

    static QString libraryVersion();

    // Copies the live database into `target` (an empty 0600 file that exists),
    // switches the copy to rollback-journal mode, closes it, then runs the
    // quick check and counts every table's rows on a fresh read-only
    // connection while a second thread computes the SHA-256 (two cores, both
    // read the same cached file). On failure or cancel *error says why; the
    // caller removes `target`. *stages gets each stage's time. `copied` is
    // called once the copy is complete, durable and closed, before the checks.
    static bool backup(const QString &livePath, const QString &target, const JobControl &control,
                       TableCounts *tables, QString *sha256, QString *error,
                       bool *cancelled = nullptr, StageTimes *stages = nullptr,
                       const std::function<void()> &copied = {});

    // Opens a file read-only and untouched (immutable), runs the check and
    // counts rows. *error names what is wrong with it.
    static bool inspect(const QString &path, Check check, TableCounts *tables, QString *error,
                        const JobControl &control = {});

    // Row counts of every user table in a live database file, read-only.
    static bool countRows(const QString &path, TableCounts *tables, QString *error);

    // Writes the backup file INTO the live database through the backup API:
    // one write transaction holding the database's lock across every step, so
    // either all pages are replaced or (cancel, error, crash) none is. The
    // robot's journal mode (WAL included) is kept. `beforeCommit` runs just
    // before the step that would commit (the transaction is open, nothing is
    // committed yet) and may still refuse: a restore waits there for its
    // safety backup's checks, which run meanwhile on the other core.
    static bool restoreInto(const QString &backupFile, const QString &livePath,
                            const JobControl &control, QString *error, bool *cancelled = nullptr,
                            const CommitGate &beforeCommit = {});
};
