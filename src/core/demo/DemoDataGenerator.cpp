#include "DemoDataGenerator.h"

#include "DemoSimulation.h"
#include "DemoWriter.h"
#include "db/DatabaseConnection.h"
#include "schema/SchemaDdl.h"
#include "schema/SchemaProbe.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    return fail(error,
                QStringLiteral("%1: %2").arg(sql.section(u' ', 0, 2),
                                             DatabaseConnection::describeError(query.lastError())));
}

// Only the generation connection: no fsync, the rollback journal in memory. A
// crash mid-way can leave the file broken, which is acceptable for a demo
// database being written. WAL is persistent in the file, so a WAL database
// (a robot's) keeps its mode.
bool tuneSqlite(const QSqlDatabase &db, QString *error)
{
    QString mode;
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
            mode = query.value(0).toString().toLower();
    }
    if (mode != u"wal" && !exec(db, QStringLiteral("PRAGMA journal_mode=MEMORY"), error))
        return false;
    return exec(db, QStringLiteral("PRAGMA synchronous=OFF"), error) &&
           exec(db, QStringLiteral("PRAGMA cache_size=-65536"), error);
}

bool isIndex(const QString &statement)
{
    return statement.startsWith(QLatin1String("CREATE INDEX")) ||
           statement.startsWith(QLatin1String("CREATE UNIQUE INDEX"));
}

// True when the schema's index `name` exists as a plain index (not one that
// backs a PostgreSQL constraint, which DROP INDEX cannot remove).
std::optional<bool> plainIndexExists(const QSqlDatabase &db, DatabaseDriver driver,
                                     const QString &name, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(driver == DatabaseDriver::Sqlite
                      ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                       "AND name = ?")
                      : QStringLiteral("SELECT count(*) FROM pg_indexes i WHERE i.schemaname = "
                                       "current_schema() AND i.indexname = ? AND NOT EXISTS "
                                       "(SELECT 1 FROM pg_constraint c WHERE c.conname = "
                                       "i.indexname)"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        fail(error, DatabaseConnection::describeError(query.lastError()));
        return std::nullopt;
    }
    return query.value(0).toLongLong() > 0;
}

// The tables are empty now: dropping the schema's own indexes and building
// them again after the rows (as for a new schema) is several times faster
// than maintaining them row by row. Same names, same definitions
// (SchemaDdl), same transaction: a rollback brings the old ones back.
bool deferExistingIndexes(const QSqlDatabase &db, DatabaseDriver driver,
                          QStringList *deferredIndexes, QString *error)
{
    const QStringList statements = SchemaDdl::createStatements(driver);
    for (const TableDef &table : RobotSchema::tables()) {
        for (const IndexDef &index : table.allIndexes()) {
            const auto exists = plainIndexExists(db, driver, index.name, error);
            if (!exists)
                return false;
            if (!*exists)
                continue;
            const QString marker = QStringLiteral(" INDEX %1 ON ").arg(index.name);
            const auto create =
                std::find_if(statements.cbegin(), statements.cend(),
                             [&](const QString &sql) { return sql.contains(marker); });
            if (create == statements.cend())
                continue;
            if (!exec(db, QStringLiteral("DROP INDEX %1").arg(index.name), error))
                return false;
            *deferredIndexes << *create;
        }
    }
    return true;
}

// What is there already: nothing (create the schema, indexes deferred to
// *deferredIndexes), the whole schema (fill it), or something else (refuse).
bool prepareSchema(const QSqlDatabase &db, DatabaseDriver driver, bool force,
                   QStringList *deferredIndexes, QString *error)
{
    const auto probed = SchemaProbe::probe(db, driver, SchemaProbe::RowCounts::Count, error);
    if (!probed)
        return false;
    if (!probed->hasAnyRobotTable()) {
        // Building an index once over sorted data is several times faster than
        // growing it row by row with random UUID keys.
        for (const QString &sql : SchemaDdl::createStatements(driver)) {
            if (isIndex(sql))
                *deferredIndexes << sql;
            else if (!exec(db, sql, error))
                return false;
        }
        return true;
    }
    qint64 rows = 0;
    for (const ProbedTable &table : probed->robotTables) {
        if (!table.present)
            return fail(error,
                        QCoreApplication::translate(
                            "DemoDataGenerator", "the database has only part of the robot's schema "
                                                 "(table %1 is missing)")
                            .arg(table.name));
        if (!table.missingColumns.isEmpty())
            return fail(error,
                        QCoreApplication::translate("DemoDataGenerator",
                                                    "table %1 lacks columns %2 (an older schema)")
                            .arg(table.name, table.missingColumns.join(u',')));
        rows += table.rows;
    }
    if (rows > 0 && !force)
        return fail(error,
                    QCoreApplication::translate("DemoDataGenerator",
                                                "the database already holds robot data (%1 rows); "
                                                "use --force to replace it")
                        .arg(rows));
    // Children first: PostgreSQL enforces trades.order_id -> orders.id.
    for (RobotTable id : {RobotTable::Trades, RobotTable::Orders, RobotTable::Positions,
                          RobotTable::TradingSessions}) {
        if (!exec(db, QStringLiteral("DELETE FROM %1").arg(RobotSchema::table(id).name), error))
            return false;
    }
    return deferExistingIndexes(db, driver, deferredIndexes, error);
}

// Explicit ids leave PostgreSQL's SERIAL sequences behind; the robot's next
// INSERT must not collide with them.
bool advanceSequences(const QSqlDatabase &db, QString *error)
{
    for (const TableDef &table : RobotSchema::tables()) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                     "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                          .arg(table.name));
        query.addBindValue(table.name);
        if (!query.exec())
            return fail(error,
                        QCoreApplication::translate("DemoDataGenerator",
                                                    "advancing the id sequence of %1 failed: %2")
                            .arg(table.name, DatabaseConnection::describeError(query.lastError())));
    }
    return true;
}

bool fill(const QSqlDatabase &db, const ConnectionSpec &spec, const DemoOptions &options,
          QString *error, const std::function<void(qint64, qint64)> &progress,
          const std::atomic_bool *cancel)
{
    QStringList deferredIndexes;
    if (!prepareSchema(db, spec.driver, options.force, &deferredIndexes, error))
        return false;
    DemoWriter writer(db, spec.driver);
    if (!writer.error().isEmpty())
        return fail(error, writer.error());
    DemoSimulation simulation(options, writer);
    bool canceled = false;
    const bool ok = simulation.run([&](qint64 done, qint64 total) {
        if (cancel && cancel->load()) {
            canceled = true;
            return false;
        }
        if (progress)
            progress(done, total);
        return true;
    });
    if (canceled)
        return fail(error, QCoreApplication::translate("DemoDataGenerator", "canceled"));
    if (!ok || !writer.finish())
        return fail(error, writer.error());
    for (const QString &sql : deferredIndexes) {
        if (cancel && cancel->load())
            return fail(error, QCoreApplication::translate("DemoDataGenerator", "canceled"));
        if (!exec(db, sql, error))
            return false;
    }
    if (cancel && cancel->load())
        return fail(error, QCoreApplication::translate("DemoDataGenerator", "canceled"));
    return !spec.isPostgres() || advanceSequences(db, error);
}

} // namespace

bool DemoDataGenerator::generate(const ConnectionSpec &spec, const DemoOptions &options,
                                 QString *error,
                                 const std::function<void(qint64, qint64)> &progress,
                                 const std::atomic_bool *cancel)
{
    if (options.orders < 0)
        return fail(error, QCoreApplication::translate(
                               "DemoDataGenerator", "the number of orders must not be negative"));
    const auto connection =
        DatabaseConnection::open(spec, AccessMode::Create, error, QStringLiteral("demo"));
    if (!connection)
        return false;
    QSqlDatabase db = connection->database();
    if (spec.isSqlite() && !tuneSqlite(db, error))
        return false;
    if (!db.transaction())
        return fail(error, DatabaseConnection::describeError(db.lastError()));
    if (!fill(db, spec, options, error, progress, cancel)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const QString reason = DatabaseConnection::describeError(db.lastError());
        db.rollback();
        return fail(error, QCoreApplication::translate("DemoDataGenerator",
                                                       "committing the demo data failed: %1")
                               .arg(reason));
    }
    return true;
}
