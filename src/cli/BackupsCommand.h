#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector backups --database URL [--dir DIR] [--verify] [--json]`:
// the backups in the directory, ours and the robot's own, newest first.
class BackupsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "BackupsCommand", "List the backups in the backup directory (those made here and the "
                              "robot's own) with time, size, source, row counts and verified "
                              "state.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
