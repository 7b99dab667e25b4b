#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector restore --database URL FILE [--dir DIR] [--yes]
// [--force-active]`: verify, safety backup, restore, check row counts.
class RestoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "RestoreCommand", "Replace the database with a backup: verify it, back up the current "
                              "database first (into --dir or the default directory), restore, "
                              "then check every table's row count. Asks first unless --yes.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
