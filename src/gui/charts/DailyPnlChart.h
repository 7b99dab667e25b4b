#pragma once

#include "charts/ChartAxes.h"
#include "charts/DailyPnl.h"

#include <QList>
#include <QWidget>

// Realized P&L per UTC day as bars: green above the zero line, red below.
//
// Days keep their place on a calendar axis, so a weekend without trades is
// a gap. When the days get too narrow to draw apart (a thousand days in a
// few hundred pixels) the bars merge into weeks, months or years, each the
// exact sum of its days, and the caption says which.
class DailyPnlChart : public QWidget
{
    Q_OBJECT
public:
    enum class Grouping { Day, Week, Month, Year };

    explicit DailyPnlChart(QWidget *parent = nullptr);

    // One entry per day, in any order; entries for the same day are added.
    void setSeries(const QList<DailyPnl> &days);
    const QList<DailyPnl> &series() const { return m_days; }

    Grouping grouping() const { return m_grouping; }
    qsizetype barCount() const { return m_bars.size(); }
    QRectF barRect(qsizetype bar) const;
    Decimal barPnl(qsizetype bar) const;
    QDate barStart(qsizetype bar) const;
    // The bar whose slot contains pos horizontally, or -1.
    qsizetype barAt(const QPoint &pos) const;
    QString toolTipAt(const QPoint &pos) const;

    QRectF plotArea() const { return m_axes.plotRect(); }
    QString emptyText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Bar
    {
        QDate start;
        QDate end; // first day after the bucket
        int tradingDays = 0;
        Decimal pnl;
        double slotLeft = 0.0;
        double slotRight = 0.0;
        QRectF rect;
    };

    void rebuild();
    void layoutAxes(double valueMin, double valueMax);
    QList<Bar> bucket(Grouping grouping) const;

    QList<DailyPnl> m_days; // sorted, one per day
    Grouping m_grouping = Grouping::Day;
    ChartAxes m_axes;
    QList<Bar> m_bars;
    qreal m_layoutDpr = 0.0;
    qsizetype m_hovered = -1;
};
