#pragma once

#include "DemoOptions.h"
#include "db/ConnectionSpec.h"

#include <QString>

#include <atomic>
#include <functional>

// Fills a robot database with realistic, internally consistent demo data
// (see DemoSimulation.h for its shape and DemoLedger.h for how positions and
// session statistics follow from the trades). Runs on whatever thread calls it,
// with its own connection; the GUI runs it on a worker.
class DemoDataGenerator
{
public:
    // Creates the schema when missing (SchemaDdl) and fills it, all in one
    // transaction. Refuses (false + *error) a database that already holds robot
    // data unless options.force, which replaces it. progress(done, total) counts
    // orders and may be called often; once *cancel becomes true the run stops at
    // the next batch and rolls back, leaving nothing half-written.
    static bool generate(const ConnectionSpec &spec, const DemoOptions &options, QString *error,
                         const std::function<void(qint64 done, qint64 total)> &progress = {},
                         const std::atomic_bool *cancel = nullptr);
};
