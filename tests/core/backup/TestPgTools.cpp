#include "backup/PgTools.h"
#include "backup/PostgresBackupEngine.h"

#include <QtTest>

// Choosing pg_dump/pg_restore by version, and keeping the password out of
// every argument list.
class TestPgTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesVersionOutput_data();
    void parsesVersionOutput();
    void choosesTheNewestAtLeastTheServer();
    void refusesAnOlderToolNamingBothVersions();
    void findsTheInstalledTools();
    void passwordOnlyInTheEnvironment();
};

void TestPgTools::parsesVersionOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("debian") << "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n"
                            << 150018 << "15.18";
    QTest::newRow("plain") << "pg_restore (PostgreSQL) 16.2" << 160002 << "16.2";
    QTest::newRow("old") << "pg_dump (PostgreSQL) 9.6.24" << 90624 << "9.6.24";
    QTest::newRow("devel") << "pg_dump (PostgreSQL) 17devel" << 170000 << "17";
    QTest::newRow("garbage") << "command not found" << 0 << "";
}

void TestPgTools::parsesVersionOutput()
{
    QFETCH(QString, output);
    QFETCH(int, number);
    QFETCH(QString, text);
    QString parsed;
    QCOMPARE(PgTools::parseVersionOutput(output, &parsed), number);
    if (number > 0)
        QCOMPARE(parsed, text);
}

void TestPgTools::choosesTheNewestAtLeastTheServer()
{
    const QList<PgTool> candidates{
        {QStringLiteral("/usr/bin/pg_dump"), 150018, QStringLiteral("15.18")},
        {QStringLiteral("/usr/lib/postgresql/16/bin/pg_dump"), 160004, QStringLiteral("16.4")},
        {QStringLiteral("/usr/lib/postgresql/13/bin/pg_dump"), 130015, QStringLiteral("13.15")},
    };
    QString error;
    auto chosen = PgTools::choose(candidates, QStringLiteral("pg_dump"), 150002, &error);
    QVERIFY2(chosen, qPrintable(error));
    QCOMPARE(chosen->path, QStringLiteral("/usr/lib/postgresql/16/bin/pg_dump"));
    chosen = PgTools::choose(candidates, QStringLiteral("pg_dump"), 160009, &error);
    QVERIFY(chosen); // same major, older minor: fine
    QCOMPARE(chosen->versionNumber, 160004);
    chosen = PgTools::choose(candidates.mid(0, 1), QStringLiteral("pg_dump"), 90624, &error);
    QVERIFY(chosen);
}

void TestPgTools::refusesAnOlderToolNamingBothVersions()
{
    const QList<PgTool> candidates{
        {QStringLiteral("/usr/bin/pg_dump"), 150018, QStringLiteral("15.18")},
    };
    QString error;
    QVERIFY(!PgTools::choose(candidates, QStringLiteral("pg_dump"), 170002, &error));
    QVERIFY2(error.contains(QLatin1String("17.2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("15.18")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("postgresql-client-17")), qPrintable(error));
    QVERIFY(!PgTools::choose({}, QStringLiteral("pg_restore"), 150000, &error));
    QVERIFY2(error.contains(QLatin1String("not found")), qPrintable(error));
}

void TestPgTools::findsTheInstalledTools()
{
    const QList<PgTool> found = PgTools::candidates(QStringLiteral("pg_dump"));
    QVERIFY2(!found.isEmpty(), "pg_dump is not installed (postgresql-client-15)");
    for (const PgTool &tool : found) {
        QVERIFY(tool.versionNumber >= 150000);
        QVERIFY(!tool.versionText.isEmpty());
    }
    QString error;
    QVERIFY2(PgTools::find(QStringLiteral("pg_restore"), 150000, &error), qPrintable(error));
    QVERIFY(!PgTools::find(QStringLiteral("pg_dump"), 990000, &error));
    QVERIFY(error.contains(QLatin1String("99.0")));
}

void TestPgTools::passwordOnlyInTheEnvironment()
{
    QString error;
    const auto spec = ConnectionSpec::fromUrl(
        QStringLiteral("postgresql://robot:s3cr%40t-pw@db.example:5433/trading_robot"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->password, QStringLiteral("s3cr@t-pw"));
    const QList<QStringList> lists{
        PgTools::connectionArguments(*spec),
        PostgresBackupEngine::dumpArguments(*spec, QStringLiteral("/tmp/x.dump"), 1,
                                            QStringLiteral("00000003-1")),
        PostgresBackupEngine::restoreArguments(*spec, QStringLiteral("/tmp/x.dump")),
    };
    for (const QStringList &arguments : lists) {
        const QString joined = arguments.join(u' ');
        QVERIFY2(!joined.contains(QLatin1String("s3cr")), qPrintable(joined));
        QVERIFY(arguments.contains(QStringLiteral("--no-password")));
        QVERIFY(arguments.contains(QStringLiteral("--host=db.example")));
        QVERIFY(arguments.contains(QStringLiteral("--port=5433")));
    }
    const QProcessEnvironment env = PgTools::environment(*spec);
    QCOMPARE(env.value(QStringLiteral("PGPASSWORD")), QStringLiteral("s3cr@t-pw"));
    QVERIFY(PostgresBackupEngine::restoreArguments(*spec, QStringLiteral("a"))
                .contains(QStringLiteral("--single-transaction")));
}

QTEST_GUILESS_MAIN(TestPgTools)
#include "TestPgTools.moc"
