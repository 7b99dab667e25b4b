#include "BackupCommand.h"
#include "BackupTestData.h"
#include "BackupsCommand.h"
#include "CommandRunner.h"
#include "RestoreCommand.h"
#include "TestDatabases.h"
#include "VerifyCommand.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// backup, backups, verify and restore as an operator runs them.
class TestBackupCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteBackupListVerifyRestore();
    void restoreAsksAndRefusesWithoutATerminal();
    void activeSessionNeedsForce();
    void verifyRefusesAWrongKindOfFile();
    void usageErrors();
    void postgresBackupAndRestore();

private:
    ConnectionSpec makeDatabase(const QString &name, int orders, bool active = false);
    QTemporaryDir m_dir;
};

ConnectionSpec TestBackupCommands::makeDatabase(const QString &name, int orders, bool active)
{
    return BackupTestData::makeSqliteDatabase(m_dir.path(), name, orders, active);
}

static QJsonDocument parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

void TestBackupCommands::sqliteBackupListVerifyRestore()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("cycle"), 80);
    BackupCommand backup;
    const CommandResult made = runCommand(backup, {QStringLiteral("--json")}, spec.toUrl());
    QCOMPARE(made.exitCode, 0);
    const QJsonObject json = parse(made.out).object();
    const QString path = json.value(QStringLiteral("path")).toString();
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).dir().dirName(), QStringLiteral("backups")); // the default dir
    QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
    QCOMPARE(json.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("tables"))[QStringLiteral("orders")].toInteger(), 80);

    const CommandResult plain =
        runCommand(backup, {QStringLiteral("-d"), spec.absolutePath()}, QString());
    QCOMPARE(plain.exitCode, 0);
    const QString second = plain.out.trimmed();
    QVERIFY(QFileInfo::exists(second));
    QVERIFY(second != path);

    BackupsCommand list;
    const CommandResult listed = runCommand(list, {QStringLiteral("--json")}, spec.toUrl());
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray entries = parse(listed.out).array();
    QCOMPARE(entries.size(), 2);
    for (const auto &entry : entries) {
        QCOMPARE(entry[QStringLiteral("verified")].toBool(), true);
        QCOMPARE(entry[QStringLiteral("source")].toString(), spec.displayName());
        QCOMPARE(entry[QStringLiteral("tables")][QStringLiteral("trades")].toInteger(), 80);
    }
    const CommandResult text = runCommand(list, {QStringLiteral("--verify")}, spec.toUrl());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QFileInfo(path).fileName()), qPrintable(text.out));

    VerifyCommand verify;
    const CommandResult verified = runCommand(verify, {path, QStringLiteral("--json")});
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(parse(verified.out)[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(parse(verified.out)[QStringLiteral("path")].toString(), path);

    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    QCOMPARE(BackupTestData::addOrders(spec, 500, 20), QString());
    RestoreCommand restore;
    const CommandResult restored =
        runCommand(restore, {path, QStringLiteral("--yes")}, spec.toUrl());
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(restored.out.contains(QLatin1String("Restored")));
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);
    // The safety backup joined the list, marked as such.
    const QJsonArray after =
        parse(runCommand(list, {QStringLiteral("--json")}, spec.toUrl()).out).array();
    QCOMPARE(after.size(), 3);
    int safety = 0;
    for (const auto &entry : after)
        safety += entry[QStringLiteral("safety")].toBool() ? 1 : 0;
    QCOMPARE(safety, 1);
}

void TestBackupCommands::restoreAsksAndRefusesWithoutATerminal()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("ask"), 30);
    const CommandResult made = runCommand(*std::make_unique<BackupCommand>(), {}, spec.toUrl());
    QCOMPARE(made.exitCode, 0);
    const QString path = made.out.trimmed();
    QCOMPARE(BackupTestData::addOrders(spec, 100, 5), QString());
    QString error;
    const auto changed = BackupTestData::snapshot(spec, &error);

    RestoreCommand restore;
    const CommandResult noTerminal = runCommand(restore, {path}, spec.toUrl());
    QCOMPARE(noTerminal.exitCode, 1);
    QVERIFY2(noTerminal.err.contains(QLatin1String("--yes")), qPrintable(noTerminal.err));
    QCOMPARE(BackupTestData::snapshot(spec, &error), changed);

    QString asked;
    const CommandResult declined = runCommand(restore, {path}, spec.toUrl(), [&](const QString &q) {
        asked = q;
        return false;
    });
    QCOMPARE(declined.exitCode, 1);
    QVERIFY2(asked.contains(spec.displayName()), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("35 rows now, 30 in the backup")), qPrintable(asked));
    QCOMPARE(BackupTestData::snapshot(spec, &error), changed);

    const CommandResult accepted =
        runCommand(restore, {path}, spec.toUrl(), [](const QString &) { return true; });
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY(BackupTestData::snapshot(spec, &error) != changed);
}

void TestBackupCommands::activeSessionNeedsForce()
{
    const ConnectionSpec spec = makeDatabase(QStringLiteral("active"), 10, true);
    const QString dir = m_dir.filePath(QStringLiteral("active-backups"));
    BackupCommand backup;
    const CommandResult made =
        runCommand(backup, {QStringLiteral("--dir"), dir, QStringLiteral("--json")}, spec.toUrl());
    QCOMPARE(made.exitCode, 0);
    const QString path = parse(made.out)[QStringLiteral("path")].toString();
    QVERIFY(path.startsWith(dir));
    RestoreCommand restore;
    const CommandResult refused = runCommand(
        restore, {path, QStringLiteral("--yes"), QStringLiteral("--dir"), dir}, spec.toUrl());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("--force-active")), qPrintable(refused.err));
    // How many, in the operator's words (the count is %n, not spliced text).
    QVERIFY2(refused.err.contains(QLatin1String("1 trading session(s) are marked active")),
             qPrintable(refused.err));
    const CommandResult forced =
        runCommand(restore,
                   {path, QStringLiteral("--yes"), QStringLiteral("--force-active"),
                    QStringLiteral("--dir"), dir},
                   spec.toUrl());
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
}

void TestBackupCommands::verifyRefusesAWrongKindOfFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.dump"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some text, not an archive\n");
    file.close();
    VerifyCommand verify;
    const CommandResult json = runCommand(verify, {path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(parse(json.out)[QStringLiteral("ok")].toBool(), false);
    QVERIFY(parse(json.out)[QStringLiteral("message")].toString().contains(
        QLatin1String("not a backup")));
    const CommandResult text = runCommand(verify, {path});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.err.contains(QLatin1String("not a backup")));
}

void TestBackupCommands::usageErrors()
{
    VerifyCommand verify;
    QCOMPARE(runCommand(verify, {}).exitCode, 2);
    RestoreCommand restore;
    QCOMPARE(runCommand(restore, {QStringLiteral("--yes")}, QStringLiteral("/tmp/x.db")).exitCode,
             2);
    QCOMPARE(
        runCommand(restore, {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("/x.db"))
            .exitCode,
        2);
    BackupCommand backup;
    QCOMPARE(runCommand(backup, {}, QString()).exitCode, 2); // no database at all
    QCOMPARE(runCommand(backup, {QStringLiteral("--bogus")}, QStringLiteral("/x.db")).exitCode, 2);
    const CommandResult missing = runCommand(backup, {}, m_dir.filePath(QStringLiteral("none.db")));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("no such SQLite database file")));
}

void TestBackupCommands::postgresBackupAndRestore()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("clibackup"));
    QCOMPARE(BackupTestData::createRobotDatabase(spec, 60), QString());
    QString error;
    const auto original = BackupTestData::snapshot(spec, &error);
    const QString dir = m_dir.filePath(QStringLiteral("pg"));
    BackupCommand backup;
    const CommandResult made = runCommand(
        backup, {QStringLiteral("--json"), QStringLiteral("--dir"), dir}, spec.toUrl(true));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString path = parse(made.out)[QStringLiteral("path")].toString();
    QVERIFY(path.endsWith(QLatin1String(".dump")));
    QVERIFY(!made.out.contains(spec.password));
    QCOMPARE(BackupTestData::addOrders(spec, 300, 7), QString());
    RestoreCommand restore;
    const CommandResult restored = runCommand(
        restore, {path, QStringLiteral("--yes"), QStringLiteral("--dir"), dir}, spec.toUrl(true));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(!restored.out.contains(spec.password));
    QCOMPARE(BackupTestData::snapshot(spec, &error), original);
    BackupsCommand list;
    const CommandResult listed = runCommand(
        list, {QStringLiteral("--json"), QStringLiteral("--dir"), dir}, spec.toUrl(true));
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(parse(listed.out).array().size(), 2);
}

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "TestBackupCommands.moc"
