#pragma once

#include "Command.h"

#include <QCoreApplication>

// trade-inspector export --database URL --table orders|trades|positions|trading_sessions
//   [--filter EXPR]... [--from ISO] [--to ISO] [--search TEXT] [--sort [-]COLUMN]
//   [--format csv|json] [--output FILE]
// The same FilterSet and ExportJob the GUI's export button uses. A bad column
// or expression is a usage error (exit 2) that names it.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ExportCommand", "Export a table's filtered, sorted rows as CSV or JSON.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;
};
