#pragma once

#include <QVariant>

// Where one row sits in a sorted result: the sort column's value exactly as the
// database returned it (SQLite's stored text or REAL, PostgreSQL's text with all
// six fractional digits) plus the row id. Binding the raw value back keeps keyset
// paging exact where a decoded value would not be (QDateTime drops microseconds,
// a rounded Decimal differs from an unrounded stored REAL).
struct RowKey
{
    QVariant sortValue; // null for a NULL sort value
    qint64 id = 0;
};

// One decoded row (ValueDecoder types, in QueryBuilder::columns() order) and its key.
struct TableRow
{
    QVariantList values;
    RowKey key;
};
