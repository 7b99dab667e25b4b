#pragma once

#include "FillSource.h"
#include "NameTable.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>

struct sqlite3_stmt;
struct sqlite3_value;

// Reads the trades in (executed_at, id) order straight through SQLite's C API
// on the connection's own handle: QSQLITE wraps every value in a QVariant and
// a QString, which costs several times the engine's own read over a million
// rows. Same rows, same decoding results as the QSqlQuery path (FastDecode
// falls back to it).
//
// In rollback-journal mode a statement holds a SHARED lock until it ends, and
// the robot cannot commit meanwhile. So the rows come in keyset batches: each
// batch is one short statement continuing after the last (executed_at, id)
// read, and a writer gets in between batches. Only rows with id <= the
// largest id at open() are read: rows the robot inserts during the pass
// (larger ids) are left out, and every row present at open() and unchanged
// since is read exactly once.
class SqliteFillReader : public FillSource
{
public:
    struct Options
    {
        int batchRows = 50'000;
        // Interns symbols and strategies and sets Fill::symbolKey/strategyKey;
        // null: the reader's own table, keys left at -1.
        NameTable *names = nullptr;
        // Runs after a batch's statement has ended (no lock held), before the
        // next; on the thread that reads (TradeStream reads on a second thread).
        std::function<void()> betweenBatches;
    };

    SqliteFillReader() = default;
    ~SqliteFillReader() override;
    SqliteFillReader(const SqliteFillReader &) = delete;
    SqliteFillReader &operator=(const SqliteFillReader &) = delete;

    // `conditions`: " AND ..." terms on trades with `?` placeholders for `values`.
    bool open(const QSqlDatabase &db, const QString &conditions, const QStringList &values,
              const Options &options, QString *error);
    // true: a row is there; false: done, or an error (error() not empty).
    bool next() override;
    // Decodes the current row; false (fill->id still set) when it is unreadable.
    bool read(Fill *fill) override;
    const QString &error() const override { return m_error; }

private:
    bool prepare(const QString &sql, sqlite3_stmt **statement);
    bool startBatch();
    void fail();

    void *m_db = nullptr;
    sqlite3_stmt *m_first = nullptr; // the first batch
    sqlite3_stmt *m_after = nullptr; // every later batch, after the last key read
    sqlite3_stmt *m_current = nullptr;
    QList<QByteArray> m_values;
    qint64 m_maxId = 0;
    Options m_options;
    NameTable m_ownNames;
    NameTable *m_names = &m_ownNames;
    int m_rowsInBatch = 0;
    bool m_started = false;
    bool m_done = false;
    // The batch's last row: where the next batch continues.
    sqlite3_value *m_lastExecutedAt = nullptr;
    qint64 m_lastId = 0;
    NameTable::Cache m_symbols;
    NameTable::Cache m_strategies;
    QString m_error;
};
