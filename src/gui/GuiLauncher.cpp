#include "GuiLauncher.h"

#include "ColorScheme.h"
#include "CommandRegistry.h"
#include "DemoDatabaseSetup.h"
#include "MainPages.h"
#include "MainWindow.h"
#include "demo/DemoOptions.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>

namespace GuiLauncher {

int run(QApplication &app)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trade-inspector.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tradeinspector.TradeInspector"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "GuiLauncher", "Inspect, review and back up a trading robot's database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        {QStringLiteral("d"), QStringLiteral("database")},
        QApplication::translate("GuiLauncher", "Database URL or SQLite file (default: "
                                               "$DATABASE_URL, else the demo database)."),
        QStringLiteral("url"));
    parser.addOption(databaseOption);
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("GuiLauncher",
                                "Settings file to use instead of the user's (for scripts)."),
        QStringLiteral("file"));
    parser.addOption(settingsOption);
    QString commandHelp = QApplication::translate("GuiLauncher", "Run headless; one of:");
    for (const auto &command : CommandRegistry::all())
        commandHelp += u'\n' + command->name().leftJustified(9) + command->summary();
    parser.addPositionalArgument(QStringLiteral("command"), commandHelp,
                                 QStringLiteral("[command [options]]"));
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "trade-inspector: unknown command \"%s\" (see --help)\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    ColorScheme::apply(app, ColorScheme::preferred());
    const auto settings = parser.isSet(settingsOption)
                              ? std::make_unique<AppSettings>(parser.value(settingsOption))
                              : std::make_unique<AppSettings>();
    MainWindow window(*settings);
    MainPages::install(window, *settings);
    window.show();
    const QString url =
        parser.isSet(databaseOption)
            ? parser.value(databaseOption)
            : QProcessEnvironment::systemEnvironment().value(QStringLiteral("DATABASE_URL"));
    if (url.isEmpty())
        DemoDatabaseSetup::openIn(window, DemoOptions{}.orders);
    else
        window.openUrl(url);
    return app.exec();
}

} // namespace GuiLauncher
