#include "BackupTestData.h"
#include "TestDatabases.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupFiles.h"
#include "backup/BackupJob.h"
#include "backup/BackupSidecar.h"
#include "backup/BackupVerifier.h"
#include "backup/PostgresBackupEngine.h"
#include "backup/RestoreJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

// Real PostgreSQL, real pg_dump and pg_restore.
class TestPostgresBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripRestoresEveryRowWithoutPasswordOnArgv();
    void failingRestoreIsRolledBack();
    void killedRestoreLeavesDatabaseAsItWas();
    void refusesDamagedArchives();
    void cancelLeavesNoPartialFile();
    void backupWhileAnotherProcessInserts();
    void plainPgDumpArchiveIsListedAndRestores();
    void tableCreatedAfterTheBackupIsNamedAndKept();
    void fullDiskFailsCleanly();

private:
    QString dir(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    QTemporaryDir m_dir;
};

static int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

void TestPostgresBackup::roundTripRestoresEveryRowWithoutPasswordOnArgv()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkround"));
    QVERIFY(!spec.password.isEmpty());
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 500), QString());
    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QList<QStringList> argumentLists;
    QList<int> percents;
    JobControl control;
    control.processStarted = [&](const QString &program, const QStringList &arguments) {
        argumentLists << (QStringList{program} + arguments);
    };
    control.progress = [&](int percent, const QString &) {
        percents << percent;
    };
    const BackupResult backup = BackupJob::run(spec, dir(QStringLiteral("round")), control);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QVERIFY(backup.path.endsWith(QLatin1String(".dump")));
    QCOMPARE(modeOf(backup.path), 0600);
    QCOMPARE(modeOf(BackupSidecar::pathFor(backup.path)), 0600);
    QCOMPARE(backup.tables.value(QStringLiteral("orders")), 500);
    QCOMPARE(backup.tables.value(QStringLiteral("trades")), 500);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QVERIFY(percents.size() >= 5); // per-table progress from --verbose
    QFile sidecarFile(BackupSidecar::pathFor(backup.path));
    QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
    const QByteArray sidecarText = sidecarFile.readAll();
    QVERIFY(!sidecarText.contains(spec.password.toUtf8()));
    QVERIFY(sidecarText.contains("pg_dump"));

    QCOMPARE(BackupTestData::addOrders(spec, 2000, 40), QString());
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("DELETE FROM positions"),
                                           QStringLiteral("UPDATE trades SET notes = 'x'")}),
             QString());
    RestoreOptions options;
    options.backupDirectory = dir(QStringLiteral("round"));
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options, control);
    QVERIFY2(restored.ok, qPrintable(restored.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);
    QVERIFY(restored.safetyBackupPath.endsWith(QLatin1String("_safety.dump")));
    QCOMPARE(restored.before.value(QStringLiteral("orders")), 540);

    // pg_dump, pg_restore --list, pg_restore: none saw the password on argv.
    QVERIFY(argumentLists.size() >= 4);
    for (const QStringList &arguments : argumentLists)
        QVERIFY2(!arguments.join(u' ').contains(spec.password), qPrintable(arguments.join(u' ')));

    // Sequences came back too: the robot's next insert gets a fresh id.
    QCOMPARE(
        TestDatabases::execute(spec, {QStringLiteral("INSERT INTO trading_sessions (session_name, "
                                                     "started_at) VALUES ('next', now())")}),
        QString());
}

void TestPostgresBackup::failingRestoreIsRolledBack()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkfail"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 300), QString());
    const BackupResult backup = BackupJob::run(spec, dir(QStringLiteral("fail")));
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QCOMPARE(BackupTestData::addOrders(spec, 1000, 25), QString());
    // A view of the operator's own on trades: pg_restore --clean cannot drop the
    // table, fails part-way, and its single transaction must undo everything.
    QCOMPARE(TestDatabases::execute(
                 spec, {QStringLiteral("CREATE VIEW my_view AS SELECT id FROM trades")}),
             QString());
    QString error;
    const auto before = BackupTestData::snapshot(spec, &error);
    RestoreOptions options;
    options.backupDirectory = dir(QStringLiteral("fail"));
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
    QVERIFY(!restored.ok);
    QVERIFY(!restored.databaseChanged);
    QVERIFY2(restored.message.contains(QLatin1String("rolled back")), qPrintable(restored.message));
    QVERIFY2(restored.message.contains(QLatin1String("not changed")), qPrintable(restored.message));
    QVERIFY(QFileInfo::exists(restored.safetyBackupPath));
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("SELECT * FROM my_view")}), QString());

    // The engine on a truncated archive (past verification): rolled back too.
    const QString cut = dir(QStringLiteral("fail/cut.dump"));
    QVERIFY(QFile::copy(backup.path, cut));
    QFile file(cut);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() * 2 / 3));
    file.close();
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("DROP VIEW my_view")}), QString());
    QStringList warnings;
    QVERIFY(!PostgresBackupEngine::restore(spec, cut, {}, {}, &warnings, &error));
    QVERIFY2(error.contains(QLatin1String("pg_restore failed")), qPrintable(error));
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
}

void TestPostgresBackup::killedRestoreLeavesDatabaseAsItWas()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkkill"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 20000), QString());
    const BackupResult backup = BackupJob::run(spec, dir(QStringLiteral("kill")));
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QCOMPARE(BackupTestData::addOrders(spec, 50000, 100), QString());
    QString error;
    const auto before = BackupTestData::snapshot(spec, &error);

    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    bool restoring = false;
    control.progress = [&](int, const QString &message) {
        restoring = restoring || message.startsWith(QLatin1String("Restoring"));
        // pg_restore has started loading table data: kill it now.
        if (restoring && (message == u"orders" || message == u"trades"))
            cancel = true;
    };
    RestoreOptions options;
    options.backupDirectory = dir(QStringLiteral("kill"));
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options, control);
    QVERIFY(!restored.ok);
    QVERIFY(restored.cancelled);
    QVERIFY(!restored.databaseChanged);
    QVERIFY2(restored.message.contains(QLatin1String("rolled back")), qPrintable(restored.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
}

void TestPostgresBackup::refusesDamagedArchives()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkdamage"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 2000), QString());
    const BackupResult backup = BackupJob::run(spec, dir(QStringLiteral("damage")));
    QVERIFY2(backup.ok, qPrintable(backup.message));
    const VerifyResult good = BackupVerifier::verify(backup.path);
    QVERIFY2(good.ok, qPrintable(good.message));

    // Without a sidecar a truncated archive is still found out by a full read.
    const QString cut = dir(QStringLiteral("damage/trading_robot_20250101_000000.dump"));
    QVERIFY(QFile::copy(backup.path, cut));
    QFile file(cut);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 4000));
    file.close();
    const VerifyResult truncated = BackupVerifier::verify(cut);
    QVERIFY(!truncated.ok);
    QVERIFY2(truncated.message.contains(QLatin1String("truncated")), qPrintable(truncated.message));

    // With a sidecar, one flipped byte is a checksum mismatch.
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(0));
    file.close();
    QFile original(backup.path);
    QVERIFY(original.open(QIODevice::ReadWrite));
    original.seek(original.size() / 2);
    const char byte = original.peek(1).at(0);
    original.putChar(char(byte ^ 0x01));
    original.close();
    const VerifyResult corrupted = BackupVerifier::verify(backup.path);
    QVERIFY(!corrupted.ok);
    QVERIFY2(corrupted.message.contains(QLatin1String("SHA-256")), qPrintable(corrupted.message));

    QString error;
    const auto before = BackupTestData::snapshot(spec, &error);
    RestoreOptions options;
    options.backupDirectory = dir(QStringLiteral("damage"));
    QVERIFY(!RestoreJob::run(spec, backup.path, options).ok);
    // A SQLite file is the wrong kind for a PostgreSQL database.
    const QString sqlite = dir(QStringLiteral("damage/other.db"));
    const ConnectionSpec sqliteSpec = ConnectionSpec::sqliteFile(sqlite);
    QCOMPARE(BackupTestData::createRobotDatabase(sqliteSpec, 5), QString());
    const RestoreResult wrongKind = RestoreJob::run(spec, sqlite, options);
    QVERIFY(!wrongKind.ok);
    QVERIFY2(wrongKind.message.contains(QLatin1String("cannot be restored")),
             qPrintable(wrongKind.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
}

void TestPostgresBackup::cancelLeavesNoPartialFile()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkcancel"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 5000), QString());
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&](int percent, const QString &) {
        if (percent >= 2)
            cancel = true; // pg_dump is running
    };
    const QString target = dir(QStringLiteral("cancel"));
    const BackupResult result = BackupJob::run(spec, target, control);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestPostgresBackup::backupWhileAnotherProcessInserts()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkbusy"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 20000), QString());
    // Another process commits an order and its trade together, continuously.
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    writer.setProcessEnvironment(env);
    writer.start(
        QStringLiteral("psql"),
        {QStringLiteral("--host=") + spec.host, QStringLiteral("--port=%1").arg(spec.port),
         QStringLiteral("--username=") + spec.user, QStringLiteral("--dbname=") + spec.database,
         QStringLiteral("--no-password"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
         QStringLiteral("-c"),
         QStringLiteral("DO $$ BEGIN FOR i IN 100000..200000 LOOP "
                        "INSERT INTO orders (id, symbol, side, order_type, quantity, status, "
                        "created_at) VALUES (i, 'AAPL', 'BUY', 'MARKET', 1, 'FILLED', now()); "
                        "INSERT INTO trades (id, symbol, side, quantity, price, total_value, "
                        "executed_at, order_id) VALUES (i, 'AAPL', 'BUY', 1, 100, 100, now(), i); "
                        "COMMIT; END LOOP; END $$")});
    QVERIFY(writer.waitForStarted());
    QTest::qWait(300);
    QCOMPARE(writer.state(), QProcess::Running);
    const BackupResult backup = BackupJob::run(spec, dir(QStringLiteral("busy")));
    const bool stillWriting = writer.state() == QProcess::Running;
    writer.kill();
    writer.waitForFinished();
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QVERIFY(stillWriting);
    const qint64 orders = backup.tables.value(QStringLiteral("orders"));
    QVERIFY(orders > 20000);
    QCOMPARE(backup.tables.value(QStringLiteral("trades")), orders);

    // The archive holds exactly the counted snapshot.
    TI_SCRATCH_POSTGRES(copy, QStringLiteral("bkbusycopy"));
    QStringList warnings;
    QString error;
    QVERIFY2(PostgresBackupEngine::restore(copy, backup.path, {}, {}, &warnings, &error),
             qPrintable(error));
    TableCounts restored;
    QVERIFY2(RestoreJob::countRows(copy, &restored, &error), qPrintable(error));
    QCOMPARE(restored, backup.tables);
}

void TestPostgresBackup::plainPgDumpArchiveIsListedAndRestores()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkplain"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 150), QString());
    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    const QString target = dir(QStringLiteral("plain"));
    QDir().mkpath(target);
    const QString archive =
        QDir(target).filePath(QStringLiteral("trading_robot_20251220_120000.dump"));
    // What the robot's own backup script runs.
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    dump.setProcessEnvironment(env);
    dump.start(QStringLiteral("pg_dump"),
               {QStringLiteral("-Fc"), QStringLiteral("--no-password"), QStringLiteral("-f"),
                archive, QStringLiteral("--dbname=") + spec.toUrl(false)});
    QVERIFY(dump.waitForFinished());
    QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());
    const auto entries = BackupCatalog(target).list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, BackupKind::PostgresArchive);
    QVERIFY(!entries.first().hasSidecar);
    QCOMPARE(BackupTestData::addOrders(spec, 900, 9), QString());
    RestoreOptions options;
    options.backupDirectory = target;
    const RestoreResult restored = RestoreJob::run(spec, archive, options);
    QVERIFY2(restored.ok, qPrintable(restored.message));
    QVERIFY2(restored.message.contains(QLatin1String("no sidecar")), qPrintable(restored.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);
}

void TestPostgresBackup::tableCreatedAfterTheBackupIsNamedAndKept()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkextra"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 100), QString());
    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    const BackupResult backup = BackupJob::run(spec, dir(QStringLiteral("extra")));
    QVERIFY2(backup.ok, qPrintable(backup.message));
    // A table the backup does not know: pg_restore --clean leaves it alone.
    QCOMPARE(TestDatabases::execute(
                 spec, {QStringLiteral("CREATE TABLE fills_audit (id integer PRIMARY KEY)"),
                        QStringLiteral("INSERT INTO fills_audit VALUES (1), (2), (3)")}),
             QString());
    QCOMPARE(BackupTestData::addOrders(spec, 5000, 7), QString());

    const RestorePreview preview = RestoreJob::preview(spec, backup.path);
    QVERIFY2(preview.ok, qPrintable(preview.message));
    QCOMPARE(preview.tablesNotInBackup, QStringList{QStringLiteral("fills_audit")});
    QCOMPARE(preview.kind, BackupKind::PostgresArchive);

    RestoreOptions options;
    options.backupDirectory = dir(QStringLiteral("extra"));
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
    QVERIFY2(restored.ok, qPrintable(restored.message));
    QCOMPARE(restored.tablesNotInBackup, QStringList{QStringLiteral("fills_audit")});
    QVERIFY2(restored.message.contains(QLatin1String("kept as they were: fills_audit")),
             qPrintable(restored.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);
    TableCounts after;
    QVERIFY(RestoreJob::countRows(spec, &after, &error));
    QCOMPARE(after.value(QStringLiteral("fills_audit")), 3);
}

QTEST_GUILESS_MAIN(TestPostgresBackup)
// pg_dump writing onto a disk that fills up part-way (a 64 kB tmpfs): a
// message that says why, no partial dump or sidecar, the database untouched.
void TestPostgresBackup::fullDiskFailsCleanly()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("bkfull"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 3000), QString());
    QString error;
    const auto before = BackupTestData::snapshot(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString small = dir(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    const int mounted =
        QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=64k"), QStringLiteral("tmpfs"), small});
    if (mounted != 0)
        QSKIP("mount is not permitted here (TestBackupFaults covers SQLite with a write limit)");
    const BackupResult result = BackupJob::run(spec, small);
    const QStringList left = QDir(small).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {small});

    QVERIFY(!result.ok);
    QVERIFY(result.path.isEmpty());
    QVERIFY2(result.message.contains(QLatin1String("No space left on device")),
             qPrintable(result.message));
    QCOMPARE(left, QStringList());
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
}

#include "TestPostgresBackup.moc"
