#pragma once

#include <QByteArray>
#include <QString>

#include <Qt>

// How one table view was last left: QHeaderView::saveState() for widths and
// order, plus the sort, kept apart so core can turn it into ORDER BY.
struct TableLayout
{
    QByteArray headerState;
    QString sortColumn; // empty: the table's default order
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool isEmpty() const { return headerState.isEmpty() && sortColumn.isEmpty(); }
    friend bool operator==(const TableLayout &, const TableLayout &) = default;
};
