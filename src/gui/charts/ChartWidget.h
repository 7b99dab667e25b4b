#pragma once

#include <QWidget>

class ChartPalette;
class QPainter;

// What every chart widget shares: it lays itself out (decimation, axes) on data,
// size, font, locale and scale-factor changes, never while painting; it tracks
// the item under the mouse for highlighting; and it paints an honest empty
// state when there is nothing to draw.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    // What the empty chart says.
    QString emptyText() const;
    QSize minimumSizeHint() const override;

protected:
    // Recomputes the layout for the current size; called through relayout().
    virtual void rebuild() = 0;
    // The item (point, bar) at pos, or -1: what hovering highlights.
    virtual qsizetype itemAt(const QPoint &pos) const = 0;
    virtual bool hasData() const = 0;

    void relayout();
    // The scale factor the current layout was made for.
    qreal layoutDpr() const { return m_layoutDpr; }
    qsizetype hoveredItem() const { return m_hovered; }
    void resetHover() { m_hovered = -1; }
    // Fills the background and, without data, draws the empty state. Returns
    // whether the chart itself should be drawn.
    bool beginPaint(QPainter &painter, const ChartPalette &colors);

    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    qreal m_layoutDpr = 0.0;
    qsizetype m_hovered = -1;
};
