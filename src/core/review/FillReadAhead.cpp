#include "FillReadAhead.h"

FillReadAhead::FillReadAhead(FillSource *reader)
    : m_reader(reader)
{
    for (size_t i = 0; i < kInFlight; ++i)
        m_free.emplace_back().reserve(kRows);
    m_thread = std::thread([this] { produce(); });
}

FillReadAhead::~FillReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void FillReadAhead::produce()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                break;
            batch = std::move(m_free.back());
            m_free.pop_back();
        }
        batch.clear();
        bool more = true;
        while (batch.size() < kRows && (more = m_reader->next())) {
            Row &row = batch.emplace_back();
            row.readable = m_reader->read(&row.fill);
        }
        {
            std::lock_guard lock(m_mutex);
            if (!batch.empty())
                m_full.push_back(std::move(batch));
            m_finished = !more;
        }
        m_changed.notify_all();
        if (!more)
            break;
    }
}

bool FillReadAhead::next(Batch *batch)
{
    std::unique_lock lock(m_mutex);
    if (batch->capacity() > 0) {
        m_free.push_back(std::move(*batch));
        *batch = Batch();
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return m_finished || !m_full.empty(); });
    if (m_full.empty())
        return false;
    *batch = std::move(m_full.front());
    m_full.pop_front();
    return true;
}
