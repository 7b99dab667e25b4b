#pragma once

#include "RobotSchema.h"
#include "db/ConnectionSpec.h"

#include <QSqlDatabase>
#include <QStringList>

// The DDL SQLAlchemy 1.4 emits for the robot's models (sqlalchemy-storage.md):
// SQLite gets VARCHAR enums sized to the longest member name, no CHECKs,
// BOOLEAN, DATETIME, NUMERIC(p, s); PostgreSQL gets native enum types named
// after the Python class (orderside, ...) with the member names as labels,
// SERIAL ids and TIMESTAMP WITHOUT TIME ZONE. Indexes: ix_<table>_<column> for
// index=/unique= columns, plus the four documented composite ones.
namespace SchemaDdl {

QStringList createStatements(DatabaseDriver driver);
QString columnType(const ColumnDef &column, DatabaseDriver driver);

// Creates the whole schema in one transaction; refuses (false, *error set) if
// any robot table already exists. `db` must be writable.
bool create(const QSqlDatabase &db, DatabaseDriver driver, QString *error);

} // namespace SchemaDdl
