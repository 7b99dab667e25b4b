#include "RoundTripTracker.h"

#include <algorithm>

RoundTripTracker::Result RoundTripTracker::add(const Fill &fill)
{
    Result result;
    Decimal before, after;
    result.matched = m_matcher.add(fill.symbol, fill.isBuy, fill.quantity, fill.price,
                                   fill.executedAt, &before, &after);
    const Decimal size = fill.quantity.abs();

    auto open = m_open.find(fill.symbol);
    if (size.isZero()) {
        // Changes no position; its commission still belongs somewhere.
        if (open != m_open.end()) {
            open->commission += fill.commission;
            ++open->fills;
        } else {
            m_unattributed += fill.commission;
        }
        return result;
    }

    Decimal closingShare;
    if (result.matched.closes()) {
        closingShare = result.matched.closedQuantity == size
                           ? fill.commission
                           : fill.commission * result.matched.closedQuantity / size;
    }

    if (open != m_open.end()) {
        ++open->fills;
        if (result.matched.closes()) {
            open->grossPnl += result.matched.realizedPnl;
            open->commission += closingShare;
            if (after.isZero() || after.sign() != before.sign()) {
                open->closedAt = fill.executedAt;
                open->closingFillId = fill.id;
                result.closed = *open;
                m_open.erase(open);
                open = m_open.end();
            }
        } else {
            open->commission += fill.commission;
            open->maxQuantity = std::max(open->maxQuantity, after.abs());
        }
    }

    if (open == m_open.end() && !after.isZero()) {
        // A new position: from flat, or the remainder of a flip.
        RoundTrip trip;
        trip.symbol = fill.symbol;
        trip.strategy = fill.strategy;
        trip.isLong = after.sign() > 0;
        trip.openedAt = fill.executedAt;
        trip.openingFillId = fill.id;
        trip.fills = 1;
        trip.maxQuantity = after.abs();
        trip.commission = fill.commission - closingShare;
        m_open.insert(fill.symbol, trip);
    }
    return result;
}

QList<RoundTrip> RoundTripTracker::openRoundTrips() const
{
    QList<RoundTrip> trips = m_open.values();
    std::sort(trips.begin(), trips.end(),
              [](const RoundTrip &a, const RoundTrip &b) { return a.symbol < b.symbol; });
    return trips;
}
