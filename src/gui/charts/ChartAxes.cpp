#include "charts/ChartAxes.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kTickLength = 4.0;
constexpr double kLabelGap = 6.0;

// Snaps a coordinate to the middle of a device pixel so one-pixel lines stay
// crisp at any scale factor.
double crisp(double v, double dpr)
{
    return (std::floor(v * dpr) + 0.5) / dpr;
}

} // namespace

void ChartAxes::layout(const Input &input)
{
    m_input = input;
    m_captionFont = input.font;
    if (m_captionFont.pointSizeF() > 0)
        m_captionFont.setPointSizeF(m_captionFont.pointSizeF() * 0.9);
    const QFontMetricsF metrics(input.font);
    const QFontMetricsF captionMetrics(m_captionFont);

    m_timeMin = input.timeMin;
    m_timeMax = std::max(input.timeMax, input.timeMin + 1);

    const double top = input.bounds.top() + captionMetrics.height() + metrics.height() * 0.5;
    const double bottom =
        input.bounds.bottom() - (kTickLength + 2.0 + metrics.height() * 2.0 + kLabelGap * 0.5);
    const double plotHeight = std::max(1.0, bottom - top);

    // About one label every two and a half text lines: dense enough to read
    // values off, sparse enough that labels never touch.
    const int maxTicks = std::clamp(int(plotHeight / (metrics.height() * 2.5)), 1, 10);
    // A little headroom so the extreme point does not sit on the frame; zero
    // is a natural edge (all-gain bars stand on it) and stays unpadded.
    const double pad = (input.valueMax - input.valueMin) * 0.04;
    const double valueMin = input.valueMin == 0.0 ? 0.0 : input.valueMin - pad;
    const double valueMax = input.valueMax == 0.0 ? 0.0 : input.valueMax + pad;
    m_values = NiceScale::compute(valueMin, valueMax, maxTicks);

    double labelWidth = 0.0;
    for (const double tick : m_values.ticks())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(ChartFormat::money(
                                              tick, m_values.decimals(), m_input.locale)));
    const double left = input.bounds.left() + labelWidth + kLabelGap + kTickLength + 4.0;
    const double right = input.bounds.right() - metrics.horizontalAdvance(QLatin1Char('M'));
    m_plot = QRectF(QPointF(left, top), QPointF(std::max(left + 1.0, right), top + plotHeight));

    m_timeTicks = TimeScale::ticks(m_timeMin, m_timeMax, m_plot.width(), metrics, input.minTimeStep,
                                   input.locale);
}

double ChartAxes::xOf(qint64 usecs) const
{
    return m_plot.left() +
           m_plot.width() * double(usecs - m_timeMin) / double(m_timeMax - m_timeMin);
}

double ChartAxes::yOf(double value) const
{
    const double span = m_values.max() - m_values.min();
    return m_plot.bottom() - m_plot.height() * (value - m_values.min()) / span;
}

qint64 ChartAxes::timeAt(double x) const
{
    return m_timeMin + qint64(std::llround((x - m_plot.left()) / m_plot.width() *
                                           double(m_timeMax - m_timeMin)));
}

void ChartAxes::paintGrid(QPainter &painter, const ChartPalette &colors) const
{
    const double dpr = painter.device()->devicePixelRatioF();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(colors.grid(), 0));
    for (const double tick : m_values.ticks()) {
        const double y = crisp(yOf(tick), dpr);
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }
    for (const TimeTick &tick : m_timeTicks) {
        const double x = crisp(xOf(tick.usecs), dpr);
        painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
    }
    painter.restore();
}

void ChartAxes::paintAxes(QPainter &painter, const ChartPalette &colors) const
{
    const double dpr = painter.device()->devicePixelRatioF();
    const QFontMetricsF metrics(m_input.font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(m_input.font);

    // Frame: the value axis and the time axis.
    painter.setPen(QPen(colors.axis(), 0));
    const double axisX = crisp(m_plot.left(), dpr);
    const double axisY = crisp(m_plot.bottom(), dpr);
    painter.drawLine(QPointF(axisX, m_plot.top()), QPointF(axisX, axisY));
    painter.drawLine(QPointF(axisX, axisY), QPointF(m_plot.right(), axisY));

    // Zero line, stronger than the grid: above it is profit, below is loss.
    if (m_values.min() <= 0.0 && m_values.max() >= 0.0) {
        painter.setPen(QPen(colors.zeroLine(), 1.0 / dpr * std::max(1.0, std::round(dpr))));
        const double y = crisp(yOf(0.0), dpr);
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }

    painter.setPen(colors.text());
    for (const double tick : m_values.ticks()) {
        const double y = yOf(tick);
        painter.drawLine(QPointF(axisX - kTickLength, crisp(y, dpr)),
                         QPointF(axisX, crisp(y, dpr)));
        const QString text = ChartFormat::money(tick, m_values.decimals(), m_input.locale);
        const QRectF box(m_input.bounds.left(), y - metrics.height() / 2.0,
                         m_plot.left() - kTickLength - kLabelGap / 2.0 - m_input.bounds.left(),
                         metrics.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    }

    // Time labels centred on their tick but kept inside the widget; a
    // context line ("3 Mar 2025") is skipped when it would collide with the
    // previous one.
    double contextEnd = -1e9;
    const double labelTop = m_plot.bottom() + kTickLength + 2.0;
    for (const TimeTick &tick : m_timeTicks) {
        const double x = xOf(tick.usecs);
        painter.drawLine(QPointF(crisp(x, dpr), axisY),
                         QPointF(crisp(x, dpr), axisY + kTickLength));
        auto placed = [&](const QString &text, double y) {
            const double width = metrics.horizontalAdvance(text);
            const double left =
                std::clamp(x - width / 2.0, m_input.bounds.left(), m_input.bounds.right() - width);
            return QRectF(left, y, width, metrics.height());
        };
        painter.drawText(placed(tick.label, labelTop), Qt::AlignCenter, tick.label);
        if (!tick.context.isEmpty()) {
            const QRectF box = placed(tick.context, labelTop + metrics.height());
            if (box.left() > contextEnd) {
                painter.setPen(colors.axis());
                painter.drawText(box, Qt::AlignCenter, tick.context);
                painter.setPen(colors.text());
                contextEnd = box.right() + metrics.horizontalAdvance(QLatin1Char('M'));
            }
        }
    }

    // Captions: what the values are (left) and which clock the times use (right).
    painter.setFont(m_captionFont);
    painter.setPen(colors.axis());
    const QFontMetricsF captionMetrics(m_captionFont);
    const QRectF captionRow(m_input.bounds.left(), m_input.bounds.top(), m_input.bounds.width(),
                            captionMetrics.height());
    // In a narrow widget the value caption gives way (elided) to the time
    // caption, which is short and says which clock the axis uses.
    const double timeWidth = captionMetrics.horizontalAdvance(m_input.timeCaption);
    const double valueRoom =
        captionRow.width() - 4 - timeWidth - captionMetrics.horizontalAdvance(QLatin1Char('M'));
    painter.drawText(captionRow.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     captionMetrics.elidedText(m_input.valueCaption, Qt::ElideRight, valueRoom));
    painter.drawText(captionRow.adjusted(0, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter,
                     m_input.timeCaption);
    painter.restore();
}
