#pragma once

#include "FillSource.h"
#include "NameTable.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

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

    // `sql`: the SELECT of id (bigint), symbol, side (text), quantity, price,
    // commission (numeric), executed_at (timestamp), strategy_name (text),
    // read through a BINARY cursor, with $1..
    // placeholders for `values`, ordered by executed_at alone: the reader
    // puts rows of equal executed_at in id order itself. (An ORDER BY on
    // (executed_at, id) makes the server sort every group of equal times on
    // top of the index scan: a third of its work over a million rows.)
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
    // Appends `batch`'s rows to the order, holding back its last group of
    // equal executed_at (the next batch may continue it); all of it at the end.
    void order(const pg_result *batch, bool last);
    // Reads and drops the results of a FETCH sent ahead (before any other command).
    void discardPending();

    pg_conn *m_conn = nullptr;
    struct RowRef
    {
        const pg_result *batch;
        int row;
    };
    // Batches still referenced: the last one fetched, and those where a
    // held-back group of equal executed_at starts (usually none).
    std::deque<pg_result *> m_batches;
    std::vector<RowRef> m_order;    // rows to hand out, in (executed_at, id) order
    std::vector<RowRef> m_heldBack; // a group of equal executed_at still open
    size_t m_next = 0;
    RowRef m_current{nullptr, -1};
    bool m_lastFetched = false; // the server has no more rows
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
