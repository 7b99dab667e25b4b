#pragma once

#include "schema/RobotSchema.h"

#include <QString>
#include <QStringList>

#include <optional>

class DatabaseConnection;

// The distinct values of one text column (symbols, strategies), for a filter
// field's completion. The identifiers come from RobotSchema, the limit is
// bound: nothing an operator typed reaches the SQL text.
namespace DistinctValues {

// At most `limit` distinct non-NULL values of `column`, sorted. nullopt and
// *error when the column is not a text column of the schema or the query fails
// (a table the robot has not created yet, say).
std::optional<QStringList> read(DatabaseConnection &connection, RobotTable table,
                                const QString &column, int limit, QString *error);

} // namespace DistinctValues
