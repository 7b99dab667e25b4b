#include "RestoreJob.h"

#include "BackupCatalog.h"
#include "BackupFiles.h"
#include "BackupJob.h"
#include "BackupVerifier.h"
#include "PostgresBackupEngine.h"
#include "SafetyBackupTask.h"
#include "SqliteBackupEngine.h"
#include "StageClock.h"
#include "db/DatabaseConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>
#include <future>
#include <mutex>

namespace {

constexpr auto kUnchanged = QT_TRANSLATE_NOOP("RestoreJob", "The database was not changed.");

RestoreResult refused(RestoreResult result, const QString &message)
{
    result.ok = false;
    result.databaseChanged = false;
    result.message = message + u' ' + QCoreApplication::translate("RestoreJob", kUnchanged);
    return result;
}

QStringList differences(const TableCounts &expected, const TableCounts &actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines << QStringLiteral("%1 missing").arg(it.key());
        else if (actual.value(it.key()) != it.value())
            lines << QCoreApplication::translate("RestoreJob", "%1: %2 rows, expected %3")
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
        return SqliteBackupEngine::restoreInto(file, spec.absolutePath(), control, error,
                                               cancelled);
    return PostgresBackupEngine::restore(spec, file, expected, control, warnings, error, cancelled);
}

// Tables the database has and the backup does not (unknown without counts).
QStringList tablesNotIn(const TableCounts &backup, const TableCounts &current)
{
    QStringList extra;
    if (backup.isEmpty())
        return extra;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!backup.contains(it.key()))
            extra << it.key();
    }
    return extra;
}

QString describeExtraTables(const ConnectionSpec &spec, const QStringList &tables)
{
    if (tables.isEmpty())
        return {};
    const QString names = tables.join(QStringLiteral(", "));
    // pg_restore --clean drops only what the archive creates; SQLite's restore
    // replaces the whole file.
    return spec.isSqlite()
               ? QCoreApplication::translate(
                     "RestoreJob", " Not in the backup, so no longer in the database (the safety "
                                   "backup keeps them): %1.")
                     .arg(names)
               : QCoreApplication::translate("RestoreJob",
                                             " Not in the backup and kept as they were: %1.")
                     .arg(names);
}

// The row counts and active sessions a restore needs to know before it starts.
bool inspectTarget(const ConnectionSpec &spec, RestorePreview *preview)
{
    QString error;
    preview->activeSessions = RestoreJob::activeSessions(spec, &error);
    if (preview->activeSessions < 0 || !RestoreJob::countRows(spec, &preview->current, &error)) {
        preview->message = error;
        return false;
    }
    return true;
}

// The verification runs beside the safety backup: both may start programs,
// so the test's recorder is called one thread at a time.
JobControl serialised(JobControl control, std::mutex *mutex)
{
    if (control.processStarted) {
        control.processStarted = [outer = control.processStarted,
                                  mutex](const QString &program, const QStringList &arguments) {
            const std::lock_guard lock(*mutex);
            outer(program, arguments);
        };
    }
    return control;
}

bool faultAt(const RestoreOptions &options, RestoreStage stage)
{
    return options.failAt && options.failAt(stage);
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
        preview.message = QCoreApplication::translate("RestoreJob", "The backup is refused: %1")
                              .arg(verified.message);
        return preview;
    }
    const BackupKind wanted = spec.isSqlite() ? BackupKind::Sqlite : BackupKind::PostgresArchive;
    if (verified.kind != wanted) {
        preview.message =
            QCoreApplication::translate("RestoreJob", "A %1 cannot be restored into %2")
                .arg(BackupFiles::kindLabel(verified.kind), preview.target);
        return preview;
    }
    if (!inspectTarget(spec, &preview))
        return preview;
    preview.tablesNotInBackup = tablesNotIn(preview.backup, preview.current);
    preview.kind = verified.kind;
    preview.ok = true;
    preview.message = verified.message;
    return preview;
}

RestoreResult RestoreJob::run(const ConnectionSpec &spec, const QString &backupFile,
                              const RestoreOptions &options, const JobControl &control)
{
    RestoreResult result;
    StageClock clock(&result.stages);
    clock.next(QStringLiteral("active sessions, row counts now"));
    control.report(
        0, QCoreApplication::translate("RestoreJob", "Checking %1").arg(spec.displayName()));
    const BackupKind wanted = spec.isSqlite() ? BackupKind::Sqlite : BackupKind::PostgresArchive;
    const BackupKind sniffed = BackupFiles::sniffKind(backupFile);
    if (sniffed != BackupKind::Unknown && sniffed != wanted)
        return refused(result,
                       QCoreApplication::translate("RestoreJob", "A %1 cannot be restored into %2.")
                           .arg(BackupFiles::kindLabel(sniffed), spec.displayName()));
    RestorePreview target;
    if (!inspectTarget(spec, &target))
        return refused(result, target.message + u'.');
    result.before = target.current;
    if (target.activeSessions > 0 && !options.forceActive)
        return refused(result, QCoreApplication::translate(
                                   "RestoreJob",
                                   "%n trading session(s) are marked active: the robot "
                                   "is probably running. Stop it first, or force the "
                                   "restore.",
                                   nullptr, int(target.activeSessions)));
    QString error;
    if (spec.isSqlite()) {
        // Root aside, a read-only file would only fail half-way through.
        const QFileInfo live(spec.absolutePath());
        if (!live.isWritable() || !QFileInfo(live.absolutePath()).isWritable())
            return refused(result, QCoreApplication::translate(
                                       "RestoreJob", "%1 or its directory is not writable.")
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
        return refused(result, QCoreApplication::translate("RestoreJob", "Cancelled."));
    }

    // Verify the chosen backup on one core while the other copies the current
    // database into the safety backup; the restore starts writing once both
    // are done, while the safety backup is checked and hashed on the other
    // core, and commits only when that has succeeded too.
    clock.next(QStringLiteral("verify backup | safety copy"));
    control.report(5, QCoreApplication::translate(
                          "RestoreJob", "Verifying %1 and backing up the current database first")
                          .arg(QFileInfo(backupFile).fileName()));
    std::mutex processMutex;
    JobControl verifyControl;
    verifyControl.cancel = control.cancel;
    verifyControl.processStarted = control.processStarted;
    verifyControl = serialised(verifyControl, &processMutex);
    double verifyMs = 0;
    auto verifying = std::async(std::launch::async, [&] {
        QElapsedTimer timer;
        timer.start();
        VerifyResult verified = BackupVerifier::verify(
            backupFile, verifyControl, BackupVerifier::Depth::TrustVerifiedChecksum);
        if (verified.ok && faultAt(options, RestoreStage::Verify)) {
            verified.ok = false;
            verified.message = QCoreApplication::translate(
                "RestoreJob", "a fault was injected into the verification");
        }
        verifyMs = timer.nsecsElapsed() / 1e6;
        return verified;
    });
    const QString directory = options.backupDirectory.isEmpty()
                                  ? BackupCatalog::defaultDirectory(spec)
                                  : options.backupDirectory;
    BackupResult safety;
    SafetyBackupTask safetyTask(spec, directory, serialised(control.slice(5, 50), &processMutex));
    const VerifyResult verified = verifying.get();
    safetyTask.waitUntilCopied(control);
    clock.stop();
    result.stages.append({QStringLiteral("  verify backup"), verifyMs});
    bool safetyJoined = false;
    // The whole safety job, its checks included; once only.
    const auto finishedSafety = [&]() -> const BackupResult & {
        if (!safetyJoined) {
            safety = safetyTask.result();
            safetyJoined = true;
            for (const StageTime &stage : safety.stages)
                result.stages.append(
                    {QStringLiteral("  safety ") + stage.name.trimmed(), stage.ms});
            if (safety.ok && faultAt(options, RestoreStage::SafetyBackup)) {
                BackupCatalog::remove(safety.path, nullptr);
                safety.ok = false;
                safety.message = QCoreApplication::translate(
                    "RestoreJob", "a fault was injected into the safety backup");
            }
        }
        return safety;
    };
    // A safety backup taken for a restore that will not happen protects nothing.
    const auto dropSafety = [&] {
        safetyTask.cancel();
        if (finishedSafety().ok)
            BackupCatalog::remove(safety.path, nullptr);
    };
    if (control.isCancelled()) {
        dropSafety();
        result.cancelled = true;
        return refused(result, QCoreApplication::translate("RestoreJob", "Cancelled."));
    }
    if (!verified.ok) {
        dropSafety();
        return refused(result,
                       QCoreApplication::translate("RestoreJob", "The backup is refused: %1.")
                           .arg(verified.message));
    }
    if (verified.kind != wanted) {
        dropSafety();
        return refused(result,
                       QCoreApplication::translate("RestoreJob", "A %1 cannot be restored into %2.")
                           .arg(BackupFiles::kindLabel(verified.kind), spec.displayName()));
    }
    const auto safetyFailed = [&] {
        return refused(result,
                       QCoreApplication::translate("RestoreJob", "The safety backup failed (%1).")
                           .arg(safety.message));
    };
    // A PostgreSQL safety backup, or one that failed before its copy was
    // done, has ended already: nothing to overlap, its result is final.
    if (safetyTask.endedWithoutCopy() && !finishedSafety().ok)
        return safetyFailed();
    result.tablesNotInBackup = tablesNotIn(verified.tables, target.current);

    clock.next(QStringLiteral("write into the database | safety checks"));
    safetyTask.stopReportingProgress();
    control.report(50, QCoreApplication::translate("RestoreJob", "Restoring %1")
                           .arg(QFileInfo(backupFile).fileName()));
    // A fault (tests) or a cancel part-way through the copy: the copy stops
    // between steps and its transaction is rolled back.
    std::atomic_bool stopWrite{false};
    bool injected = false;
    JobControl writeControl = control.slice(50, 90);
    if (options.failAt) {
        writeControl.cancel = &stopWrite;
        writeControl.progress = [&, outer = writeControl.progress](int percent,
                                                                   const QString &text) {
            if (outer)
                outer(percent, text);
            if (percent > 0 && !injected && faultAt(options, RestoreStage::Write))
                injected = true;
            stopWrite = injected || control.isCancelled();
        };
    }
    // Just before the commit: the safety backup must be complete and verified.
    bool safetyRefused = false;
    bool cancelledAtCommit = false;
    const SqliteBackupEngine::CommitGate safetyFirst = [&](QString *why) {
        if (!finishedSafety().ok) {
            safetyRefused = true;
            *why = safety.message;
            return false;
        }
        if (control.isCancelled()) {
            cancelledAtCommit = true;
            *why = QCoreApplication::translate("RestoreJob", "cancelled");
            return false;
        }
        return true;
    };
    bool cancelled = false;
    bool written = false;
    if (spec.isSqlite())
        written = SqliteBackupEngine::restoreInto(backupFile, spec.absolutePath(), writeControl,
                                                  &error, &cancelled, safetyFirst);
    else
        written = safetyFirst(&error) && writeBack(spec, backupFile, verified.tables, writeControl,
                                                   &result.warnings, &error, &cancelled);
    if (safetyRefused)
        return safetyFailed();
    if (!written) {
        result.cancelled = (cancelled || cancelledAtCommit) && !injected;
        if (injected)
            error = QCoreApplication::translate("RestoreJob",
                                                "a fault was injected part-way through the copy");
        // The safety backup is kept: the operator chose to restore, and it
        // is what the database held a moment ago.
        if (!finishedSafety().ok)
            return refused(result, QCoreApplication::translate(
                                       "RestoreJob", "The restore failed and was rolled back: %1.")
                                       .arg(error));
        result.safetyBackupPath = safety.path;
        return refused(result, QCoreApplication::translate(
                                   "RestoreJob", "The restore failed and was rolled back: %1. The "
                                                 "safety backup is %2.")
                                   .arg(error, safety.path));
    }
    result.safetyBackupPath = safety.path;
    result.databaseChanged = true;

    clock.next(QStringLiteral("row counts after"));
    control.report(90, QCoreApplication::translate("RestoreJob", "Checking the row counts"));
    const bool counted = countRows(spec, &result.after, &error);
    QStringList wrong = counted ? differences(verified.tables, result.after) : QStringList{error};
    if (counted && faultAt(options, RestoreStage::Check))
        wrong << QCoreApplication::translate("RestoreJob", "a fault was injected into the check");
    clock.stop();
    if (counted && wrong.isEmpty()) {
        result.ok = true;
        result.message =
            QCoreApplication::translate(
                "RestoreJob", "Restored %1 from %2; every table has the backup's row count. The "
                              "previous state is kept in %3.")
                .arg(spec.displayName(), backupFile, safety.path);
        if (verified.tables.isEmpty())
            result.message =
                QCoreApplication::translate("RestoreJob",
                                            "Restored %1 from %2; the archive has no sidecar, so "
                                            "there were no row counts to compare. The previous "
                                            "state is kept in %3.")
                    .arg(spec.displayName(), backupFile, safety.path);
        result.message += describeExtraTables(spec, result.tablesNotInBackup);
        if (!result.warnings.isEmpty())
            result.message +=
                QCoreApplication::translate("RestoreJob", " pg_restore printed %n warning(s).",
                                            nullptr, int(result.warnings.size()));
        control.report(100, result.message);
        return result;
    }

    // The restored data is not what the backup holds: put the old state back.
    const QString problem = wrong.join(QStringLiteral("; "));
    QStringList ignored;
    if (writeBack(spec, safety.path, {}, JobControl{}, &ignored, &error, &cancelled)) {
        result.databaseChanged = false;
        result.message = QCoreApplication::translate(
                             "RestoreJob", "The restore did not reproduce the backup (%1); the "
                                           "database was put back from the safety backup %2.")
                             .arg(problem, safety.path);
    } else {
        result.message =
            QCoreApplication::translate("RestoreJob",
                                        "The restore did not reproduce the backup (%1) and putting "
                                        "back the safety backup failed too (%2). Restore %3 "
                                        "by hand.")
                .arg(problem, error, safety.path);
    }
    return result;
}
