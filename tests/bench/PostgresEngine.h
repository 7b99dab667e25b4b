#pragma once

#include "RawEngine.h"

typedef struct pg_conn PGconn;

class PostgresEngine : public RawEngine
{
public:
    explicit PostgresEngine(PGconn *connection)
        : m_connection(connection)
    {
    }
    ~PostgresEngine() override;
    double run(const BoundSql &bound, std::FILE *csv) override;
    qint64 lastRowCount() const override { return m_rows; }

private:
    PGconn *m_connection;
    qint64 m_rows = 0;
};
