#include "ProgramHelp.h"

#include "CommandRegistry.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace ProgramHelp {

QString versionText()
{
    return QStringLiteral("trade-inspector %1 (Qt %2, SQLite %3)\n")
        .arg(QStringLiteral(TRADE_INSPECTOR_VERSION), QString::fromLatin1(qVersion()),
             QString::fromLatin1(sqlite3_libversion()));
}

QString helpText()
{
    QString text = QCoreApplication::translate(
        "ProgramHelp",
        "Usage: trade-inspector [--database URL]\n"
        "       trade-inspector <command> [options]   (see trade-inspector <command> --help)\n"
        "\n"
        "Inspect, review and back up a trading robot's database. Without a command the\n"
        "GUI starts on --database, else $DATABASE_URL, else the built-in demo database.\n"
        "\n"
        "Options:\n"
        "  -d, --database <url>  sqlite:///file.db, a file path, or postgresql://user@host/db\n"
        "  -v, --version         Show the version.\n"
        "  -h, --help            Show this help.\n"
        "\n"
        "Commands:\n");
    for (const auto &command : CommandRegistry::all())
        text +=
            QStringLiteral("  %1 %2\n").arg(command->name().leftJustified(9), command->summary());
    text += QCoreApplication::translate("ProgramHelp",
                                        "\nExit codes: 0 success, 1 failure, 2 usage error.\n");
    return text;
}

bool isProgramHelpRequest(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace ProgramHelp
