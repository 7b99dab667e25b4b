#pragma once

#include "db/ConnectionSpec.h"
#include "schema/RobotSchema.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

// Reading and shaping robot databases in tests, the way SQLAlchemy leaves them.
namespace RobotFixture {

// Every row of a robot table in id order, each column decoded by ValueDecoder
// (Decimal, Timestamp with microseconds, bool, lower-case enum value, QString).
// Only the schema's columns the database has. nullopt + *error on failure.
std::optional<QList<QVariantMap>> readTable(const ConnectionSpec &spec, RobotTable table,
                                            QString *error);

// All four tables as one text, one line per row with decoded values: equal
// texts mean equal data, whatever the engine.
QString dump(const ConnectionSpec &spec, QString *error);

// The first column of the first row of a read-only query, or an invalid QVariant.
QVariant scalar(const ConnectionSpec &spec, const QString &sql);

// Creates the robot's empty schema (what `init` does).
QString createSchema(const ConnectionSpec &spec);

} // namespace RobotFixture
