#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector init`: the robot's empty schema, as its own init script
// makes it. Refuses a database that already has any of the robot's tables.
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "InitCommand", "Create the robot's empty schema (tables, enums, indexes) in a new "
                           "database; an SQLite file is created if missing.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
