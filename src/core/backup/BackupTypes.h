#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Plain values the backup jobs hand back; no behaviour, so the GUI and the
// command line can copy them across threads freely.

enum class BackupKind { Unknown, Sqlite, PostgresArchive };

// table name -> rows; ordered so JSON and text output are stable.
using TableCounts = QMap<QString, qint64>;

// How long each stage of a job took, in order, so the benchmark (and anyone
// asking why a backup is slow) sees where the time goes.
struct StageTime
{
    QString name;
    double ms = 0;
};
using StageTimes = QList<StageTime>;

struct BackupResult
{
    bool ok = false;
    bool cancelled = false;
    QString path;
    qint64 bytes = 0;
    QString sha256;
    TableCounts tables;
    bool verified = false;
    QString message; // what happened, one line, for the operator
    QStringList warnings;
    StageTimes stages;
};

struct VerifyResult
{
    bool ok = false;
    BackupKind kind = BackupKind::Unknown;
    bool checksumChecked = false; // a sidecar existed and its SHA-256 matched
    TableCounts tables;           // counted in the file (SQLite) or from the sidecar
    QString message;
};

struct RestoreResult
{
    bool ok = false;
    bool cancelled = false;
    bool databaseChanged = false; // false: the database is as it was before
    QString safetyBackupPath;
    TableCounts before; // rows in the database before the restore
    TableCounts after;  // rows after it (equal to the backup's when ok)
    // Tables the database holds and the backup does not. PostgreSQL keeps
    // them as they are (pg_restore --clean only drops what the archive
    // creates); SQLite's whole-file restore removes them (the safety backup
    // keeps them). Named in the message either way.
    QStringList tablesNotInBackup;
    QString message;
    QStringList warnings; // pg_restore's warnings, reported as they were
    StageTimes stages;
};

// One file in a backup directory, ours (with a sidecar) or the robot's own copy.
struct BackupEntry
{
    enum class Verified { Unknown, Yes, Failed };

    QString path;
    BackupKind kind = BackupKind::Unknown;
    QDateTime time; // from the sidecar, else the file name, else the file's mtime
    qint64 bytes = 0;
    QString source; // empty when there is no sidecar
    TableCounts tables;
    QString sha256;
    bool hasSidecar = false;
    bool safety = false;
    Verified verified = Verified::Unknown;
    QString verifyMessage;
};

// What a restore confirmation shows before anything is touched.
struct RestorePreview
{
    bool ok = false; // the backup verified and matches the database's kind
    QString target;  // the database's display name, without password
    TableCounts current;
    TableCounts backup;
    int activeSessions = 0;        // trading_sessions rows with is_active true
    QStringList tablesNotInBackup; // see RestoreResult
    BackupKind kind = BackupKind::Unknown;
    QString message;
};
