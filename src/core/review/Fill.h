#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QString>

// One row of `trades` as the review reads it. In the robot's schema a "trade"
// is a fill: one execution of (part of) an order.
struct Fill
{
    qint64 id = 0;
    QString symbol;
    QString strategy; // strategy_name; empty when NULL
    bool isBuy = true;
    Decimal quantity; // as stored, >= 0 for the robot's rows
    Decimal price;
    Decimal commission; // NULL reads as 0
    Timestamp executedAt;
    // Keys of symbol and strategy in the NameTable the reader was given; -1
    // when the fill came without one (the consumer then interns the names).
    int symbolKey = -1;
    int strategyKey = -1;
};
