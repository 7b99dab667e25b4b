#pragma once

#include "schema/Decimal.h"

#include <QDate>

// Realized P&L of one UTC calendar day.
struct DailyPnl
{
    QDate day;
    Decimal pnl;
};
