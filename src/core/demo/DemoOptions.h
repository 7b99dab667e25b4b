#pragma once

#include <QtGlobal>

// What `trade-inspector demo` and the GUI's "Create demo database" ask for.
// The same options and seed always give the same rows.
struct DemoOptions
{
    int orders = 20000; // about 1.4 trades per order follow (see DemoSimulation.h)
    quint32 seed = 1;
    bool force = false; // replace the robot data a database already holds
    // For load tests of the session list: 0 derives it from `orders` (4..250).
    int sessions = 0;
    // For load tests of the positions list: closed positions of symbols the
    // robot traded before the demo history begins, so none has a fill here
    // (at most 456,976: their tickers are Z plus four letters).
    int retiredPositions = 0;
};
