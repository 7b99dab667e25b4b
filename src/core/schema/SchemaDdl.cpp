#include "SchemaDdl.h"

#include "SchemaProbe.h"
#include "db/DatabaseConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace SchemaDdl {

namespace {

QString quotedLabels(RobotEnum id)
{
    QStringList labels;
    for (const QString &value : RobotEnums::definition(id).values)
        labels << u'\'' + RobotEnums::memberName(value) + u'\'';
    return labels.join(QStringLiteral(", "));
}

QString createTable(const TableDef &table, DatabaseDriver driver)
{
    QStringList lines;
    for (const ColumnDef &column : table.columns) {
        QString line = column.name + u' ' + columnType(column, driver);
        if (!column.nullable)
            line += QStringLiteral(" NOT NULL");
        lines << line;
    }
    lines << QStringLiteral("PRIMARY KEY (id)");
    for (const ColumnDef &column : table.columns) {
        if (column.references.isEmpty())
            continue;
        const QStringList target = column.references.split(u'.');
        lines << QStringLiteral("FOREIGN KEY(%1) REFERENCES %2 (%3)")
                     .arg(column.name, target.value(0), target.value(1));
    }
    return QStringLiteral("CREATE TABLE %1 (\n\t%2\n)")
        .arg(table.name, lines.join(QStringLiteral(", \n\t")));
}

} // namespace

QString columnType(const ColumnDef &column, DatabaseDriver driver)
{
    const bool pg = driver == DatabaseDriver::Postgres;
    switch (column.type) {
    case ColumnType::Integer:
        return pg && column.primaryKey ? QStringLiteral("SERIAL") : QStringLiteral("INTEGER");
    case ColumnType::Text:
        return column.length > 0 ? QStringLiteral("VARCHAR(%1)").arg(column.length)
                                 : QStringLiteral("TEXT");
    case ColumnType::Decimal:
        return QStringLiteral("NUMERIC(%1, %2)").arg(column.precision).arg(column.scale);
    case ColumnType::DateTime:
        return pg ? QStringLiteral("TIMESTAMP WITHOUT TIME ZONE") : QStringLiteral("DATETIME");
    case ColumnType::Boolean:
        return QStringLiteral("BOOLEAN");
    case ColumnType::Enum:
        return pg ? RobotEnums::definition(column.enumType).pgTypeName
                  : QStringLiteral("VARCHAR(%1)").arg(column.length);
    }
    return {};
}

QStringList createStatements(DatabaseDriver driver)
{
    QStringList statements;
    if (driver == DatabaseDriver::Postgres) {
        for (RobotEnum id : {RobotEnum::OrderSide, RobotEnum::OrderType, RobotEnum::OrderStatus})
            statements << QStringLiteral("CREATE TYPE %1 AS ENUM (%2)")
                              .arg(RobotEnums::definition(id).pgTypeName, quotedLabels(id));
    }
    for (const TableDef &table : RobotSchema::tables()) {
        statements << createTable(table, driver);
        for (const IndexDef &index : table.allIndexes()) {
            statements << QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                              .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), index.name,
                                   table.name, index.columns.join(QStringLiteral(", ")));
        }
    }
    return statements;
}

bool create(const QSqlDatabase &db, DatabaseDriver driver, QString *error)
{
    const auto existing = SchemaProbe::probe(db, driver, SchemaProbe::RowCounts::Skip, error);
    if (!existing)
        return false;
    if (existing->hasAnyRobotTable()) {
        if (error)
            *error = QCoreApplication::translate("SchemaDdl",
                                                 "the database already has the robot's tables");
        return false;
    }
    QSqlDatabase writable = db;
    if (!writable.transaction()) {
        if (error)
            *error = DatabaseConnection::describeError(writable.lastError());
        return false;
    }
    for (const QString &sql : createStatements(driver)) {
        QSqlQuery query(writable);
        if (!query.exec(sql)) {
            if (error)
                *error = QCoreApplication::translate("SchemaDdl", "creating the schema failed: %1")
                             .arg(DatabaseConnection::describeError(query.lastError()));
            query.finish();
            writable.rollback();
            return false;
        }
    }
    if (!writable.commit()) {
        if (error)
            *error = DatabaseConnection::describeError(writable.lastError());
        return false;
    }
    return true;
}

} // namespace SchemaDdl
