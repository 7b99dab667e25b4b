#include "ExportCommand.h"

#include "CommandLine.h"
#include "query/ExportJob.h"
#include "query/FilterExpressionParser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace {

QCommandLineOption option(const QString &name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(name, description, valueName);
}

} // namespace

int ExportCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addOption(option(QStringLiteral("table"),
                         QCoreApplication::translate(
                             "ExportCommand", "orders, trades, positions or trading_sessions."),
                         QStringLiteral("table")));
    cli.addOption(option(
        QStringLiteral("filter"),
        QCoreApplication::translate("ExportCommand",
                                    "COLUMN=V, COLUMN=V1,V2, COLUMN!=V, COLUMN>=V, COLUMN<=V, "
                                    "COLUMN>V, COLUMN<V or COLUMN~TEXT; repeat to AND them."),
        QStringLiteral("expr")));
    cli.addOption(option(QStringLiteral("from"),
                         QCoreApplication::translate(
                             "ExportCommand", "Only rows at or after this UTC date/time (main time "
                                              "column)."),
                         QStringLiteral("iso")));
    cli.addOption(
        option(QStringLiteral("to"),
               QCoreApplication::translate("ExportCommand",
                                           "Only rows up to this UTC date/time (a bare date: the "
                                           "whole day)."),
               QStringLiteral("iso")));
    cli.addOption(option(QStringLiteral("search"),
                         QCoreApplication::translate(
                             "ExportCommand", "Text in notes, error message or broker order id."),
                         QStringLiteral("text")));
    cli.addOption(
        option(QStringLiteral("sort"),
               QCoreApplication::translate("ExportCommand",
                                           "Sort column, '-' prefix for descending (default: id)."),
               QStringLiteral("[-]column")));
    cli.addOption(option(QCoreApplication::translate("ExportCommand", "format"),
                         QCoreApplication::translate("ExportCommand", "csv (default) or json."),
                         QStringLiteral("format")));
    cli.addOption(option(QStringLiteral("output"),
                         QCoreApplication::translate(
                             "ExportCommand", "Write to FILE (atomically) instead of stdout."),
                         QStringLiteral("file")));
    if (auto stop = cli.parse(arguments))
        return *stop;

    const QString tableName = cli.value(QStringLiteral("table"));
    if (tableName.isEmpty())
        return cli.usageError(
            QCoreApplication::translate("ExportCommand", "--table is required (%1)")
                .arg(RobotSchema::tableNames().join(QStringLiteral(", "))));
    const TableDef *table = RobotSchema::find(tableName);
    if (!table)
        return cli.usageError(
            QCoreApplication::translate("ExportCommand", "unknown table \"%1\" (%2)")
                .arg(tableName, RobotSchema::tableNames().join(u", ")));
    ExportJob::Options options;
    options.table = table->id;
    QString error;
    for (const QString &expression : cli.values(QStringLiteral("filter"))) {
        const auto filter = FilterExpressionParser::parse(*table, expression, &error);
        if (!filter)
            return cli.usageError(error);
        options.filters.filters << *filter;
    }
    if (cli.isSet(QStringLiteral("from"))) {
        options.filters.from = FilterExpressionParser::parseTimeBound(
            cli.value(QStringLiteral("from")), false, &error);
        if (!options.filters.from)
            return cli.usageError(QStringLiteral("--from: ") + error);
    }
    if (cli.isSet(QStringLiteral("to"))) {
        options.filters.to =
            FilterExpressionParser::parseTimeBound(cli.value(QStringLiteral("to")), true, &error);
        if (!options.filters.to)
            return cli.usageError(QStringLiteral("--to: ") + error);
    }
    if (cli.isSet(QStringLiteral("search"))) {
        const QString search = cli.value(QStringLiteral("search"));
        if (!FilterExpressionParser::checkText(search, &error))
            return cli.usageError(QStringLiteral("--search: ") + error);
        options.filters.search = search;
    }
    if (cli.isSet(QStringLiteral("sort"))) {
        const auto sort =
            FilterExpressionParser::parseSort(*table, cli.value(QStringLiteral("sort")), &error);
        if (!sort)
            return cli.usageError(error);
        options.sort = *sort;
    }
    if (cli.isSet(QStringLiteral("format"))) {
        const auto format = ExportJob::formatFromName(cli.value(QStringLiteral("format")));
        if (!format)
            return cli.usageError(
                QCoreApplication::translate("ExportCommand", "unknown format \"%1\" (csv or json)")
                    .arg(cli.value(QStringLiteral("format"))));
        options.format = *format;
    }
    options.outputPath = cli.value(QStringLiteral("output"));
    int exitCode = ExitCode::Success;
    const auto spec = cli.connection(&exitCode);
    if (!spec)
        return exitCode;
    options.spec = *spec;

    ExportJob::Result result;
    if (!options.outputPath.isEmpty()) {
        result = ExportJob::run(options);
    } else if (QIODevice *device = context.out.device()) {
        context.out.flush();
        result = ExportJob::run(options, nullptr, {}, device);
    } else {
        // A string-backed stream (tests): collect, then hand over as text.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        result = ExportJob::run(options, nullptr, {}, &buffer);
        context.out << QString::fromUtf8(buffer.data());
        context.out.flush();
    }
    if (!result.ok)
        return result.usageError ? cli.usageError(result.error) : cli.fail(result.error);
    if (!options.outputPath.isEmpty())
        context.err << QCoreApplication::translate("ExportCommand", "%n rows written to %1",
                                                   nullptr, int(result.rows))
                           .arg(options.outputPath)
                    << Qt::endl;
    return ExitCode::Success;
}
