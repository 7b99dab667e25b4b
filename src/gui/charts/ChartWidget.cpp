#include "ChartWidget.h"

#include "ChartPalette.h"

#include <QMouseEvent>
#include <QPainter>

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true); // hover highlights and tooltips follow the mouse
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleDescription(emptyText());
}

QString ChartWidget::emptyText() const
{
    return tr("No closed trades in this range");
}

QSize ChartWidget::minimumSizeHint() const
{
    return QSize(240, 160);
}

void ChartWidget::relayout()
{
    m_layoutDpr = devicePixelRatioF();
    rebuild();
}

bool ChartWidget::beginPaint(QPainter &painter, const ChartPalette &colors)
{
    // Moving to a screen with another scale factor changes the pixel columns;
    // the layout is otherwise rebuilt on data and size changes, never here.
    if (!qFuzzyCompare(m_layoutDpr, devicePixelRatioF()))
        relayout();
    painter.fillRect(rect(), colors.background());
    if (hasData())
        return true;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
    return false;
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_hovered = -1;
    relayout();
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Colours are read from the palette while painting; fonts and the locale
    // change label widths and so the layout.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    QWidget::mouseMoveEvent(event);
    const qsizetype hovered = itemAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void ChartWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
}
