#include "InitCommand.h"

#include "CommandLine.h"
#include "db/DatabaseConnection.h"
#include "schema/SchemaDdl.h"

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
    context.out << "Created the robot's schema (" << RobotSchema::tableNames().join(u", ")
                << ") in " << spec->displayName() << '\n';
    context.out.flush();
    return ExitCode::Success;
}
