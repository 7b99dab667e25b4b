#include "charts/TimeScale.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTimeZone>
#include <QtTest>

class TestTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranges_data();
    void ranges();
    void labelsNeverOverlap();
    void dateContextOnFirstTickAndAtMidnight();
    void minimumStepIsRespected();
    void emptyRangeHasNoTicks();

private:
    static qint64 at(int year, int month, int day, int hour = 0, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
                   .toMSecsSinceEpoch() *
               1000;
    }
};

void TestTimeScale::ranges_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<qint64>("alignment"); // every tick is a multiple of this
    QTest::newRow("an afternoon") << at(2025, 3, 3, 13, 7) << at(2025, 3, 3, 17, 55)
                                  << QStringLiteral("13:30") << qint64(30 * TimeScale::kMinute);
    QTest::newRow("a day") << at(2025, 3, 3, 0, 5) << at(2025, 3, 4, 0, 0)
                           << QStringLiteral("02:00") << qint64(2 * TimeScale::kHour);
    QTest::newRow("a year") << at(2024, 1, 10) << at(2024, 12, 20) << QStringLiteral("Feb")
                            << qint64(TimeScale::kDay);
    QTest::newRow("decades") << at(1990, 6, 1) << at(2025, 6, 1) << QStringLiteral("1995")
                             << qint64(TimeScale::kDay);
}

void TestTimeScale::ranges()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, alignment);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    const QList<TimeTick> ticks =
        TimeScale::ticks(from, to, 600, QFontMetricsF(font), 0, QLocale::c());
    QVERIFY(ticks.size() >= 2);
    QTEST(ticks.first().label, "firstLabel");
    for (const TimeTick &tick : ticks) {
        QVERIFY(tick.usecs >= from && tick.usecs <= to);
        QCOMPARE(tick.usecs % alignment, 0);
    }
}

void TestTimeScale::labelsNeverOverlap()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    for (const double width : {120.0, 300.0, 640.0, 1500.0}) {
        for (const qint64 span : {TimeScale::kMinute * 3, TimeScale::kHour * 7, TimeScale::kDay * 9,
                                  TimeScale::kDay * 400, TimeScale::kDay * 3650}) {
            const qint64 from = at(2025, 1, 1);
            const QList<TimeTick> ticks =
                TimeScale::ticks(from, from + span, width, metrics, 0, QLocale::c());
            for (qsizetype i = 1; i < ticks.size(); ++i) {
                const double spacing = width * double(ticks[i].usecs - ticks[i - 1].usecs) / span;
                const double needed = (metrics.horizontalAdvance(ticks[i].label) +
                                       metrics.horizontalAdvance(ticks[i - 1].label)) /
                                      2.0;
                QVERIFY2(spacing > needed, qPrintable(ticks[i].label));
            }
        }
    }
}

void TestTimeScale::dateContextOnFirstTickAndAtMidnight()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    const QList<TimeTick> ticks = TimeScale::ticks(at(2025, 3, 3, 18), at(2025, 3, 4, 6), 600,
                                                   QFontMetricsF(font), 0, QLocale::c());
    QVERIFY(!ticks.isEmpty());
    QCOMPARE(ticks.first().context, QStringLiteral("3 Mar 2025"));
    int contexts = 0;
    for (const TimeTick &tick : ticks) {
        if (!tick.context.isEmpty())
            ++contexts;
        if (tick.usecs == at(2025, 3, 4))
            QCOMPARE(tick.context, QStringLiteral("4 Mar 2025"));
    }
    QCOMPARE(contexts, 2);
}

void TestTimeScale::minimumStepIsRespected()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    const QList<TimeTick> ticks =
        TimeScale::ticks(at(2025, 3, 3) - TimeScale::kDay / 2, at(2025, 3, 3) + TimeScale::kDay / 2,
                         600, QFontMetricsF(font), TimeScale::kDay, QLocale::c());
    QCOMPARE(ticks.size(), 1);
    QCOMPARE(ticks.first().usecs, at(2025, 3, 3));
    QCOMPARE(ticks.first().label, QStringLiteral("3 Mar"));
    QCOMPARE(ticks.first().context, QStringLiteral("2025"));
}

void TestTimeScale::emptyRangeHasNoTicks()
{
    QFont font;
    QVERIFY(TimeScale::ticks(5, 5, 600, QFontMetricsF(font)).isEmpty());
    QVERIFY(TimeScale::ticks(0, 100, 0, QFontMetricsF(font)).isEmpty());
}

QTEST_MAIN(TestTimeScale)
#include "TestTimeScale.moc"
