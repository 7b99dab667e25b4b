#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

// One step of the realized equity curve: the cumulative realized P&L (or
// balance) right after a closing fill at the given time.
struct EquityPoint
{
    Timestamp time;
    Decimal equity;
};
