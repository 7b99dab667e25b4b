#include "BackupBench.h"

#include "BenchTiming.h"

#include "backup/BackupJob.h"
#include "backup/BackupSidecar.h"
#include "backup/PgTools.h"
#include "backup/RestoreJob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

// Milliseconds for one run of a raw tool, -1 when it fails.
double timedTool(const QString &program, const QStringList &arguments,
                 const QProcessEnvironment &env, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QStringList pgArguments(const ConnectionSpec &spec)
{
    QStringList arguments = PgTools::connectionArguments(spec);
    return arguments;
}

// Where a job's time went, on stderr so --json output stays one object.
void printStages(const QString &job, const StageTimes &stages)
{
    QTextStream err(stderr);
    for (const StageTime &stage : stages)
        err << job << ": " << stage.name.leftJustified(44) << QString::number(stage.ms, 'f', 1)
            << " ms\n";
    err.flush();
}

} // namespace

namespace BackupBench {

QList<OperationResult> operations(const ConnectionSpec &spec, int runs, QString *error)
{
    // Each run copies the whole database: a few runs give a stable median.
    runs = qBound(1, runs, 3);
    QTemporaryDir dir;
    const QString out = dir.path();
    const QProcessEnvironment env = PgTools::environment(spec);
    QList<double> jobBackup, rawBackup, jobRestore, rawRestore;
    for (int run = 0; run < runs && error->isEmpty(); ++run) {
        QElapsedTimer timer;
        timer.start();
        const BackupResult backup = BackupJob::run(spec, out);
        jobBackup << double(timer.nsecsElapsed()) / 1e6;
        if (!backup.ok) {
            *error = backup.message;
            break;
        }
        printStages(QStringLiteral("backup"), backup.stages);
        const QString raw = QDir(out).filePath(spec.isSqlite() ? QStringLiteral("raw.db")
                                                               : QStringLiteral("raw.dump"));
        QFile::remove(raw);
        rawBackup << (spec.isSqlite()
                          ? timedTool(
                                QStringLiteral("sqlite3"),
                                {spec.absolutePath(), QStringLiteral(".backup '%1'").arg(raw)}, env,
                                error)
                          : timedTool(QStringLiteral("pg_dump"),
                                      pgArguments(spec) << QStringLiteral("--format=custom")
                                                        << QStringLiteral("--file=") + raw,
                                      env, error));
        if (!error->isEmpty())
            break;

        RestoreOptions options;
        options.backupDirectory = out;
        options.forceActive = true; // the bench database is nobody's live robot
        timer.restart();
        const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
        jobRestore << double(timer.nsecsElapsed()) / 1e6;
        if (!restored.ok) {
            *error = restored.message;
            break;
        }
        printStages(QStringLiteral("restore"), restored.stages);
        rawRestore << (spec.isSqlite()
                           ? timedTool(
                                 QStringLiteral("sqlite3"),
                                 {spec.absolutePath(), QStringLiteral(".restore '%1'").arg(raw)},
                                 env, error)
                           : timedTool(QStringLiteral("pg_restore"),
                                       pgArguments(spec) << QStringLiteral("--clean")
                                                         << QStringLiteral("--if-exists")
                                                         << QStringLiteral("--single-transaction")
                                                         << QStringLiteral("--no-owner") << raw,
                                       env, error));
        for (const QString &path : {backup.path, restored.safetyBackupPath, raw}) {
            QFile::remove(path);
            QFile::remove(BackupSidecar::pathFor(path));
        }
    }
    if (!error->isEmpty())
        return {};
    return {
        OperationResult{QStringLiteral("backup"), BenchTiming::median(jobBackup),
                        BenchTiming::median(rawBackup)},
        OperationResult{QStringLiteral("restore"), BenchTiming::median(jobRestore),
                        BenchTiming::median(rawRestore)},
    };
}

} // namespace BackupBench
