#pragma once

#include "ExportRowSource.h"
#include "QueryBuilder.h"

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

// Streams an export through SQLite's C API on the connection's own handle.
//
// In rollback-journal mode a reader's SHARED lock keeps the robot from
// committing, so one statement over a million rows would stall it for
// seconds (and past its busy timeout, fail its write). The rows are then read
// in keyset batches on (sort column, id), the lock released between batches:
// the robot waits at most one batch. A batch starts where the last ended, so
// every row comes once, in order, even with rows inserted meanwhile. In WAL
// mode readers never block the writer, and one statement reads a single
// consistent snapshot.
class SqliteExportSource : public ExportRowSource
{
public:
    // Batches when the sort can walk an index (id, an indexed column); larger
    // ones otherwise, since each batch then sorts what remains.
    static constexpr int kIndexedBatchRows = 10000;
    static constexpr int kSortedBatchRows = 100000;

    SqliteExportSource(const QSqlDatabase &database, const QueryBuilder &builder);
    ~SqliteExportSource() override;
    SqliteExportSource(const SqliteExportSource &) = delete;
    SqliteExportSource &operator=(const SqliteExportSource &) = delete;

    // False when the connection is not SQLite or the query fails.
    bool start();
    bool next() override;
    void write(int index, ExportCellWriter &writer, ExportEncoder &encoder) override;

    bool isBatched() const { return m_batchRows > 0; }
    int batchesRead() const { return m_batches; }

private:
    bool prepare(const BoundSql &bound);
    void finalize();
    bool fail();
    RowKey currentKey() const;

    QSqlDatabase m_database;
    const QueryBuilder &m_builder;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_batchRows = 0; // 0: one statement
    int m_rowsInBatch = 0;
    int m_batches = 0;
    std::optional<RowKey> m_batchEnd;
};
