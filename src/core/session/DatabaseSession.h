#pragma once

#include "db/ConnectionSpec.h"
#include "schema/SchemaProbe.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A robot database that opened and probed cleanly, as a plain value. It holds
// no connection: every page and job opens its own, on its own thread, from
// spec. The password (if any) is in spec, in memory only.
struct DatabaseSession
{
    ConnectionSpec spec;
    ProbedSchema schema;
    QString serverVersion; // "3.40.1" or "15.18 (Debian ...)"
    int serverVersionNumber = 0;
    bool readOnly = true;
    QDateTime probedAt; // UTC

    bool isValid() const { return !schema.robotTables.isEmpty(); }
    // Rows of one robot table, -1 when absent or not counted.
    qint64 rowCount(QStringView table) const;
};

Q_DECLARE_METATYPE(DatabaseSession)
