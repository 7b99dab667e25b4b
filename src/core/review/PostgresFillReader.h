#pragma once

#include "FillSource.h"
#include "NameTable.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct pg_conn;
struct pg_result;

// Reads the trades in (executed_at, id) order through libpq on the QPSQL
// connection's own PGconn: a cursor declared with bound parameters in a
// REPEATABLE READ, READ ONLY transaction, fetched in batches. QPSQL would wrap
// every value in a QVariant and a QString. The cursor reads one snapshot: the
// rows committed when it was declared, each exactly once, while the robot
// keeps writing (PostgreSQL readers never block writers). The transaction
// ends in the destructor, whatever happened. The next FETCH is sent as soon
// as a batch has arrived, so the server reads and formats it while we decode
// this one instead of waiting for us.
class PostgresFillReader : public FillSource
{
public:
    PostgresFillReader() = default;
    ~PostgresFillReader() override;
    PostgresFillReader(const PostgresFillReader &) = delete;
    PostgresFillReader &operator=(const PostgresFillReader &) = delete;

    // `sql`: the SELECT of id, symbol, side, quantity, price, commission,
    // executed_at (a timestamp, read in ISO style), strategy_name, with $1..
    // placeholders for `values`.
    bool open(const QSqlDatabase &db, const QString &sql, const QStringList &values, int batchRows,
              NameTable *names, QString *error);
    // true: a row is there; false: done, or an error (error() not empty).
    bool next() override;
    // Decodes the current row; false (fill->id still set) when it is unreadable.
    bool read(Fill *fill) override;
    const QString &error() const override { return m_error; }

private:
    bool command(const char *sql);
    bool fetch();
    // Reads and drops the results of a FETCH sent ahead (before any other command).
    void discardPending();

    pg_conn *m_conn = nullptr;
    pg_result *m_batch = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_inTransaction = false;
    bool m_fetchSent = false; // a FETCH is on its way, its result not read yet
    bool m_done = false;
    QByteArray m_fetch;
    NameTable m_ownNames;
    NameTable *m_names = &m_ownNames;
    NameTable::Cache m_symbols;
    NameTable::Cache m_strategies;
    QString m_error;
};
