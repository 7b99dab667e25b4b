#include "CommandRunner.h"
#include "DemoCommand.h"
#include "RobotFixture.h"
#include "TestDatabases.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestDemoCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsANewSqliteFile();
    void fillsPostgres();
    void jsonSummary();
    void refusesWithoutForce();
    void forceAsksOnATerminal();
    void sameSeedSameData();
    void usageErrors_data();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

int count(const ConnectionSpec &spec, const char *table)
{
    return RobotFixture::scalar(spec,
                                QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

} // namespace

void TestDemoCommand::fillsANewSqliteFile()
{
    const QString file = path(QStringLiteral("new.db"));
    DemoCommand demo;
    const CommandResult result =
        runCommand(demo, {QStringLiteral("--database"), file, QStringLiteral("--orders"),
                          QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("11")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const auto spec = ConnectionSpec::sqliteFile(file);
    QCOMPARE(count(spec, "orders"), 600);
    QVERIFY(count(spec, "trades") > 600);
    QVERIFY(result.out.contains(QStringLiteral("seed 11")));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("orders\\s+600 rows"))),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("%1 rows").arg(count(spec, "trades"))));
}

void TestDemoCommand::fillsPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("democmd"));
    DemoCommand demo;
    // The URL through DATABASE_URL, as operators run it next to the robot.
    const CommandResult result =
        runCommand(demo, {QStringLiteral("--orders"), QStringLiteral("700")}, spec.toUrl(true));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(count(spec, "orders"), 700);
    QVERIFY(!result.out.contains(spec.password));
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM trading_sessions "
                                                       "WHERE is_active"))
                 .toInt(),
             1);
}

void TestDemoCommand::jsonSummary()
{
    DemoCommand demo;
    const CommandResult result = runCommand(
        demo, {QStringLiteral("-d"), path(QStringLiteral("json.db")), QStringLiteral("--orders"),
               QStringLiteral("400"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json[u"seed"].toInt(), 1);
    QVERIFY(json[u"seconds"].toDouble(-1) >= 0);
    const QJsonObject rows = json[u"rows"].toObject();
    QCOMPARE(rows[u"orders"].toInt(), 400);
    QVERIFY(rows[u"trades"].toInt() > 400);
    QVERIFY(rows[u"positions"].toInt() > 0);
    QVERIFY(rows[u"trading_sessions"].toInt() >= 4);
}

void TestDemoCommand::refusesWithoutForce()
{
    const QString file = path(QStringLiteral("twice.db"));
    const auto spec = ConnectionSpec::sqliteFile(file);
    DemoCommand demo;
    QCOMPARE(runCommand(demo, {QStringLiteral("-d"), file, QStringLiteral("--orders"),
                               QStringLiteral("300")})
                 .exitCode,
             0);
    QString error;
    const QString before = RobotFixture::dump(spec, &error);
    const CommandResult refused = runCommand(
        demo, {QStringLiteral("-d"), file, QStringLiteral("--orders"), QStringLiteral("500")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);
    QCOMPARE(RobotFixture::dump(spec, &error), before);
    const CommandResult forced =
        runCommand(demo, {QStringLiteral("-d"), file, QStringLiteral("--orders"),
                          QStringLiteral("500"), QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(count(spec, "orders"), 500);
}

void TestDemoCommand::forceAsksOnATerminal()
{
    const QString file = path(QStringLiteral("ask.db"));
    const auto spec = ConnectionSpec::sqliteFile(file);
    DemoCommand demo;
    const QStringList args{QStringLiteral("-d"), file, QStringLiteral("--orders"),
                           QStringLiteral("300"), QStringLiteral("--force")};
    int asked = 0;
    // Nothing to replace yet: no question.
    QCOMPARE(runCommand(demo, args, {}, [&](const QString &) { return ++asked, false; }).exitCode,
             0);
    QCOMPARE(asked, 0);
    QString question;
    const CommandResult declined =
        runCommand(demo,
                   {QStringLiteral("-d"), file, QStringLiteral("--orders"), QStringLiteral("350"),
                    QStringLiteral("--force")},
                   {}, [&](const QString &q) {
                       question = q;
                       return false;
                   });
    QCOMPARE(declined.exitCode, 1);
    QVERIFY(question.contains(file));
    QCOMPARE(count(spec, "orders"), 300);
    const CommandResult accepted =
        runCommand(demo,
                   {QStringLiteral("-d"), file, QStringLiteral("--orders"), QStringLiteral("350"),
                    QStringLiteral("--force")},
                   {}, [](const QString &) { return true; });
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(count(spec, "orders"), 350);
}

void TestDemoCommand::sameSeedSameData()
{
    DemoCommand demo;
    for (const char *name : {"s1.db", "s2.db"})
        QCOMPARE(runCommand(demo, {QStringLiteral("-d"), path(QString::fromLatin1(name)),
                                   QStringLiteral("--orders"), QStringLiteral("400"),
                                   QStringLiteral("--seed"), QStringLiteral("4000000000")})
                     .exitCode,
                 0);
    QString error;
    const QString first =
        RobotFixture::dump(ConnectionSpec::sqliteFile(path(QStringLiteral("s1.db"))), &error);
    QVERIFY(!first.isEmpty());
    QCOMPARE(RobotFixture::dump(ConnectionSpec::sqliteFile(path(QStringLiteral("s2.db"))), &error),
             first);
}

void TestDemoCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("usage.db");
    QTest::newRow("orders not a number") << QStringList{
        QStringLiteral("-d"), db, QStringLiteral("--orders"), QStringLiteral("many")};
    QTest::newRow("orders zero") << QStringList{QStringLiteral("-d"), db,
                                                QStringLiteral("--orders"), QStringLiteral("0")};
    QTest::newRow("orders negative")
        << QStringList{QStringLiteral("-d"), db, QStringLiteral("--orders=-5")};
    QTest::newRow("seed too big") << QStringList{QStringLiteral("-d"), db, QStringLiteral("--seed"),
                                                 QStringLiteral("4294967296")};
    QTest::newRow("seed missing value")
        << QStringList{QStringLiteral("-d"), db, QStringLiteral("--seed")};
    QTest::newRow("malformed URL")
        << QStringList{QStringLiteral("-d"), QStringLiteral("postgresql://u@h/")};
    QTest::newRow("no URL") << QStringList{QStringLiteral("--orders"), QStringLiteral("10")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("-d"), db, QStringLiteral("now")};
}

void TestDemoCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    // Relative paths resolve against the working directory: run in the temp dir.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    DemoCommand demo;
    const CommandResult result = runCommand(demo, arguments);
    QDir::setCurrent(previous);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QLatin1String("trade-inspector demo: ")),
             qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("usage.db"))));
}

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "TestDemoCommand.moc"
