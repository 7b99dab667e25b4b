#include "ChartImages.h"
#include "charts/ChartPalette.h"
#include "charts/DailyPnlChart.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QtTest>

namespace {

const QDate kFirst(2025, 3, 3); // a Monday

DailyPnlChart::Day day(int offset, const char *pnl)
{
    return {kFirst.addDays(offset), *Decimal::fromString(QString::fromLatin1(pnl))};
}

// The middle of a bar, shrunk so anti-aliased edges do not count.
QRectF core(QRectF bar)
{
    return bar.adjusted(bar.width() * 0.3, bar.height() * 0.2, -bar.width() * 0.3,
                        -bar.height() * 0.2);
}

} // namespace

class TestDailyPnlChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateSaysSo();
    void oneDay();
    void gainsAboveLossesBelow();
    void negativeOnly();
    void thousandDaysMerge();
    void sameDayEntriesAdd();
    void toolTips();
    void darkPaletteColours();
    void smallestSizeStaysReadable();

private:
    DailyPnlChart *m_chart = nullptr;
};

void TestDailyPnlChart::init()
{
    m_chart = new DailyPnlChart;
    m_chart->resize(640, 260);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart));
}

void TestDailyPnlChart::cleanup()
{
    delete m_chart;
    m_chart = nullptr;
}

void TestDailyPnlChart::emptyStateSaysSo()
{
    QCOMPARE(m_chart->accessibleName(), QStringLiteral("Daily P&L"));
    m_chart->setSeries({});
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("daily-empty"));
    const ChartPalette colors(m_chart->palette());
    QCOMPARE(m_chart->barCount(), 0);
    QCOMPARE(ChartImages::countNear(image, m_chart->rect(), colors.gain(), 10), 0);
    QCOMPARE(ChartImages::countNear(image, m_chart->rect(), colors.loss(), 10), 0);
    QVERIFY(ChartImages::countNear(image, m_chart->rect(), colors.background(), 0) < 640 * 260);
    QVERIFY(m_chart->toolTipAt(QPoint(320, 130)).isEmpty());
}

void TestDailyPnlChart::oneDay()
{
    m_chart->setSeries({day(0, "812.40")});
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("daily-one-day"));
    QCOMPARE(m_chart->barCount(), 1);
    QCOMPARE(m_chart->grouping(), DailyPnlChart::Grouping::Day);
    const QRectF bar = m_chart->barRect(0);
    QVERIFY(m_chart->plotArea().contains(bar));
    // A single day is a bar of sensible width, not the whole plot.
    QVERIFY(bar.width() < m_chart->plotArea().width());
    QVERIFY(bar.width() > 20);
    const ChartPalette colors(m_chart->palette());
    const QRectF middle = core(bar);
    QVERIFY(ChartImages::countNear(image, middle, colors.gain(), 2) >=
            int(middle.width()) * int(middle.height()));
}

void TestDailyPnlChart::gainsAboveLossesBelow()
{
    m_chart->setSeries(
        {day(0, "120"), day(1, "-80.5"), day(2, "45"), day(4, "-300"), day(7, "260.75")});
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("daily-mixed"));
    QCOMPARE(m_chart->barCount(), 5);
    const ChartPalette colors(m_chart->palette());
    // Every bar starts at the zero line: gains end there, losses begin there.
    const double zero = m_chart->barRect(0).bottom();
    for (qsizetype i = 0; i < m_chart->barCount(); ++i) {
        const QRectF bar = m_chart->barRect(i);
        const bool loss = m_chart->barPnl(i).sign() < 0;
        QCOMPARE(loss ? bar.top() : bar.bottom(), zero);
        const QRectF middle = core(bar);
        QVERIFY(ChartImages::countNear(image, middle, loss ? colors.loss() : colors.gain(), 2) >
                middle.width() * middle.height() * 0.9);
    }
    // Red only below the zero line, green only above it.
    const QRectF plot = m_chart->plotArea();
    QCOMPARE(ChartImages::countNear(
                 image, QRectF(plot.left(), plot.top(), plot.width(), zero - plot.top() - 1),
                 colors.loss(), 2),
             0);
    QCOMPARE(ChartImages::countNear(
                 image, QRectF(plot.left(), zero + 1, plot.width(), plot.bottom() - zero - 1),
                 colors.gain(), 2),
             0);
    // The weekend gap stays a gap: day 7 is the second Monday.
    QVERIFY(m_chart->barRect(4).left() - m_chart->barRect(3).right() >
            2 * m_chart->barRect(3).width());
}

void TestDailyPnlChart::negativeOnly()
{
    QList<DailyPnlChart::Day> days;
    for (int i = 0; i < 20; ++i)
        days.append(day(i, qPrintable(QString::number(-(i % 5 + 1) * 55.5))));
    m_chart->setSeries(days);
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("daily-negative-only"));
    const ChartPalette colors(m_chart->palette());
    QCOMPARE(ChartImages::countNear(image, m_chart->rect(), colors.gain(), 2), 0);
    for (qsizetype i = 0; i < m_chart->barCount(); ++i) {
        // Hanging from a zero line near the top of the plot.
        QVERIFY(m_chart->barRect(i).top() - m_chart->plotArea().top() < 3);
        QVERIFY(ChartImages::countNear(image, core(m_chart->barRect(i)), colors.loss(), 2) > 0);
    }
}

void TestDailyPnlChart::thousandDaysMerge()
{
    QList<DailyPnlChart::Day> days;
    Decimal total;
    for (int i = 0; i < 1000; ++i) {
        days.append(day(i, qPrintable(QString::number((i * 7919) % 1001 - 480.25, 'f', 2))));
        total += days.last().pnl;
    }
    m_chart->setSeries(days);
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("daily-thousand"));
    QVERIFY(m_chart->grouping() != DailyPnlChart::Grouping::Day);
    QVERIFY(m_chart->barCount() < 1000);
    Decimal merged;
    for (qsizetype i = 0; i < m_chart->barCount(); ++i) {
        merged += m_chart->barPnl(i);
        QVERIFY(m_chart->barRect(i).width() >= 2);
        if (i > 0)
            QVERIFY(m_chart->barRect(i).left() > m_chart->barRect(i - 1).right());
    }
    QCOMPARE(merged, total);

    // Given room, every day gets its own bar again.
    m_chart->resize(7000, 260);
    QTRY_COMPARE(m_chart->grouping(), DailyPnlChart::Grouping::Day);
    QCOMPARE(m_chart->barCount(), 1000);
}

void TestDailyPnlChart::sameDayEntriesAdd()
{
    m_chart->setSeries({day(1, "10.5"), day(0, "3"), day(1, "-0.25")});
    QCOMPARE(m_chart->barCount(), 2);
    QCOMPARE(m_chart->barPnl(1), *Decimal::fromString(u"10.25"));
    QCOMPARE(m_chart->series().first().day, kFirst);
}

void TestDailyPnlChart::toolTips()
{
    m_chart->setSeries({day(0, "1234.5"), day(1, "-80")});
    const QPoint onLoss = m_chart->barRect(1).center().toPoint();
    QCOMPARE(m_chart->toolTipAt(onLoss), QStringLiteral("Tue 4 Mar 2025\nRealized P&L: -80.00"));
    QCOMPARE(m_chart->toolTipAt(m_chart->barRect(0).center().toPoint()),
             QStringLiteral("Mon 3 Mar 2025\nRealized P&L: +1,234.50"));
    QVERIFY(m_chart->toolTipAt(QPoint(2, 2)).isEmpty());

    QHelpEvent help(QEvent::ToolTip, onLoss, m_chart->mapToGlobal(onLoss));
    QApplication::sendEvent(m_chart, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), m_chart->toolTipAt(onLoss));

    QList<DailyPnlChart::Day> days;
    for (int i = 0; i < 1000; ++i)
        days.append(day(i, "1"));
    m_chart->setSeries(days);
    const QString merged = m_chart->toolTipAt(m_chart->barRect(0).center().toPoint());
    QVERIFY2(merged.contains(QStringLiteral("day")), qPrintable(merged));
}

void TestDailyPnlChart::darkPaletteColours()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    m_chart->setPalette(dark);
    QList<DailyPnlChart::Day> days;
    for (int i = 0; i < 60; ++i)
        days.append(day(i, qPrintable(QString::number((i * 37) % 23 - 10.5, 'f', 2))));
    m_chart->setSeries(days);
    const QImage image = ChartImages::render(*m_chart, 2.0);
    ChartImages::keep(image, QStringLiteral("daily-dark-2x"));
    const ChartPalette colors(m_chart->palette());
    QVERIFY(colors.isDark());
    QVERIFY(ChartImages::countNear(image, m_chart->plotArea(), colors.gain(), 2) > 100);
    QVERIFY(ChartImages::countNear(image, m_chart->plotArea(), colors.loss(), 2) > 100);
}

void TestDailyPnlChart::smallestSizeStaysReadable()
{
    QList<DailyPnlChart::Day> days;
    for (int i = 0; i < 90; ++i)
        days.append(day(i, qPrintable(QString::number((i * 37) % 23 * 1000 - 10500.25, 'f', 2))));
    m_chart->setSeries(days);
    m_chart->resize(m_chart->minimumSizeHint());
    QTRY_COMPARE(m_chart->size(), m_chart->minimumSizeHint());
    QVERIFY(m_chart->plotArea().width() > m_chart->width() * 0.5);
    QVERIFY(m_chart->plotArea().height() > m_chart->height() * 0.4);
    ChartImages::keep(ChartImages::render(*m_chart), QStringLiteral("daily-minimum-size"));
}

QTEST_MAIN(TestDailyPnlChart)
#include "TestDailyPnlChart.moc"
