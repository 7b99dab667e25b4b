#pragma once

#include "RobotSchema.h"
#include "db/ConnectionSpec.h"

#include <QSqlDatabase>
#include <QStringList>

// What one robot table looks like in a real database, next to what the schema
// expects. An older robot may lack a column, a newer one may add some: neither
// is fatal, both are shown.
struct ProbedTable
{
    QString name;
    bool present = false;
    qint64 rows = -1;              // -1: not counted
    QStringList columns;           // as the database has them, in its order
    QStringList missingColumns;    // in the schema, not in the database
    QStringList extraColumns;      // in the database, not in the schema
    QStringList nativeEnumColumns; // PostgreSQL columns of a user-defined enum type

    bool hasColumn(const QString &column) const { return columns.contains(column); }
};

struct ProbedSchema
{
    QList<ProbedTable> robotTables; // always the four, in schema order
    QStringList extraTables;        // tables the robot's schema does not know

    const ProbedTable *table(QStringView name) const;
    bool hasAnyRobotTable() const;
    bool hasAllRobotTables() const;
};

class SchemaProbe
{
public:
    enum class RowCounts { Skip, Count };

    // Reads the catalog (PRAGMA table_info / information_schema); never writes.
    static std::optional<ProbedSchema> probe(const QSqlDatabase &db, DatabaseDriver driver,
                                             RowCounts counts, QString *error);
    static QStringList tableNames(const QSqlDatabase &db, DatabaseDriver driver, QString *error);
};
