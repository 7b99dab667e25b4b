#include "schema/FastDecode.h"

#include <QRandomGenerator>
#include <QtTest>

// The fast decoders must give exactly what the general ones give.
class TestFastDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decimalsMatchTheGeneralPath_data();
    void decimalsMatchTheGeneralPath();
    void randomDecimalsMatch();
    void timestamps_data();
    void timestamps();
    void textDecimalsMatchTheGeneralPath_data();
    void textDecimalsMatchTheGeneralPath();
    void binaryNumerics_data();
    void binaryNumerics();
    void binaryTimestamps();
};

namespace {

// PostgreSQL's binary numeric, as numeric_send writes it.
QByteArray pgNumeric(int weight, quint16 sign, std::initializer_list<quint16> digits)
{
    QByteArray b;
    auto put = [&](quint16 v) {
        b.append(char(v >> 8));
        b.append(char(v & 0xff));
    };
    put(quint16(digits.size()));
    put(quint16(qint16(weight)));
    put(sign);
    put(0); // dscale: display only
    for (const quint16 d : digits)
        put(d);
    return b;
}

QByteArray pgInt64(qint64 v)
{
    QByteArray b;
    for (int shift = 56; shift >= 0; shift -= 8)
        b.append(char(quint64(v) >> shift));
    return b;
}

} // namespace

void TestFastDecode::binaryNumerics_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected"); // empty: not decodable
    QTest::newRow("zero") << pgNumeric(0, 0, {}) << 4 << "0";
    QTest::newRow("-12.5") << pgNumeric(0, 0x4000, {12, 5000}) << 4 << "-12.5";
    QTest::newRow("largest NUMERIC(12,4)")
        << pgNumeric(1, 0, {9999, 9999, 9999}) << 4 << "99999999.9999";
    QTest::newRow("many decimals, rounded to 4")
        << pgNumeric(0, 0, {1, 2345, 6789, 120}) << 4 << "1.2346";
    QTest::newRow("half at the 5th decimal, negative")
        << pgNumeric(-2, 0x4000, {5000}) << 4 << "-0.0001";
    QTest::newRow("half at the 9th decimal") << pgNumeric(-3, 0, {5000}) << 8 << "0.00000001";
    QTest::newRow("below half at the 9th decimal") << pgNumeric(-3, 0, {4999, 9999}) << 8 << "0";
    QTest::newRow("exponent-free large")
        << pgNumeric(5, 0, {12, 0, 0, 0, 0, 0, 1}) << 4 << "1200000000000000000000.0001";
    QTest::newRow("too large") << pgNumeric(6, 0, {1}) << 4 << "";
    QTest::newRow("NaN") << pgNumeric(0, 0xC000, {}) << 4 << "";
    QTest::newRow("infinity") << pgNumeric(0, 0xD000, {}) << 4 << "";
    QTest::newRow("digit out of range") << pgNumeric(0, 0, {10000}) << 4 << "";
    QTest::newRow("truncated") << pgNumeric(0, 0, {1, 2}).chopped(1) << 4 << "";
}

void TestFastDecode::binaryNumerics()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const auto d =
        FastDecode::decimalFromPgNumeric(std::string_view(bytes.constData(), bytes.size()), scale);
    QCOMPARE(d.has_value(), !expected.isEmpty());
    if (d)
        QCOMPARE(d->toString(), expected);
}

void TestFastDecode::binaryTimestamps()
{
    auto decode = [](const QByteArray &b) {
        return FastDecode::timestampFromPgBinary(std::string_view(b.constData(), b.size()));
    };
    QCOMPARE(decode(pgInt64(0))->microseconds(),
             Timestamp::fromText(u"2000-01-01 00:00:00")->microseconds());
    QCOMPARE(decode(pgInt64(-1))->microseconds(),
             Timestamp::fromText(u"1999-12-31 23:59:59.999999")->microseconds());
    QCOMPARE(decode(pgInt64(820'000'000'123'456))->microseconds(),
             Timestamp::fromText(u"2025-12-25 17:46:40.123456")->microseconds());
    QVERIFY(!decode(pgInt64(std::numeric_limits<qint64>::max()))); // 'infinity'
    QVERIFY(!decode(pgInt64(std::numeric_limits<qint64>::min()))); // '-infinity'
    QVERIFY(!decode(QByteArray(4, '\0')));
}

void TestFastDecode::textDecimalsMatchTheGeneralPath_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"19.0000", "450.64", "-0.35", "0", "-0", "12.", "123456789012345678",
                          "1234567890123456789", "0.00005", "-2.00015", "1e3", "+5", ".", "", "-",
                          "abc", "1.2.3", "99999999.9999"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestFastDecode::textDecimalsMatchTheGeneralPath()
{
    // PostgreSQL's numeric text: the fast path must agree with
    // Decimal::fromString()->rounded(4), including what it rejects.
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    const auto fast =
        FastDecode::decimalFromText(std::string_view(utf8.constData(), size_t(utf8.size())), 4);
    const auto general = Decimal::fromString(text);
    QCOMPARE(fast.has_value(), general.has_value());
    if (fast)
        QCOMPARE(fast->toString(), general->rounded(4).toString());
}

void TestFastDecode::decimalsMatchTheGeneralPath_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("whole") << 100.0;
    QTest::newRow("quarter") << 100.25;
    QTest::newRow("float noise") << 33.333333333333336;
    QTest::newRow("tie up") << 1.00005;        // shortest text 1.00005 -> 1.0001
    QTest::newRow("tie negative") << -2.00015; // -> -2.0002
    QTest::newRow("tiny") << 0.00004;
    QTest::newRow("negative") << -12.3456789;
    QTest::newRow("big") << 12345678.1234;
    QTest::newRow("beyond fast path") << 5e12;
}

void TestFastDecode::decimalsMatchTheGeneralPath()
{
    QFETCH(double, value);
    QCOMPARE(FastDecode::decimalFromDouble(value, 4)->toString(),
             Decimal::fromDouble(value)->rounded(4).toString());
}

void TestFastDecode::randomDecimalsMatch()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 200000; ++i) {
        const double value = (random.generateDouble() - 0.3) * std::pow(10.0, random.bounded(9));
        const int scale = int(random.bounded(9));
        const auto fast = FastDecode::decimalFromDouble(value, scale);
        const auto slow = Decimal::fromDouble(value)->rounded(scale);
        if (*fast != slow)
            QFAIL(qPrintable(QStringLiteral("%1 at scale %2: %3 != %4")
                                 .arg(value, 0, 'g', 17)
                                 .arg(scale)
                                 .arg(fast->toString(), slow.toString())));
    }
}

void TestFastDecode::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("stored") << "2025-12-20 14:03:07.123456";
    QTest::newRow("epoch") << "1970-01-01 00:00:00.000000";
    QTest::newRow("before epoch") << "1969-12-31 23:59:59.999999";
    QTest::newRow("leap day") << "2024-02-29 12:00:00.000001";
    QTest::newRow("T separator") << "2025-01-02T03:04:05.000000";
    QTest::newRow("no fraction (PostgreSQL, whole second)") << "2025-01-02 03:04:05";
    QTest::newRow("one fraction digit (PostgreSQL)") << "2025-01-02 03:04:05.5";
    QTest::newRow("five fraction digits (PostgreSQL)") << "2025-01-02 03:04:05.04849";
    QTest::newRow("point without digits") << "2025-01-02 03:04:05.";
    QTest::newRow("seven fraction digits (fallback)") << "2025-01-02 03:04:05.1234567";
    QTest::newRow("time zone offset (fallback)") << "2025-01-02 03:04:05.5+00";
    QTest::newRow("letter in the fraction") << "2025-01-02 03:04:05.12a4";
    QTest::newRow("bad day (fallback)") << "2025-02-30 00:00:00.000000";
    QTest::newRow("garbage") << "yesterday";
}

void TestFastDecode::timestamps()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    const auto fast =
        FastDecode::timestampFromText(std::string_view(utf8.constData(), utf8.size()));
    const auto slow = Timestamp::fromText(text);
    QCOMPARE(fast.has_value(), slow.has_value());
    if (slow)
        QCOMPARE(fast->microseconds(), slow->microseconds());
}

QTEST_GUILESS_MAIN(TestFastDecode)
#include "TestFastDecode.moc"
