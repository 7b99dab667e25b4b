#pragma once

#include "Command.h"

#include <QCoreApplication>

// `trade-inspector demo`: a robot database full of realistic, consistent demo
// data (DemoDataGenerator), e.g. to try Trade Inspector without a robot.
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "DemoCommand", "Fill a database with realistic demo data: sessions, orders, fills, "
                           "positions (about 1.4 trades per order). Creates the schema and "
                           "an SQLite file if missing; refuses robot data unless --force.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
