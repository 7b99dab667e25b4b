#include "CellPalette.h"

namespace CellPalette {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor gain(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0xd6, 0x8f) : QColor(0x1b, 0x7a, 0x3a);
}

QColor loss(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x23, 0x23);
}

QColor enumAccent(const QPalette &palette, const QString &value)
{
    // Buy/sell and the order life cycle: green is done well, red is refused or
    // selling, amber is waiting, blue is under way, grey is over without a fill.
    if (value == u"buy" || value == u"filled")
        return gain(palette);
    if (value == u"sell" || value == u"rejected")
        return loss(palette);
    if (value == u"pending" || value == u"submitted")
        return QColor(0xd9, 0x8e, 0x04);
    if (value == u"partially_filled")
        return QColor(0x2f, 0x6f, 0xd6);
    if (value == u"canceled" || value == u"expired")
        return QColor(0x80, 0x80, 0x80);
    if (value.isEmpty())
        return {};
    // Order types and anything else: a neutral tint of the highlight colour.
    return palette.color(QPalette::Highlight);
}

QColor labelFill(const QPalette &palette, const QColor &accent)
{
    return blend(palette.color(QPalette::Base), accent, isDark(palette) ? 0.35 : 0.22);
}

QColor quietText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.45);
    return color;
}

} // namespace CellPalette
