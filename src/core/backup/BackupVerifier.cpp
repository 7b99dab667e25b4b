#include "BackupVerifier.h"

#include "BackupFiles.h"
#include "BackupSidecar.h"
#include "PgTools.h"
#include "PostgresBackupEngine.h"
#include "SqliteBackupEngine.h"

#include <QFileInfo>
#include <QLocale>

namespace {

VerifyResult refused(VerifyResult result, const QString &message)
{
    result.ok = false;
    result.message = message;
    return result;
}

qint64 totalRows(const TableCounts &tables)
{
    qint64 total = 0;
    for (const qint64 rows : tables)
        total += rows;
    return total;
}

// pg_restore reading every data block into /dev/null: a truncated or damaged
// archive fails here even when its table of contents is intact.
bool readWholeArchive(const QString &path, const JobControl &control, QString *error)
{
    const auto tool = PgTools::find(QStringLiteral("pg_restore"), 0, error);
    if (!tool)
        return false;
    const auto run = PgTools::run(*tool, {QStringLiteral("--file=/dev/null"), path},
                                  QProcessEnvironment::systemEnvironment(), control);
    if (run.exitCode == 0 && !run.crashed && !run.cancelled)
        return true;
    if (error)
        *error = run.cancelled ? QStringLiteral("cancelled")
                               : QStringLiteral("the archive cannot be read to its end "
                                                "(truncated or damaged): %1")
                                     .arg(PgTools::errorSummary(run));
    return false;
}

} // namespace

VerifyResult BackupVerifier::verify(const QString &path, const JobControl &control)
{
    VerifyResult result;
    const QFileInfo info(path);
    if (!info.exists())
        return refused(result, QStringLiteral("no such file: %1").arg(path));
    if (!info.isFile())
        return refused(result, QStringLiteral("not a file: %1").arg(path));
    if (info.size() == 0)
        return refused(result, QStringLiteral("the file is empty"));
    result.kind = BackupFiles::sniffKind(path);
    if (result.kind == BackupKind::Unknown)
        return refused(result, QStringLiteral("not a backup: neither an SQLite database nor a "
                                              "pg_dump custom-format archive"));

    QString error;
    const auto sidecar = BackupSidecar::read(path, &error);
    if (!sidecar && !error.isEmpty())
        return refused(result, QStringLiteral("its sidecar is unreadable: %1").arg(error));
    if (sidecar) {
        if (sidecar->kind != BackupKind::Unknown && sidecar->kind != result.kind)
            return refused(result, QStringLiteral("the sidecar describes a %1 but the file is a %2")
                                       .arg(BackupFiles::kindLabel(sidecar->kind),
                                            BackupFiles::kindLabel(result.kind)));
        if (sidecar->bytes > 0 && sidecar->bytes != info.size())
            return refused(result, QStringLiteral("the file is %1 bytes but was %2 when it was "
                                                  "made: truncated or changed")
                                       .arg(info.size())
                                       .arg(sidecar->bytes));
        control.report(5, QStringLiteral("Computing the SHA-256"));
        const QString sha = BackupSidecar::sha256Of(path, &error);
        if (sha.isEmpty())
            return refused(result, error);
        if (!sidecar->sha256.isEmpty()) {
            if (sha != sidecar->sha256)
                return refused(result, QStringLiteral("the SHA-256 does not match the sidecar's: "
                                                      "the file is corrupted or was changed"));
            result.checksumChecked = true;
        }
        result.tables = sidecar->tables;
    }

    control.report(40, QStringLiteral("Checking the contents"));
    if (result.kind == BackupKind::Sqlite) {
        TableCounts counted;
        const auto check = result.checksumChecked ? SqliteBackupEngine::Check::Quick
                                                  : SqliteBackupEngine::Check::Full;
        if (!SqliteBackupEngine::inspect(path, check, &counted, &error, control))
            return refused(result, QStringLiteral("the SQLite file is damaged: %1").arg(error));
        if (sidecar && !sidecar->tables.isEmpty() && sidecar->tables != counted)
            return refused(result, QStringLiteral("the row counts differ from the sidecar's"));
        result.tables = counted;
    } else {
        QStringList entries;
        if (!PostgresBackupEngine::listArchive(path, control, &entries, &error))
            return refused(result, error);
        const QStringList withData = PostgresBackupEngine::tablesWithData(entries);
        for (auto it = result.tables.cbegin(); it != result.tables.cend(); ++it) {
            if (!withData.contains(it.key()))
                return refused(
                    result, QStringLiteral("the archive has no data for table %1").arg(it.key()));
        }
        if (!result.checksumChecked && !readWholeArchive(path, control, &error))
            return refused(result, error);
    }
    control.report(100, QStringLiteral("Verified"));
    result.ok = true;
    QStringList what{BackupFiles::kindLabel(result.kind)};
    what << (result.kind == BackupKind::Sqlite ? QStringLiteral("integrity check passed")
                                               : QStringLiteral("archive readable"));
    what << (result.checksumChecked ? QStringLiteral("SHA-256 matches the sidecar")
                                    : QStringLiteral("no sidecar checksum"));
    if (!result.tables.isEmpty())
        what << QStringLiteral("%1 tables, %2 rows")
                    .arg(result.tables.size())
                    .arg(QLocale::c().toString(totalRows(result.tables)));
    result.message = QStringLiteral("OK: ") + what.join(QStringLiteral(", "));
    return result;
}
