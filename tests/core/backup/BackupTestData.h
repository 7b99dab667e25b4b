#pragma once

#include "db/ConnectionSpec.h"

#include <QMap>
#include <QStringList>

// Robot databases for the backup tests, written the way SQLAlchemy stores
// values (upper-case enum names, DATETIME text with six fractional digits).
namespace BackupTestData {

// Creates the schema and `orders` orders, each with one trade, two positions
// and a session (is_active as given). Returns the first error or empty.
QString createRobotDatabase(const ConnectionSpec &spec, int orders, bool activeSession = false);
// createRobotDatabase() into <directory>/<name>/trading_robot.db (the robot's own
// file name); aborts the test program if that fails.
ConnectionSpec makeSqliteDatabase(const QString &directory, const QString &name, int orders,
                                  bool activeSession = false);
// Inserts `count` more orders+trades starting at id `firstId`.
QString addOrders(const ConnectionSpec &spec, int firstId, int count);
// Every row of every robot table as text, ordered by id: compared row by row.
QMap<QString, QStringList> snapshot(const ConnectionSpec &spec, QString *error);

} // namespace BackupTestData
