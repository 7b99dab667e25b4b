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
    const auto spec = cli.connection(&exitCode);
    if (!spec)
        return exitCode;

    QString error;
    const auto connection = DatabaseConnection::open(*spec, AccessMode::Create, &error, name());
    if (!connection)
        return cli.fail(error);
    if (!SchemaDdl::create(connection->database(), spec->driver, &error))
        return cli.fail(error);
    context.out << "Created the robot's schema (" << RobotSchema::tableNames().join(u", ")
                << ") in " << spec->displayName() << '\n';
    context.out.flush();
    return ExitCode::Success;
}
