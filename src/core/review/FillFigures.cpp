#include "FillFigures.h"

std::optional<Decimal> FillFigures::winRate() const
{
    const qint64 decided = winningFills + losingFills;
    if (decided == 0)
        return std::nullopt;
    return Decimal::fromInteger(100 * winningFills) / Decimal::fromInteger(decided);
}

void FillFigures::add(const Fill &fill, const MatchedFill &matched, const Decimal &notional)
{
    ++fills;
    commission += fill.commission;
    turnover += notional;
    if (!matched.closes())
        return;
    ++closingFills;
    grossRealizedPnl += matched.realizedPnl;
    // A closing fill that realized exactly zero is neither a winner nor a loser.
    if (matched.realizedPnl.sign() > 0)
        ++winningFills;
    else if (matched.realizedPnl.sign() < 0)
        ++losingFills;
}
