#pragma once

#include "charts/ChartAxes.h"
#include "charts/ChartWidget.h"
#include "charts/SeriesDecimator.h"
#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QList>
#include <QPolygonF>

// The realized equity curve of a session: cumulative P&L over time, with the
// drawdown (the area between the running peak and the curve) shaded.
//
// setSeries() and resizes decimate the series to at most four points per
// device pixel column and build the polygons; paintEvent only draws them,
// so a million points repaint instantly. Values are exact Decimals; they
// become doubles only to be drawn, and tooltips show the exact figures.
class EquityCurveChart : public ChartWidget
{
    Q_OBJECT
public:
    // One step of the realized equity curve: cumulative realized P&L (or the
    // balance) right after a closing fill. Nested, not global: ti_review has
    // a global EquityPoint of another shape (see DailyPnlChart::Day).
    struct Point
    {
        Timestamp time;
        Decimal equity;
    };

    explicit EquityCurveChart(QWidget *parent = nullptr);

    // Points sorted by time (they are sorted here if they are not).
    void setSeries(const QList<Point> &points);
    const QList<Point> &series() const { return m_points; }
    // Equity before the first point; the running peak starts here, so a
    // first trade that loses is already a drawdown. Zero for cumulative P&L.
    void setStartingEquity(Decimal equity);

    // The series point drawn nearest to pos (nearest in time, then in value
    // among points in the same pixel column), or -1 outside the plot.
    qsizetype pointNear(const QPoint &pos) const;
    // Where point index is drawn, in widget coordinates.
    QPointF positionOf(qsizetype index) const;
    // What the tooltip shows at pos: time, equity and drawdown, or empty.
    QString toolTipAt(const QPoint &pos) const;
    // Peak minus equity at point index, exact.
    Decimal drawdownAt(qsizetype index) const;

    QRectF plotArea() const { return m_axes.plotRect(); }
    qsizetype drawnPointCount() const { return m_kept.size(); }

    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild() override;
    qsizetype itemAt(const QPoint &pos) const override { return pointNear(pos); }
    bool hasData() const override { return !m_points.isEmpty(); }

    QList<Point> m_points;
    QList<SeriesPoint> m_values;  // the points as (usecs, double) for drawing
    QList<qsizetype> m_peakIndex; // index of the running peak, -1 = starting equity
    Decimal m_startingEquity;

    ChartAxes m_axes;
    QList<qsizetype> m_kept; // decimated indices into m_points
    QPolygonF m_curve;       // m_kept in widget coordinates
    QPolygonF m_drawdownArea;
};

// Source compatibility, as for DailyPnl in DailyPnlChart.h; prefer
// EquityCurveChart::Point.
using EquityPoint = EquityCurveChart::Point;
