#include "schema/Decimal.h"

#include <QtTest>

class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAndPrints_data();
    void parsesAndPrints();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void fromDoubleUsesShortestText();
    void roundsHalfAwayFromZero();
    void arithmeticIsExact();
    void sumOfAMillionIsExact();
    void groupsThousands();
};

void TestDecimal::parsesAndPrints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("minimal");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("integer") << "100"
                             << "100" << 2 << "100.00";
    QTest::newRow("fraction") << "12.5"
                              << "12.5" << 4 << "12.5000";
    QTest::newRow("trailing zeros") << "1.2300"
                                    << "1.23" << 2 << "1.23";
    QTest::newRow("negative") << "-0.75"
                              << "-0.75" << 1 << "-0.8";
    QTest::newRow("plus sign") << "+3.25"
                               << "3.25" << 0 << "3";
    QTest::newRow("leading dot") << ".5"
                                 << "0.5" << 2 << "0.50";
    QTest::newRow("spaces") << "  42.10 "
                            << "42.1" << 2 << "42.10";
    QTest::newRow("exponent") << "1.5e3"
                              << "1500" << 0 << "1500";
    QTest::newRow("negative exponent") << "25E-4"
                                       << "0.0025" << 4 << "0.0025";
    QTest::newRow("float noise") << "33.333333333333336"
                                 << "33.33333333" << 4 << "33.3333";
    QTest::newRow("big money") << "9999999999.99"
                               << "9999999999.99" << 2 << "9999999999.99";
    QTest::newRow("rounds beyond scale") << "0.000000005"
                                         << "0.00000001" << 8 << "0.00000001";
    QTest::newRow("zero") << "-0.0"
                          << "0" << 2 << "0.00";
}

void TestDecimal::parsesAndPrints()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    const auto value = Decimal::fromString(text);
    QVERIFY(value);
    QTEST(value->toString(), "minimal");
    QTEST(value->toString(decimals), "fixed");
}

void TestDecimal::rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"", "abc", "1.2.3", "1,5", "--1", "1e", "1e999", "12abc", "NaN", "inf",
                            "0x10", "1 000", "99999999999999999999999999999999999999999"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662");
}

void TestDecimal::rejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::fromString(text));
}

void TestDecimal::fromDoubleUsesShortestText()
{
    QCOMPARE(Decimal::fromDouble(0.1)->toString(), QStringLiteral("0.1"));
    QCOMPARE(Decimal::fromDouble(0.1 + 0.2)->toString(), QStringLiteral("0.3"));
    QCOMPARE(Decimal::fromDouble(153.42)->toString(), QStringLiteral("153.42"));
    QCOMPARE(Decimal::fromDouble(1e20)->toString(), QStringLiteral("100000000000000000000"));
    QVERIFY(!Decimal::fromDouble(std::nan("")));
}

void TestDecimal::roundsHalfAwayFromZero()
{
    QCOMPARE(Decimal::fromString(u"2.345")->rounded(2).toString(), QStringLiteral("2.35"));
    QCOMPARE(Decimal::fromString(u"-2.345")->rounded(2).toString(), QStringLiteral("-2.35"));
    QCOMPARE(Decimal::fromString(u"2.344999")->rounded(2).toString(), QStringLiteral("2.34"));
    QCOMPARE(Decimal::fromString(u"0.5")->rounded(0).toString(), QStringLiteral("1"));
}

void TestDecimal::arithmeticIsExact()
{
    const Decimal qty = *Decimal::fromString(u"12.3456");
    const Decimal price = *Decimal::fromString(u"187.4321");
    QCOMPARE((qty * price).toString(), QStringLiteral("2313.96173376"));
    QCOMPARE((price - qty).toString(), QStringLiteral("175.0865"));
    QCOMPARE((Decimal::fromInteger(10) / Decimal::fromInteger(3)).toString(),
             QStringLiteral("3.33333333"));
    QCOMPARE((Decimal::fromInteger(-2) / Decimal::fromInteger(3)).toString(),
             QStringLiteral("-0.66666667"));
    QVERIFY(Decimal::fromString(u"1.10") == Decimal::fromString(u"1.1"));
    QVERIFY(*Decimal::fromString(u"-1") < Decimal());
}

void TestDecimal::sumOfAMillionIsExact()
{
    Decimal sum;
    double floatSum = 0;
    const Decimal step = *Decimal::fromString(u"0.01");
    for (int i = 0; i < 1000000; ++i) {
        sum += step;
        floatSum += 0.01;
    }
    QCOMPARE(sum.toString(), QStringLiteral("10000"));
    QVERIFY(floatSum != 10000.0); // the reason Decimal exists
}

void TestDecimal::groupsThousands()
{
    QCOMPARE(Decimal::fromString(u"1234567.891")->toGroupedString(2),
             QStringLiteral("1,234,567.89"));
    QCOMPARE(Decimal::fromString(u"-1234")->toGroupedString(0), QStringLiteral("-1,234"));
    QCOMPARE(Decimal::fromString(u"999")->toGroupedString(2), QStringLiteral("999.00"));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
