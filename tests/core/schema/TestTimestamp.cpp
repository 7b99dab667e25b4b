#include "schema/Timestamp.h"

#include <QTimeZone>
#include <QtTest>

class TestTimestamp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void keepsMicrosecondsOrder();
    void naiveQDateTimeIsTakenAsUtc();
};

void TestTimestamp::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("storage");
    QTest::newRow("sqlalchemy") << "2025-12-20 14:03:07.123456"
                                << "2025-12-20 14:03:07.123456";
    QTest::newRow("no fraction") << "2025-12-20 14:03:07"
                                 << "2025-12-20 14:03:07.000000";
    QTest::newRow("iso T") << "2025-12-20T14:03:07.5"
                           << "2025-12-20 14:03:07.500000";
    QTest::newRow("pg text drops zeros") << "2025-12-20 14:03:07.12"
                                         << "2025-12-20 14:03:07.120000";
    QTest::newRow("zulu") << "2025-12-20T14:03:07Z"
                          << "2025-12-20 14:03:07.000000";
    QTest::newRow("offset") << "2025-12-20T16:03:07+02:00"
                            << "2025-12-20 14:03:07.000000";
    QTest::newRow("negative offset") << "2025-12-20T09:03:07-0500"
                                     << "2025-12-20 14:03:07.000000";
    QTest::newRow("date only") << "2025-12-20"
                               << "2025-12-20 00:00:00.000000";
    QTest::newRow("no seconds") << "2025-12-20 14:03"
                                << "2025-12-20 14:03:00.000000";
    QTest::newRow("nanoseconds truncated") << "2025-12-20 14:03:07.123456789"
                                           << "2025-12-20 14:03:07.123456";
    QTest::newRow("before 1970") << "1969-12-31 23:59:59.999999"
                                 << "1969-12-31 23:59:59.999999";
}

void TestTimestamp::parses()
{
    QFETCH(QString, text);
    const auto t = Timestamp::fromText(text);
    QVERIFY(t);
    QTEST(t->toStorageText(), "storage");
    QCOMPARE(Timestamp::fromText(t->toIsoString()), t);
}

void TestTimestamp::rejects_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"", "yesterday", "2025-13-01", "2025-02-30", "2025-12-20 25:00:00",
                            "2025-12-20 14:61", "2025-12-20X14:03", "2025-12-20 14:03:07.", "2025",
                            "3000", "2025-12-20 14:03:07 garbage", "'; DROP TABLE x; --"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestTimestamp::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::fromText(text));
}

void TestTimestamp::keepsMicrosecondsOrder()
{
    const auto a = *Timestamp::fromText(u"2025-12-20 14:03:07.123456");
    const auto b = *Timestamp::fromText(u"2025-12-20 14:03:07.123457");
    QVERIFY(a < b);
    QCOMPARE(a.toUtc(), b.toUtc()); // QDateTime cannot tell them apart
    QVERIFY(a.toStorageText() < b.toStorageText());
}

void TestTimestamp::naiveQDateTimeIsTakenAsUtc()
{
    // QPSQL returns a naive timestamp as local time: its fields are the UTC fields.
    const QDateTime local(QDate(2025, 12, 20), QTime(14, 3, 7, 250), Qt::LocalTime);
    QCOMPARE(Timestamp::fromNaiveDateTime(local)->toStorageText(),
             QStringLiteral("2025-12-20 14:03:07.250000"));
    const QDateTime utc(QDate(2025, 12, 20), QTime(14, 3, 7), QTimeZone::utc());
    QCOMPARE(Timestamp::fromUtc(utc).toUtc(), utc);
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "TestTimestamp.moc"
