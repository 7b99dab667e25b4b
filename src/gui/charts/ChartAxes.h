#pragma once

#include "charts/NiceScale.h"
#include "charts/TimeScale.h"

#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>

class ChartPalette;
class QPainter;

// The frame shared by the time charts: a value axis with money labels on the
// left, a UTC time axis below, captions above, grid lines and a zero line.
// Layout happens once per data or size change; paint only draws the result.
class ChartAxes
{
public:
    struct Input
    {
        QRectF bounds;  // the widget's rect
        QFont font;     // tick labels use this, captions a smaller one
        QLocale locale; // the widget's: separators, month names
        double valueMin = 0.0;
        double valueMax = 0.0;
        qint64 timeMin = 0;
        qint64 timeMax = 0;
        qint64 minTimeStep = 0; // a day for daily bars: no "12:00" ticks
        QString valueCaption;
        QString timeCaption;
    };

    void layout(const Input &input);

    QRectF plotRect() const { return m_plot; }
    const NiceScale &valueScale() const { return m_values; }
    const QList<TimeTick> &timeTicks() const { return m_timeTicks; }
    qint64 timeMin() const { return m_timeMin; }
    qint64 timeMax() const { return m_timeMax; }

    double xOf(qint64 usecs) const;
    double yOf(double value) const;
    qint64 timeAt(double x) const;

    // Grid lines go under the data, labels and the zero line over it.
    void paintGrid(QPainter &painter, const ChartPalette &colors) const;
    void paintAxes(QPainter &painter, const ChartPalette &colors) const;

private:
    Input m_input;
    QFont m_captionFont;
    QRectF m_plot;
    NiceScale m_values;
    QList<TimeTick> m_timeTicks;
    qint64 m_timeMin = 0;
    qint64 m_timeMax = 1;
};
