#include "charts/EquityCurveChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

// A lone point gets an hour of axis around it, so its tick reads as a time.
constexpr qint64 kSinglePointHalfSpan = TimeScale::kHour / 2;
// Markers on every point while there is room to see them apart.
constexpr double kMarkerSpacing = 8.0;

} // namespace

EquityCurveChart::EquityCurveChart(QWidget *parent)
    : ChartWidget(parent)
{
    setAccessibleName(tr("Equity curve"));
}

QSize EquityCurveChart::sizeHint() const
{
    return QSize(640, 320);
}

void EquityCurveChart::setSeries(const QList<Point> &points)
{
    m_points = points;
    const auto byTime = [](const Point &a, const Point &b) {
        return a.time < b.time;
    };
    if (!std::is_sorted(m_points.cbegin(), m_points.cend(), byTime))
        std::stable_sort(m_points.begin(), m_points.end(), byTime);

    m_values.resize(m_points.size());
    for (qsizetype i = 0; i < m_points.size(); ++i)
        m_values[i] = SeriesPoint{m_points[i].time.microseconds(), m_points[i].equity.toDouble()};
    setStartingEquity(m_startingEquity);
}

void EquityCurveChart::setStartingEquity(Decimal equity)
{
    m_startingEquity = equity;
    m_peakIndex.resize(m_points.size());
    Decimal peak = equity;
    qsizetype peakIndex = -1;
    Decimal worst;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_points[i].equity > peak) {
            peak = m_points[i].equity;
            peakIndex = i;
        }
        m_peakIndex[i] = peakIndex;
        worst = std::max(worst, peak - m_points[i].equity);
    }

    if (m_points.isEmpty()) {
        setAccessibleDescription(emptyText());
    } else {
        setAccessibleDescription(
            tr("%n closed trade(s) from %1 to %2; final equity %3; largest drawdown %4", nullptr,
               int(m_points.size()))
                .arg(m_points.first().time.toUtc().toString(Qt::ISODate),
                     m_points.last().time.toUtc().toString(Qt::ISODate),
                     ChartFormat::money(m_points.last().equity, 2, locale()),
                     ChartFormat::money(worst, 2, locale())));
    }
    resetHover();
    relayout();
    update();
}

Decimal EquityCurveChart::drawdownAt(qsizetype index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const qsizetype peak = m_peakIndex[index];
    return (peak < 0 ? m_startingEquity : m_points[peak].equity) - m_points[index].equity;
}

void EquityCurveChart::rebuild()
{
    m_kept.clear();
    m_curve.clear();
    m_drawdownArea.clear();
    if (m_points.isEmpty())
        return;

    ChartAxes::Input input;
    input.bounds = QRectF(rect());
    input.font = font();
    input.locale = locale();
    input.timeMin = m_values.first().x;
    input.timeMax = m_values.last().x;
    if (input.timeMin == input.timeMax) {
        input.timeMin -= kSinglePointHalfSpan;
        input.timeMax += kSinglePointHalfSpan;
    }
    const auto [low, high] =
        std::minmax_element(m_values.cbegin(), m_values.cend(),
                            [](const SeriesPoint &a, const SeriesPoint &b) { return a.y < b.y; });
    const double start = m_startingEquity.toDouble();
    input.valueMin = std::min(low->y, start);
    input.valueMax = std::max(high->y, start);
    input.valueCaption = tr("Realized equity");
    input.timeCaption = tr("Time (UTC)");
    m_axes.layout(input);

    const QRectF plot = m_axes.plotRect();
    const int columns = std::max(1, int(std::ceil(plot.width() * layoutDpr())));
    m_kept = SeriesDecimator::decimateIndices(m_values, input.timeMin, input.timeMax, columns);

    m_curve.reserve(m_kept.size());
    for (const qsizetype index : m_kept)
        m_curve.append(QPointF(m_axes.xOf(m_values[index].x), m_axes.yOf(m_values[index].y)));

    // The running peak along the drawn line, in pixels (smaller y = higher).
    // Where the line climbs through the old peak the shading must end at the
    // crossing, not slope up to the next point.
    QPolygonF peakEdge;
    peakEdge.reserve(m_curve.size() * 2);
    double peak = std::min(m_axes.yOf(start), m_curve.first().y());
    peakEdge.append(QPointF(m_curve.first().x(), peak));
    for (qsizetype i = 1; i < m_curve.size(); ++i) {
        const QPointF from = m_curve[i - 1];
        const QPointF to = m_curve[i];
        if (to.y() < peak) {
            if (from.y() > peak) {
                const double t = (from.y() - peak) / (from.y() - to.y());
                peakEdge.append(QPointF(from.x() + t * (to.x() - from.x()), peak));
            }
            peak = to.y();
        }
        peakEdge.append(QPointF(to.x(), peak));
    }
    m_drawdownArea = m_curve;
    for (auto it = peakEdge.crbegin(); it != peakEdge.crend(); ++it)
        m_drawdownArea.append(*it);
}

QPointF EquityCurveChart::positionOf(qsizetype index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return QPointF(m_axes.xOf(m_values[index].x), m_axes.yOf(m_values[index].y));
}

qsizetype EquityCurveChart::pointNear(const QPoint &pos) const
{
    if (m_curve.isEmpty() || !m_axes.plotRect().adjusted(-8, -8, 8, 8).contains(pos))
        return -1;
    const auto it = std::lower_bound(m_curve.cbegin(), m_curve.cend(), double(pos.x()),
                                     [](const QPointF &p, double x) { return p.x() < x; });
    qsizetype nearest = std::min<qsizetype>(it - m_curve.cbegin(), m_curve.size() - 1);
    if (nearest > 0 &&
        std::abs(m_curve[nearest - 1].x() - pos.x()) <= std::abs(m_curve[nearest].x() - pos.x()))
        --nearest;

    // Among the few drawn points in the same column take the one nearest the
    // pointer vertically: the spike the operator is pointing at.
    const double columnX = m_curve[nearest].x();
    qsizetype best = nearest;
    const auto distance = [&](qsizetype i) {
        return std::abs(m_curve[i].y() - pos.y());
    };
    for (qsizetype i = nearest - 1; i >= 0 && columnX - m_curve[i].x() <= 1.0; --i) {
        if (distance(i) < distance(best))
            best = i;
    }
    for (qsizetype i = nearest + 1; i < m_curve.size() && m_curve[i].x() - columnX <= 1.0; ++i) {
        if (distance(i) < distance(best))
            best = i;
    }
    return m_kept[best];
}

QString EquityCurveChart::toolTipAt(const QPoint &pos) const
{
    const qsizetype index = pointNear(pos);
    if (index < 0)
        return {};
    const Point &point = m_points[index];
    return tr("%1 UTC\nEquity: %2\nDrawdown: %3")
        .arg(point.time.toUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             ChartFormat::money(point.equity, 2, locale()),
             ChartFormat::money(drawdownAt(index), 2, locale()));
}

bool EquityCurveChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void EquityCurveChart::paintEvent(QPaintEvent *)
{
    const ChartPalette colors(palette());
    QPainter painter(this);
    if (!beginPaint(painter, colors))
        return;

    m_axes.paintGrid(painter, colors);
    painter.save();
    painter.setClipRect(m_axes.plotRect().adjusted(-4, -4, 4, 4));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.drawdown());
    painter.drawPolygon(m_drawdownArea);

    // A decimated curve has up to four points per device column: smoothing
    // its vertical strokes buys nothing visible and costs most of the paint.
    const bool dense = m_curve.size() > m_axes.plotRect().width() * layoutDpr();
    painter.setRenderHint(QPainter::Antialiasing, !dense);
    painter.setPen(QPen(colors.line(), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(m_curve);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_curve.size() * kMarkerSpacing <= m_axes.plotRect().width()) {
        painter.setBrush(colors.line());
        const double radius = m_curve.size() == 1 ? 4.0 : 2.5;
        for (const QPointF &point : std::as_const(m_curve))
            painter.drawEllipse(point, radius, radius);
    }
    painter.restore();

    m_axes.paintAxes(painter, colors);

    if (hoveredItem() >= 0) {
        const QPointF at = positionOf(hoveredItem());
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(colors.axis(), 1, Qt::DashLine));
        painter.drawLine(QPointF(at.x(), m_axes.plotRect().top()),
                         QPointF(at.x(), m_axes.plotRect().bottom()));
        painter.setPen(QPen(colors.background(), 1.5));
        painter.setBrush(colors.line());
        painter.drawEllipse(at, 4.5, 4.5);
    }
}
