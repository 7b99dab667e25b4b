#include "SchemaProbe.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"

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

struct CatalogColumn
{
    QString name;
    bool nativeEnum = false;
};

bool readColumns(const QSqlDatabase &db, DatabaseDriver driver, const QString &table,
                 QList<CatalogColumn> &columns, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (driver == DatabaseDriver::Sqlite) {
        query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY cid"));
    } else {
        query.prepare(QStringLiteral(
            "SELECT c.column_name, (c.data_type = 'USER-DEFINED' AND EXISTS ("
            "  SELECT 1 FROM pg_type t WHERE t.typname = c.udt_name AND t.typtype = 'e'))"
            " FROM information_schema.columns c"
            " WHERE c.table_schema = current_schema() AND c.table_name = ?"
            " ORDER BY c.ordinal_position"));
    }
    query.addBindValue(table);
    if (!query.exec())
        return fail(error,
                    QCoreApplication::translate("SchemaProbe", "cannot read the columns of %1: %2")
                        .arg(table, DatabaseConnection::describeError(query.lastError())));
    while (query.next()) {
        CatalogColumn column{query.value(0).toString()};
        column.nativeEnum = driver == DatabaseDriver::Postgres && query.value(1).toBool();
        columns << column;
    }
    return true;
}

} // namespace

const ProbedTable *ProbedSchema::table(QStringView name) const
{
    for (const ProbedTable &t : robotTables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

bool ProbedSchema::hasAnyRobotTable() const
{
    return std::any_of(robotTables.begin(), robotTables.end(),
                       [](const ProbedTable &t) { return t.present; });
}

bool ProbedSchema::hasAllRobotTables() const
{
    return std::all_of(robotTables.begin(), robotTables.end(),
                       [](const ProbedTable &t) { return t.present; });
}

QStringList SchemaProbe::tableNames(const QSqlDatabase &db, DatabaseDriver driver, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        driver == DatabaseDriver::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                             " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables"
                             " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                             " ORDER BY table_name");
    QStringList names;
    if (!query.exec(sql)) {
        fail(error, QCoreApplication::translate("SchemaProbe", "cannot list the tables: %1")
                        .arg(DatabaseConnection::describeError(query.lastError())));
        return {};
    }
    while (query.next())
        names << query.value(0).toString();
    if (error)
        error->clear();
    return names;
}

std::optional<ProbedSchema> SchemaProbe::probe(const QSqlDatabase &db, DatabaseDriver driver,
                                               RowCounts counts, QString *error)
{
    QString listError;
    const QStringList existing = tableNames(db, driver, &listError);
    if (!listError.isEmpty()) {
        fail(error, listError);
        return std::nullopt;
    }
    ProbedSchema result;
    for (const TableDef &def : RobotSchema::tables()) {
        ProbedTable probed;
        probed.name = def.name;
        probed.present = existing.contains(def.name);
        if (!probed.present) {
            probed.missingColumns = def.columnNames();
            result.robotTables << probed;
            continue;
        }
        QList<CatalogColumn> columns;
        if (!readColumns(db, driver, def.name, columns, error))
            return std::nullopt;
        for (const CatalogColumn &column : columns) {
            probed.columns << column.name;
            if (!def.column(column.name))
                probed.extraColumns << column.name;
            if (column.nativeEnum)
                probed.nativeEnumColumns << column.name;
        }
        for (const ColumnDef &column : def.columns) {
            if (!probed.columns.contains(column.name))
                probed.missingColumns << column.name;
        }
        if (counts == RowCounts::Count) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM %1")
                                .arg(SqlDialect::quoteIdentifier(def.name))) ||
                !query.next()) {
                fail(error,
                     QCoreApplication::translate("SchemaProbe", "cannot count the rows of %1: %2")
                         .arg(def.name, DatabaseConnection::describeError(query.lastError())));
                return std::nullopt;
            }
            probed.rows = query.value(0).toLongLong();
        }
        result.robotTables << probed;
    }
    for (const QString &name : existing) {
        if (!RobotSchema::find(name))
            result.extraTables << name;
    }
    return result;
}
