#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector verify FILE [--json]`: can this backup be restored?
class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "VerifyCommand", "Verify a backup file: SHA-256 against its sidecar, then SQLite's "
                             "integrity check or pg_restore --list. Exit 1 when it is refused.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
