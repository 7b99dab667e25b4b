#pragma once

#include "SessionStatistics.h"
#include "jobs/JobControl.h"

#include <QString>

#include <optional>

class DatabaseConnection;

struct StatisticsRequest
{
    // A session: its window is [started_at, ended_at] (no upper bound while
    // ended_at is NULL); from/to are then ignored.
    std::optional<qint64> sessionId;
    std::optional<Timestamp> from; // inclusive
    std::optional<Timestamp> to;   // inclusive
    QString symbol;                // only this symbol's fills
    // Only this strategy's fills, matched as the strategy's own book: lots
    // other strategies opened on the same symbol are not seen.
    QString strategy;
    bool collectEquityCurve = false; // one EquityPoint per fill in the window
    // SQLite: rows per read statement; the robot can write between two.
    int batchRows = 50'000;
};

// Session statistics in ONE forward-only pass over `trades` ordered by
// (executed_at, id): history before the window builds FIFO lots, fills in the
// window count. Memory grows with symbols, strategies and days, not rows
// (except the optional equity curve). Runs on any thread that owns
// `connection` (one connection per worker thread).
class StatisticsJob
{
public:
    struct Result
    {
        std::optional<SessionStatistics> statistics; // nullopt when failed or cancelled
        bool cancelled = false;
        QString error;
        bool sessionNotFound = false;
    };

    static Result run(DatabaseConnection &connection, const StatisticsRequest &request,
                      const JobControl &control = {});
};
