#include "DemoCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "db/DatabaseConnection.h"
#include "demo/DemoDataGenerator.h"
#include "schema/SchemaProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace {

constexpr int kMaxOrders = 10'000'000;

std::optional<qint64> parseNumber(const QString &text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

// Row counts after the run, read back rather than taken from the generator:
// the summary then says what really is in the database.
std::optional<ProbedSchema> countRows(const ConnectionSpec &spec, QString *error)
{
    const auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("demo"));
    if (!connection)
        return std::nullopt;
    return SchemaProbe::probe(connection->database(), spec.driver, SchemaProbe::RowCounts::Count,
                              error);
}

bool holdsRobotData(const ConnectionSpec &spec)
{
    QString error;
    if (spec.isSqlite() && !QFileInfo::exists(spec.absolutePath()))
        return false;
    const auto probed = countRows(spec, &error);
    if (!probed)
        return false;
    for (const ProbedTable &table : probed->robotTables) {
        if (table.present && table.rows > 0)
            return true;
    }
    return false;
}

} // namespace

int DemoCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addJsonOption();
    const DemoOptions defaults;
    cli.addOption({QStringLiteral("orders"),
                   QCoreApplication::translate("DemoCommand", "Number of orders (default %1).")
                       .arg(defaults.orders),
                   QStringLiteral("n")});
    cli.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("DemoCommand",
                                     "Random seed; the same seed gives the same data (default %1).")
             .arg(defaults.seed),
         QStringLiteral("s")});
    cli.addOption({QStringLiteral("force"),
                   QCoreApplication::translate(
                       "DemoCommand", "Replace the robot data the database already holds.")});
    if (auto stop = cli.parse(arguments))
        return *stop;

    DemoOptions options;
    if (cli.isSet(QStringLiteral("orders"))) {
        const auto orders = parseNumber(cli.value(QStringLiteral("orders")), 1, kMaxOrders);
        if (!orders)
            return cli.usageError(QCoreApplication::translate(
                                      "DemoCommand", "--orders wants a whole number from 1 to %1")
                                      .arg(kMaxOrders));
        options.orders = int(*orders);
    }
    if (cli.isSet(QStringLiteral("seed"))) {
        const auto seed = parseNumber(cli.value(QStringLiteral("seed")), 0, 0xFFFFFFFFll);
        if (!seed)
            return cli.usageError(QCoreApplication::translate(
                "DemoCommand", "--seed wants a whole number from 0 to 4294967295"));
        options.seed = quint32(*seed);
    }
    options.force = cli.isSet(QStringLiteral("force"));
    int exitCode = ExitCode::Success;
    const auto spec = cli.connection(&exitCode);
    if (!spec)
        return exitCode;

    // --force deletes data; on a terminal, say so once more before doing it.
    if (options.force && context.confirm && holdsRobotData(*spec) &&
        !context.confirm(QCoreApplication::translate(
                             "DemoCommand", "Delete all robot data in %1 and replace it with demo "
                                            "data?")
                             .arg(spec->displayName())))
        return cli.fail(
            QCoreApplication::translate("DemoCommand", "not confirmed; nothing was changed"));

    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!DemoDataGenerator::generate(*spec, options, &error))
        return cli.fail(error);
    const double seconds = timer.elapsed() / 1000.0;
    const auto schema = countRows(*spec, &error);
    if (!schema)
        return cli.fail(error);

    QJsonObject rows;
    for (const ProbedTable &table : schema->robotTables)
        rows.insert(table.name, double(table.rows));
    if (cli.json()) {
        JsonOutput::print(context.out,
                          QJsonObject{{QStringLiteral("database"), spec->displayName()},
                                      {QStringLiteral("seed"), double(options.seed)},
                                      {QStringLiteral("seconds"), seconds},
                                      {QStringLiteral("rows"), rows}});
    } else {
        context.out << QCoreApplication::translate("DemoCommand",
                                                   "Demo data written to %1 (seed %2, %3 s):")
                           .arg(spec->displayName(), QString::number(options.seed),
                                QString::number(seconds, 'f', 1))
                    << '\n';
        for (const ProbedTable &table : schema->robotTables)
            context.out << "  " << table.name.leftJustified(18)
                        << QCoreApplication::translate("DemoCommand", "%1 rows")
                               .arg(QString::number(table.rows).rightJustified(10))
                        << '\n';
    }
    context.out.flush();
    return ExitCode::Success;
}
