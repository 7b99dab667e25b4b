#pragma once

#include "FillFigures.h"
#include "StoredSession.h"

#include <QList>
#include <QString>

#include <optional>

// One of the robot's stored session figures beside ours.
struct FigureComparison
{
    QString name;                      // the trading_sessions column
    std::optional<Decimal> stored;     // nullopt: NULL, not compared
    std::optional<Decimal> recomputed; // nullopt: we cannot say (no starting balance)
    Decimal tolerance;                 // one unit of the column's scale: rounding, not a difference
    // Error figures must agree by the schema's own reading; info figures
    // (balances, max_drawdown) follow the robot's private definitions.
    bool isError = true;
    bool differs = false;
    QString definition; // how we recompute it, in words
};

namespace SessionComparison {

// `fills` must be the FillFigures of the session window [started_at, ended_at]
// (inclusive; no upper bound while ended_at is NULL), realized against lots
// from each symbol's whole history. `maxDrawdownPercent` is ours (nullopt when
// the starting balance is unknown or not positive).
QList<FigureComparison> compare(const StoredSession &stored, const FillFigures &fills,
                                const std::optional<Decimal> &maxDrawdownPercent);

bool hasErrorDifference(const QList<FigureComparison> &figures);

} // namespace SessionComparison
