#include "DistinctValues.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace DistinctValues {

std::optional<QStringList> read(DatabaseConnection &connection, RobotTable table,
                                const QString &column, int limit, QString *error)
{
    const TableDef &def = RobotSchema::table(table);
    const ColumnDef *columnDef = def.column(column);
    if (!columnDef || columnDef->type != ColumnType::Text) {
        if (error)
            *error = QCoreApplication::translate("DistinctValues", "%1 has no text column %2")
                         .arg(def.name, column);
        return std::nullopt;
    }
    const QString quoted = SqlDialect::quoteIdentifier(columnDef->name);
    QSqlQuery query(connection.database());
    // Forward-only: QPSQL then streams instead of loading the result.
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY %1 "
                                 "LIMIT ?")
                      .arg(quoted, SqlDialect::quoteIdentifier(def.name)));
    query.addBindValue(qMax(1, limit));
    if (!query.exec()) {
        if (error)
            *error = DatabaseConnection::describeError(query.lastError());
        return std::nullopt;
    }
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    // SQLite keeps a read snapshot while a statement is open: let it go now.
    query.finish();
    return values;
}

} // namespace DistinctValues
