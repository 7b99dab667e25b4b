#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector check`: the integrity audit. Exit 0 with no error finding,
// 1 with at least one, 2 on a usage error, 3 when the audit could not run.
class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "CheckCommand", "Audit the robot's data for contradictions: orders against fills, "
                            "trade values, positions, session statistics, timestamps.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
