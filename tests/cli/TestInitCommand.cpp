#include "CommandRunner.h"
#include "InitCommand.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "schema/SchemaProbe.h"

#include <QtTest>

class TestInitCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAMissingSqliteFile();
    void createsOnPostgres();
    void refusesAnExistingSchema();
    void refusesAPartialSchema();
    void usageErrors_data();
    void usageErrors();
    void failsOnADirectory();

private:
    void checkInit(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

void TestInitCommand::checkInit(const ConnectionSpec &spec)
{
    InitCommand init;
    const CommandResult first = runCommand(init, {QStringLiteral("--database"), spec.toUrl(true)});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err, QString());
    QVERIFY(first.out.contains(spec.displayName()));
    QString error;
    {
        const auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
        QVERIFY2(connection, qPrintable(error));
        const auto probed = SchemaProbe::probe(connection->database(), spec.driver,
                                               SchemaProbe::RowCounts::Count, &error);
        QVERIFY2(probed, qPrintable(error));
        QVERIFY(probed->hasAllRobotTables());
        for (const ProbedTable &table : probed->robotTables) {
            QCOMPARE(table.rows, 0);
            QVERIFY(table.missingColumns.isEmpty());
        }
    }
    // The second time the schema is there: exit 1, one line, nothing changed.
    const CommandResult second = runCommand(init, {QStringLiteral("-d"), spec.toUrl(true)});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QLatin1String("already has the robot's tables")),
             qPrintable(second.err));
    QCOMPARE(second.err.count(u'\n'), 1);
}

void TestInitCommand::createsAMissingSqliteFile()
{
    const QString path = m_dir.filePath(QStringLiteral("new.db"));
    QVERIFY(!QFileInfo::exists(path));
    checkInit(ConnectionSpec::sqliteFile(path));
    QVERIFY(QFileInfo::exists(path));
}

void TestInitCommand::createsOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("init"));
    checkInit(spec);
    // Native enum types, as SQLAlchemy creates them.
    QCOMPARE(
        RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM pg_type WHERE typname "
                                                  "IN ('orderside','ordertype','orderstatus')"))
            .toInt(),
        3);
}

void TestInitCommand::refusesAnExistingSchema()
{
    // Through DATABASE_URL this time.
    const QString path = m_dir.filePath(QStringLiteral("env.db"));
    InitCommand init;
    QCOMPARE(runCommand(init, {}, QStringLiteral("sqlite:///") + path).exitCode, 0);
    const CommandResult again = runCommand(init, {}, QStringLiteral("sqlite:///") + path);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.startsWith(QLatin1String("trade-inspector init: ")));
}

void TestInitCommand::refusesAPartialSchema()
{
    const auto spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("partial.db")));
    QCOMPARE(RobotFixture::createSchema(spec), QString());
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("DROP TABLE positions")}), QString());
    InitCommand init;
    QCOMPARE(runCommand(init, {QStringLiteral("-d"), spec.sqlitePath}).exitCode, 1);
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                       "type = 'table' AND name = 'positions'"))
                 .toInt(),
             0);
}

void TestInitCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("malformed URL")
        << QStringList{QStringLiteral("-d"), QStringLiteral("postgresql://u@h:70000/db")};
    QTest::newRow("no URL") << QStringList{};
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("-d"), QStringLiteral("x.db"), QStringLiteral("surplus")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--orders"), QStringLiteral("3")};
}

void TestInitCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    InitCommand init;
    const QString before = QDir(m_dir.path()).entryList(QDir::Files).join(u',');
    const CommandResult result = runCommand(init, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith(QLatin1String("trade-inspector init: ")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("x.db")));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).join(u','), before);
}

void TestInitCommand::failsOnADirectory()
{
    InitCommand init;
    const CommandResult result = runCommand(init, {QStringLiteral("-d"), m_dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("not a file")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestInitCommand)
#include "TestInitCommand.moc"
