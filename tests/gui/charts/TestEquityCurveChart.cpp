#include "ChartImages.h"
#include "charts/ChartPalette.h"
#include "charts/EquityCurveChart.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QToolTip>
#include <QtTest>

#include <cmath>

namespace {

const Timestamp kStart = *Timestamp::fromText(u"2025-03-03 14:02:07");

EquityCurveChart::Point point(qint64 minutes, const char *equity)
{
    return {kStart.addMicroseconds(minutes * 60'000'000),
            *Decimal::fromString(QString::fromLatin1(equity))};
}

QColor blend(QColor over, QColor under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a),
                            over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

QRectF around(QPointF at, double radius)
{
    return QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
}

} // namespace

class TestEquityCurveChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateSaysSo();
    void onePoint();
    void twoPointsDrawALineAndItsDrawdown();
    void negativeOnly();
    void millionPointsDrawQuicklyAndKeepSpikes();
    void resizeRedecimates();
    void toolTipThroughHelpEvent();
    void unsortedInputIsSorted();
    void highDpiAndDarkPalette();
    void smallestSizeStaysReadable();
    void followsTheWidgetsLocale();

private:
    EquityCurveChart *m_chart = nullptr;
};

void TestEquityCurveChart::init()
{
    m_chart = new EquityCurveChart;
    m_chart->resize(640, 320);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart));
}

void TestEquityCurveChart::cleanup()
{
    delete m_chart;
    m_chart = nullptr;
}

void TestEquityCurveChart::emptyStateSaysSo()
{
    QCOMPARE(m_chart->accessibleName(), QStringLiteral("Equity curve"));
    QCOMPARE(m_chart->accessibleDescription(), QStringLiteral("No closed trades in this range"));
    m_chart->setSeries({});
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("equity-empty"));
    const ChartPalette colors(m_chart->palette());
    QCOMPARE(m_chart->drawnPointCount(), 0);
    QCOMPARE(ChartImages::countNear(image, m_chart->rect(), colors.line(), 10), 0);
    // The message is drawn in the middle, nothing at the edges.
    const QRectF middle(0, 140, 640, 40);
    QVERIFY(ChartImages::countNear(image, middle, colors.background(), 0) < middle.width() * 40);
    QCOMPARE(ChartImages::countNear(image, QRectF(0, 0, 640, 100), colors.background(), 0),
             640 * 100);
    QVERIFY(m_chart->toolTipAt(QPoint(320, 160)).isEmpty());
}

void TestEquityCurveChart::onePoint()
{
    m_chart->setSeries({point(0, "1250")});
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("equity-one-point"));
    QCOMPARE(m_chart->drawnPointCount(), 1);
    const QPointF at = m_chart->positionOf(0);
    QVERIFY(m_chart->plotArea().contains(at));
    const ChartPalette colors(m_chart->palette());
    QVERIFY(ChartImages::countNear(image, around(at, 3), colors.line()) >= 9);
    QCOMPARE(m_chart->toolTipAt(at.toPoint()),
             QStringLiteral("2025-03-03 14:02:07 UTC\nEquity: 1,250.00\nDrawdown: 0.00"));
    // Anywhere over the plot finds the lone point.
    QVERIFY(!m_chart->toolTipAt(m_chart->plotArea().topLeft().toPoint() + QPoint(2, 2)).isEmpty());
    QVERIFY(m_chart->toolTipAt(QPoint(1, 1)).isEmpty());
}

void TestEquityCurveChart::twoPointsDrawALineAndItsDrawdown()
{
    m_chart->setSeries({point(0, "100"), point(60, "-50.25")});
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("equity-two-points"));
    const ChartPalette colors(m_chart->palette());
    const QPointF a = m_chart->positionOf(0);
    const QPointF b = m_chart->positionOf(1);
    QVERIFY(a.x() < b.x() && a.y() < b.y());
    QVERIFY(ChartImages::countNear(image, around((a + b) / 2, 2), colors.line()) > 0);
    QCOMPARE(m_chart->drawdownAt(1), *Decimal::fromString(u"150.25"));
    // Between the peak (the first point's level) and the falling line.
    const QPointF inside(b.x() - 4, (a.y() + b.y()) / 2);
    QVERIFY(ChartImages::countNear(image, around(inside, 1),
                                   blend(colors.drawdown(), colors.background()), 12) > 0);
    // Nothing shaded above the peak.
    QCOMPARE(ChartImages::countNear(image, around(QPointF(b.x() - 4, a.y() - 6), 1),
                                    blend(colors.drawdown(), colors.background()), 6),
             0);
    QVERIFY(m_chart->toolTipAt(b.toPoint()).endsWith(QStringLiteral("Drawdown: 150.25")));
}

void TestEquityCurveChart::negativeOnly()
{
    QList<EquityCurveChart::Point> points;
    for (int i = 1; i <= 40; ++i)
        points.append(point(i * 30, qPrintable(QString::number(-i * 37.5 - (i % 3) * 20))));
    m_chart->setSeries(points);
    const QImage image = ChartImages::render(*m_chart);
    ChartImages::keep(image, QStringLiteral("equity-negative-only"));
    const ChartPalette colors(m_chart->palette());
    // The starting equity (zero) stays on the axis, so every point lies
    // below the top of the plot and the drawdown runs from zero.
    for (qsizetype i = 0; i < points.size(); ++i)
        QVERIFY(m_chart->positionOf(i).y() > m_chart->plotArea().top() + 5);
    QCOMPARE(m_chart->drawdownAt(points.size() - 1), -points.last().equity);
    const QPointF last = m_chart->positionOf(points.size() - 1);
    QVERIFY(ChartImages::countNear(image, around(QPointF(last.x() - 3, last.y() - 20), 2),
                                   blend(colors.drawdown(), colors.background()), 12) > 0);
}

void TestEquityCurveChart::millionPointsDrawQuicklyAndKeepSpikes()
{
    QList<EquityCurveChart::Point> points;
    points.reserve(1'000'000);
    Decimal equity;
    const Decimal step = *Decimal::fromString(u"0.37");
    for (qint64 i = 0; i < 1'000'000; ++i) {
        equity += (i % 7 < 4) ? step : -step;
        points.append({kStart.addMicroseconds(i * 1'000'000), equity});
    }
    const qsizetype spike = 654'321;
    points[spike].equity = *Decimal::fromString(u"-250000");

    QElapsedTimer timer;
    timer.start();
    m_chart->setSeries(points);
    const QImage image = ChartImages::render(*m_chart);
    const qint64 elapsed = timer.elapsed();
    ChartImages::keep(image, QStringLiteral("equity-million"));
    qInfo("1,000,000 points: setSeries and first render took %lld ms", elapsed);
    // Generous: a debug build on a loaded two-core machine. The point is that
    // it is milliseconds, not the minutes an undecimated path would take.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY(m_chart->drawnPointCount() <= 4 * (int(m_chart->plotArea().width()) + 2));

    const ChartPalette colors(m_chart->palette());
    const QPointF at = m_chart->positionOf(spike);
    QVERIFY(at.y() > m_chart->plotArea().bottom() - m_chart->plotArea().height() * 0.2);
    QVERIFY(ChartImages::countNear(image, around(at, 2), colors.line()) > 0);
    QVERIFY(m_chart->toolTipAt(at.toPoint()).contains(QStringLiteral("Equity: -250,000.00")));

    // Repainting draws the cache only.
    timer.restart();
    for (int i = 0; i < 10; ++i)
        m_chart->repaint();
    qInfo("10 repaints of the cache took %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestEquityCurveChart::resizeRedecimates()
{
    QList<EquityCurveChart::Point> points;
    for (qint64 i = 0; i < 100'000; ++i)
        points.append(point(i, (i % 2) ? "1" : "-1"));
    m_chart->setSeries(points);
    const qsizetype wide = m_chart->drawnPointCount();
    m_chart->resize(300, 200);
    QTRY_VERIFY(m_chart->drawnPointCount() < wide);
    QVERIFY(m_chart->drawnPointCount() <= 4 * (int(m_chart->plotArea().width()) + 2));
    ChartImages::keep(ChartImages::render(*m_chart), QStringLiteral("equity-small"));
}

void TestEquityCurveChart::toolTipThroughHelpEvent()
{
    m_chart->setSeries({point(0, "10"), point(5, "1234.5"), point(9, "1000")});
    const QPoint at = m_chart->positionOf(2).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, m_chart->mapToGlobal(at));
    QApplication::sendEvent(m_chart, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("2025-03-03 14:11:07 UTC\nEquity: 1,000.00\n"
                                              "Drawdown: 234.50"));
    QTest::mouseMove(m_chart, at);
    ChartImages::keep(ChartImages::render(*m_chart), QStringLiteral("equity-hover"));
}

void TestEquityCurveChart::unsortedInputIsSorted()
{
    m_chart->setSeries({point(10, "3"), point(0, "1"), point(5, "2")});
    QCOMPARE(m_chart->series().first().equity, Decimal::fromInteger(1));
    QCOMPARE(m_chart->series().last().equity, Decimal::fromInteger(3));
    QVERIFY(m_chart->positionOf(0).x() < m_chart->positionOf(2).x());
}

void TestEquityCurveChart::highDpiAndDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    m_chart->setPalette(dark);
    QList<EquityCurveChart::Point> points;
    for (int i = 0; i < 300; ++i)
        points.append(
            point(i * 97, qPrintable(QString::number(std::sin(i / 20.0) * 800 + i * 4.5, 'f', 2))));
    m_chart->setSeries(points);
    const QImage image = ChartImages::render(*m_chart, 2.0);
    ChartImages::keep(image, QStringLiteral("equity-dark-2x"));
    QCOMPARE(image.size(), QSize(1280, 640));
    const ChartPalette colors(m_chart->palette());
    QVERIFY(colors.isDark());
    QCOMPARE(image.pixelColor(1, 1), colors.background());
    QVERIFY(ChartImages::countNear(image, m_chart->plotArea(), colors.line(), 20) > 500);
}

void TestEquityCurveChart::smallestSizeStaysReadable()
{
    QList<EquityCurveChart::Point> points;
    for (int i = 0; i < 500; ++i)
        points.append(point(i * 3, qPrintable(QString::number((i % 50) * 1234.5 - 20000))));
    m_chart->setSeries(points);
    m_chart->resize(m_chart->minimumSizeHint());
    QTRY_COMPARE(m_chart->size(), m_chart->minimumSizeHint());
    const QRectF plot = m_chart->plotArea();
    // Labels take their room, the plot keeps most of the widget.
    QVERIFY(plot.width() > m_chart->width() * 0.5);
    QVERIFY(plot.height() > m_chart->height() * 0.4);
    ChartImages::keep(ChartImages::render(*m_chart), QStringLiteral("equity-minimum-size"));
}

void TestEquityCurveChart::followsTheWidgetsLocale()
{
    m_chart->setLocale(QLocale(QLocale::German, QLocale::Germany));
    m_chart->setSeries({point(0, "1250"), point(90, "-12345.5")});
    QCOMPARE(m_chart->toolTipAt(m_chart->positionOf(1).toPoint()),
             QStringLiteral("2025-03-03 15:32:07 UTC\nEquity: -12.345,50\nDrawdown: 13.595,50"));
    ChartImages::keep(ChartImages::render(*m_chart), QStringLiteral("equity-german"));
}

QTEST_MAIN(TestEquityCurveChart)
#include "TestEquityCurveChart.moc"
