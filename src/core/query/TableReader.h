#pragma once

#include "QueryBuilder.h"
#include "RowKey.h"
#include "db/DatabaseConnection.h"

#include <functional>
#include <memory>
#include <optional>

// Reads one robot table synchronously on the calling thread's connection: the
// engine under the lazy model, the export and the benchmark. Every query is
// forward-only (QPSQL then streams instead of loading the whole result) and
// finished before returning (SQLite then holds no read snapshot that would
// stall the robot's WAL checkpoints).
class TableReader
{
public:
    // Probes the catalog for the table's real columns. A missing table is not
    // an error: isPresent() is false and every read returns no rows.
    static std::unique_ptr<TableReader> create(DatabaseConnection &connection, RobotTable table,
                                               QString *error);

    bool isPresent() const { return m_present; }
    QueryBuilder &builder() { return m_builder; }
    const QueryBuilder &builder() const { return m_builder; }
    const QList<ColumnDef> &columns() const { return m_builder.columns(); }
    QStringList missingColumns() const;

    bool setQuery(const FilterSet &filters, const SortSpec &sort, QString *error)
    {
        return m_builder.setQuery(filters, sort, error);
    }

    // Rows in the sort order. nullopt on error (lastError()).
    std::optional<QList<TableRow>> first(int limit);
    std::optional<QList<TableRow>> after(const RowKey &key, int limit);
    std::optional<QList<TableRow>> before(const RowKey &key, int limit); // returned in sort order
    std::optional<QList<TableRow>> last(int limit);                      // returned in sort order
    std::optional<QList<TableRow>> at(qint64 offset, int limit);

    std::optional<qint64> exactCount();
    std::optional<qint64> countUpTo(qint64 limit);
    // max(id) - min(id) + 1 of the whole table: instant, an upper bound when
    // rows were deleted.
    std::optional<qint64> estimateTableRows();

    // Streams every matching row; `visit` returns false to stop (cancel).
    // Returns false on error or when stopped.
    bool forEach(const std::function<bool(const TableRow &)> &visit);

    const QString &lastError() const { return m_error; }
    DatabaseConnection &connection() { return m_connection; }

private:
    TableReader(DatabaseConnection &connection, const TableDef &table, const QStringList &columns,
                const QStringList &nativeEnums, bool present);
    std::optional<QList<TableRow>> run(const BoundSql &bound, bool reverse);
    std::optional<qint64> scalar(const BoundSql &bound);
    TableRow decode(const QVariantList &raw) const;

    DatabaseConnection &m_connection;
    QueryBuilder m_builder;
    QStringList m_presentColumns;
    bool m_present;
    QString m_error;
};
