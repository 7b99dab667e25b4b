#pragma once

#include <QPalette>
#include <QString>

class QApplication;

// Light or dark, as the desktop prefers. Qt 6.4 does not follow the desktop's
// dark preference on Linux (6.5 learned to); this asks the XDG desktop portal
// for org.freedesktop.appearance color-scheme, as 6.5 does, and gives a dark
// desktop a dark Fusion palette. TI_COLOR_SCHEME=dark|light overrides it, for
// scripts and for desktops without a portal.
namespace ColorScheme {

enum class Scheme { NoPreference, Light, Dark };

// TI_COLOR_SCHEME if set, else the portal's answer (NoPreference without one).
Scheme preferred();
// Parses "dark" / "light" (any case); anything else is NoPreference.
Scheme fromName(const QString &name);
// A readable dark palette: light text on dark grey, links and selection in blue.
QPalette darkPalette();
// Applies `scheme` unless the platform's palette already matches it.
void apply(QApplication &app, Scheme scheme);

} // namespace ColorScheme
