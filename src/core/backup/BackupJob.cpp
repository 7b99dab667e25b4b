#include "BackupJob.h"

#include "BackupFiles.h"
#include "BackupSidecar.h"
#include "SqliteBackupEngine.h"
#include "StageClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace {

BackupResult failed(BackupResult result, const QString &temporary, const QString &message)
{
    BackupFiles::removeWithCompanions(temporary);
    result.ok = false;
    result.path.clear();
    result.message =
        result.cancelled
            ? QCoreApplication::translate("BackupJob", "Backup cancelled; no file was kept.")
            : QCoreApplication::translate("BackupJob", "Backup failed: %1").arg(message);
    return result;
}

bool ensureDirectory(const QString &directory, QString *error)
{
    QDir dir(directory);
    if (dir.exists())
        return true;
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("BackupJob", "cannot create the backup directory %1")
                     .arg(directory);
        return false;
    }
    // Backups hold every trade: the directory we create is the owner's alone.
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

// A copy of an SQLite file needs the file's size (its -wal too, at most): say
// so before writing anything rather than fail on a full disk half-way.
bool enoughSpace(const QString &database, const QString &directory, QString *error)
{
    const QStorageInfo storage(directory);
    const qint64 needed =
        QFileInfo(database).size() + QFileInfo(database + QStringLiteral("-wal")).size();
    if (!storage.isValid() || storage.bytesAvailable() < 0 || storage.bytesAvailable() >= needed)
        return true;
    const QLocale c = QLocale::c();
    *error = QCoreApplication::translate(
                 "BackupJob", "the disk holding %1 has %2 free; the backup needs up to %3")
                 .arg(directory, c.formattedDataSize(storage.bytesAvailable()),
                      c.formattedDataSize(needed));
    return false;
}

} // namespace

BackupResult BackupJob::run(const ConnectionSpec &spec, const QString &directory,
                            const JobControl &control, const BackupOptions &options)
{
    BackupResult result;
    QString error;
    if (!ensureDirectory(directory, &error)) {
        result.message = QCoreApplication::translate("BackupJob", "Backup failed: %1").arg(error);
        return result;
    }
    if (spec.isSqlite() && !enoughSpace(spec.absolutePath(), directory, &error)) {
        result.message = QCoreApplication::translate("BackupJob", "Backup failed: %1").arg(error);
        return result;
    }
    const BackupKind kind = spec.isSqlite() ? BackupKind::Sqlite : BackupKind::PostgresArchive;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const QString finalPath =
        BackupFiles::newBackupPath(directory, kind, startedAt, options.safety);
    const QString temporary = BackupFiles::temporaryPathFor(finalPath);
    if (!BackupFiles::createOwnerOnlyFile(temporary, &error)) {
        result.message = QCoreApplication::translate("BackupJob", "Backup failed: %1").arg(error);
        return result;
    }

    BackupSidecar sidecar;
    sidecar.kind = kind;
    sidecar.source = spec.displayName();
    sidecar.createdAt = startedAt;
    sidecar.safety = options.safety;
    if (spec.isSqlite()) {
        sidecar.toolVersions.insert(QStringLiteral("sqlite"), SqliteBackupEngine::libraryVersion());
        if (!SqliteBackupEngine::backup(spec.absolutePath(), temporary, control, &sidecar.tables,
                                        &sidecar.sha256, &error, &result.cancelled, &result.stages,
                                        options.copied))
            return failed(result, temporary, error);
    } else {
        PostgresBackupEngine::DumpOutcome outcome;
        StageClock dumpClock(&result.stages);
        dumpClock.next(QStringLiteral("pg_dump and pg_restore --list"));
        const bool dumped = PostgresBackupEngine::backup(spec, temporary, options.compression,
                                                         control, &outcome, &error);
        result.cancelled = outcome.cancelled;
        if (!dumped)
            return failed(result, temporary, error);
        sidecar.tables = outcome.tables;
        sidecar.toolVersions.insert(QStringLiteral("pg_dump"), outcome.toolVersion);
        sidecar.toolVersions.insert(QStringLiteral("server"), outcome.serverVersion);
        sidecar.compression = QString::number(options.compression);
        result.warnings = outcome.warnings;
    }
    if (control.isCancelled()) {
        result.cancelled = true;
        return failed(result, temporary, QCoreApplication::translate("BackupJob", "cancelled"));
    }

    StageClock clock(&result.stages);
    if (sidecar.sha256.isEmpty()) {
        clock.next(QStringLiteral("SHA-256"));
        control.report(95, QCoreApplication::translate("BackupJob", "Computing the SHA-256"));
        sidecar.sha256 = BackupSidecar::sha256Of(temporary, &error);
        if (sidecar.sha256.isEmpty())
            return failed(result, temporary, error);
    }
    clock.next(QStringLiteral("sidecar and rename"));
    sidecar.bytes = QFileInfo(temporary).size();
    sidecar.verified = true;
    // Sidecar first: a crash between the two leaves a sidecar without a backup,
    // never a backup that looks unverified.
    if (!sidecar.write(finalPath, &error))
        return failed(result, temporary, error);
    if (!BackupFiles::commitRename(temporary, finalPath, &error)) {
        QFile::remove(BackupSidecar::pathFor(finalPath));
        return failed(result, temporary, error);
    }
    clock.stop();
    result.ok = true;
    result.path = finalPath;
    result.bytes = sidecar.bytes;
    result.sha256 = sidecar.sha256;
    result.tables = sidecar.tables;
    result.verified = true;
    result.message = QCoreApplication::translate("BackupJob", "Backed up %1 to %2")
                         .arg(spec.displayName(), finalPath);
    control.report(100, result.message);
    return result;
}
