#pragma once

#include "RoundTrip.h"

#include <optional>

// Figures over round trips closed in the window (a round trip counts in the
// window its closing fill falls in, with its whole P&L and commission).
//
// Outcome, on net P&L (gross minus its commission) rounded to cents:
//   winner  net >= +0.005
//   loser   net <= -0.005
//   scratch otherwise: closed for no gain or loss worth a cent. Scratch trips
//           count as round trips and in expectancy, but not in the win rate,
//           and they break both winning and losing streaks.
struct RoundTripFigures
{
    enum class Outcome { Winner, Loser, Scratch };
    static Outcome outcome(const RoundTrip &trip);

    qint64 count = 0;
    qint64 winners = 0;
    qint64 losers = 0;
    qint64 scratch = 0;
    Decimal grossPnl;
    Decimal commission;
    Decimal winnersNet;  // sum of the winners' net P&L (>= 0)
    Decimal losersNet;   // sum of the losers' net P&L (<= 0)
    Decimal largestWin;  // the best winner's net P&L; 0 without winners
    Decimal largestLoss; // the worst loser's net P&L (negative); 0 without losers
    // Sums of (closedAt - openedAt), first opening fill to flattening fill.
    qint64 winnersHoldingMicros = 0;
    qint64 losersHoldingMicros = 0;
    int maxConsecutiveWins = 0; // in closing order
    int maxConsecutiveLosses = 0;

    Decimal netPnl() const { return grossPnl - commission; }
    // 100 x winners / (winners + losers); scratch excluded.
    std::optional<Decimal> winRate() const;
    std::optional<Decimal> averageWin() const;  // winnersNet / winners
    std::optional<Decimal> averageLoss() const; // losersNet / losers (negative)
    // Net P&L per round trip, scratch included: what one more trip is worth on
    // average (= win rate x average win + loss rate x average loss).
    std::optional<Decimal> expectancy() const;
    // winnersNet / |losersNet|. Without losers it is infinite when there are
    // winners (profitFactorIsInfinite(), value nullopt) and undefined when there
    // are none; unlike Lean we do not substitute 10.
    std::optional<Decimal> profitFactor() const;
    bool profitFactorIsInfinite() const { return losers == 0 && winners > 0; }
    std::optional<double> averageHoldingSecondsWinners() const;
    std::optional<double> averageHoldingSecondsLosers() const;

    void add(const RoundTrip &trip);

private:
    int m_currentWins = 0;
    int m_currentLosses = 0;
};
