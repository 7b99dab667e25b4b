#include "CheckCommand.h"
#include "CommandRunner.h"
#include "ReviewFixture.h"
#include "demo/DemoDataGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ReviewFixture;

// `check`: the exit codes operators script against (0 clean, 1 error
// findings, 2 usage, 3 could not run) and the JSON shape of the issue.
class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanDatabaseExitsZero_data() { REVIEW_ENGINES_DATA(); }
    void cleanDatabaseExitsZero();
    void errorFindingExitsOne_data() { REVIEW_ENGINES_DATA(); }
    void errorFindingExitsOne();
    void infoOnlyExitsZero();
    void usageExitsTwo_data();
    void usageExitsTwo();
    void couldNotRunExitsThree();
    void textOutput();

private:
    QTemporaryDir m_dir;
};

namespace {

QStringList consistent(const QString &totalValue = {})
{
    return {
        order(1, "AAPL", "BUY", "FILLED", "2", "2", "10"),
        trade(1, "AAPL", "BUY", "2", "10", "0", "2025-01-02 10:00", 1, "s", totalValue),
        position(1, "AAPL", "2", "10", "11", true),
        session(1, "2025-01-02 09:00", {}, 1, 0, 0, "0", "0", "0"),
    };
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

void TestCheckCommand::cleanDatabaseExitsZero()
{
    REVIEW_ENGINE(spec, m_dir);
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {400, 3, false}, &error), qPrintable(error));
    CheckCommand check;
    const auto r = runCommand(check, {"--json"}, spec.toUrl(true));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = parse(r.out);
    QVERIFY(json.contains(QLatin1String("findings")));
    for (const QJsonValue &f : json.value(QLatin1String("findings")).toArray())
        QCOMPARE(f.toObject().value(QLatin1String("severity")).toString(), QStringLiteral("info"));
}

void TestCheckCommand::errorFindingExitsOne()
{
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, consistent("21")), QString()); // 2 x 10 is 20, not 21
    CheckCommand check;
    const auto r = runCommand(check, {"--database", spec.toUrl(true), "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = parse(r.out).value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    const QStringList keys = f.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{"kind", "severity", "table", "ids", "message"}));
    QCOMPARE(f.value(QLatin1String("kind")).toString(),
             QStringLiteral("trade_total_value_mismatch"));
    QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(f.value(QLatin1String("table")).toString(), QStringLiteral("trades"));
    QCOMPARE(f.value(QLatin1String("ids")).toArray(), (QJsonArray{1}));
    QVERIFY(f.value(QLatin1String("ids")).toArray().first().isDouble()); // typed, not "1"
}

void TestCheckCommand::infoOnlyExitsZero()
{
    auto engine = ReviewFixture::sqlite(m_dir);
    QStringList rows = consistent();
    // Before the session and without an order: two info findings, no error.
    rows << trade(2, "AAPL", "BUY", "0", "10", "0", "2025-01-01 11:00");
    QCOMPARE(build(engine.spec, rows), QString());
    CheckCommand check;
    const auto r = runCommand(check, {"--json"}, engine.spec.toUrl());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonArray findings = parse(r.out).value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 2);
}

void TestCheckCommand::usageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"};
    QTest::newRow("positional") << QStringList{"extra"};
    QTest::newRow("bad url") << QStringList{"--database", "mysql://x/y"};
}

void TestCheckCommand::usageExitsTwo()
{
    QFETCH(QStringList, arguments);
    CheckCommand check;
    const auto r = runCommand(check, arguments, m_dir.filePath(QStringLiteral("x.db")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCheckCommand::couldNotRunExitsThree()
{
    CheckCommand check;
    // Read-only never creates a file: the database cannot be opened.
    auto r = runCommand(check, {}, m_dir.filePath(QStringLiteral("missing.db")));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    // A database without the robot's tables cannot be audited.
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    QFile empty(other); // an empty file is an empty SQLite database
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(TestDatabases::execute(ConnectionSpec::sqliteFile(other),
                                    {QStringLiteral("CREATE TABLE t (x INTEGER)")}),
             QString());
    r = runCommand(check, {"--database", other});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("trades")));
}

void TestCheckCommand::textOutput()
{
    auto engine = ReviewFixture::sqlite(m_dir);
    QCOMPARE(build(engine.spec, consistent("21")), QString());
    CheckCommand check;
    const auto r = runCommand(check, {}, engine.spec.toUrl());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QLatin1String("error trade_total_value_mismatch [trades]")));
    QVERIFY(r.out.contains(QLatin1String("1 finding(s), 1 error(s).")));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "TestCheckCommand.moc"
