#pragma once

#include "FifoMatcher.h"
#include "Fill.h"

#include <optional>

// Figures over fills (the robot's "trades"), the unit its trading_sessions row
// counts in. Every closing fill is realized against FIFO lots from the symbol's
// whole history, even lots opened before the window.
struct FillFigures
{
    qint64 fills = 0;         // fills with executed_at in the window
    qint64 closingFills = 0;  // fills that closed (part of) an open lot
    qint64 winningFills = 0;  // closing fills with gross realized P&L > 0
    qint64 losingFills = 0;   // closing fills with gross realized P&L < 0
    Decimal commission;       // sum of the fills' commission (NULL counts as 0)
    Decimal grossRealizedPnl; // sum of the closing fills' FIFO realized P&L, before commission
    Decimal turnover;         // sum of quantity x price: the notional traded

    // Gross realized P&L minus the commission of every fill in the window.
    Decimal netRealizedPnl() const { return grossRealizedPnl - commission; }
    // 100 x winning / (winning + losing); nullopt when no closing fill won or lost.
    std::optional<Decimal> winRate() const;

    void add(const Fill &fill, const MatchedFill &matched)
    {
        add(fill, matched, (fill.quantity * fill.price).abs());
    }
    // notional: |quantity x price|, computed once when several groups add the same fill.
    void add(const Fill &fill, const MatchedFill &matched, const Decimal &notional);
};
