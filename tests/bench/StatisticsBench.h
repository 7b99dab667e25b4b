#pragma once

#include "ModelBench.h"

class RawEngine;

// The statistics operation: the app's StatisticsJob (FIFO matching,
// round trips, every figure) over one window holding every trade, beside the
// raw engine computing the plain aggregates (count, sum of commission, sum of
// value) over the same window in the same run.
namespace StatisticsBench {

OperationResult run(const ConnectionSpec &spec, RawEngine &engine, int runs, QString *error);

} // namespace StatisticsBench
