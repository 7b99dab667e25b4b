#pragma once

#include "Command.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// Runs a subcommand the way main() does, with string-backed streams, an
// injected DATABASE_URL and a scripted confirm(): a test of the command is a
// test of what the operator sees.
struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CommandResult runCommand(Command &command, const QStringList &arguments,
                                const QString &databaseUrl = {},
                                std::function<bool(const QString &)> confirm = nullptr)
{
    CommandResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandContext context{out, err, databaseUrl, std::move(confirm)};
    result.exitCode = command.run(arguments, context);
    out.flush();
    err.flush();
    return result;
}
