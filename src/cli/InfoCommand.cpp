#include "InfoCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "db/DatabaseConnection.h"
#include "schema/SchemaProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject toJson(const ConnectionSpec &spec, const QString &version, bool readOnly,
                   const ProbedSchema &schema)
{
    QJsonObject tables;
    for (const ProbedTable &table : schema.robotTables) {
        tables.insert(
            table.name,
            QJsonObject{
                {QStringLiteral("present"), table.present},
                {QStringLiteral("rows"),
                 table.present ? QJsonValue(double(table.rows)) : QJsonValue()},
                {QStringLiteral("missing_columns"),
                 QJsonArray::fromStringList(table.missingColumns)},
                {QStringLiteral("extra_columns"), QJsonArray::fromStringList(table.extraColumns)},
            });
    }
    return QJsonObject{
        {QStringLiteral("driver"), spec.qtDriverName()},
        {QStringLiteral("server_version"), version},
        {QStringLiteral("database"), spec.displayName()},
        {QStringLiteral("read_only"), readOnly},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("extra_tables"), QJsonArray::fromStringList(schema.extraTables)},
    };
}

void printText(QTextStream &out, const ConnectionSpec &spec, const QString &version, bool readOnly,
               const ProbedSchema &schema)
{
    out << QCoreApplication::translate("InfoCommand", "Database:       %1").arg(spec.displayName())
        << '\n'
        << QCoreApplication::translate("InfoCommand", "Driver:         %1").arg(spec.qtDriverName())
        << '\n'
        << QCoreApplication::translate("InfoCommand", "Server version: %1").arg(version) << '\n'
        << QCoreApplication::translate("InfoCommand", "Read-only:      %1")
               .arg(readOnly ? QCoreApplication::translate("InfoCommand", "yes")
                             : QCoreApplication::translate("InfoCommand", "no"))
        << '\n'
        << '\n'
        << QCoreApplication::translate("InfoCommand", "Robot tables:") << '\n';
    for (const ProbedTable &table : schema.robotTables) {
        out << "  " << table.name.leftJustified(18);
        if (!table.present) {
            out << QCoreApplication::translate("InfoCommand", "absent") << '\n';
            continue;
        }
        out << QCoreApplication::translate("InfoCommand", "%1 rows")
                   .arg(QString::number(table.rows).rightJustified(12));
        if (!table.missingColumns.isEmpty())
            out << QCoreApplication::translate("InfoCommand", "; missing columns: %1")
                       .arg(table.missingColumns.join(QStringLiteral(", ")));
        if (!table.extraColumns.isEmpty())
            out << QCoreApplication::translate("InfoCommand", "; extra columns: %1")
                       .arg(table.extraColumns.join(QStringLiteral(", ")));
        out << '\n';
    }
    if (!schema.extraTables.isEmpty())
        out << '\n'
            << QCoreApplication::translate("InfoCommand", "Other tables: %1")
                   .arg(schema.extraTables.join(QStringLiteral(", ")))
            << '\n';
}

} // namespace

int InfoCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addJsonOption();
    if (auto stop = cli.parse(arguments))
        return *stop;
    int exitCode = ExitCode::Success;
    const auto connection = cli.open(AccessMode::ReadOnly, &exitCode);
    if (!connection)
        return exitCode;
    const ConnectionSpec *spec = &connection->spec();
    QString error;
    const auto schema = SchemaProbe::probe(connection->database(), spec->driver,
                                           SchemaProbe::RowCounts::Count, &error);
    if (!schema)
        return cli.fail(error);
    const QString version = connection->serverVersion();
    if (cli.json())
        JsonOutput::print(context.out, toJson(*spec, version, connection->isReadOnly(), *schema));
    else
        printText(context.out, *spec, version, connection->isReadOnly(), *schema);
    context.out.flush();
    if (!schema->hasAnyRobotTable())
        return cli.fail(QCoreApplication::translate(
                            "InfoCommand", "none of the robot's tables (%1) is in this database")
                            .arg(RobotSchema::tableNames().join(QStringLiteral(", "))));
    return ExitCode::Success;
}
