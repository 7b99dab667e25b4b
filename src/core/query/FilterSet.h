#pragma once

#include "Filter.h"
#include "schema/Timestamp.h"

#include <optional>

// Everything that narrows one table's rows: an AND of column filters, a
// half-open time range [from, to) on the table's main time column, and a free
// text search (case-insensitive contains, OR over notes, error_message and
// broker_order_id, whichever the table has).
struct FilterSet
{
    QList<Filter> filters;
    std::optional<Timestamp> from; // inclusive
    std::optional<Timestamp> to;   // exclusive
    QString search;

    bool isEmpty() const { return filters.isEmpty() && !from && !to && search.isEmpty(); }
    static QStringList searchColumns() // in the order they are tried
    {
        return {QStringLiteral("notes"), QStringLiteral("error_message"),
                QStringLiteral("broker_order_id")};
    }

    friend bool operator==(const FilterSet &, const FilterSet &) = default;
};
