#pragma once

#include "FifoMatcher.h"
#include "Fill.h"
#include "RoundTrip.h"

#include <QHash>

#include <optional>

// Feeds fills through a FifoMatcher and cuts them into round trips. Fills must
// arrive in (executed_at, id) order, as the database sorts them.
class RoundTripTracker
{
public:
    struct Result
    {
        MatchedFill matched;
        std::optional<RoundTrip> closed; // the round trip this fill ended, if any
    };

    Result add(const Fill &fill);

    const FifoMatcher &matcher() const { return m_matcher; }
    // Round trips still open, sorted by symbol.
    QList<RoundTrip> openRoundTrips() const;
    // Commission of zero-quantity fills on a flat book: paid, but part of no
    // round trip. Reported so the totals still add up.
    Decimal unattributedCommission() const { return m_unattributed; }

private:
    FifoMatcher m_matcher;
    QHash<QString, RoundTrip> m_open;
    Decimal m_unattributed;
};
