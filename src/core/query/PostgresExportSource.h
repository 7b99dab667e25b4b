#pragma once

#include "BoundSql.h"
#include "ExportRowSource.h"

#include <QSqlDatabase>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

// Streams an export through libpq on the connection's own handle: a cursor
// declared with the query's bound parameters (PQexecParams, never spliced
// text) inside a read-only transaction, fetched in batches, the next batch
// requested before the current one is written. QPSQL's
// forward-only query would instead fetch row by row and make a QVariant and a
// QString of every cell. A reader never blocks the robot in PostgreSQL; the
// transaction gives the export one consistent snapshot.
class PostgresExportSource : public ExportRowSource
{
public:
    static constexpr int kFetchRows = 10000;

    PostgresExportSource(const QSqlDatabase &database, const BoundSql &everything);
    ~PostgresExportSource() override;
    PostgresExportSource(const PostgresExportSource &) = delete;
    PostgresExportSource &operator=(const PostgresExportSource &) = delete;

    // False when the connection is not PostgreSQL or the query fails.
    bool start();
    bool next() override;
    void write(int index, ExportCellWriter &writer, ExportEncoder &encoder) override;

    // "?" placeholders to "$1".."$n", outside quoted text and identifiers.
    static QByteArray numberedParameters(const QString &sql);

private:
    bool command(const char *sql);
    bool sendFetch();
    PGresult *takeFetched();
    bool failed(PGresult *result);
    void finish();

    QSqlDatabase m_database;
    BoundSql m_sql;
    PGconn *m_connection = nullptr;
    PGresult *m_batch = nullptr;
    int m_row = 0;
    int m_batchRows = 0;
    bool m_inTransaction = false;
    bool m_fetching = false; // a FETCH is on its way
    bool m_done = false;
};
