#include "VerifyCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "backup/BackupVerifier.h"

#include <QCoreApplication>
#include <QFileInfo>

int VerifyCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addPositional(QCoreApplication::translate("VerifyCommand", "file"),
                      QCoreApplication::translate("VerifyCommand", "The backup file to verify."),
                      QStringLiteral("FILE"));
    cli.addJsonOption();
    if (auto stop = cli.parse(arguments, 1, 1))
        return *stop;
    const QString path = QFileInfo(cli.positionals().first()).absoluteFilePath();
    const VerifyResult result = BackupVerifier::verify(path);
    if (cli.json()) {
        JsonOutput::print(context.out, QJsonObject{{QStringLiteral("path"), path},
                                                   {QStringLiteral("ok"), result.ok},
                                                   {QStringLiteral("message"), result.message}});
        return result.ok ? ExitCode::Success : ExitCode::Failure;
    }
    if (!result.ok)
        return cli.fail(QStringLiteral("%1: %2").arg(path, result.message));
    context.out << path << ": " << result.message << Qt::endl;
    return ExitCode::Success;
}
