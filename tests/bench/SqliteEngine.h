#pragma once

#include "RawEngine.h"

struct sqlite3;

class SqliteEngine : public RawEngine
{
public:
    explicit SqliteEngine(sqlite3 *db)
        : m_db(db)
    {
    }
    ~SqliteEngine() override;
    double run(const BoundSql &bound, std::FILE *csv) override;
    qint64 lastRowCount() const override { return m_rows; }

private:
    sqlite3 *m_db;
    qint64 m_rows = 0;
};
