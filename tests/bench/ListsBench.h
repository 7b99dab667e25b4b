#pragma once

#include "ModelBench.h"

#include <QList>
#include <QString>

// The session and position lists at load (1,000+ sessions, 100,000 positions):
// the LazyTableModel the Sessions page and the Positions page use, on the first
// page, the open-positions filter, a jump to the end and a scroll through every
// page, each beside the raw engine running the same SQL.
namespace ListsBench {

struct Sizes
{
    qint64 sessions = 0;
    qint64 positions = 0;
};

QList<OperationResult> run(const ConnectionSpec &spec, RawEngine &engine, int runs, Sizes *sizes,
                           QString *error);

} // namespace ListsBench
