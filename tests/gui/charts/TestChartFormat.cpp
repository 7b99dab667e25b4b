#include "charts/ChartFormat.h"

#include <QtTest>

class TestChartFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void money_data();
    void money();
    void followsTheLocale();
    void doublesPrintShortest();
};

void TestChartFormat::money_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("withSign");
    QTest::addColumn<QString>("text");
    QTest::newRow("millions") << "1234567.891" << 2 << false << "1,234,567.89";
    QTest::newRow("negative") << "-1234.5" << 2 << false << "-1,234.50";
    QTest::newRow("hundreds") << "999" << 0 << false << "999";
    QTest::newRow("thousand") << "1000" << 0 << false << "1,000";
    QTest::newRow("plus") << "12" << 2 << true << "+12.00";
    QTest::newRow("zero is unsigned") << "0.001" << 2 << true << "0.00";
    QTest::newRow("rounds half away") << "-0.005" << 2 << false << "-0.01";
}

void TestChartFormat::money()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(bool, withSign);
    QFETCH(QString, text);
    const Decimal d = *Decimal::fromString(value);
    QCOMPARE(
        ChartFormat::money(d, decimals, QLocale::c(),
                           withSign ? ChartFormat::Sign::Always : ChartFormat::Sign::OnlyNegative),
        text);
}

void TestChartFormat::followsTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(ChartFormat::money(*Decimal::fromString(u"-1234567.5"), 2, german),
             QStringLiteral("-1.234.567,50"));
}

void TestChartFormat::doublesPrintShortest()
{
    QCOMPARE(ChartFormat::money(0.1 + 0.2, 1, QLocale::c()), QStringLiteral("0.3"));
    QCOMPARE(ChartFormat::money(-2500.0, 0, QLocale::c()), QStringLiteral("-2,500"));
}

QTEST_GUILESS_MAIN(TestChartFormat)
#include "TestChartFormat.moc"
