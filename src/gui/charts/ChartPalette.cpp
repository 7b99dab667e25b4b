#include "charts/ChartPalette.h"

#include <cstdlib>

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

ChartPalette::ChartPalette(const QPalette &palette)
    : m_background(palette.color(QPalette::Base))
    , m_text(palette.color(QPalette::Text))
{
    m_dark = m_background.lightness() < 128;
    m_axis = withAlpha(m_text, 150);
    m_grid = withAlpha(m_text, m_dark ? 40 : 28);
    m_zeroLine = withAlpha(m_text, 170);
    // Material green/red 800 on light, 400 on dark: both pairs keep enough
    // contrast against their base and stay apart for most colour-blind eyes
    // through lightness as well as hue.
    m_gain = m_dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    m_loss = m_dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    m_drawdown = withAlpha(m_loss, m_dark ? 80 : 60);
    // The curve takes the theme's accent, unless the accent is too close to
    // the base to read (some themes use a pale highlight).
    const QColor accent = palette.color(QPalette::Highlight);
    const bool accentReads = std::abs(accent.lightness() - m_background.lightness()) > 60;
    m_line = accentReads ? accent : (m_dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0));
    m_marker = m_text;
}
