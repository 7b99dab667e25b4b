#include "InitCommand.h"

#include "CommandLine.h"
#include "db/DatabaseConnection.h"
#include "schema/SchemaDdl.h"

#include <QCoreApplication>

int InitCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    if (auto stop = cli.parse(arguments))
        return *stop;
    int exitCode = ExitCode::Success;
    const auto connection = cli.open(AccessMode::Create, &exitCode);
    if (!connection)
        return exitCode;
    const ConnectionSpec *spec = &connection->spec();
    QString error;
    if (!SchemaDdl::create(connection->database(), spec->driver, &error))
        return cli.fail(error);
    context.out << QCoreApplication::translate("InitCommand",
                                               "Created the robot's schema (%1) in %2")
                       .arg(RobotSchema::tableNames().join(u", "), spec->displayName())
                << '\n';
    context.out.flush();
    return ExitCode::Success;
}
