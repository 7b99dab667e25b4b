#include "RestoreCommand.h"

#include "CommandLine.h"
#include "backup/RestoreJob.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString comparison(const RestorePreview &preview)
{
    QStringList tables = preview.current.keys();
    for (const QString &table : preview.backup.keys()) {
        if (!tables.contains(table))
            tables << table;
    }
    QStringList lines;
    for (const QString &table : tables) {
        const QString now = preview.current.contains(table)
                                ? QString::number(preview.current.value(table))
                                : QStringLiteral("-");
        const QString then = preview.backup.contains(table)
                                 ? QString::number(preview.backup.value(table))
                                 : QStringLiteral("?");
        lines << QCoreApplication::translate("RestoreCommand", "  %1 %2 rows now, %3 in the backup")
                     .arg(table.leftJustified(18), now.rightJustified(10), then);
    }
    return lines.join(u'\n');
}

} // namespace

int RestoreCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addPositional(QCoreApplication::translate("RestoreCommand", "file"),
                      QCoreApplication::translate("RestoreCommand", "The backup to restore."),
                      QStringLiteral("FILE"));
    cli.addOption(
        {QStringLiteral("dir"),
         QCoreApplication::translate(
             "RestoreCommand", "Where the safety backup goes (default: the backup directory)."),
         QStringLiteral("dir")});
    cli.addOption({QCoreApplication::translate("RestoreCommand", "yes"),
                   QCoreApplication::translate("RestoreCommand", "Do not ask for confirmation.")});
    cli.addOption(
        {QStringLiteral("force-active"),
         QCoreApplication::translate("RestoreCommand",
                                     "Restore even though a trading session is marked active.")});
    if (auto stop = cli.parse(arguments, 1, 1))
        return *stop;
    int exitCode = ExitCode::Success;
    const auto spec = cli.connection(&exitCode);
    if (!spec)
        return exitCode;
    const QString file = QFileInfo(cli.positionals().first()).absoluteFilePath();
    const bool forceActive = cli.isSet(QStringLiteral("force-active"));

    const RestorePreview preview = RestoreJob::preview(*spec, file);
    if (!preview.ok)
        return cli.fail(
            QCoreApplication::translate("RestoreCommand", "%1 The database was not changed.")
                .arg(preview.message));
    if (preview.activeSessions > 0 && !forceActive)
        return cli.fail(
            QCoreApplication::translate("RestoreCommand",
                                        "%n trading session(s) are marked active: the robot is "
                                        "probably running. Stop it, or pass --force-active. The "
                                        "database was not changed.",
                                        nullptr, preview.activeSessions));
    if (!cli.isSet(QStringLiteral("yes"))) {
        if (!context.confirm)
            return cli.fail(
                QCoreApplication::translate("RestoreCommand",
                                            "restore replaces %1 and needs confirmation: run it on "
                                            "a terminal or pass --yes. The database was not "
                                            "changed.")
                    .arg(preview.target));
        const QString question =
            QCoreApplication::translate(
                "RestoreCommand",
                "Replace %1 with %2?\n%3\nThe current database is backed up first.")
                .arg(preview.target, file, comparison(preview));
        if (!context.confirm(question))
            return cli.fail(QCoreApplication::translate(
                "RestoreCommand", "not confirmed; the database was not changed."));
    }

    RestoreOptions options;
    options.forceActive = forceActive;
    if (cli.isSet(QStringLiteral("dir")))
        options.backupDirectory = cli.value(QStringLiteral("dir"));
    const RestoreResult result = RestoreJob::run(*spec, file, options);
    for (const QString &warning : result.warnings)
        context.err << warning << Qt::endl;
    if (!result.ok)
        return cli.fail(result.message);
    context.out << result.message << Qt::endl;
    return ExitCode::Success;
}
