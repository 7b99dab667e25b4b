#include "GuiLauncher.h"

#include "CommandRegistry.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace GuiLauncher {

int run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "GuiLauncher", "Inspect, review and back up a trading robot's database."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {{QStringLiteral("d"), QStringLiteral("database")},
         QApplication::translate("GuiLauncher", "Database URL or SQLite file (default: "
                                                "$DATABASE_URL, else the demo database)."),
         QStringLiteral("url")});
    QString commands = QStringLiteral("command");
    QString commandHelp = QApplication::translate("GuiLauncher", "Run headless; one of:");
    for (const auto &command : CommandRegistry::all())
        commandHelp += u'\n' + command->name().leftJustified(9) + command->summary();
    parser.addPositionalArgument(commands, commandHelp, QStringLiteral("[command [options]]"));
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "trade-inspector: unknown command \"%s\" (see --help)\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    const QString url =
        parser.isSet(QStringLiteral("database"))
            ? parser.value(QStringLiteral("database"))
            : QProcessEnvironment::systemEnvironment().value(QStringLiteral("DATABASE_URL"));
    MainWindow window;
    window.show();
    window.openDatabaseUrl(url);
    return app.exec();
}

} // namespace GuiLauncher
