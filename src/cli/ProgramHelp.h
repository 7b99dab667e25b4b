#pragma once

#include <QString>

// `trade-inspector --help` and `--version`, answered without creating a GUI
// application so they work on a machine with no display (packaging checks, ssh).
namespace ProgramHelp {

QString versionText();
QString helpText();
// True when argv asks only for help or the version of the program itself.
bool isProgramHelpRequest(int argc, char *argv[]);

} // namespace ProgramHelp
