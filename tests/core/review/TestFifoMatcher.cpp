#include "review/FifoMatcher.h"

#include <QtTest>

// Each row is a script of fills "SYMBOL B|S quantity price" fed in order, the
// hand-computed realized P&L and closed quantity of each fill, and the book
// left at the end ("SYMBOL signedQuantity openCost").
class TestFifoMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void unknownSymbolIsFlat();
    void keepsOldestLotTime();
};

static Decimal dec(const QString &text)
{
    const auto d = Decimal::fromString(text);
    if (!d)
        qFatal("bad decimal in test data: %s", qPrintable(text));
    return *d;
}

void TestFifoMatcher::matches_data()
{
    QTest::addColumn<QStringList>("fills");
    QTest::addColumn<QStringList>("pnl");
    QTest::addColumn<QStringList>("closed");
    QTest::addColumn<QStringList>("book");

    QTest::newRow("long round trip")
        << QStringList{"AAPL B 10 100", "AAPL S 10 105"} << QStringList{"0", "50"}
        << QStringList{"0", "10"} << QStringList{"AAPL 0 0"};
    QTest::newRow("long loss") << QStringList{"AAPL B 10 100", "AAPL S 10 97.5"}
                               << QStringList{"0", "-25"} << QStringList{"0", "10"}
                               << QStringList{"AAPL 0 0"};
    // Short: sold at 50, bought back at 45 -> +5 per share.
    QTest::newRow("short round trip")
        << QStringList{"TSLA S 4 50", "TSLA B 4 45"} << QStringList{"0", "20"}
        << QStringList{"0", "4"} << QStringList{"TSLA 0 0"};
    QTest::newRow("short loss") << QStringList{"TSLA S 4 50", "TSLA B 4 52.25"}
                                << QStringList{"0", "-9"} << QStringList{"0", "4"}
                                << QStringList{"TSLA 0 0"};
    // Two lots, partial closes walk them oldest first: 6 from lot 1 (@100) at
    // 110 = 60; then 4 from lot 1 (@100) + 2 from lot 2 (@120) at 90 = -40 - 60.
    QTest::newRow("partial closes FIFO")
        << QStringList{"AAPL B 10 100", "AAPL B 5 120", "AAPL S 6 110", "AAPL S 6 90"}
        << QStringList{"0", "0", "60", "-100"} << QStringList{"0", "0", "6", "6"}
        << QStringList{"AAPL 3 360"};
    // Long 10 @100, sell 15 @110: closes 10 (+100), opens short 5 @110; buy 5 @100: +50.
    QTest::newRow("flip long to short")
        << QStringList{"AAPL B 10 100", "AAPL S 15 110", "AAPL B 5 100"}
        << QStringList{"0", "100", "50"} << QStringList{"0", "10", "5"} << QStringList{"AAPL 0 0"};
    QTest::newRow("flip short to long left open")
        << QStringList{"X S 2 10", "X B 5 12"} << QStringList{"0", "-4"} << QStringList{"0", "2"}
        << QStringList{"X 3 36"};
    // Flat after the first trip: the second buy must not be matched against
    // anything old.
    QTest::newRow("re-entry after flat")
        << QStringList{"AAPL B 1 100", "AAPL S 1 101", "AAPL B 2 200", "AAPL S 2 199"}
        << QStringList{"0", "1", "0", "-2"} << QStringList{"0", "1", "0", "2"}
        << QStringList{"AAPL 0 0"};
    QTest::newRow("symbols interleaved")
        << QStringList{"A B 1 10", "B S 2 20", "A B 1 12", "B B 1 18", "A S 1 15", "C B 3 1"}
        << QStringList{"0", "0", "0", "2", "5", "0"} << QStringList{"0", "0", "0", "1", "1", "0"}
        << QStringList{"A 1 12", "B -1 20", "C 3 3"};
    // 0.3333 x (30.1234 - 30.0001) = 0.04109589 exactly (8 dp).
    QTest::newRow("fractional") << QStringList{"BTC B 0.5 30.0001", "BTC S 0.3333 30.1234"}
                                << QStringList{"0", "0.04109589"} << QStringList{"0", "0.3333"}
                                << QStringList{"BTC 0.1667 5.00101667"};
    QTest::newRow("zero quantity changes nothing")
        << QStringList{"AAPL B 0 100", "AAPL B 2 100", "AAPL S 0 500", "AAPL S 2 101"}
        << QStringList{"0", "0", "0", "2"} << QStringList{"0", "0", "0", "2"}
        << QStringList{"AAPL 0 0"};
    QTest::newRow("zero quantity on flat book keeps it flat")
        << QStringList{"Z S 0 5", "Z B 1 5"} << QStringList{"0", "0"} << QStringList{"0", "0"}
        << QStringList{"Z 1 5"};
}

void TestFifoMatcher::matches()
{
    QFETCH(QStringList, fills);
    QFETCH(QStringList, pnl);
    QFETCH(QStringList, closed);
    QFETCH(QStringList, book);
    QCOMPARE(pnl.size(), fills.size());

    FifoMatcher matcher;
    Timestamp t = Timestamp::fromMicroseconds(1'700'000'000'000'000);
    for (int i = 0; i < fills.size(); ++i) {
        const QStringList f = fills.at(i).split(QLatin1Char(' '));
        const MatchedFill m =
            matcher.add(f[0], f[1] == QLatin1String("B"), dec(f[2]), dec(f[3]), t);
        t = t.addMicroseconds(1);
        QCOMPARE(m.realizedPnl.toString(), dec(pnl.at(i)).toString());
        QCOMPARE(m.closedQuantity.toString(), dec(closed.at(i)).toString());
        QCOMPARE(m.closes(), dec(closed.at(i)).sign() > 0);
    }
    QStringList expectedSymbols;
    for (const QString &line : book) {
        const QStringList b = line.split(QLatin1Char(' '));
        expectedSymbols << b[0];
        QCOMPARE(matcher.openQuantity(b[0]).toString(), dec(b[1]).toString());
        QCOMPARE(matcher.openCost(b[0]).toString(), dec(b[2]).toString());
    }
    QCOMPARE(matcher.symbols(), expectedSymbols);
}

void TestFifoMatcher::unknownSymbolIsFlat()
{
    FifoMatcher matcher;
    QVERIFY(matcher.openQuantity(QStringLiteral("NOPE")).isZero());
    QVERIFY(matcher.openCost(QStringLiteral("NOPE")).isZero());
    QVERIFY(matcher.symbols().isEmpty());
}

void TestFifoMatcher::keepsOldestLotTime()
{
    FifoMatcher matcher;
    const Timestamp t1 = Timestamp::fromMicroseconds(1'000'000);
    const Timestamp t2 = Timestamp::fromMicroseconds(2'000'000);
    matcher.add(QStringLiteral("A"), true, dec("1"), dec("10"), t1);
    matcher.add(QStringLiteral("A"), true, dec("1"), dec("11"), t2);
    QCOMPARE(matcher.oldestOpenLot(QStringLiteral("A")), t1);
    matcher.add(QStringLiteral("A"), false, dec("1"), dec("12"), t2);
    QCOMPARE(matcher.oldestOpenLot(QStringLiteral("A")), t2);
}

QTEST_GUILESS_MAIN(TestFifoMatcher)
#include "TestFifoMatcher.moc"
