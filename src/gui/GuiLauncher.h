#pragma once

class QApplication;

namespace GuiLauncher {

// Parses the GUI's command line (--database, --version, --help), picks the
// database (the option, DATABASE_URL, or the embedded demo database) and runs
// the main window until it closes.
int run(QApplication &app);

} // namespace GuiLauncher
