#include "PageCache.h"

#include <QMap>

const QList<TableRow> *PageCache::find(int page)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return &it->rows;
}

const QList<TableRow> *PageCache::peek(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() ? nullptr : &it->rows;
}

void PageCache::insert(int page, QList<TableRow> rows)
{
    m_pages.insert(page, Entry{std::move(rows), ++m_clock});
    evict();
}

void PageCache::markAllStale()
{
    for (Entry &entry : m_pages)
        entry.stale = true;
}

bool PageCache::isStale(int page) const
{
    const auto it = m_pages.constFind(page);
    return it != m_pages.constEnd() && it->stale;
}

void PageCache::remove(int page)
{
    m_pages.remove(page);
}

void PageCache::removeFrom(int firstPage)
{
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() >= firstPage)
            it = m_pages.erase(it);
        else
            ++it;
    }
}

void PageCache::clear()
{
    m_pages.clear();
}

void PageCache::evict()
{
    // A linear scan over at most capacity+1 entries: cheaper than keeping a list
    // in step, and capacities are small (tens of pages).
    while (m_pages.size() > m_capacity) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void PageCache::shift(qint64 rows, int pageSize, qint64 totalRows)
{
    struct Placed
    {
        TableRow row;
        quint64 lastUse;
    };
    QMap<qint64, Placed> byPosition;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const qint64 start = qint64(it.key()) * pageSize + rows;
        for (qsizetype i = 0; i < it->rows.size(); ++i)
            byPosition.insert(start + i, Placed{it->rows[i], it->lastUse});
    }
    m_pages.clear();
    if (byPosition.isEmpty())
        return;
    const qint64 firstPage = byPosition.firstKey() / pageSize;
    const qint64 lastPage = byPosition.lastKey() / pageSize;
    for (qint64 page = firstPage; page <= lastPage; ++page) {
        const qint64 begin = page * pageSize;
        const qint64 end = qMin(begin + pageSize, totalRows);
        QList<TableRow> pageRows;
        quint64 lastUse = 0;
        bool any = false;
        for (qint64 position = begin; position < end; ++position) {
            const auto found = byPosition.constFind(position);
            // A gap (the new rows themselves) is an empty row: "not loaded".
            pageRows << (found == byPosition.constEnd() ? TableRow{} : found->row);
            if (found != byPosition.constEnd()) {
                any = true;
                lastUse = qMax(lastUse, found->lastUse);
            }
        }
        // Re-bucketing can split each page in two; eviction then drops what
        // was least recently used before the shift, not the pages on top.
        if (any)
            m_pages.insert(int(page), Entry{std::move(pageRows), lastUse, true});
    }
    evict();
}
