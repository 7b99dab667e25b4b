#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

class QWidget;

// Pixel probes for rendered charts: a chart is right when the colours it
// promises are where they belong, whatever the font or anti-aliasing.
namespace ChartImages {

// The widget rendered at a device pixel ratio, as ARGB32.
QImage render(QWidget &widget, qreal devicePixelRatio = 1.0);
// Pixels in rect (logical coordinates) within tolerance of color per channel.
int countNear(const QImage &image, const QRectF &rect, const QColor &color, int tolerance = 40);
// Writes image to $TI_CHART_SNAPSHOTS/<name>.png when that variable is set.
void keep(const QImage &image, const QString &name);

} // namespace ChartImages
