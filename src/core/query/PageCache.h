#pragma once

#include "RowKey.h"

#include <QHash>
#include <QList>

// A bounded least-recently-used cache of row pages: memory stays flat however
// big the table and however far the operator scrolls (DB4S #1364 never evicts).
class PageCache
{
public:
    explicit PageCache(int capacityPages)
        : m_capacity(qMax(2, capacityPages))
    {
    }

    // nullptr when absent; a hit makes the page the most recently used.
    const QList<TableRow> *find(int page);
    // Looks without changing the recency order (for anchors).
    const QList<TableRow> *peek(int page) const;
    void insert(int page, QList<TableRow> rows);
    void remove(int page);
    void removeFrom(int firstPage); // every page >= firstPage
    void clear();
    // Rows moved down by `rows` (new rows above them): re-buckets the cached
    // rows into pages at their new positions; the gaps become empty rows
    // (TableRow::values empty = not loaded).
    void shift(qint64 rows, int pageSize, qint64 totalRows);
    // Every page read so far may be out of date (a refresh): it keeps showing
    // until the page is read again (insert() makes it fresh).
    void markAllStale();
    bool isStale(int page) const;
    QList<int> pages() const { return m_pages.keys(); }
    int size() const { return int(m_pages.size()); }
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        QList<TableRow> rows;
        quint64 lastUse = 0;
        bool stale = false;
    };
    void evict();

    int m_capacity;
    quint64 m_clock = 0;
    QHash<int, Entry> m_pages;
};
