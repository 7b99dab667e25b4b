#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The few colours the grid adds to the system palette: gains and losses, and
// the tints of side and status labels. Chosen from the palette's lightness so
// they read on light and dark themes alike.
namespace CellPalette {

bool isDark(const QPalette &palette);
QColor gain(const QPalette &palette);
QColor loss(const QPalette &palette);
// The accent of an enum value ("buy", "partially_filled"); invalid for none.
QColor enumAccent(const QPalette &palette, const QString &value);
// A label's fill: the accent blended into the base colour.
QColor labelFill(const QPalette &palette, const QColor &accent);
// NULL and other "no value" text.
QColor quietText(const QPalette &palette);

} // namespace CellPalette
