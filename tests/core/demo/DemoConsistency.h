#pragma once

#include "db/ConnectionSpec.h"

// Generates `orderCount` orders with seed 7 into `spec` and checks the demo data
// against the rules the robot's own data obeys, with an independent
// recomputation (its own FIFO, not the review's FifoMatcher): fills against
// orders (count, sum, VWAP), statuses, trade values, positions against the net
// of the trades, sessions (one active, paper and live) and every stored
// session statistic. Uses QVERIFY/QCOMPARE: call it from a test function.
void checkDemoConsistency(const ConnectionSpec &spec, int orderCount);
