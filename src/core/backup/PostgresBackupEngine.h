#pragma once

#include "BackupTypes.h"
#include "PgTools.h"
#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QString>

// pg_dump -Fc / pg_restore through QProcess, with the password in the child's
// environment only, a tool at least as new as the server, and progress from
// --verbose lines weighed by each table's row count.
class PostgresBackupEngine
{
public:
    // pg_dump's -Z level. Measured on a 1M-trade database (486 MB in the
    // server) on a 2-core machine: -Z0 41 s / 318 MB, -Z1 166 s / 72 MB, the
    // default (-Z6) 317 s / 52 MB. zlib runs inside pg_dump's single process
    // and is the bottleneck at every level, so no compression makes the whole
    // job (dump + SHA-256 + pg_restore --list) fastest by 4x, and the restore
    // skips inflating too. The archive is about 4x bigger; BackupOptions can
    // ask for a level when disk matters more than time. Measured again on a
    // 102,151-trade database (PostgreSQL 15, loaded 2-core machine): -Z0
    // 0.94 s / 35 MB, -Z1 1.20 s / 12 MB, default 5.77 s / 10 MB; pg_restore
    // 3.4 s, 3.2 s and 4.1 s. -Z0 stays the fastest whole job.
    static constexpr int kDefaultCompression = 0;

    struct DumpOutcome
    {
        TableCounts tables; // counted in the very snapshot pg_dump dumped
        QString toolVersion;
        QString serverVersion;
        QStringList warnings;
        bool cancelled = false;
    };

    // Dumps into `target` (an existing empty 0600 file) and checks the archive
    // with pg_restore --list. On failure *error says why; the caller removes it.
    static bool backup(const ConnectionSpec &spec, const QString &target, int compression,
                       const JobControl &control, DumpOutcome *outcome, QString *error);

    // pg_restore --list: the archive's table of contents, or false and why.
    static bool listArchive(const QString &path, const JobControl &control, QStringList *entries,
                            QString *error);
    // TABLE DATA entries of a --list output: "public.trades" -> "trades".
    static QStringList tablesWithData(const QStringList &entries);

    // pg_restore --clean --if-exists --single-transaction --exit-on-error
    // --no-owner: all or nothing. *warnings gets pg_restore's warnings as they
    // were printed. When it fails the transaction is rolled back, so the
    // database is as it was.
    static bool restore(const ConnectionSpec &spec, const QString &archive,
                        const TableCounts &expected, const JobControl &control,
                        QStringList *warnings, QString *error, bool *cancelled = nullptr);

    static QStringList dumpArguments(const ConnectionSpec &spec, const QString &target,
                                     int compression, const QString &snapshot);
    static QStringList restoreArguments(const ConnectionSpec &spec, const QString &archive);

    // Rows per table in the database's user schemas ("trades", or "s.t" outside public).
    static bool countRows(const ConnectionSpec &spec, TableCounts *tables, QString *error);
};
