// trade-inspector: with a subcommand it runs headless (QCoreApplication, no
// display needed); without one it starts the GUI.
#include "CommandRegistry.h"
#include "ProgramHelp.h"
#include "gui/GuiLauncher.h"
#include "settings/AppTranslator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TradeInspector"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("trade-inspector.example"));
    QCoreApplication::setApplicationName(QStringLiteral("trade-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADE_INSPECTOR_VERSION));
}

bool askOnTerminal(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return false;
    std::fprintf(stderr, "%s [y/N] ", question.toLocal8Bit().constData());
    std::fflush(stderr);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

int runCommand(Command &command, int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    AppTranslator::install(app);
    QStringList arguments = app.arguments().mid(2);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext context{
        out, err, QProcessEnvironment::systemEnvironment().value(QStringLiteral("DATABASE_URL")),
        nullptr};
    if (isatty(STDIN_FILENO))
        context.confirm = askOnTerminal;
    return command.run(arguments, context);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1) {
        if (Command *command = CommandRegistry::find(QString::fromLocal8Bit(argv[1])))
            return runCommand(*command, argc, argv);
    }
    if (ProgramHelp::isProgramHelpRequest(argc, argv)) {
        QCoreApplication app(argc, argv);
        const bool version = app.arguments().contains(QStringLiteral("--version")) ||
                             app.arguments().contains(QStringLiteral("-v"));
        QTextStream(stdout) << (version ? ProgramHelp::versionText() : ProgramHelp::helpText());
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    AppTranslator::install(app);
    return GuiLauncher::run(app);
}
