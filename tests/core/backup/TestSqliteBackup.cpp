#include "BackupTestData.h"
#include "TestDatabases.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupFiles.h"
#include "backup/BackupJob.h"
#include "backup/BackupSidecar.h"
#include "backup/BackupVerifier.h"
#include "backup/RestoreJob.h"
#include "backup/SqliteBackupEngine.h"
#include "db/DatabaseConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>

// Real SQLite files: backup, verify, list and restore, including a backup taken
// while another process writes.
class TestSqliteBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupIsVerifiedPrivateAndDescribed();
    void roundTripRestoresEveryRow();
    void refusesTruncatedCorruptedAndWrongKind_data();
    void refusesTruncatedCorruptedAndWrongKind();
    void cancelLeavesNoPartialFile();
    void unwritableBackupDirectoryLeavesDatabaseAsItWas();
    void refusesWhileASessionIsActive();
    void robotsOwnCopyIsListedAndRestores();
    void backupWhileAnotherProcessInserts();
    void keepLastPrunes();
    void tableCreatedAfterTheBackupIsNamed();
    void sidecarWithImpossibleCountsIsRejected_data();
    void sidecarWithImpossibleCountsIsRejected();
    void restoreTrustsOnlyAVerifiedMatchingChecksum();
    void restoreCommitsOnlyPastItsGate();

private:
    ConnectionSpec makeDatabase(const QString &name, int orders, bool active = false);
    QTemporaryDir m_dir;
};

ConnectionSpec TestSqliteBackup::makeDatabase(const QString &name, int orders, bool active)
{
    return BackupTestData::makeSqliteDatabase(m_dir.path(), name, orders, active);
}

static int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

void TestSqliteBackup::backupIsVerifiedPrivateAndDescribed()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("described"), 200);
    QList<int> percents;
    JobControl control;
    control.progress = [&](int percent, const QString &) {
        percents << percent;
    };
    const BackupResult result =
        BackupJob::run(spec, BackupCatalog::defaultDirectory(spec), control);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.verified);
    QCOMPARE(QFileInfo(result.path).dir().dirName(), QStringLiteral("backups"));
    QVERIFY(QFileInfo(result.path).fileName().startsWith(QLatin1String("trading_robot_")));
    QVERIFY(result.path.endsWith(QLatin1String(".db")));
    QVERIFY(BackupFiles::timeFromName(QFileInfo(result.path).fileName()).isValid());
    QCOMPARE(modeOf(result.path), 0600);
    QCOMPARE(modeOf(BackupSidecar::pathFor(result.path)), 0600);
    QCOMPARE(result.tables.value(QStringLiteral("orders")), 200);
    QCOMPARE(result.tables.value(QStringLiteral("trades")), 200);
    QCOMPARE(result.tables.value(QStringLiteral("trading_sessions")), 1);
    QCOMPARE(result.sha256, BackupSidecar::sha256Of(result.path));
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));

    QString error;
    const auto sidecar = BackupSidecar::read(result.path, &error);
    QVERIFY2(sidecar, qPrintable(error));
    QCOMPARE(sidecar->source, spec.displayName());
    QCOMPARE(sidecar->bytes, QFileInfo(result.path).size());
    QVERIFY(!sidecar->toolVersions.value(QStringLiteral("sqlite")).isEmpty());
    QVERIFY(!sidecar->safety);
    // Nothing but the backup and its sidecar: no temporary left behind.
    QCOMPARE(
        QDir(QFileInfo(result.path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(),
        2);
    const VerifyResult verified = BackupVerifier::verify(result.path);
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QVERIFY(verified.checksumChecked);
}

void TestSqliteBackup::roundTripRestoresEveryRow()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("roundtrip"), 300);
    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString dir = QDir(m_dir.path()).filePath(QStringLiteral("roundtrip/backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));

    QCOMPARE(BackupTestData::addOrders(spec, 1000, 50), QString());
    QCOMPARE(
        TestDatabases::execute(spec, {QStringLiteral("UPDATE trades SET price = 1 WHERE id < 10"),
                                      QStringLiteral("DELETE FROM positions")}),
        QString());
    const auto changed = BackupTestData::snapshot(spec, &error);
    QVERIFY(changed != original);

    const RestorePreview preview = RestoreJob::preview(spec, backup.path);
    QVERIFY2(preview.ok, qPrintable(preview.message));
    QCOMPARE(preview.current.value(QStringLiteral("orders")), 350);
    QCOMPARE(preview.backup.value(QStringLiteral("orders")), 300);

    RestoreOptions options;
    options.backupDirectory = dir;
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
    QVERIFY2(restored.ok, qPrintable(restored.message));
    QVERIFY(restored.databaseChanged);
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);

    // The safety backup holds the state just before the restore, and is listed as such.
    QVERIFY(restored.safetyBackupPath.contains(QLatin1String("_safety")));
    const auto entries = BackupCatalog(dir).list();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.first().safety);
    QCOMPARE(BackupSidecar::read(restored.safetyBackupPath, &error)->safety, true);
    QCOMPARE(entries.first().tables.value(QStringLiteral("orders")), 350);
    // And restoring it brings the changed state back.
    const RestoreResult back = RestoreJob::run(spec, restored.safetyBackupPath, options);
    QVERIFY2(back.ok, qPrintable(back.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), changed);
}

void TestSqliteBackup::refusesTruncatedCorruptedAndWrongKind_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("keepSidecar");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated, sidecar") << "truncate" << true << "truncated";
    QTest::newRow("truncated, no sidecar") << "truncate" << false << "damaged";
    QTest::newRow("corrupted, sidecar") << "corrupt" << true << "SHA-256";
    QTest::newRow("corrupted, no sidecar") << "corrupt" << false << "damaged";
    QTest::newRow("wrong kind") << "text" << false << "not a backup";
    QTest::newRow("empty") << "empty" << false << "empty";
}

void TestSqliteBackup::refusesTruncatedCorruptedAndWrongKind()
{
    QFETCH(QString, damage);
    QFETCH(bool, keepSidecar);
    QFETCH(QString, expected);
    const ConnectionSpec spec =
        makeDatabase(QStringLiteral("damage_") + QTest::currentDataTag(), 400);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    if (!keepSidecar)
        QVERIFY(QFile::remove(BackupSidecar::pathFor(backup.path)));
    QFile file(backup.path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    if (damage == u"truncate") {
        QVERIFY(file.resize(size / 2));
    } else if (damage == u"corrupt") {
        // Overwrite pages in the middle (table b-tree pages) with garbage.
        file.seek(size / 2);
        file.write(QByteArray(8192, '\x5a'));
    } else if (damage == u"text") {
        file.resize(0);
        file.write("id,symbol\n1,AAPL\n");
    } else {
        file.resize(0);
    }
    file.close();

    QString error;
    const auto before = BackupTestData::snapshot(spec, &error);
    const VerifyResult verified = BackupVerifier::verify(backup.path);
    QVERIFY(!verified.ok);
    QVERIFY2(verified.message.contains(expected), qPrintable(verified.message));

    RestoreOptions options;
    options.backupDirectory = dir;
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
    QVERIFY(!restored.ok);
    QVERIFY(!restored.databaseChanged);
    QVERIFY2(restored.message.contains(QLatin1String("not changed")), qPrintable(restored.message));
    QVERIFY(restored.safetyBackupPath.isEmpty()); // refused before anything was done
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
}

void TestSqliteBackup::cancelLeavesNoPartialFile()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("cancel"), 3000);
    const QString dir = QDir(m_dir.path()).filePath(QStringLiteral("cancel/backups"));
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&](int percent, const QString &) {
        if (percent > 0)
            cancel = true; // cancel as soon as the copy is under way
    };
    const BackupResult result = BackupJob::run(spec, dir, control);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.path.isEmpty());
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestSqliteBackup::unwritableBackupDirectoryLeavesDatabaseAsItWas()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("unwritable"), 100);
    const QString good = QDir(m_dir.path()).filePath(QStringLiteral("unwritable/backups"));
    const BackupResult backup = BackupJob::run(spec, good);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QCOMPARE(BackupTestData::addOrders(spec, 500, 10), QString());
    QString error;
    const auto before = BackupTestData::snapshot(spec, &error);
    // A directory below a regular file can never be created, even by root.
    const QString blocker = QDir(m_dir.path()).filePath(QStringLiteral("unwritable/file"));
    QFile(blocker).open(QIODevice::WriteOnly);
    RestoreOptions options;
    options.backupDirectory = blocker + QStringLiteral("/backups");
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
    QVERIFY(!restored.ok);
    QVERIFY(!restored.databaseChanged);
    QVERIFY2(restored.message.contains(QLatin1String("safety backup failed")),
             qPrintable(restored.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), before);
    // A backup into such a directory fails cleanly as well.
    const BackupResult failed = BackupJob::run(spec, options.backupDirectory);
    QVERIFY(!failed.ok);
    QVERIFY(failed.message.contains(QLatin1String("cannot create")));
}

void TestSqliteBackup::refusesWhileASessionIsActive()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("active"), 50, true);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QCOMPARE(BackupTestData::addOrders(spec, 100, 5), QString());
    RestoreOptions options;
    options.backupDirectory = dir;
    const RestoreResult refused = RestoreJob::run(spec, backup.path, options);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QLatin1String("active")), qPrintable(refused.message));
    QCOMPARE(BackupCatalog(dir).list().size(), 1); // no safety backup made
    options.forceActive = true;
    const RestoreResult forced = RestoreJob::run(spec, backup.path, options);
    QVERIFY2(forced.ok, qPrintable(forced.message));
    QCOMPARE(forced.after.value(QStringLiteral("orders")), 50);
}

void TestSqliteBackup::robotsOwnCopyIsListedAndRestores()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("robotcopy"), 120);
    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    QDir().mkpath(dir);
    const QString copy = QDir(dir).filePath(QStringLiteral("trading_robot_20251220_120000.db"));
    // What the robot's scripts/backup_database.py does.
    QCOMPARE(QProcess::execute(QStringLiteral("cp"), {spec.absolutePath(), copy}), 0);
    const auto entries = BackupCatalog(dir).list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().path, copy);
    QVERIFY(!entries.first().hasSidecar);
    QCOMPARE(entries.first().kind, BackupKind::Sqlite);
    QCOMPARE(entries.first().time, QDateTime(QDate(2025, 12, 20), QTime(12, 0, 0)));
    QCOMPARE(entries.first().verified, BackupEntry::Verified::Unknown);
    BackupEntry entry = entries.first();
    const VerifyResult verified = BackupCatalog::verify(entry);
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(entry.verified, BackupEntry::Verified::Yes);
    QCOMPARE(entry.tables.value(QStringLiteral("trades")), 120);

    QCOMPARE(BackupTestData::addOrders(spec, 1000, 30), QString());
    RestoreOptions options;
    options.backupDirectory = dir;
    const RestoreResult restored = RestoreJob::run(spec, copy, options);
    QVERIFY2(restored.ok, qPrintable(restored.message));
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);
}

void TestSqliteBackup::backupWhileAnotherProcessInserts()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("busy"), 20000);
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("PRAGMA journal_mode=WAL")}), QString());
    // Another process: sqlite3 inserting an order and its trade per transaction.
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {spec.absolutePath()});
    QVERIFY(writer.waitForStarted());
    QByteArray script = ".timeout 10000\n";
    for (int id = 100000; id < 130000; ++id) {
        script += QStringLiteral("BEGIN; INSERT INTO orders (id, symbol, side, order_type, "
                                 "quantity, status, created_at) VALUES (%1, 'AAPL', 'BUY', "
                                 "'MARKET', 1, 'FILLED', '2025-12-20 10:00:00.000000'); "
                                 "INSERT INTO trades (id, symbol, side, quantity, price, "
                                 "total_value, executed_at, order_id) VALUES (%1, 'AAPL', 'BUY', "
                                 "1, 100, 100, '2025-12-20 10:00:00.000000', %1); COMMIT;\n")
                      .arg(id)
                      .toUtf8();
    }
    writer.write(script);
    writer.closeWriteChannel();
    QTest::qWait(200); // the writer is busy now

    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    QList<BackupResult> results;
    while (writer.state() == QProcess::Running && results.size() < 5) {
        results << BackupJob::run(spec, dir);
        QVERIFY2(results.last().ok, qPrintable(results.last().message));
    }
    QVERIFY2(results.size() >= 1, "the writer ended before a backup could run");
    // The writer was still inserting when the last backup finished: stop it.
    const bool stillWriting = writer.state() == QProcess::Running;
    writer.kill();
    writer.waitForFinished();
    QVERIFY2(stillWriting || writer.exitCode() == 0, writer.readAllStandardError().constData());
    for (const BackupResult &result : results) {
        // Each transaction added one order and one trade: a consistent copy has
        // as many of each, whatever moment it caught.
        QCOMPARE(result.tables.value(QStringLiteral("orders")),
                 result.tables.value(QStringLiteral("trades")));
        QVERIFY(result.tables.value(QStringLiteral("orders")) >= 20000);
        const VerifyResult verified = BackupVerifier::verify(result.path);
        QVERIFY2(verified.ok, qPrintable(verified.message));
    }
    qInfo("%lld backups while writing; orders in the first: %lld", qlonglong(results.size()),
          results.first().tables.value(QStringLiteral("orders")));
}

void TestSqliteBackup::keepLastPrunes()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("prune"), 10);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    for (int i = 0; i < 4; ++i)
        QVERIFY(BackupJob::run(spec, dir).ok);
    BackupOptions safety;
    safety.safety = true;
    QVERIFY(BackupJob::run(spec, dir, {}, safety).ok);
    QCOMPARE(BackupCatalog(dir).list().size(), 5);
    QString error;
    const QStringList removed = BackupCatalog(dir).keepLast(2, &error);
    QCOMPARE(removed.size(), 2);
    const auto left = BackupCatalog(dir).list();
    QCOMPARE(left.size(), 3);
    for (const QString &path : removed) {
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(BackupSidecar::pathFor(path)));
    }
    QVERIFY(BackupCatalog::remove(left.first().path, &error));
    QCOMPARE(BackupCatalog(dir).list().size(), 2);
}

// Found by fuzz_backup_sidecar (tests/fuzz/regressions/backup_sidecar): sizes and
// row counts were cast from any JSON number, so a negative size passed and 1e300
// was undefined behaviour; the restore confirmation shows these counts.
void TestSqliteBackup::sidecarWithImpossibleCountsIsRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative size") << "bytes" << QJsonValue(-14958080.0) << "size";
    QTest::newRow("size past 2^53") << "bytes" << QJsonValue(1e300) << "size";
    QTest::newRow("size as text") << "bytes" << QJsonValue(QStringLiteral("12")) << "size";
    QTest::newRow("negative rows") << "trades" << QJsonValue(-1.0) << "trades";
    QTest::newRow("fractional rows") << "trades" << QJsonValue(1.5) << "trades";
    QTest::newRow("rows past 2^53") << "trades" << QJsonValue(-1e300) << "trades";
}

void TestSqliteBackup::sidecarWithImpossibleCountsIsRejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    BackupSidecar written;
    written.kind = BackupKind::Sqlite;
    written.createdAt = QDateTime::currentDateTimeUtc();
    written.tables = {{QStringLiteral("orders"), 735000}, {QStringLiteral("trades"), 1029000}};
    written.bytes = 214958080;
    QString error;
    const auto asWritten = BackupSidecar::fromJson(written.toJson(), &error);
    QVERIFY2(asWritten, qPrintable(error));
    QCOMPARE(asWritten->tables, written.tables);
    QCOMPARE(asWritten->bytes, written.bytes);

    QJsonObject object = written.toJson();
    if (field == u"bytes") {
        object.insert(field, value);
    } else {
        QJsonObject tables = object.value(QStringLiteral("tables")).toObject();
        tables.insert(field, value);
        object.insert(QStringLiteral("tables"), tables);
    }
    QVERIFY(!BackupSidecar::fromJson(object, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSqliteBackup::tableCreatedAfterTheBackupIsNamed()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("extra"), 30);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("CREATE TABLE notes (id INTEGER)"),
                                           QStringLiteral("INSERT INTO notes VALUES (1)")}),
             QString());
    const RestorePreview preview = RestoreJob::preview(spec, backup.path);
    QVERIFY2(preview.ok, qPrintable(preview.message));
    QCOMPARE(preview.tablesNotInBackup, QStringList{QStringLiteral("notes")});
    RestoreOptions options;
    options.backupDirectory = dir;
    const RestoreResult restored = RestoreJob::run(spec, backup.path, options);
    QVERIFY2(restored.ok, qPrintable(restored.message));
    // The whole file is replaced: the table is gone, and the message says so.
    QVERIFY2(restored.message.contains(QLatin1String("no longer in the database")) &&
                 restored.message.contains(QLatin1String("notes")),
             qPrintable(restored.message));
    QVERIFY(!restored.after.contains(QStringLiteral("notes")));
}

void TestSqliteBackup::restoreTrustsOnlyAVerifiedMatchingChecksum()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("trust"), 400);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    {
        QFile file(backup.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(8192, '\x5a'));
    }
    // A sidecar that vouches for the damaged bytes: their SHA-256 and size.
    QString error;
    auto sidecar = BackupSidecar::read(backup.path, &error);
    QVERIFY2(sidecar, qPrintable(error));
    sidecar->sha256 = BackupSidecar::sha256Of(backup.path);
    sidecar->bytes = QFileInfo(backup.path).size();
    QVERIFY(sidecar->sha256 != backup.sha256);
    const auto verifyWith = [&](bool checkedWhenMade, BackupVerifier::Depth depth) {
        sidecar->verified = checkedWhenMade;
        QString writeError;
        QFile::remove(BackupSidecar::pathFor(backup.path));
        if (!sidecar->write(backup.path, &writeError))
            qFatal("cannot write the sidecar: %s", qPrintable(writeError));
        return BackupVerifier::verify(backup.path, {}, depth);
    };

    // Not marked as checked when made: checked now, whatever the depth.
    VerifyResult verified = verifyWith(false, BackupVerifier::Depth::TrustVerifiedChecksum);
    QVERIFY(!verified.ok);
    QVERIFY2(verified.message.contains(QLatin1String("damaged")), qPrintable(verified.message));
    // Marked: a restore trusts the matching checksum and takes the sidecar's counts...
    verified = verifyWith(true, BackupVerifier::Depth::TrustVerifiedChecksum);
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QVERIFY(verified.checksumChecked);
    QVERIFY2(verified.message.contains(QLatin1String("when it was made")),
             qPrintable(verified.message));
    QCOMPARE(verified.tables, backup.tables);
    // ...while the Verify button and `verify FILE` still read every page.
    verified = verifyWith(true, BackupVerifier::Depth::Contents);
    QVERIFY(!verified.ok);
    QVERIFY2(verified.message.contains(QLatin1String("damaged")), qPrintable(verified.message));
}

void TestSqliteBackup::restoreCommitsOnlyPastItsGate()
{
    // Several copy steps (more pages than one step takes), so pages are
    // written into the open transaction before the gate is reached.
    const ConnectionSpec spec = makeDatabase(QStringLiteral("gate"), 3000);
    const QString dir = QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    const BackupResult backup = BackupJob::run(spec, dir);
    QVERIFY2(backup.ok, qPrintable(backup.message));
    QString error;
    const auto inBackup = BackupTestData::snapshot(spec, &error);
    QCOMPARE(BackupTestData::addOrders(spec, 50000, 500), QString());
    const auto current = BackupTestData::snapshot(spec, &error);
    QVERIFY(current != inBackup);

    for (const bool pass : {false, true}) {
        int gateCalls = 0;
        int lastPercent = -1;
        int percentAtGate = -1;
        JobControl control;
        control.progress = [&](int percent, const QString &) {
            lastPercent = percent;
        };
        const auto gate = [&](QString *why) {
            ++gateCalls;
            percentAtGate = lastPercent;
            if (!pass)
                *why = QStringLiteral("the gate said no");
            return pass;
        };
        error.clear();
        bool cancelled = false;
        const bool restored = SqliteBackupEngine::restoreInto(backup.path, spec.absolutePath(),
                                                              control, &error, &cancelled, gate);
        QCOMPARE(restored, pass);
        QCOMPARE(gateCalls, 1);
        QVERIFY(!cancelled);
        // Reached part-way: pages were copied before it, the last step after.
        QVERIFY2(percentAtGate > 0 && percentAtGate < 90,
                 qPrintable(QString::number(percentAtGate)));
        if (!pass) {
            QCOMPARE(error, QStringLiteral("the gate said no"));
            QCOMPARE(BackupTestData::snapshot(spec, &error), current);
        } else {
            QCOMPARE(lastPercent, percentAtGate); // one step after the gate: the last
            QCOMPARE(BackupTestData::snapshot(spec, &error), inBackup);
        }
    }
}

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "TestSqliteBackup.moc"
