#pragma once

#include "Fill.h"
#include "SqliteFillReader.h"
#include "jobs/JobControl.h"

#include <QString>

#include <functional>
#include <optional>

class DatabaseConnection;

// Reads `trades` once, forward only, ordered by the database on
// (executed_at, id), decoding each row into one reused Fill: memory stays flat
// however many rows there are. Rows without executed_at are not read.
// SQLite is read in keyset batches so the robot can write meanwhile; only the
// rows present when the pass starts are read, each exactly once. PostgreSQL is
// read through one binary cursor over one snapshot, fetched in batches of at
// most 4096 rows (see PostgresFillReader).
// Both are read and decoded on a second thread (FillReadAhead) while the
// caller consumes the previous rows.
class TradeStream
{
public:
    struct Filter
    {
        std::optional<Timestamp> to; // inclusive upper bound
        QString symbol;              // empty: all
        QString strategy;            // empty: all
    };
    enum class Outcome { Finished, Cancelled, Failed };
    // Batch size and name table; on SQLite also a hook between batches (see SqliteFillReader).
    using Options = SqliteFillReader::Options;

    // onFill gets rows with a known side and readable numbers; onUnreadable
    // gets the id of every other row.
    static Outcome run(DatabaseConnection &connection, const Filter &filter,
                       const JobControl &control, const std::function<void(const Fill &)> &onFill,
                       const std::function<void(qint64 id)> &onUnreadable, QString *error,
                       const Options &options = {});
};
