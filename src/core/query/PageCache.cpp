#include "PageCache.h"

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
