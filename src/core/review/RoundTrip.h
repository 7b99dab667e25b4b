#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QString>

// A round trip: from the fill that takes a symbol's position away from flat to
// the fill that brings it back to flat or flips it to the other side. A flip
// ends one round trip and starts the next with the remainder; re-entry after
// flat is a new round trip (PEERS.md complaint 13: journals merge those).
struct RoundTrip
{
    QString symbol;
    QString strategy;     // the strategy of the fill that opened it
    int strategyKey = -1; // the opening fill's Fill::strategyKey
    bool isLong = true;
    Timestamp openedAt; // the opening fill's executed_at
    Timestamp closedAt; // the executed_at of the fill that flattened or flipped it
    qint64 openingFillId = 0;
    qint64 closingFillId = 0;
    int fills = 0;
    Decimal maxQuantity; // the largest absolute position held during the trip
    Decimal grossPnl;    // FIFO realized P&L of every fill that reduced it
    // Commission is counted once: each fill's commission goes to the round
    // trip(s) it belongs to. A flipping fill's commission is split pro rata
    // between the trip it closes and the one it opens (by quantity), the
    // closing share rounded to 8 dp and the opening share the exact rest.
    Decimal commission;

    Decimal netPnl() const { return grossPnl - commission; }
    qint64 holdingMicroseconds() const { return closedAt.microseconds() - openedAt.microseconds(); }
};
