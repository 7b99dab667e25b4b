#include "review/StatisticsAccumulator.h"

#include <QtTest>

// Round trips and figures fed straight from fills, no database: the edge
// cases (no trades, one trade, all winners, all losers, scratch) and the
// round-trip rules (flip, re-entry after flat, commission counted once).
class TestStatisticsAccumulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noTrades();
    void oneTrade();
    void allWinners();
    void allLosers();
    void flipSplitsCommissionOnce();
    void reentryAfterFlatIsANewRoundTrip();
    void zeroQuantityCommissionIsKept();
    void scratchBreaksStreaks();
    void windowCountsOnlyItsFills();
    void unattributedCommissionIsTheWindows();
};

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

// "AAPL B 10 100 1" at minute `minute`.
Fill fill(qint64 id, const char *spec, int minute)
{
    const QStringList f = QString::fromLatin1(spec).split(u' ');
    Fill x;
    x.id = id;
    x.symbol = f[0];
    x.isBuy = f[1] == u"B";
    x.quantity = Decimal::fromString(f[2]).value();
    x.price = Decimal::fromString(f[3]).value();
    x.commission = f.size() > 4 ? Decimal::fromString(f[4]).value() : Decimal();
    x.strategy = f.size() > 5 ? f[5] : QString();
    x.executedAt = Timestamp::fromMicroseconds(qint64(minute) * 60'000'000);
    return x;
}

SessionStatistics feed(const QList<const char *> &fills)
{
    SessionStatistics s;
    StatisticsAccumulator acc(&s, true);
    qint64 id = 0;
    for (const char *f : fills) {
        ++id;
        acc.add(fill(id, f, int(id)));
    }
    acc.finish();
    return s;
}

} // namespace

void TestStatisticsAccumulator::noTrades()
{
    const SessionStatistics s = feed({});
    QCOMPARE(s.fills.fills, 0);
    QCOMPARE(s.roundTrips.count, 0);
    QVERIFY(!s.roundTrips.winRate());
    QVERIFY(!s.roundTrips.averageWin());
    QVERIFY(!s.roundTrips.averageLoss());
    QVERIFY(!s.roundTrips.expectancy());
    QVERIFY(!s.roundTrips.profitFactor());
    QVERIFY(!s.roundTrips.profitFactorIsInfinite());
    QVERIFY(!s.roundTrips.averageHoldingSecondsWinners());
    QVERIFY(s.maxDrawdown.isZero());
    QVERIFY(s.equityCurve.isEmpty());
    QVERIFY(s.daily.isEmpty());
}

void TestStatisticsAccumulator::oneTrade()
{
    const SessionStatistics s = feed({"AAPL B 10 100 1.5"});
    QCOMPARE(s.fills.fills, 1);
    QCOMPARE(s.fills.commission, dec("1.5"));
    QCOMPARE(s.fills.closingFills, 0);
    QVERIFY(!s.fills.winRate());
    QCOMPARE(s.roundTrips.count, 0);
    QCOMPARE(s.openRoundTrips, 1);
    QCOMPARE(s.maxDrawdown, dec("1.5")); // the commission alone
    QCOMPARE(s.equityCurve.size(), 1);
    QCOMPARE(s.equityCurve.first().equity, -1.5);
    QCOMPARE(s.fills.turnover, dec("1000"));
}

void TestStatisticsAccumulator::allWinners()
{
    // Long +10 (net 9), short +6 (net 6).
    const SessionStatistics s = feed({"A B 1 10 0.5", "A S 1 20 0.5", "B S 2 10", "B B 2 7"});
    const RoundTripFigures &r = s.roundTrips;
    QCOMPARE(r.count, 2);
    QCOMPARE(r.winners, 2);
    QCOMPARE(r.losers, 0);
    QCOMPARE(r.winRate(), dec("100"));
    QVERIFY(r.profitFactorIsInfinite());
    QVERIFY(!r.profitFactor());
    QCOMPARE(r.averageWin(), dec("7.5"));
    QVERIFY(!r.averageLoss());
    QCOMPARE(r.largestWin, dec("9"));
    QCOMPARE(r.maxConsecutiveWins, 2);
    QCOMPARE(r.maxConsecutiveLosses, 0);
    QCOMPARE(r.expectancy(), dec("7.5"));
    QCOMPARE(r.averageHoldingSecondsWinners().value(), 60.0);
    QCOMPARE(s.fills.winningFills, 2);
    QCOMPARE(s.fills.winRate(), dec("100"));
}

void TestStatisticsAccumulator::allLosers()
{
    const SessionStatistics s = feed({"A B 1 10", "A S 1 8", "A S 3 10", "A B 3 11"});
    const RoundTripFigures &r = s.roundTrips;
    QCOMPARE(r.count, 2);
    QCOMPARE(r.losers, 2);
    QCOMPARE(r.winRate(), dec("0"));
    QCOMPARE(r.profitFactor(), dec("0"));
    QVERIFY(!r.profitFactorIsInfinite());
    QCOMPARE(r.averageLoss(), dec("-2.5"));
    QCOMPARE(r.largestLoss, dec("-3"));
    QCOMPARE(r.maxConsecutiveLosses, 2);
    QCOMPARE(s.maxDrawdown, dec("5"));
    QCOMPARE(s.fills.losingFills, 2);
}

void TestStatisticsAccumulator::flipSplitsCommissionOnce()
{
    // Long 10 @100 (c1); sell 15 @110 (c3): closes 10 (+100, commission 2),
    // opens short 5 (commission 1); buy 5 @100 (c1): +50.
    const SessionStatistics s = feed({"A B 10 100 1 x", "A S 15 110 3 y", "A B 5 100 1 y"});
    const RoundTripFigures &r = s.roundTrips;
    QCOMPARE(r.count, 2);
    QCOMPARE(r.grossPnl, dec("150"));
    QCOMPARE(r.commission, dec("5")); // = the fills' commission: counted once
    QCOMPARE(s.fills.commission, dec("5"));
    QCOMPARE(r.largestWin, dec("97"));  // 100 - (1 + 2 of the 3)
    QCOMPARE(r.winnersNet, dec("145")); // 97 + (50 - 1 - 1)
    // Round trips by the strategy of their opening fill.
    QCOMPARE(s.byStrategy["x"].roundTrips.count, 1);
    QCOMPARE(s.byStrategy["y"].roundTrips.count, 1);
    QCOMPARE(s.byStrategy["y"].fills.fills, 2);
}

void TestStatisticsAccumulator::reentryAfterFlatIsANewRoundTrip()
{
    const SessionStatistics s = feed({"A B 1 10", "A S 1 11", "A B 1 12", "A S 1 10"});
    QCOMPARE(s.roundTrips.count, 2);
    QCOMPARE(s.roundTrips.winners, 1);
    QCOMPARE(s.roundTrips.losers, 1);
    QCOMPARE(s.openRoundTrips, 0);
}

void TestStatisticsAccumulator::zeroQuantityCommissionIsKept()
{
    // A zero-quantity fill in an open trip charges that trip; on a flat book
    // it is unattributed, but always in the fill total.
    const SessionStatistics s = feed({"A S 0 10 0.25", "A B 1 10", "A B 0 10 0.5", "A S 1 10"});
    QCOMPARE(s.fills.commission, dec("0.75"));
    QCOMPARE(s.roundTrips.commission, dec("0.5"));
    QCOMPARE(s.unattributedCommission, dec("0.25"));
    QCOMPARE(s.roundTrips.losers, 1);
}

void TestStatisticsAccumulator::scratchBreaksStreaks()
{
    // Win, scratch (+0.004), win: the streak is 1, not 2.
    const SessionStatistics s =
        feed({"A B 1 10", "A S 1 11", "A B 1 10", "A S 1 10.004", "A B 1 10", "A S 1 12"});
    QCOMPARE(s.roundTrips.scratch, 1);
    QCOMPARE(s.roundTrips.winners, 2);
    QCOMPARE(s.roundTrips.maxConsecutiveWins, 1);
    QCOMPARE(s.roundTrips.winRate(), dec("100"));           // scratch not in the win rate
    QCOMPARE(s.roundTrips.expectancy(), dec("1.00133333")); // 3.004 / 3, scratch included
}

void TestStatisticsAccumulator::windowCountsOnlyItsFills()
{
    // Fill 1 (minute 1) is before the window: it only builds the lot.
    SessionStatistics s;
    s.from = Timestamp::fromMicroseconds(2 * 60'000'000LL);
    StatisticsAccumulator acc(&s, false);
    acc.add(fill(1, "A B 2 10 1", 1));
    acc.add(fill(2, "A S 1 15 1", 2));
    acc.finish();
    QCOMPARE(s.rowsRead, 2);
    QCOMPARE(s.fills.fills, 1);
    QCOMPARE(s.fills.grossRealizedPnl, dec("5")); // against the lot bought before
    QCOMPARE(s.fills.commission, dec("1"));
    QCOMPARE(s.roundTrips.count, 0);  // still open
    QVERIFY(s.equityCurve.isEmpty()); // not asked for
}

void TestStatisticsAccumulator::unattributedCommissionIsTheWindows()
{
    // Zero-quantity fills on a flat book at minutes 1 (before the window) and
    // 3: only the second is part of the window's commission, so only it can
    // be the commission outside round trips.
    SessionStatistics s;
    s.from = Timestamp::fromMicroseconds(2 * 60'000'000LL);
    StatisticsAccumulator acc(&s, false);
    acc.add(fill(1, "A B 0 10 0.25", 1));
    acc.add(fill(2, "A B 0 10 0.5", 3));
    acc.finish();
    QCOMPARE(s.fills.commission, dec("0.5"));
    QCOMPARE(s.unattributedCommission, dec("0.5"));
}

QTEST_GUILESS_MAIN(TestStatisticsAccumulator)
#include "TestStatisticsAccumulator.moc"
