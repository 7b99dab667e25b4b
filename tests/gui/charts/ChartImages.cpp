#include "ChartImages.h"

#include <QDir>
#include <QPainter>
#include <QWidget>

#include <cmath>
#include <cstdlib>

namespace ChartImages {

QImage render(QWidget &widget, qreal devicePixelRatio)
{
    QImage image(widget.size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    widget.render(&image);
    return image.convertToFormat(QImage::Format_ARGB32);
}

int countNear(const QImage &image, const QRectF &rect, const QColor &color, int tolerance)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect pixels =
        QRect(
            QPoint(int(std::floor(rect.left() * dpr)), int(std::floor(rect.top() * dpr))),
            QPoint(int(std::ceil(rect.right() * dpr)) - 1, int(std::ceil(rect.bottom() * dpr)) - 1))
            .intersected(image.rect());
    int count = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance &&
                std::abs(c.green() - color.green()) <= tolerance &&
                std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("TI_CHART_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace ChartImages
