#pragma once

#include <QColor>
#include <QPalette>

// Chart colours derived from the widget's palette, so a chart follows the
// light or dark system theme. Gains and losses use a green/red pair picked
// per theme: the deep shades that read on white wash out on a dark base,
// and the light ones glare on white.
class ChartPalette
{
public:
    explicit ChartPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor axis() const { return m_axis; }
    QColor grid() const { return m_grid; }
    QColor zeroLine() const { return m_zeroLine; }
    QColor line() const { return m_line; }
    QColor gain() const { return m_gain; }
    QColor loss() const { return m_loss; }
    QColor drawdown() const { return m_drawdown; }
    QColor marker() const { return m_marker; }

private:
    bool m_dark = false;
    QColor m_background;
    QColor m_text;
    QColor m_axis;
    QColor m_grid;
    QColor m_zeroLine;
    QColor m_line;
    QColor m_gain;
    QColor m_loss;
    QColor m_drawdown;
    QColor m_marker;
};
