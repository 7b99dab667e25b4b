#include "charts/NiceScale.h"

#include <QtTest>

class TestNiceScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void niceSteps_data();
    void niceSteps();
    void scales_data();
    void scales();
    void ticksAreRoundAndCoverTheRange();
};

void TestNiceScale::niceSteps_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("nice");
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("1.2") << 1.2 << 2.0;
    QTest::newRow("2") << 2.0 << 2.0;
    QTest::newRow("3") << 3.0 << 5.0;
    QTest::newRow("7") << 7.0 << 10.0;
    QTest::newRow("230") << 230.0 << 500.0;
    QTest::newRow("0.013") << 0.013 << 0.02;
    QTest::newRow("zero") << 0.0 << 1.0;
}

void TestNiceScale::niceSteps()
{
    QFETCH(double, raw);
    QFETCH(double, nice);
    QCOMPARE(NiceScale::niceStep(raw), nice);
}

void TestNiceScale::scales_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<double>("step");
    QTest::addColumn<double>("axisMin");
    QTest::addColumn<double>("axisMax");
    QTest::addColumn<int>("decimals");
    QTest::newRow("profit") << 0.0 << 1234.0 << 5 << 500.0 << 0.0 << 1500.0 << 0;
    QTest::newRow("both signs") << -3.2 << 7.9 << 5 << 5.0 << -5.0 << 10.0 << 0;
    QTest::newRow("cents") << 0.01 << 0.07 << 4 << 0.02 << 0.0 << 0.08 << 2;
    QTest::newRow("one value") << 100.0 << 100.0 << 5 << 5.0 << 90.0 << 110.0 << 0;
    QTest::newRow("zero only") << 0.0 << 0.0 << 4 << 0.5 << -1.0 << 1.0 << 1;
    QTest::newRow("losses") << -25'300.0 << 0.0 << 6 << 5000.0 << -30'000.0 << 0.0 << 0;
    QTest::newRow("millions") << 0.0 << 2'400'000.0 << 5 << 500'000.0 << 0.0 << 2'500'000.0 << 0;
}

void TestNiceScale::scales()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, maxTicks);
    const NiceScale scale = NiceScale::compute(min, max, maxTicks);
    QTEST(scale.step(), "step");
    QTEST(scale.min(), "axisMin");
    QTEST(scale.max(), "axisMax");
    QTEST(scale.decimals(), "decimals");
}

void TestNiceScale::ticksAreRoundAndCoverTheRange()
{
    const NiceScale scale = NiceScale::compute(-0.3, 0.7, 5);
    const QList<double> ticks = scale.ticks();
    QCOMPARE(ticks.first(), scale.min());
    QVERIFY(ticks.first() <= -0.3);
    QVERIFY(ticks.last() >= 0.7);
    QVERIFY(ticks.contains(0.0)); // exactly zero, not 1e-17
    for (const double tick : ticks) {
        const double units = tick / scale.step();
        QVERIFY2(std::abs(units - std::round(units)) < 1e-9, qPrintable(QString::number(tick)));
    }
}

QTEST_GUILESS_MAIN(TestNiceScale)
#include "TestNiceScale.moc"
