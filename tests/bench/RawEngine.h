#pragma once

#include "db/ConnectionSpec.h"
#include "query/BoundSql.h"

#include <QString>

#include <cstdio>
#include <memory>

// The limit the model is measured against: the engine's own C API (sqlite3 or
// libpq) running exactly the SQL the model's QueryBuilder produced, reading
// every column of every row as text, and optionally writing it as CSV.
class RawEngine
{
public:
    virtual ~RawEngine() = default;
    static std::unique_ptr<RawEngine> open(const ConnectionSpec &spec, QString *error);

    // Milliseconds for prepare + bind + read all rows; -1 on error (lastError()).
    virtual double run(const BoundSql &bound, std::FILE *csv = nullptr) = 0;
    virtual qint64 lastRowCount() const = 0;
    const QString &lastError() const { return m_error; }

protected:
    QString m_error;
};
