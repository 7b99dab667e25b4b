#include "RoundTripFigures.h"

#include <algorithm>

RoundTripFigures::Outcome RoundTripFigures::outcome(const RoundTrip &trip)
{
    const int sign = trip.netPnl().rounded(2).sign();
    return sign > 0 ? Outcome::Winner : (sign < 0 ? Outcome::Loser : Outcome::Scratch);
}

static std::optional<Decimal> ratio(Decimal sum, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return sum / Decimal::fromInteger(count);
}

std::optional<Decimal> RoundTripFigures::winRate() const
{
    if (winners + losers == 0)
        return std::nullopt;
    return Decimal::fromInteger(100 * winners) / Decimal::fromInteger(winners + losers);
}

std::optional<Decimal> RoundTripFigures::averageWin() const
{
    return ratio(winnersNet, winners);
}

std::optional<Decimal> RoundTripFigures::averageLoss() const
{
    return ratio(losersNet, losers);
}

std::optional<Decimal> RoundTripFigures::expectancy() const
{
    return ratio(netPnl(), count);
}

std::optional<Decimal> RoundTripFigures::profitFactor() const
{
    if (losers == 0 || losersNet.isZero())
        return std::nullopt;
    return winnersNet / losersNet.abs();
}

std::optional<double> RoundTripFigures::averageHoldingSecondsWinners() const
{
    if (winners == 0)
        return std::nullopt;
    return double(winnersHoldingMicros) / 1e6 / double(winners);
}

std::optional<double> RoundTripFigures::averageHoldingSecondsLosers() const
{
    if (losers == 0)
        return std::nullopt;
    return double(losersHoldingMicros) / 1e6 / double(losers);
}

void RoundTripFigures::add(const RoundTrip &trip)
{
    ++count;
    grossPnl += trip.grossPnl;
    commission += trip.commission;
    const Decimal net = trip.netPnl();
    switch (outcome(trip)) {
    case Outcome::Winner:
        largestWin = winners == 0 ? net : std::max(largestWin, net);
        ++winners;
        winnersNet += net;
        winnersHoldingMicros += trip.holdingMicroseconds();
        ++m_currentWins;
        m_currentLosses = 0;
        break;
    case Outcome::Loser:
        largestLoss = losers == 0 ? net : std::min(largestLoss, net);
        ++losers;
        losersNet += net;
        losersHoldingMicros += trip.holdingMicroseconds();
        ++m_currentLosses;
        m_currentWins = 0;
        break;
    case Outcome::Scratch:
        ++scratch;
        m_currentWins = 0;
        m_currentLosses = 0;
        break;
    }
    maxConsecutiveWins = std::max(maxConsecutiveWins, m_currentWins);
    maxConsecutiveLosses = std::max(maxConsecutiveLosses, m_currentLosses);
}
