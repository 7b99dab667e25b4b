#include "BackupCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"

#include <QCoreApplication>

QJsonObject BackupCommand::toJson(const QString &path, qint64 bytes, const QString &sha256,
                                  const TableCounts &tables, bool verified)
{
    QJsonObject counts;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("bytes"), double(bytes)},
        {QStringLiteral("sha256"), sha256.isEmpty() ? QJsonValue() : QJsonValue(sha256)},
        {QStringLiteral("tables"), counts},
        {QStringLiteral("verified"), verified},
    };
}

int BackupCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addOption(
        {QStringLiteral("dir"),
         QCoreApplication::translate("BackupCommand",
                                     "Backup directory (default: backups/ next to an SQLite file, "
                                     "else under the user's data directory)."),
         QStringLiteral("dir")});
    cli.addJsonOption();
    if (auto stop = cli.parse(arguments))
        return *stop;
    int exitCode = ExitCode::Success;
    const auto spec = cli.connection(&exitCode);
    if (!spec)
        return exitCode;
    const QString directory = cli.isSet(QStringLiteral("dir"))
                                  ? cli.value(QStringLiteral("dir"))
                                  : BackupCatalog::defaultDirectory(*spec);
    const BackupResult result = BackupJob::run(*spec, directory);
    for (const QString &warning : result.warnings)
        context.err << warning << Qt::endl;
    if (!result.ok)
        return cli.fail(result.message);
    if (cli.json())
        JsonOutput::print(context.out, toJson(result.path, result.bytes, result.sha256,
                                              result.tables, result.verified));
    else
        context.out << result.path << Qt::endl;
    return ExitCode::Success;
}
