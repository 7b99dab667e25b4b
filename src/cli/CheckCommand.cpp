#include "CheckCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "db/DatabaseConnection.h"
#include "review/IntegrityAudit.h"
#include "schema/SchemaProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject toJson(const QList<AuditFinding> &findings)
{
    QJsonArray list;
    for (const AuditFinding &f : findings) {
        QJsonArray ids;
        for (qint64 id : f.ids)
            ids.append(double(id));
        list.append(QJsonObject{
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("severity"), AuditFinding::severityName(f.severity)},
            {QStringLiteral("table"), f.table},
            {QStringLiteral("ids"), ids},
            {QStringLiteral("message"), f.message},
        });
    }
    return QJsonObject{{QStringLiteral("findings"), list}};
}

void printText(QTextStream &out, const QList<AuditFinding> &findings)
{
    qsizetype errors = 0;
    for (const AuditFinding &f : findings) {
        errors += f.isError() ? 1 : 0;
        out << (f.isError() ? "error " : "info  ") << f.kind << " [" << f.table << "] " << f.message
            << '\n';
    }
    out << (findings.isEmpty()
                ? QCoreApplication::translate("CheckCommand", "No findings.\n")
                : QCoreApplication::translate("CheckCommand", "%1 finding(s), %2 error(s).\n")
                      .arg(findings.size())
                      .arg(errors));
}

} // namespace

int CheckCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addJsonOption();
    if (auto stop = cli.parse(arguments))
        return *stop;
    int exitCode = ExitCode::Success;
    const auto connection = cli.open(AccessMode::ReadOnly, &exitCode, ExitCode::CouldNotRun);
    if (!connection)
        return exitCode;
    const ConnectionSpec *spec = &connection->spec();
    QString error;
    const auto schema = SchemaProbe::probe(connection->database(), spec->driver,
                                           SchemaProbe::RowCounts::Skip, &error);
    if (!schema)
        return cli.fail(error, ExitCode::CouldNotRun);
    if (!schema->hasAllRobotTables())
        return cli.fail(QCoreApplication::translate(
                            "CheckCommand", "the audit needs all of the robot's tables (%1)")
                            .arg(RobotSchema::tableNames().join(QStringLiteral(", "))),
                        ExitCode::CouldNotRun);
    const IntegrityAudit::Result result = IntegrityAudit::run(*connection);
    if (!result.ran)
        return cli.fail(QCoreApplication::translate("CheckCommand", "the audit could not run: %1")
                            .arg(result.error),
                        ExitCode::CouldNotRun);
    if (cli.json())
        JsonOutput::print(context.out, toJson(result.findings));
    else
        printText(context.out, result.findings);
    context.out.flush();
    return result.hasErrors() ? ExitCode::Failure : ExitCode::Success;
}
