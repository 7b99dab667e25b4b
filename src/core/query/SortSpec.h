#pragma once

#include <QString>
#include <Qt>

// ORDER BY one column; `id` in the same direction always breaks ties, so the
// order is total and keyset paging is exact. An empty column means the table's
// main time column.
struct SortSpec
{
    QString column;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool descending() const { return order == Qt::DescendingOrder; }
    SortSpec reversed() const
    {
        return {column, descending() ? Qt::AscendingOrder : Qt::DescendingOrder};
    }
    friend bool operator==(const SortSpec &, const SortSpec &) = default;
};
