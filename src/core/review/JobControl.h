#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

// How a long review job is watched and stopped from another thread. The job
// polls `cancel` between rows; to abort a statement that is still executing,
// also call DatabaseConnection::interrupt() on the job's connection.
struct JobControl
{
    const std::atomic_bool *cancel = nullptr;
    // permille 0..1000 of the time span covered so far, and rows read; called
    // on the job's thread, at most about once per thousand rows.
    std::function<void(int permille, qint64 rows)> progress;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};
