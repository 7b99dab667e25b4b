#include "ReviewFixture.h"
#include "db/DatabaseConnection.h"
#include "review/StatisticsJob.h"

#include <QtTest>

using namespace ReviewFixture;

// The hand-computed scenario of the README's "Statistics definitions", run on
// SQLite and on the real PostgreSQL. Session 1 (2025-01-02 09:00..17:00,
// starting balance 10000) sees fills 2..9; fill 1 opened the AAPL lot the day
// before, fill 10 is after the session.
//   2  09:00 AAPL S 4 @110  c1   closes 4 of 10@100: +40
//   3  10:00 MSFT S 5 @200  c1   opens short
//   4  11:00 MSFT B 5 @210  c1   -50; round trip MSFT: net -52 (loser, 1 h)
//   5  12:00 AAPL S 10 @90  c2   closes 6@100: -60, flips short 4@90; round trip
//                                AAPL long: gross -20, commission 1+1+1.2, net -23.2 (loser, 26 h)
//   6  13:00 AAPL B 4 @85   c0.8 +20; round trip AAPL short: commission 0.8+0.8, net 18.4 (1 h)
//   7  14:00 TSLA B 2 @50   c0
//   8  15:00 TSLA S 2 @50.002 c0 +0.004; round trip TSLA: scratch
//   9  17:00 TSLA B 1 @60   c0.5 opens long, open at the end
class TestStatisticsJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionScenario_data() { REVIEW_ENGINES_DATA(); }
    void sessionScenario();
    void storedDifferences_data() { REVIEW_ENGINES_DATA(); }
    void storedDifferences();
    void filters_data() { REVIEW_ENGINES_DATA(); }
    void filters();
    void emptyDatabase_data() { REVIEW_ENGINES_DATA(); }
    void emptyDatabase();
    void unknownSession();
    void cancelStops();

private:
    static QStringList scenario();
    static StatisticsJob::Result run(const ConnectionSpec &spec, const StatisticsRequest &request,
                                     const JobControl &control = {});
    QTemporaryDir m_dir;
};

QStringList TestStatisticsJob::scenario()
{
    return {
        trade(1, "AAPL", "BUY", "10", "100", "1", "2025-01-01 10:00", 0, "mom"),
        trade(2, "AAPL", "SELL", "4", "110", "1", "2025-01-02 09:00", 0, "mom"),
        trade(3, "MSFT", "SELL", "5", "200", "1", "2025-01-02 10:00", 0, "rev"),
        trade(4, "MSFT", "BUY", "5", "210", "1", "2025-01-02 11:00", 0, "rev"),
        trade(5, "AAPL", "SELL", "10", "90", "2", "2025-01-02 12:00", 0, "mom"),
        trade(6, "AAPL", "BUY", "4", "85", "0.8", "2025-01-02 13:00", 0, "mom"),
        trade(7, "TSLA", "BUY", "2", "50", "0", "2025-01-02 14:00", 0, "rev"),
        trade(8, "TSLA", "SELL", "2", "50.002", "0", "2025-01-02 15:00", 0, "rev"),
        trade(9, "TSLA", "BUY", "1", "60", "0.5", "2025-01-02 17:00", 0, "rev"),
        trade(10, "TSLA", "SELL", "1", "70", "0.5", "2025-01-03 10:00", 0, "rev"),
        session(1, "2025-01-02 09:00", "2025-01-02 17:00", 8, 3, 2, "-50.00", "6.30", "60.00",
                "10000", "9943.70", "1.1400"),
        // Wrong on purpose: 9 fills, P&L 3 cents off, win rate 1 cent off (rounding).
        session(2, "2025-01-02 09:00", "2025-01-02 17:00", 9, 3, 2, "-49.97", "6.30", "60.01"),
    };
}

StatisticsJob::Result TestStatisticsJob::run(const ConnectionSpec &spec,
                                             const StatisticsRequest &request,
                                             const JobControl &control)
{
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    if (!connection) {
        StatisticsJob::Result failed;
        failed.error = error;
        return failed;
    }
    return StatisticsJob::run(*connection, request, control);
}

static QString s(const Decimal &d)
{
    return d.toString();
}

static QString s(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QStringLiteral("null");
}

void TestStatisticsJob::sessionScenario()
{
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, scenario()), QString());
    StatisticsRequest request;
    request.sessionId = 1;
    request.collectEquityCurve = true;
    int progressCalls = 0;
    JobControl control;
    control.rowProgress = [&](int, qint64) {
        ++progressCalls;
    };
    const auto result = run(spec, request, control);
    QVERIFY2(result.statistics, qPrintable(result.error));
    const SessionStatistics &st = *result.statistics;
    QVERIFY(progressCalls >= 1);
    QCOMPARE(st.rowsRead, 9); // fill 10 is after the window and never read

    QCOMPARE(st.fills.fills, 8);
    QCOMPARE(s(st.fills.commission), QStringLiteral("6.3"));
    QCOMPARE(s(st.fills.grossRealizedPnl), QStringLiteral("-49.996"));
    QCOMPARE(s(st.fills.netRealizedPnl()), QStringLiteral("-56.296"));
    QCOMPARE(st.fills.closingFills, 5);
    QCOMPARE(st.fills.winningFills, 3);
    QCOMPARE(st.fills.losingFills, 2);
    QCOMPARE(s(st.fills.winRate()), QStringLiteral("60"));
    QCOMPARE(s(st.fills.turnover), QStringLiteral("3990.004"));

    const RoundTripFigures &rt = st.roundTrips;
    QCOMPARE(rt.count, 4);
    QCOMPARE(rt.winners, 1);
    QCOMPARE(rt.losers, 2);
    QCOMPARE(rt.scratch, 1);
    QCOMPARE(s(rt.grossPnl), QStringLiteral("-49.996"));
    QCOMPARE(s(rt.commission), QStringLiteral("6.8"));
    QCOMPARE(s(rt.netPnl()), QStringLiteral("-56.796"));
    QCOMPARE(s(rt.winRate()), QStringLiteral("33.33333333"));
    QCOMPARE(s(rt.averageWin()), QStringLiteral("18.4"));
    QCOMPARE(s(rt.averageLoss()), QStringLiteral("-37.6"));
    QCOMPARE(s(rt.largestWin), QStringLiteral("18.4"));
    QCOMPARE(s(rt.largestLoss), QStringLiteral("-52"));
    QCOMPARE(s(rt.profitFactor()), QStringLiteral("0.24468085"));
    QVERIFY(!rt.profitFactorIsInfinite());
    QCOMPARE(s(rt.expectancy()), QStringLiteral("-14.199"));
    QCOMPARE(rt.averageHoldingSecondsWinners().value(), 3600.0);
    QCOMPARE(rt.averageHoldingSecondsLosers().value(), (3600.0 + 93600.0) / 2);
    QCOMPARE(rt.maxConsecutiveLosses, 2);
    QCOMPARE(rt.maxConsecutiveWins, 1);
    QCOMPARE(st.openRoundTrips, 1);

    QCOMPARE(s(st.maxDrawdown), QStringLiteral("114"));
    QCOMPARE(s(st.maxDrawdownPercent), QStringLiteral("1.14"));
    QCOMPARE(st.equityCurve.size(), 8);
    QCOMPARE(st.equityCurve.first().fillId, 2);
    QCOMPARE(st.equityCurve.first().equity, 39.0);
    QCOMPARE(st.equityCurve.at(3).drawdown, 114.0);
    QCOMPARE(st.daily.size(), 1);
    QCOMPARE(st.daily.first().day, QDate(2025, 1, 2));
    QCOMPARE(st.daily.first().fills, 8);
    QCOMPARE(s(st.daily.first().netRealizedPnl()), QStringLiteral("-56.296"));

    QCOMPARE(st.bySymbol.keys(), (QStringList{"AAPL", "MSFT", "TSLA"}));
    QCOMPARE(st.bySymbol["AAPL"].fills.fills, 3);
    QCOMPARE(s(st.bySymbol["AAPL"].fills.grossRealizedPnl), QStringLiteral("0"));
    QCOMPARE(s(st.bySymbol["AAPL"].fills.commission), QStringLiteral("3.8"));
    QCOMPARE(st.bySymbol["AAPL"].roundTrips.count, 2);
    QCOMPARE(s(st.bySymbol["MSFT"].fills.grossRealizedPnl), QStringLiteral("-50"));
    QCOMPARE(s(st.bySymbol["TSLA"].fills.commission), QStringLiteral("0.5"));
    QCOMPARE(st.byStrategy.keys(), (QStringList{"mom", "rev"}));
    QCOMPARE(st.byStrategy["mom"].fills.fills, 3);
    QCOMPARE(st.byStrategy["rev"].fills.fills, 5);
    QCOMPARE(st.byStrategy["mom"].roundTrips.count, 2);
    QCOMPARE(st.byStrategy["rev"].roundTrips.count, 2);

    // Stored figures agree within rounding: no difference at all.
    QCOMPARE(st.comparison.size(), 8);
    for (const FigureComparison &f : st.comparison)
        QVERIFY2(!f.differs, qPrintable(f.name));
}

void TestStatisticsJob::storedDifferences()
{
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, scenario()), QString());
    StatisticsRequest request;
    request.sessionId = 2;
    const auto result = run(spec, request);
    QVERIFY2(result.statistics, qPrintable(result.error));
    QStringList differing;
    for (const FigureComparison &f : result.statistics->comparison) {
        if (f.differs)
            differing << f.name;
    }
    // win_rate 60.01 vs 60.00 is one unit of its scale: rounding, not a difference.
    QCOMPARE(differing, (QStringList{"total_trades", "total_pnl"}));
    QVERIFY(SessionComparison::hasErrorDifference(result.statistics->comparison));
    // No balances stored: nothing to compare, not a difference.
    QVERIFY(!result.statistics->maxDrawdownPercent);
}

void TestStatisticsJob::filters()
{
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, scenario()), QString());
    StatisticsRequest bySymbol;
    bySymbol.sessionId = 1;
    bySymbol.symbol = QStringLiteral("AAPL");
    auto r = run(spec, bySymbol);
    QVERIFY2(r.statistics, qPrintable(r.error));
    QCOMPARE(r.statistics->fills.fills, 3);
    QCOMPARE(r.statistics->roundTrips.count, 2);
    QVERIFY(r.statistics->comparison.isEmpty()); // filtered: not the session's own figures

    StatisticsRequest byStrategy;
    byStrategy.sessionId = 1;
    byStrategy.strategy = QStringLiteral("rev");
    r = run(spec, byStrategy);
    QVERIFY2(r.statistics, qPrintable(r.error));
    QCOMPARE(r.statistics->fills.fills, 5);
    QCOMPARE(s(r.statistics->fills.grossRealizedPnl), QStringLiteral("-49.996"));

    // A custom range, both ends inclusive: fills 5 and 6.
    StatisticsRequest range;
    range.from = Timestamp::fromText(u"2025-01-02 12:00:00");
    range.to = Timestamp::fromText(u"2025-01-02 13:00:00");
    r = run(spec, range);
    QVERIFY2(r.statistics, qPrintable(r.error));
    QCOMPARE(r.statistics->fills.fills, 2);
    QCOMPARE(s(r.statistics->fills.grossRealizedPnl), QStringLiteral("-40"));
    QCOMPARE(r.statistics->roundTrips.count, 2);
    QCOMPARE(s(r.statistics->roundTrips.netPnl()), QStringLiteral("-4.8"));
    QVERIFY(!r.statistics->maxDrawdownPercent); // no starting balance for a range
}

void TestStatisticsJob::emptyDatabase()
{
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, {}), QString());
    const auto r = run(spec, StatisticsRequest{});
    QVERIFY2(r.statistics, qPrintable(r.error));
    QCOMPARE(r.statistics->fills.fills, 0);
    QCOMPARE(r.statistics->roundTrips.count, 0);
    QVERIFY(!r.statistics->fills.winRate());
    QVERIFY(!r.statistics->roundTrips.profitFactor());
    QVERIFY(!r.statistics->roundTrips.profitFactorIsInfinite());
    QVERIFY(!r.statistics->roundTrips.expectancy());
    QVERIFY(r.statistics->maxDrawdown.isZero());
    QVERIFY(r.statistics->daily.isEmpty());
}

void TestStatisticsJob::unknownSession()
{
    auto engine = ReviewFixture::sqlite(m_dir);
    QCOMPARE(build(engine.spec, {}), QString());
    StatisticsRequest request;
    request.sessionId = 42;
    const auto r = run(engine.spec, request);
    QVERIFY(!r.statistics);
    QVERIFY(r.sessionNotFound);
    QVERIFY(r.error.contains(QLatin1String("42")));
}

void TestStatisticsJob::cancelStops()
{
    auto engine = ReviewFixture::sqlite(m_dir);
    QCOMPARE(build(engine.spec, scenario()), QString());
    std::atomic_bool cancel{true};
    JobControl control;
    control.cancel = &cancel;
    const auto r = run(engine.spec, StatisticsRequest{}, control);
    QVERIFY(!r.statistics);
    QVERIFY(r.cancelled);
}

QTEST_GUILESS_MAIN(TestStatisticsJob)
#include "TestStatisticsJob.moc"
