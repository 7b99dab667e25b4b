#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector info`: what is this database, and how much of the robot's
// schema does it hold.
class InfoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "InfoCommand", "Show the driver, server version, the robot's tables with row "
                           "counts, and missing or extra columns and tables.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
