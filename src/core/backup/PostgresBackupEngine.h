#pragma once

#include "BackupTypes.h"
#include "JobControl.h"
#include "PgTools.h"
#include "db/ConnectionSpec.h"

#include <QString>

// pg_dump -Fc / pg_restore through QProcess, with the password in the child's
// environment only, a tool at least as new as the server, and progress from
// --verbose lines weighed by each table's row count.
class PostgresBackupEngine
{
public:
    // pg_dump's -Z level. Measured on a 1M-trade database (see the report in
    // BackupJob.cpp's history / README): the default level 6 (zlib) is CPU-bound
    // and the slowest part of the job; -Z1 costs little time over -Z0 and makes
    // the archive several times smaller, which also makes the SHA-256 and every
    // later copy of the file cheaper.
    static constexpr int kDefaultCompression = 1;

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
