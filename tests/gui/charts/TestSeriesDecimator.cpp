#include "charts/SeriesDecimator.h"

#include <QRandomGenerator>
#include <QtTest>

#include <limits>

class TestSeriesDecimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptySeries();
    void singlePoint();
    void fewPointsAreKept();
    void millionPointsKeepEveryColumnsExtremes();
    void oneColumnKeepsAtMostFour();
    void pointsOutsideTheRangeClamp();
    void hugeTimeRangeDoesNotOverflow();
};

void TestSeriesDecimator::emptySeries()
{
    QVERIFY(SeriesDecimator::decimateIndices({}, 100).isEmpty());
    QVERIFY(SeriesDecimator::decimate({}, 0, 10, 100).isEmpty());
}

void TestSeriesDecimator::singlePoint()
{
    const QList<SeriesPoint> one = {{42, -3.5}};
    QCOMPARE(SeriesDecimator::decimateIndices(one, 800), QList<qsizetype>{0});
    const QList<SeriesPoint> kept = SeriesDecimator::decimate(one, 0, 100, 800);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept[0].x, 42);
    QCOMPARE(kept[0].y, -3.5);
}

void TestSeriesDecimator::fewPointsAreKept()
{
    // Fewer points than columns: nothing to drop.
    QList<SeriesPoint> points;
    for (int i = 0; i < 50; ++i)
        points.append({i * 1000, double(i % 7)});
    const QList<qsizetype> kept = SeriesDecimator::decimateIndices(points, 800);
    QCOMPARE(kept.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(kept[i], i);
}

void TestSeriesDecimator::millionPointsKeepEveryColumnsExtremes()
{
    constexpr int kCount = 1'000'000;
    constexpr int kColumns = 1000;
    QRandomGenerator random(7);
    QList<SeriesPoint> points;
    points.reserve(kCount);
    double y = 0.0;
    qint64 x = 1'700'000'000'000'000;
    for (int i = 0; i < kCount; ++i) {
        x += 1 + random.bounded(5000);
        y += random.bounded(2.0) - 1.0;
        points.append({x, y});
    }
    // Lone spikes inside a column must survive.
    points[123'457].y = 1e6;
    points[876'543].y = -1e6;

    const qint64 xMin = points.first().x;
    const qint64 xMax = points.last().x;
    const QList<qsizetype> kept = SeriesDecimator::decimateIndices(points, xMin, xMax, kColumns);
    QVERIFY(kept.size() <= 4 * kColumns);
    QVERIFY(kept.size() >= kColumns / 2);
    QCOMPARE(kept.first(), 0);
    QCOMPARE(kept.last(), kCount - 1);
    QVERIFY(std::adjacent_find(kept.cbegin(), kept.cend(), std::greater_equal<qsizetype>()) ==
            kept.cend());
    QVERIFY(kept.contains(123'457));
    QVERIFY(kept.contains(876'543));

    // Brute force per column, and compare with what was kept.
    QList<double> low(kColumns, std::numeric_limits<double>::infinity());
    QList<double> high(kColumns, -std::numeric_limits<double>::infinity());
    QList<int> perColumn(kColumns, 0);
    for (const SeriesPoint &p : std::as_const(points)) {
        const int c = SeriesDecimator::columnOf(p.x, xMin, xMax, kColumns);
        low[c] = std::min(low[c], p.y);
        high[c] = std::max(high[c], p.y);
    }
    QList<double> keptLow(kColumns, std::numeric_limits<double>::infinity());
    QList<double> keptHigh(kColumns, -std::numeric_limits<double>::infinity());
    for (const qsizetype i : kept) {
        const int c = SeriesDecimator::columnOf(points[i].x, xMin, xMax, kColumns);
        keptLow[c] = std::min(keptLow[c], points[i].y);
        keptHigh[c] = std::max(keptHigh[c], points[i].y);
        ++perColumn[c];
    }
    for (int c = 0; c < kColumns; ++c) {
        QCOMPARE(keptLow[c], low[c]);
        QCOMPARE(keptHigh[c], high[c]);
        QVERIFY(perColumn[c] <= 4);
    }
}

void TestSeriesDecimator::oneColumnKeepsAtMostFour()
{
    const QList<SeriesPoint> points = {{0, 5}, {1, 9}, {2, 1}, {3, 4}, {4, 7}, {5, 3}};
    // first (0), max (1), min (2), last (5), in x order.
    QCOMPARE(SeriesDecimator::decimateIndices(points, 1), (QList<qsizetype>{0, 1, 2, 5}));
    // When the first point is also the maximum it appears once.
    const QList<SeriesPoint> falling = {{0, 9}, {1, 5}, {2, 1}, {3, 4}};
    QCOMPARE(SeriesDecimator::decimateIndices(falling, 1), (QList<qsizetype>{0, 2, 3}));
}

void TestSeriesDecimator::pointsOutsideTheRangeClamp()
{
    QCOMPARE(SeriesDecimator::columnOf(-50, 0, 100, 10), 0);
    QCOMPARE(SeriesDecimator::columnOf(500, 0, 100, 10), 9);
    QCOMPARE(SeriesDecimator::columnOf(100, 0, 100, 10), 9);
    QCOMPARE(SeriesDecimator::columnOf(99, 0, 100, 10), 9);
    QCOMPARE(SeriesDecimator::columnOf(10, 0, 100, 10), 1);
    QCOMPARE(SeriesDecimator::columnOf(5, 5, 5, 10), 0);
}

void TestSeriesDecimator::hugeTimeRangeDoesNotOverflow()
{
    // Two centuries of microseconds times 8,000 columns overflows 64 bits.
    const qint64 xMin = -3'000'000'000'000'000;
    const qint64 xMax = 3'000'000'000'000'000;
    QCOMPARE(SeriesDecimator::columnOf(0, xMin, xMax, 8000), 4000);
    QCOMPARE(SeriesDecimator::columnOf(xMax - 1, xMin, xMax, 8000), 7999);
}

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "TestSeriesDecimator.moc"
