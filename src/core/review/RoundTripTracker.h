#pragma once

#include "FifoMatcher.h"
#include "Fill.h"
#include "RoundTrip.h"

#include <QList>

#include <optional>
#include <vector>

// Feeds fills through a FifoMatcher and cuts them into round trips. Fills must
// arrive in (executed_at, id) order, as the database sorts them.
class RoundTripTracker
{
public:
    struct Result
    {
        MatchedFill matched;
        std::optional<RoundTrip> closed; // the round trip this fill ended, if any
        // This fill's commission that went to no round trip (a zero-quantity fill while flat).
        Decimal unattributedCommission;
    };

    Result add(const Fill &fill);

    const FifoMatcher &matcher() const { return m_matcher; }
    // Round trips still open, sorted by symbol.
    QList<RoundTrip> openRoundTrips() const;
    // Commission of zero-quantity fills on a flat book over every fill fed,
    // history included: paid, but part of no round trip.
    Decimal unattributedCommission() const { return m_unattributed; }

private:
    int bookOf(const Fill &fill);

    FifoMatcher m_matcher;
    std::vector<int> m_bookOfKey;                 // Fill::symbolKey -> matcher book, -1 unseen
    std::vector<std::optional<RoundTrip>> m_open; // by matcher book
    Decimal m_unattributed;
};
