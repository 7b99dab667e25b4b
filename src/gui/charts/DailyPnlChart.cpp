#include "charts/DailyPnlChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

// Narrower than this (logical pixels per slot) and bars merge into the
// next coarser grouping: below it a bar and its gap no longer read apart.
constexpr double kMinSlot = 6.0;
// One or two days would otherwise be bars as wide as the plot.
constexpr double kMaxBarWidth = 56.0;

qint64 usecsOf(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

QDate groupStart(QDate day, DailyPnlChart::Grouping grouping)
{
    switch (grouping) {
    case DailyPnlChart::Grouping::Day:
        return day;
    case DailyPnlChart::Grouping::Week:
        return day.addDays(1 - day.dayOfWeek());
    case DailyPnlChart::Grouping::Month:
        return QDate(day.year(), day.month(), 1);
    case DailyPnlChart::Grouping::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate groupEnd(QDate start, DailyPnlChart::Grouping grouping)
{
    switch (grouping) {
    case DailyPnlChart::Grouping::Day:
        return start.addDays(1);
    case DailyPnlChart::Grouping::Week:
        return start.addDays(7);
    case DailyPnlChart::Grouping::Month:
        return start.addMonths(1);
    case DailyPnlChart::Grouping::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

qint64 minTickStep(DailyPnlChart::Grouping grouping)
{
    switch (grouping) {
    case DailyPnlChart::Grouping::Day:
        return TimeScale::kDay;
    case DailyPnlChart::Grouping::Week:
        return 7 * TimeScale::kDay;
    case DailyPnlChart::Grouping::Month:
        return 28 * TimeScale::kDay;
    case DailyPnlChart::Grouping::Year:
        return 365 * TimeScale::kDay;
    }
    return TimeScale::kDay;
}

} // namespace

DailyPnlChart::DailyPnlChart(QWidget *parent)
    : ChartWidget(parent)
{
    setAccessibleName(tr("Daily P&L"));
}

QSize DailyPnlChart::sizeHint() const
{
    return QSize(640, 260);
}

void DailyPnlChart::setSeries(const QList<Day> &days)
{
    QList<Day> sorted = days;
    sorted.removeIf([](const Day &d) { return !d.day.isValid(); });
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Day &a, const Day &b) { return a.day < b.day; });
    m_days.clear();
    for (const Day &day : std::as_const(sorted)) {
        if (!m_days.isEmpty() && m_days.last().day == day.day)
            m_days.last().pnl += day.pnl;
        else
            m_days.append(day);
    }

    if (m_days.isEmpty()) {
        setAccessibleDescription(emptyText());
    } else {
        Decimal total;
        for (const Day &day : std::as_const(m_days))
            total += day.pnl;
        setAccessibleDescription(
            tr("%n day(s) with closed trades from %1 to %2; total %3", nullptr, int(m_days.size()))
                .arg(m_days.first().day.toString(Qt::ISODate),
                     m_days.last().day.toString(Qt::ISODate),
                     ChartFormat::money(total, 2, locale())));
    }
    resetHover();
    relayout();
    update();
}

QList<DailyPnlChart::Bar> DailyPnlChart::bucket(Grouping grouping) const
{
    QList<Bar> bars;
    for (const Day &day : m_days) {
        const QDate start = groupStart(day.day, grouping);
        if (bars.isEmpty() || bars.last().start != start) {
            Bar bar;
            bar.start = start;
            bar.end = groupEnd(start, grouping);
            bars.append(bar);
        }
        bars.last().pnl += day.pnl;
        ++bars.last().tradingDays;
    }
    return bars;
}

void DailyPnlChart::layoutAxes(double valueMin, double valueMax)
{
    // Each bar is centred on the start of its day, week, month or year, so
    // the tick there ("3 Mar", "Mar") sits right under it.
    const Bar &first = m_bars.first();
    const Bar &last = m_bars.last();
    ChartAxes::Input input;
    input.bounds = QRectF(rect());
    input.font = font();
    input.locale = locale();
    input.timeMin = usecsOf(first.start) - (usecsOf(first.end) - usecsOf(first.start)) / 2;
    input.timeMax = usecsOf(last.start) + (usecsOf(last.end) - usecsOf(last.start)) / 2;
    input.minTimeStep = minTickStep(m_grouping);
    input.valueMin = std::min(0.0, valueMin);
    input.valueMax = std::max(0.0, valueMax);
    switch (m_grouping) {
    case Grouping::Day:
        input.valueCaption = tr("Realized P&L per day");
        break;
    case Grouping::Week:
        input.valueCaption = tr("Realized P&L per week (days merged)");
        break;
    case Grouping::Month:
        input.valueCaption = tr("Realized P&L per month (days merged)");
        break;
    case Grouping::Year:
        input.valueCaption = tr("Realized P&L per year (days merged)");
        break;
    }
    input.timeCaption = tr("Days in UTC");
    m_axes.layout(input);
}

void DailyPnlChart::rebuild()
{
    m_bars.clear();
    if (m_days.isEmpty())
        return;

    const auto valueRange = [this]() {
        double low = 0.0;
        double high = 0.0;
        for (const Bar &bar : std::as_const(m_bars)) {
            low = std::min(low, bar.pnl.toDouble());
            high = std::max(high, bar.pnl.toDouble());
        }
        return std::pair{low, high};
    };

    // Lay out with one bar per day first: that gives the plot width, which
    // decides whether days still fit.
    m_grouping = Grouping::Day;
    m_bars = bucket(m_grouping);
    {
        const auto [low, high] = valueRange();
        layoutAxes(low, high);
    }
    const double perDay =
        m_axes.plotRect().width() / double(m_days.first().day.daysTo(m_days.last().day) + 1);
    if (perDay < kMinSlot) {
        if (perDay * 7 >= kMinSlot)
            m_grouping = Grouping::Week;
        else if (perDay * 28 >= kMinSlot)
            m_grouping = Grouping::Month;
        else
            m_grouping = Grouping::Year;
        m_bars = bucket(m_grouping);
        const auto [low, high] = valueRange();
        layoutAxes(low, high);
    }

    // Bar edges on whole device pixels keep them crisp; the gap is a fifth
    // of the slot but never less than one device pixel, so bars stay apart.
    const double dpr = layoutDpr();
    const double zeroY = m_axes.yOf(0.0);
    const auto snap = [dpr](double v) {
        return std::round(v * dpr) / dpr;
    };
    for (Bar &bar : m_bars) {
        const qint64 centre = usecsOf(bar.start);
        const qint64 half = (usecsOf(bar.end) - centre) / 2;
        bar.slotLeft = m_axes.xOf(centre - half);
        bar.slotRight = m_axes.xOf(centre + half);
        const double slot = bar.slotRight - bar.slotLeft;
        const double gap = std::max({1.0 / dpr, slot * 0.2, slot - kMaxBarWidth});
        double left = snap(bar.slotLeft + gap / 2.0);
        double right = snap(bar.slotRight - gap / 2.0);
        if (right - left < 1.0 / dpr)
            right = left + 1.0 / dpr;
        const double valueY = m_axes.yOf(bar.pnl.toDouble());
        double top = snap(std::min(zeroY, valueY));
        double bottom = snap(std::max(zeroY, valueY));
        // A loss of a cent still shows as a sliver of red.
        if (!bar.pnl.isZero() && bottom - top < 1.0 / dpr) {
            if (bar.pnl.sign() > 0)
                top = bottom - 1.0 / dpr;
            else
                bottom = top + 1.0 / dpr;
        }
        bar.rect = QRectF(QPointF(left, top), QPointF(right, bottom));
    }
}

QRectF DailyPnlChart::barRect(qsizetype bar) const
{
    return bar >= 0 && bar < m_bars.size() ? m_bars[bar].rect : QRectF();
}

Decimal DailyPnlChart::barPnl(qsizetype bar) const
{
    return bar >= 0 && bar < m_bars.size() ? m_bars[bar].pnl : Decimal();
}

QDate DailyPnlChart::barStart(qsizetype bar) const
{
    return bar >= 0 && bar < m_bars.size() ? m_bars[bar].start : QDate();
}

qsizetype DailyPnlChart::barAt(const QPoint &pos) const
{
    const QRectF plot = m_axes.plotRect();
    if (m_bars.isEmpty() || pos.y() < plot.top() - 4 || pos.y() > plot.bottom() + 4)
        return -1;
    const double x = pos.x() + 0.5;
    const auto it =
        std::upper_bound(m_bars.cbegin(), m_bars.cend(), x,
                         [](double value, const Bar &bar) { return value < bar.slotLeft; });
    if (it == m_bars.cbegin())
        return -1;
    const qsizetype index = (it - m_bars.cbegin()) - 1;
    return x <= m_bars[index].slotRight ? index : -1;
}

QString DailyPnlChart::toolTipAt(const QPoint &pos) const
{
    const qsizetype index = barAt(pos);
    if (index < 0)
        return {};
    const Bar &bar = m_bars[index];
    const QLocale locale = this->locale();
    QString period;
    switch (m_grouping) {
    case Grouping::Day:
        period = locale.toString(bar.start, QStringLiteral("ddd d MMM yyyy"));
        break;
    case Grouping::Week:
        period = tr("Week of %1").arg(locale.toString(bar.start, QStringLiteral("d MMM yyyy")));
        break;
    case Grouping::Month:
        period = locale.toString(bar.start, QStringLiteral("MMMM yyyy"));
        break;
    case Grouping::Year:
        period = locale.toString(bar.start, QStringLiteral("yyyy"));
        break;
    }
    QString text =
        tr("%1\nRealized P&L: %2")
            .arg(period, ChartFormat::money(bar.pnl, 2, locale, ChartFormat::Sign::Always));
    if (m_grouping != Grouping::Day)
        text += QLatin1Char('\n') + tr("%n day(s) with closed trades", nullptr, bar.tradingDays);
    return text;
}

bool DailyPnlChart::event(QEvent *event)
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

void DailyPnlChart::paintEvent(QPaintEvent *)
{
    const ChartPalette colors(palette());
    QPainter painter(this);
    if (!beginPaint(painter, colors))
        return;

    m_axes.paintGrid(painter, colors);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        QColor fill = bar.pnl.sign() < 0 ? colors.loss() : colors.gain();
        if (i == hoveredItem())
            fill = colors.isDark() ? fill.lighter(130) : fill.darker(130);
        painter.fillRect(bar.rect, fill);
    }
    m_axes.paintAxes(painter, colors);
}
