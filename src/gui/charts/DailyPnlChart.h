#pragma once

#include "charts/ChartAxes.h"
#include "charts/ChartWidget.h"
#include "schema/Decimal.h"

#include <QDate>
#include <QList>

// Realized P&L per UTC day as bars: green above the zero line, red below.
//
// Days keep their place on a calendar axis, so a weekend without trades is
// a gap. When the days get too narrow to draw apart (a thousand days in a
// few hundred pixels) the bars merge into weeks, months or years, each the
// exact sum of its days, and the caption says which.
class DailyPnlChart : public ChartWidget
{
    Q_OBJECT
public:
    // Realized P&L of one UTC calendar day. Nested, not global: ti_review has
    // a global DailyPnl of another shape, and two classes of one name in one
    // program break the one-definition rule (QList<DailyPnl> code is shared).
    struct Day
    {
        QDate day;
        Decimal pnl;
    };

    enum class Grouping { Day, Week, Month, Year };

    explicit DailyPnlChart(QWidget *parent = nullptr);

    // One entry per day, in any order; entries for the same day are added.
    void setSeries(const QList<Day> &days);
    const QList<Day> &series() const { return m_days; }

    Grouping grouping() const { return m_grouping; }
    qsizetype barCount() const { return m_bars.size(); }
    QRectF barRect(qsizetype bar) const;
    Decimal barPnl(qsizetype bar) const;
    QDate barStart(qsizetype bar) const;
    // The bar whose slot contains pos horizontally, or -1.
    qsizetype barAt(const QPoint &pos) const;
    QString toolTipAt(const QPoint &pos) const;

    QRectF plotArea() const { return m_axes.plotRect(); }

    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

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

    void rebuild() override;
    qsizetype itemAt(const QPoint &pos) const override { return barAt(pos); }
    bool hasData() const override { return !m_bars.isEmpty(); }
    void layoutAxes(double valueMin, double valueMax);
    QList<Bar> bucket(Grouping grouping) const;

    QList<Day> m_days; // sorted, one per day
    Grouping m_grouping = Grouping::Day;
    ChartAxes m_axes;
    QList<Bar> m_bars;
};

// Source compatibility for callers written against the first version, which
// had a global struct; prefer DailyPnlChart::Day. An alias has no linkage, so
// it cannot collide with ti_review's DailyPnl at link time (a file including
// both headers fails to compile instead, which is the safe failure).
using DailyPnl = DailyPnlChart::Day;
