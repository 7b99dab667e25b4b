#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads the application's translation for a locale, when one is installed, and
// Qt's own (dialog buttons and the like) from Qt's translations directory.
// Without a matching .qm nothing is installed and every message stays in the
// English it was written in, so the command line's output does not change.
namespace AppTranslator {

inline constexpr char kFilePrefix[] = "trade-inspector";

// Where a trade-inspector_<language>.qm is looked for, first match wins: the
// user's and the system's data directories (XDG_DATA_HOME, XDG_DATA_DIRS under
// TradeInspector/trade-inspector/translations), then the same path relative to
// the binary, for an install under any prefix.
QStringList searchDirectories();

// Installs the translators for `locale` on `app` (they become its children).
// Returns the .qm file loaded for the application, or an empty string.
QString install(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace AppTranslator
