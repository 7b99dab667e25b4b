#pragma once

#include "FillSource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Runs a FillSource on a second thread: the driver reads and decodes the next
// rows (SQLite steps, libpq receives) while the caller matches the previous
// ones, so the pass takes about the longer of the two instead of their sum.
// The source has the connection's handle to itself until the destructor has
// joined the thread; Fill's names are shared QStrings, safe to hand across.
class FillReadAhead
{
public:
    struct Row
    {
        Fill fill;
        bool readable = false;
    };
    using Batch = std::vector<Row>;

    // Starts reading at once; `reader` must be open and outlive this object.
    explicit FillReadAhead(FillSource *reader);
    ~FillReadAhead();
    FillReadAhead(const FillReadAhead &) = delete;
    FillReadAhead &operator=(const FillReadAhead &) = delete;

    // The next batch (the previous one is recycled); false when the reader is
    // done or failed (then the reader's error() tells).
    bool next(Batch *batch);

private:
    void produce();

    static constexpr size_t kRows = 2048;
    static constexpr size_t kInFlight = 4;
    FillSource *m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;
    std::vector<Batch> m_free;
    bool m_finished = false; // the producer has read its last row
    bool m_stop = false;     // the consumer has gone
    std::thread m_thread;
};
