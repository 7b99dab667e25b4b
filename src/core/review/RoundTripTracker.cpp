#include "RoundTripTracker.h"

#include <algorithm>

int RoundTripTracker::bookOf(const Fill &fill)
{
    if (fill.symbolKey < 0)
        return m_matcher.bookOf(fill.symbol);
    if (size_t(fill.symbolKey) >= m_bookOfKey.size())
        m_bookOfKey.resize(size_t(fill.symbolKey) + 1, -1);
    int &book = m_bookOfKey[size_t(fill.symbolKey)];
    if (book < 0)
        book = m_matcher.bookOf(fill.symbol);
    return book;
}

RoundTripTracker::Result RoundTripTracker::add(const Fill &fill)
{
    Result result;
    const int book = bookOf(fill);
    if (size_t(book) >= m_open.size())
        m_open.resize(size_t(book) + 1);
    Decimal before, after;
    result.matched = m_matcher.addToBook(book, fill.isBuy, fill.quantity, fill.price,
                                         fill.executedAt, &before, &after);
    const Decimal size = fill.quantity.abs();

    std::optional<RoundTrip> &open = m_open[size_t(book)];
    if (size.isZero()) {
        // Changes no position; its commission still belongs somewhere.
        if (open) {
            open->commission += fill.commission;
            ++open->fills;
        } else {
            m_unattributed += fill.commission;
            result.unattributedCommission = fill.commission;
        }
        return result;
    }

    Decimal closingShare;
    if (result.matched.closes()) {
        closingShare = result.matched.closedQuantity == size
                           ? fill.commission
                           : fill.commission * result.matched.closedQuantity / size;
    }

    if (open) {
        ++open->fills;
        if (result.matched.closes()) {
            open->grossPnl += result.matched.realizedPnl;
            open->commission += closingShare;
            if (after.isZero() || after.sign() != before.sign()) {
                open->closedAt = fill.executedAt;
                open->closingFillId = fill.id;
                result.closed = std::move(open);
                open.reset();
            }
        } else {
            open->commission += fill.commission;
            open->maxQuantity = std::max(open->maxQuantity, after.abs());
        }
    }

    if (!open && !after.isZero()) {
        // A new position: from flat, or the remainder of a flip.
        RoundTrip &trip = open.emplace();
        trip.symbol = fill.symbol;
        trip.strategy = fill.strategy;
        trip.strategyKey = fill.strategyKey;
        trip.isLong = after.sign() > 0;
        trip.openedAt = fill.executedAt;
        trip.openingFillId = fill.id;
        trip.fills = 1;
        trip.maxQuantity = after.abs();
        trip.commission = fill.commission - closingShare;
    }
    return result;
}

QList<RoundTrip> RoundTripTracker::openRoundTrips() const
{
    QList<RoundTrip> trips;
    for (const std::optional<RoundTrip> &trip : m_open) {
        if (trip)
            trips << *trip;
    }
    std::sort(trips.begin(), trips.end(),
              [](const RoundTrip &a, const RoundTrip &b) { return a.symbol < b.symbol; });
    return trips;
}
