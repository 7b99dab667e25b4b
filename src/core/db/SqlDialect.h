#pragma once

#include "ConnectionSpec.h"

#include <QString>

// The few places where SQLite and PostgreSQL need different SQL text for the
// same meaning. Identifiers only come from the schema or from the database's
// own catalog, never from user input; values are always bound.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseDriver driver)
        : m_driver(driver)
    {
    }

    DatabaseDriver driver() const { return m_driver; }
    bool isPostgres() const { return m_driver == DatabaseDriver::Postgres; }

    static QString quoteIdentifier(const QString &name);

    // A DATETIME column read as "YYYY-MM-DD HH:MM:SS.ffffff" text with all six
    // fractional digits on both engines: QPSQL's QDateTime would drop microseconds.
    QString timestampAsText(const QString &quotedColumn) const;
    // A native PostgreSQL enum compares and reads as text only through a cast.
    QString enumAsText(const QString &quotedColumn) const;
    // How a bound timestamp parameter is written next to a column comparison.
    QString timestampParameter() const;

private:
    DatabaseDriver m_driver;
};
