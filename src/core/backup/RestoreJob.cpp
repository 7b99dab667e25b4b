#include "RestoreJob.h"

#include "BackupCatalog.h"
#include "BackupFiles.h"
#include "BackupJob.h"
#include "BackupVerifier.h"
#include "PostgresBackupEngine.h"
#include "SqliteBackupEngine.h"
#include "db/DatabaseConnection.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace {

constexpr auto kUnchanged = "The database was not changed.";

RestoreResult refused(RestoreResult result, const QString &message)
{
    result.ok = false;
    result.databaseChanged = false;
    result.message = message + u' ' + QLatin1String(kUnchanged);
    return result;
}

QStringList differences(const TableCounts &expected, const TableCounts &actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines << QStringLiteral("%1 missing").arg(it.key());
        else if (actual.value(it.key()) != it.value())
            lines << QStringLiteral("%1: %2 rows, expected %3")
                         .arg(it.key())
                         .arg(actual.value(it.key()))
                         .arg(it.value());
    }
    return lines;
}

bool writeBack(const ConnectionSpec &spec, const QString &file, const TableCounts &expected,
               const JobControl &control, QStringList *warnings, QString *error, bool *cancelled)
{
    if (spec.isSqlite())
        return SqliteBackupEngine::restoreInto(file, spec.absolutePath(), control, error);
    return PostgresBackupEngine::restore(spec, file, expected, control, warnings, error, cancelled);
}

} // namespace

int RestoreJob::activeSessions(const ConnectionSpec &spec, QString *error)
{
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, error,
                                               QStringLiteral("restore-check"));
    if (!connection)
        return -1;
    QSqlQuery query(connection->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM trading_sessions WHERE is_active = ?"));
    query.addBindValue(true);
    // No table or no column: an older robot, nothing marks a session active.
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool RestoreJob::countRows(const ConnectionSpec &spec, TableCounts *tables, QString *error)
{
    if (spec.isSqlite())
        return SqliteBackupEngine::countRows(spec.absolutePath(), tables, error);
    return PostgresBackupEngine::countRows(spec, tables, error);
}

RestorePreview RestoreJob::preview(const ConnectionSpec &spec, const QString &backupFile,
                                   const JobControl &control)
{
    RestorePreview preview;
    preview.target = spec.displayName();
    const VerifyResult verified = BackupVerifier::verify(backupFile, control);
    preview.backup = verified.tables;
    if (!verified.ok) {
        preview.message = QStringLiteral("The backup is refused: %1").arg(verified.message);
        return preview;
    }
    const BackupKind wanted = spec.isSqlite() ? BackupKind::Sqlite : BackupKind::PostgresArchive;
    if (verified.kind != wanted) {
        preview.message = QStringLiteral("A %1 cannot be restored into %2")
                              .arg(BackupFiles::kindLabel(verified.kind), preview.target);
        return preview;
    }
    QString error;
    preview.activeSessions = activeSessions(spec, &error);
    if (preview.activeSessions < 0 || !countRows(spec, &preview.current, &error)) {
        preview.message = error;
        return preview;
    }
    preview.ok = true;
    preview.message = verified.message;
    return preview;
}

RestoreResult RestoreJob::run(const ConnectionSpec &spec, const QString &backupFile,
                              const RestoreOptions &options, const JobControl &control)
{
    RestoreResult result;
    control.report(0, QStringLiteral("Verifying %1").arg(QFileInfo(backupFile).fileName()));
    const RestorePreview before = preview(spec, backupFile, control.slice(0, 15));
    result.before = before.current;
    if (!before.ok)
        return refused(result, before.message + u'.');
    if (before.activeSessions > 0 && !options.forceActive)
        return refused(result, QStringLiteral("%1 trading session(s) are marked active: the robot "
                                              "is probably running. Stop it first, or force the "
                                              "restore.")
                                   .arg(before.activeSessions));
    QString error;
    if (spec.isSqlite()) {
        // Root aside, a read-only file would only fail half-way through.
        const QFileInfo live(spec.absolutePath());
        if (!live.isWritable() || !QFileInfo(live.absolutePath()).isWritable())
            return refused(result, QStringLiteral("%1 or its directory is not writable.")
                                       .arg(live.absoluteFilePath()));
    } else {
        // The writer's own connection: proves the role may connect read-write.
        auto writable = DatabaseConnection::open(spec, AccessMode::ReadWrite, &error,
                                                 QStringLiteral("restore"));
        if (!writable)
            return refused(result, error);
    }
    if (control.isCancelled()) {
        result.cancelled = true;
        return refused(result, QStringLiteral("Cancelled."));
    }

    control.report(15, QStringLiteral("Backing up the current database first"));
    const QString directory = options.backupDirectory.isEmpty()
                                  ? BackupCatalog::defaultDirectory(spec)
                                  : options.backupDirectory;
    BackupOptions safetyOptions;
    safetyOptions.safety = true;
    const BackupResult safety =
        BackupJob::run(spec, directory, control.slice(15, 45), safetyOptions);
    if (!safety.ok) {
        result.cancelled = safety.cancelled;
        return refused(result,
                       safety.cancelled
                           ? QStringLiteral("Cancelled.")
                           : QStringLiteral("The safety backup failed (%1).").arg(safety.message));
    }
    result.safetyBackupPath = safety.path;
    if (control.isCancelled()) {
        result.cancelled = true;
        return refused(result, QStringLiteral("Cancelled."));
    }

    control.report(45, QStringLiteral("Restoring %1").arg(QFileInfo(backupFile).fileName()));
    bool cancelled = false;
    if (!writeBack(spec, backupFile, before.backup, control.slice(45, 90), &result.warnings, &error,
                   &cancelled)) {
        result.cancelled = cancelled;
        return refused(result, QStringLiteral("The restore failed and was rolled back: %1. The "
                                              "safety backup is %2.")
                                   .arg(error, safety.path));
    }
    result.databaseChanged = true;

    control.report(90, QStringLiteral("Checking the row counts"));
    const bool counted = countRows(spec, &result.after, &error);
    const QStringList wrong =
        counted ? differences(before.backup, result.after) : QStringList{error};
    if (counted && wrong.isEmpty()) {
        result.ok = true;
        result.message =
            QStringLiteral("Restored %1 from %2; every table has the backup's row count. The "
                           "previous state is kept in %3.")
                .arg(spec.displayName(), backupFile, safety.path);
        if (before.backup.isEmpty())
            result.message = QStringLiteral("Restored %1 from %2; the archive has no sidecar, so "
                                            "there were no row counts to compare. The previous "
                                            "state is kept in %3.")
                                 .arg(spec.displayName(), backupFile, safety.path);
        if (!result.warnings.isEmpty())
            result.message +=
                QStringLiteral(" pg_restore printed %1 warning(s).").arg(result.warnings.size());
        control.report(100, result.message);
        return result;
    }

    // The restored data is not what the backup holds: put the old state back.
    const QString problem = wrong.join(QStringLiteral("; "));
    QStringList ignored;
    if (writeBack(spec, safety.path, {}, JobControl{}, &ignored, &error, &cancelled)) {
        result.databaseChanged = false;
        result.message = QStringLiteral("The restore did not reproduce the backup (%1); the "
                                        "database was put back from the safety backup %2.")
                             .arg(problem, safety.path);
    } else {
        result.message = QStringLiteral("The restore did not reproduce the backup (%1) and putting "
                                        "back the safety backup failed too (%2). Restore %3 "
                                        "by hand.")
                             .arg(problem, error, safety.path);
    }
    return result;
}
