#include "BackupVerifier.h"

#include "BackupFiles.h"
#include "BackupSidecar.h"
#include "PgTools.h"
#include "PostgresBackupEngine.h"
#include "SqliteBackupEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <future>

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
        *error = run.cancelled
                     ? QCoreApplication::translate("BackupVerifier", "cancelled")
                     : QCoreApplication::translate("BackupVerifier",
                                                   "the archive cannot be read to its end "
                                                   "(truncated or damaged): %1")
                           .arg(PgTools::errorSummary(run));
    return false;
}

// The content check: SQLite's quick_check when a matching checksum vouches for
// the bytes (the full integrity_check passed... see SqliteBackupEngine::Check),
// else the full check; pg_restore --list, plus a full read without a checksum.
bool checkContents(const QString &path, BackupKind kind, bool checksumExpected,
                   const TableCounts &sidecarTables, const JobControl &control, TableCounts *tables,
                   QString *error)
{
    if (kind == BackupKind::Sqlite) {
        TableCounts counted;
        const auto check =
            checksumExpected ? SqliteBackupEngine::Check::Quick : SqliteBackupEngine::Check::Full;
        if (!SqliteBackupEngine::inspect(path, check, &counted, error, control)) {
            *error = QCoreApplication::translate("BackupVerifier", "the SQLite file is damaged: %1")
                         .arg(*error);
            return false;
        }
        if (!sidecarTables.isEmpty() && sidecarTables != counted) {
            *error = QCoreApplication::translate("BackupVerifier",
                                                 "the row counts differ from the sidecar's");
            return false;
        }
        *tables = counted;
        return true;
    }
    QStringList entries;
    if (!PostgresBackupEngine::listArchive(path, control, &entries, error))
        return false;
    const QStringList withData = PostgresBackupEngine::tablesWithData(entries);
    for (auto it = sidecarTables.cbegin(); it != sidecarTables.cend(); ++it) {
        if (!withData.contains(it.key())) {
            *error = QCoreApplication::translate("BackupVerifier",
                                                 "the archive has no data for table %1")
                         .arg(it.key());
            return false;
        }
    }
    return checksumExpected || readWholeArchive(path, control, error);
}

} // namespace

VerifyResult BackupVerifier::verify(const QString &path, const JobControl &control, Depth depth)
{
    VerifyResult result;
    const QFileInfo info(path);
    if (!info.exists())
        return refused(result,
                       QCoreApplication::translate("BackupVerifier", "no such file: %1").arg(path));
    if (!info.isFile())
        return refused(result,
                       QCoreApplication::translate("BackupVerifier", "not a file: %1").arg(path));
    if (info.size() == 0)
        return refused(result, QCoreApplication::translate("BackupVerifier", "the file is empty"));
    result.kind = BackupFiles::sniffKind(path);
    if (result.kind == BackupKind::Unknown)
        return refused(result,
                       QCoreApplication::translate("BackupVerifier",
                                                   "not a backup: neither an SQLite database nor a "
                                                   "pg_dump custom-format archive"));

    QString error;
    const auto sidecar = BackupSidecar::read(path, &error);
    if (!sidecar && !error.isEmpty())
        return refused(
            result, QCoreApplication::translate("BackupVerifier", "its sidecar is unreadable: %1")
                        .arg(error));
    QString hashError; // declared first: the hashing thread writes it until joined
    std::future<QString> hashing;
    if (sidecar) {
        if (sidecar->kind != BackupKind::Unknown && sidecar->kind != result.kind)
            return refused(result,
                           QCoreApplication::translate(
                               "BackupVerifier", "the sidecar describes a %1 but the file is a %2")
                               .arg(BackupFiles::kindLabel(sidecar->kind),
                                    BackupFiles::kindLabel(result.kind)));
        if (sidecar->bytes > 0 && sidecar->bytes != info.size())
            return refused(
                result, QCoreApplication::translate("BackupVerifier",
                                                    "the file is %1 bytes but was %2 when it was "
                                                    "made: truncated or changed")
                            .arg(info.size())
                            .arg(sidecar->bytes));
        result.tables = sidecar->tables;
        // The checksum and the content check each read the whole file: one
        // core each, both from the same cached pages.
        if (!sidecar->sha256.isEmpty())
            hashing = std::async(std::launch::async, [&path, &hashError] {
                return BackupSidecar::sha256Of(path, &hashError);
            });
    }
    const bool checksumExpected = hashing.valid();
    // A page check is a function of the bytes: a file whose SHA-256 matches the
    // one recorded right after its checks passed would pass them again.
    const bool checkedWhenMade = depth == Depth::TrustVerifiedChecksum && checksumExpected &&
                                 sidecar->verified && result.kind == BackupKind::Sqlite &&
                                 !sidecar->tables.isEmpty();

    control.report(5, QCoreApplication::translate("BackupVerifier", "Checking the contents"));
    QString checkError;
    const bool contentOk =
        checkedWhenMade || checkContents(path, result.kind, checksumExpected,
                                         sidecar ? sidecar->tables : TableCounts{}, control,
                                         &result.tables, &checkError);
    if (checksumExpected) {
        const QString sha = hashing.get();
        if (sha.isEmpty())
            return refused(result, hashError);
        // A checksum mismatch explains any content error, so it is named first.
        if (sha != sidecar->sha256)
            return refused(result,
                           QCoreApplication::translate("BackupVerifier",
                                                       "the SHA-256 does not match the sidecar's: "
                                                       "the file is corrupted or was changed"));
        result.checksumChecked = true;
    }
    if (!contentOk)
        return refused(result, checkError);
    control.report(100, QCoreApplication::translate("BackupVerifier", "Verified"));
    result.ok = true;
    QStringList what{BackupFiles::kindLabel(result.kind)};
    if (checkedWhenMade)
        what << QCoreApplication::translate("BackupVerifier",
                                            "integrity check passed when it was made");
    else
        what << (result.kind == BackupKind::Sqlite
                     ? QCoreApplication::translate("BackupVerifier", "integrity check passed")
                     : QCoreApplication::translate("BackupVerifier", "archive readable"));
    what << (result.checksumChecked
                 ? QCoreApplication::translate("BackupVerifier", "SHA-256 matches the sidecar")
                 : QCoreApplication::translate("BackupVerifier", "no sidecar checksum"));
    if (!result.tables.isEmpty())
        what << QCoreApplication::translate("BackupVerifier", "%1 tables, %2 rows")
                    .arg(result.tables.size())
                    .arg(QLocale::c().toString(totalRows(result.tables)));
    result.message = QStringLiteral("OK: ") + what.join(QStringLiteral(", "));
    return result;
}
