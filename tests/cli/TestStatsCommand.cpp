#include "CommandRunner.h"
#include "ReviewFixture.h"
#include "StatsCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ReviewFixture;

// `stats`: the JSON keys the issue names, money rounded to cents as numbers,
// stored beside recomputed for a session, and the usage errors.
class TestStatsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionJson_data() { REVIEW_ENGINES_DATA(); }
    void sessionJson();
    void rangeAndFilters();
    void textOutput();
    void usage_data();
    void usage();
    void unknownSession();

private:
    QString database();
    QTemporaryDir m_dir;
};

namespace {

// Buy 3 @10.005 (commission 0.013), sell 3 @10.1 (commission 0.013): +0.285 gross.
QStringList rows()
{
    return {
        trade(1, "AAPL", "BUY", "3", "10.005", "0.013", "2025-01-02 10:00", 0, "mom"),
        trade(2, "AAPL", "SELL", "3", "10.1", "0.013", "2025-01-02 11:00", 0, "mom"),
        trade(3, "MSFT", "BUY", "1", "100", "0", "2025-01-03 11:00", 0, "rev"),
        session(7, "2025-01-02 09:00", "2025-01-02 17:00", 2, 1, 0, "0.29", "0.03", "100", "1000",
                "1000.26", "0.0013"),
    };
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString TestStatsCommand::database()
{
    auto engine = ReviewFixture::sqlite(m_dir);
    const QString error = build(engine.spec, rows());
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return engine.spec.toUrl();
}

void TestStatsCommand::sessionJson()
{
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, rows()), QString());
    StatsCommand stats;
    const auto r = runCommand(stats, {"--session", "7", "--json"}, spec.toUrl(true));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = parse(r.out);
    for (const char *key :
         {"fills", "commission", "gross_realized_pnl", "net_realized_pnl", "winning_fills",
          "losing_fills", "round_trips", "by_symbol", "by_strategy", "stored", "differences",
          "daily", "max_drawdown", "mae_mfe"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value("fills").toDouble(), 2.0);
    QVERIFY(j.value("commission").isDouble());
    QCOMPARE(j.value("commission").toDouble(), 0.03);         // 0.026 to cents
    QCOMPARE(j.value("gross_realized_pnl").toDouble(), 0.29); // 0.285 half away from zero
    QCOMPARE(j.value("net_realized_pnl").toDouble(), 0.26);   // 0.259
    QCOMPARE(j.value("winning_fills").toDouble(), 1.0);
    QCOMPARE(j.value("losing_fills").toDouble(), 0.0);
    const QJsonObject trips = j.value("round_trips").toObject();
    QCOMPARE(trips.value("count").toDouble(), 1.0);
    QCOMPARE(trips.value("winners").toDouble(), 1.0);
    QVERIFY(trips.value("profit_factor").isNull());
    QCOMPARE(trips.value("profit_factor_infinite").toBool(), true);
    QCOMPARE(j.value("by_symbol").toObject().keys(), QStringList{"AAPL"});
    QCOMPARE(j.value("by_strategy").toObject().keys(), QStringList{"mom"});
    QCOMPARE(j.value("stored").toObject().value("total_trades").toDouble(), 2.0);
    QCOMPARE(j.value("stored").toObject().value("total_pnl").toDouble(), 0.29);
    QVERIFY2(j.value("differences").toObject().isEmpty(),
             qPrintable(QJsonDocument(j.value("differences").toObject()).toJson()));
    QCOMPARE(j.value("mae_mfe").toString().startsWith(QLatin1String("not available")), true);
}

void TestStatsCommand::rangeAndFilters()
{
    const QString url = database();
    StatsCommand stats;
    // A bare --to date covers that whole day.
    auto r = runCommand(stats, {"--from", "2025-01-03", "--to", "2025-01-03", "--json"}, url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject j = parse(r.out);
    QCOMPARE(j.value("fills").toDouble(), 1.0);
    QVERIFY(!j.contains(QLatin1String("stored")));
    r = runCommand(stats, {"--symbol", "AAPL", "--json"}, url);
    QCOMPARE(parse(r.out).value("fills").toDouble(), 2.0);
    r = runCommand(stats, {"--strategy", "rev", "--json"}, url);
    QCOMPARE(parse(r.out).value("fills").toDouble(), 1.0);
}

void TestStatsCommand::textOutput()
{
    StatsCommand stats;
    const auto r = runCommand(stats, {"--session", "7"}, database());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Stored versus recomputed")));
    QVERIFY(r.out.contains(QLatin1String("Round trips")));
    QVERIFY(r.out.contains(QLatin1String("infinite (no losers)")));
}

void TestStatsCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("session and range") << QStringList{"--session", "1", "--from", "2025-01-01"};
    QTest::newRow("bad session") << QStringList{"--session", "one"};
    QTest::newRow("bad date") << QStringList{"--from", "yesterday"};
    QTest::newRow("to before from") << QStringList{"--from", "2025-01-02", "--to", "2025-01-01"};
    QTest::newRow("unknown option") << QStringList{"--frobnicate"};
}

void TestStatsCommand::usage()
{
    QFETCH(QStringList, arguments);
    StatsCommand stats;
    const auto r = runCommand(stats, arguments, database());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestStatsCommand::unknownSession()
{
    StatsCommand stats;
    const auto r = runCommand(stats, {"--session", "99"}, database());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("99")));
}

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "TestStatsCommand.moc"
