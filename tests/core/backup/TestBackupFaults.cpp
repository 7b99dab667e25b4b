#include "BackupTestData.h"
#include "backup/BackupJob.h"
#include "backup/RestoreJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

// Faults from the hardening issue against real SQLite files and real processes:
// a restore interrupted at every stage (injected faults, cancel, and the
// restoring process killed at every progress point), a full disk during a
// backup, and a robot writing from another process while backups run.
class TestBackupFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoreFailingAtEachStageLeavesTheOldDatabase_data();
    void restoreFailingAtEachStageLeavesTheOldDatabase();
    void killedRestoreLeavesOldOrNewNeverAMix();
    void fullDiskFailsCleanly_data();
    void fullDiskFailsCleanly();
    void robotWritingDuringBackupsIsNeverLocked();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr auto kChildVariable = "TI_RESTORE_CHILD";

using Snapshot = QMap<QString, QStringList>;

Snapshot snapshotOf(const ConnectionSpec &spec)
{
    QString error;
    const Snapshot rows = BackupTestData::snapshot(spec, &error);
    if (!error.isEmpty())
        qWarning("snapshot failed: %s", qPrintable(error));
    return rows;
}

// What the robot does on its next start: opens the file read-write (rolling
// back a hot journal a killed writer left), here with a full integrity check.
QString openLikeTheRobot(const QString &path)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA integrity_check;")});
    sqlite.waitForFinished(60000);
    return QString::fromUtf8(sqlite.readAllStandardOutput() + sqlite.readAllStandardError())
        .trimmed();
}

void replaceFile(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    QVERIFY(QFile::copy(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// The child: restores argv's backup into argv's database, printing each
// progress report and waiting for a line on stdin before going on, so the
// parent can kill it at exactly that point.
int restoreChild()
{
    const QStringList args = QCoreApplication::arguments();
    QTextStream in(stdin);
    QTextStream out(stdout);
    JobControl control;
    control.progress = [&](int percent, const QString &message) {
        out << "P " << percent << ' ' << message << Qt::endl;
        in.readLine();
    };
    RestoreOptions options;
    options.backupDirectory = args.at(3);
    const RestoreResult result =
        RestoreJob::run(ConnectionSpec::sqliteFile(args.at(1)), args.at(2), options, control);
    out << (result.ok ? "OK " : "FAILED ") << result.message << Qt::endl;
    return result.ok ? 0 : 1;
}

} // namespace

void TestBackupFaults::restoreFailingAtEachStageLeavesTheOldDatabase_data()
{
    QTest::addColumn<int>("stage"); // -1: cancel during verification and safety backup
    QTest::addColumn<bool>("cancelDuringCopy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cancel while verifying") << -1 << false << "not changed";
    QTest::newRow("verification fails") << int(RestoreStage::Verify) << false << "not changed";
    QTest::newRow("safety backup fails")
        << int(RestoreStage::SafetyBackup) << false << "not changed";
    QTest::newRow("fault during the copy") << int(RestoreStage::Write) << false << "rolled back";
    QTest::newRow("cancel during the copy") << -2 << true << "rolled back";
    QTest::newRow("check after the copy fails") << int(RestoreStage::Check) << false << "put back";
}

void TestBackupFaults::restoreFailingAtEachStageLeavesTheOldDatabase()
{
    QFETCH(int, stage);
    QFETCH(bool, cancelDuringCopy);
    QFETCH(QString, expected);
    const ConnectionSpec spec = BackupTestData::makeSqliteDatabase(
        m_dir.path(), QStringLiteral("stage%1%2").arg(stage + 3).arg(cancelDuringCopy), 6000);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QCOMPARE(BackupTestData::addOrders(spec, 50000, 700), QString());
    const Snapshot old = snapshotOf(spec);

    std::atomic_bool cancel{false};
    bool pagesWritten = false;
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&](int percent, const QString &message) {
        if (stage == -1 && percent >= 5)
            cancel = true;
        if (percent > 50 && message.startsWith(u"Restoring")) {
            pagesWritten = true;
            if (cancelDuringCopy)
                cancel = true;
        }
    };
    RestoreOptions options;
    options.backupDirectory = dir;
    if (stage >= 0)
        options.failAt = [stage](RestoreStage at) {
            return int(at) == stage;
        };
    const RestoreResult result = RestoreJob::run(spec, backup.path, options, control);
    QVERIFY(!result.ok);
    QVERIFY(!result.databaseChanged);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QCOMPARE(openLikeTheRobot(spec.absolutePath()), QStringLiteral("ok"));
    QVERIFY(snapshotOf(spec) == old);
    // The safety backup's checks run while the restore already writes into its
    // open transaction: a failure there is refused at the commit and rolled back.
    if (stage == int(RestoreStage::SafetyBackup))
        QVERIFY(pagesWritten);
    // Only a restore that wrote keeps its safety backup; the others leave the
    // directory as it was, but for the safety backup of a fault in the copy.
    const QStringList left = QDir(dir).entryList({QStringLiteral("*.db")}, QDir::Files);
    const bool wrote =
        stage == int(RestoreStage::Write) || cancelDuringCopy || stage == int(RestoreStage::Check);
    QCOMPARE(left.size(), wrote ? 2 : 1);
    QCOMPARE(QDir(dir).entryList({QStringLiteral(".*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

void TestBackupFaults::killedRestoreLeavesOldOrNewNeverAMix()
{
    // Bigger than SQLite's 2 MB page cache: the copy spills pages into the
    // live file before it commits, so a kill there leaves a hot journal.
    const ConnectionSpec spec =
        BackupTestData::makeSqliteDatabase(m_dir.path(), QStringLiteral("killed"), 12000);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    const Snapshot restored = snapshotOf(spec);
    QCOMPARE(BackupTestData::addOrders(spec, 50000, 3000), QString());
    const Snapshot old = snapshotOf(spec);
    const QString pristine = m_dir.filePath(QStringLiteral("killed-old.db"));
    QVERIFY(QFile::copy(spec.absolutePath(), pristine));

    auto startChild = [&](QProcess &child) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildVariable), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {spec.absolutePath(), backup.path, dir});
        return child.waitForStarted();
    };
    // A run to the end first: how many points there are to kill it at.
    QStringList points;
    {
        QProcess child;
        QVERIFY(startChild(child));
        QString line;
        while (child.waitForReadyRead(60000) || child.canReadLine()) {
            while (child.canReadLine()) {
                line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(u"P "))
                    points << line;
                child.write("\n");
            }
        }
        child.waitForFinished();
        QVERIFY2(line.startsWith(u"OK"), qPrintable(line));
        QVERIFY(snapshotOf(spec) == restored);
    }
    QVERIFY2(points.size() >= 10, qPrintable(points.join(u'\n')));

    int endedOld = 0;
    int endedNew = 0;
    for (int kill = 0; kill < points.size(); ++kill) {
        replaceFile(pristine, spec.absolutePath());
        QProcess child;
        QVERIFY(startChild(child));
        int seen = 0;
        while (seen <= kill && child.waitForReadyRead(60000)) {
            while (seen <= kill && child.canReadLine()) {
                child.readLine();
                if (seen++ < kill)
                    child.write("\n");
            }
        }
        // The child waits inside its progress report: kill it right there.
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        const QString integrity = openLikeTheRobot(spec.absolutePath());
        QVERIFY2(integrity == u"ok",
                 qPrintable(QStringLiteral("killed at %1: %2").arg(points.at(kill), integrity)));
        const Snapshot now = snapshotOf(spec);
        const bool isOld = now == old;
        const bool isNew = now == restored;
        QVERIFY2(isOld || isNew,
                 qPrintable(QStringLiteral("a mix after a kill at %1").arg(points.at(kill))));
        (isOld ? endedOld : endedNew)++;
    }
    qInfo("killed at %lld points: %d left the old database, %d the restored one",
          qlonglong(points.size()), endedOld, endedNew);
    QVERIFY(endedOld > 0);
    QVERIFY(endedNew > 0);
}

void TestBackupFaults::fullDiskFailsCleanly_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("write limit (EFBIG)") << false;
    QTest::newRow("full tmpfs (ENOSPC)") << true;
}

void TestBackupFaults::fullDiskFailsCleanly()
{
    QFETCH(bool, tmpfs);
    const ConnectionSpec spec = BackupTestData::makeSqliteDatabase(
        m_dir.path(), tmpfs ? QStringLiteral("tmpfs") : QStringLiteral("limit"), 6000);
    const qint64 databaseBytes = QFileInfo(spec.absolutePath()).size();
    const Snapshot before = snapshotOf(spec);
    const QString dir = m_dir.filePath(tmpfs ? QStringLiteral("small") : QStringLiteral("limited"));
    QVERIFY(QDir().mkpath(dir));

    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    if (tmpfs) {
        const int mounted =
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=256k"), QStringLiteral("tmpfs"), dir});
        if (mounted != 0)
            QSKIP("mount is not permitted here; the write-limit row injects the failure instead");
    } else {
        // Writes past the limit fail with EFBIG instead of raising SIGXFSZ.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(databaseBytes / 4);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    }
    const BackupResult result = BackupJob::run(spec, dir);
    const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    if (tmpfs)
        QProcess::execute(QStringLiteral("umount"), {dir});
    else
        setrlimit(RLIMIT_FSIZE, &saved);

    QVERIFY(!result.ok);
    QVERIFY(result.path.isEmpty());
    // The small disk is seen before anything is written; the write limit only
    // when a write fails.
    QVERIFY2(result.message.contains(tmpfs ? QLatin1String("free; the backup needs")
                                           : QLatin1String("disk I/O error while copying into")),
             qPrintable(result.message));
    QCOMPARE(left, QStringList()); // no partial file, no sidecar
    QVERIFY(snapshotOf(spec) == before);
    QCOMPARE(openLikeTheRobot(spec.absolutePath()), QStringLiteral("ok"));
}

void TestBackupFaults::robotWritingDuringBackupsIsNeverLocked()
{
    // The robot's default rollback journal, where a reader does hold writers
    // off: the backup's one-step copy must stay short enough for them.
    const ConnectionSpec spec =
        BackupTestData::makeSqliteDatabase(m_dir.path(), QStringLiteral("robot"), 20000);
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {spec.absolutePath()});
    QVERIFY(writer.waitForStarted());
    // Python's sqlite3 (SQLAlchemy's driver) waits 5 s for a lock by default.
    QByteArray script = ".timeout 5000\n.timer on\n";
    for (int id = 100000; id < 160000; ++id) {
        script += QStringLiteral(
                      "BEGIN; INSERT INTO orders (id, symbol, side, order_type, quantity, status, "
                      "created_at) VALUES (%1, 'AAPL', 'BUY', 'MARKET', 1, 'PENDING', "
                      "'2025-12-20 10:00:00.000000'); INSERT INTO trades (id, symbol, side, "
                      "quantity, price, total_value, executed_at, order_id) VALUES (%1, 'AAPL', "
                      "'BUY', 1, 100, 100, '2025-12-20 10:00:00.000000', %1); UPDATE orders SET "
                      "status = 'FILLED', filled_quantity = 1 WHERE id = %1; COMMIT;\n")
                      .arg(id)
                      .toUtf8();
    }
    writer.write(script);
    writer.closeWriteChannel();
    QTest::qWait(200);

    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    QList<BackupResult> results;
    while (writer.state() == QProcess::Running && results.size() < 5) {
        results << BackupJob::run(spec, dir);
        QVERIFY2(results.last().ok, qPrintable(results.last().message));
    }
    QVERIFY2(results.size() == 5, "the writer ended before the backups did");
    writer.kill(); // the robot never stops; this one has made its point
    writer.waitForFinished();
    const QString errors = QString::fromUtf8(writer.readAllStandardError());
    QVERIFY2(!errors.contains(QLatin1String("locked")), qPrintable(errors));

    // Every statement's wall time, waits for the lock included.
    static const QRegularExpression timing(QStringLiteral("Run Time: real ([0-9.]+)"));
    double longest = 0;
    int statements = 0;
    for (const auto &match :
         timing.globalMatch(QString::fromUtf8(writer.readAllStandardOutput()))) {
        longest = qMax(longest, match.captured(1).toDouble());
        ++statements;
    }
    QVERIFY(statements > 100);
    for (const BackupResult &result : results) {
        // Each transaction added an order and its trade: a consistent copy has
        // as many of each, whatever moment it caught.
        QCOMPARE(result.tables.value(QStringLiteral("orders")),
                 result.tables.value(QStringLiteral("trades")));
    }
    qInfo("%lld backups while the robot wrote %d statements; its longest statement took %.0f ms",
          qlonglong(results.size()), statements, longest * 1000);
    QVERIFY(longest < 5.0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return restoreChild();
    TestBackupFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestBackupFaults.moc"
