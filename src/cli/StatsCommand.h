#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector stats`: session or time-range statistics recomputed from
// the fills, beside the robot's stored figures for a session.
class StatsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "StatsCommand", "Statistics of a trading session or a time range from the fills "
                            "(FIFO round trips), beside the session's stored figures.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
