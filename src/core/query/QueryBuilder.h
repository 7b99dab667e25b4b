#pragma once

#include "BoundSql.h"
#include "FilterSet.h"
#include "RowKey.h"
#include "SortSpec.h"
#include "db/SqlDialect.h"
#include "schema/RobotSchema.h"

// Turns a FilterSet and a SortSpec on one robot table into dialect-aware SQL
// with bound values only. Identifiers come from RobotSchema, restricted to the
// columns the real database has (an older schema may lack some).
//
// Semantics (the tests check them against a C++ reference):
//  - enum filters match every stored spelling ("BUY" and "buy");
//  - != and "none of" also match NULL; <, <=, >, >= never match NULL;
//  - ~ and the search are case-insensitive substring matches, % _ \ literal;
//  - the time range is [from, to) on the table's main time column, bound in
//    the stored text format so SQLite compares text and uses the index.
class QueryBuilder
{
public:
    enum class Direction { Forward, Backward }; // Backward: the reversed sort order

    QueryBuilder(const TableDef &table, DatabaseDriver driver, const QStringList &presentColumns,
                 const QStringList &nativeEnumColumns = {});

    const TableDef &table() const { return m_table; }
    const SqlDialect &dialect() const { return m_dialect; }
    // The columns the database has, in the schema's order; rows follow it.
    const QList<ColumnDef> &columns() const { return m_columns; }
    int columnIndex(QStringView name) const;

    // Validates and prepares; false with *error naming the column or value.
    bool setQuery(const FilterSet &filters, const SortSpec &sort, QString *error);
    const FilterSet &filters() const { return m_filters; }
    const SortSpec &sort() const { return m_sort; }
    int sortColumnIndex() const { return m_sortIndex; }
    int idColumnIndex() const { return m_idIndex; }
    // False when a filter must scan the whole table (text contains, search).
    bool canUseIndex() const { return m_canUseIndex; }

    // One page: rows after `after` (or from the start) in `direction`'s order.
    BoundSql page(Direction direction, const RowKey *after, int limit, qint64 offset = 0) const;
    // Every matching row in sort order, for export.
    BoundSql all() const;
    BoundSql count() const;
    // count(*) of at most `limit` matching rows: cheap, tells "small result" apart.
    BoundSql countUpTo(qint64 limit) const;
    // min(id), max(id) of the whole table: an instant size estimate.
    BoundSql idRange() const;

    RowKey keyOf(const QVariantList &rawValues) const;

private:
    QString quoted(const ColumnDef &column) const;
    QString parameter(const ColumnDef &column) const;
    QVariant bindable(const ColumnDef &column, const QVariant &value) const;
    bool addFilter(const Filter &filter, QStringList *clauses, QVariantList *values,
                   QString *error) const;
    QString containsClause(const ColumnDef &column, const QString &text,
                           QVariantList *values) const;
    QString orderBy(Direction direction) const;
    QString keyset(Direction direction, const RowKey &after, QVariantList *values) const;

    TableDef m_table;
    SqlDialect m_dialect;
    QList<ColumnDef> m_columns;
    QStringList m_nativeEnumColumns;
    QString m_selectList;
    FilterSet m_filters;
    SortSpec m_sort;
    int m_sortIndex = 0;
    int m_idIndex = 0;
    bool m_canUseIndex = true;
    QString m_where; // " WHERE ..." or empty
    QVariantList m_whereValues;
};
