#include "TableReader.h"

#include "db/BoundQuery.h"
#include "schema/SchemaProbe.h"
#include "schema/ValueDecoder.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

TableReader::TableReader(DatabaseConnection &connection, const TableDef &table,
                         const QStringList &columns, const QStringList &nativeEnums, bool present)
    : m_connection(connection)
    , m_builder(table, connection.driver(), columns, nativeEnums)
    , m_presentColumns(columns)
    , m_present(present)
{
}

std::unique_ptr<TableReader> TableReader::create(DatabaseConnection &connection, RobotTable table,
                                                 QString *error)
{
    const auto schema = SchemaProbe::probe(connection.database(), connection.driver(),
                                           SchemaProbe::RowCounts::Skip, error);
    if (!schema)
        return nullptr;
    const TableDef &def = RobotSchema::table(table);
    const ProbedTable *probed = schema->table(def.name);
    if (!probed || !probed->present)
        return std::unique_ptr<TableReader>(
            new TableReader(connection, def, def.columnNames(), {}, false));
    if (!probed->hasColumn(QStringLiteral("id"))) {
        if (error)
            *error = QCoreApplication::translate("TableReader", "the %1 table has no id column")
                         .arg(def.name);
        return nullptr;
    }
    return std::unique_ptr<TableReader>(
        new TableReader(connection, def, probed->columns, probed->nativeEnumColumns, true));
}

QStringList TableReader::missingColumns() const
{
    QStringList missing;
    for (const QString &name : m_builder.table().columnNames()) {
        if (!m_presentColumns.contains(name))
            missing << name;
    }
    return missing;
}

TableRow TableReader::decode(const QVariantList &raw) const
{
    TableRow row;
    const QList<ColumnDef> &columns = m_builder.columns();
    row.values.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.values << ValueDecoder::decode(columns[i], raw[i]);
    row.key = m_builder.keyOf(raw);
    return row;
}

std::optional<QList<TableRow>> TableReader::run(const BoundSql &bound, bool reverse)
{
    QList<TableRow> rows;
    if (!m_present)
        return rows;
    {
        QSqlQuery query(m_connection.database());
        if (!BoundQuery::exec(query, bound.sql, bound.values)) {
            m_error = DatabaseConnection::describeError(query.lastError());
            return std::nullopt;
        }
        const int columnCount = int(m_builder.columns().size());
        QVariantList raw;
        raw.resize(columnCount);
        while (query.next()) {
            for (int i = 0; i < columnCount; ++i)
                raw[i] = query.value(i);
            rows << decode(raw);
        }
        if (query.lastError().isValid()) {
            m_error = DatabaseConnection::describeError(query.lastError());
            return std::nullopt;
        }
        query.finish();
    }
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<QList<TableRow>> TableReader::first(int limit)
{
    return run(m_builder.page(QueryBuilder::Direction::Forward, nullptr, limit), false);
}

std::optional<QList<TableRow>> TableReader::after(const RowKey &key, int limit)
{
    return run(m_builder.page(QueryBuilder::Direction::Forward, &key, limit), false);
}

std::optional<QList<TableRow>> TableReader::before(const RowKey &key, int limit)
{
    return run(m_builder.page(QueryBuilder::Direction::Backward, &key, limit), true);
}

std::optional<QList<TableRow>> TableReader::last(int limit)
{
    return run(m_builder.page(QueryBuilder::Direction::Backward, nullptr, limit), true);
}

std::optional<QList<TableRow>> TableReader::at(qint64 offset, int limit)
{
    return run(m_builder.page(QueryBuilder::Direction::Forward, nullptr, limit, offset), false);
}

std::optional<qint64> TableReader::scalar(const BoundSql &bound)
{
    if (!m_present)
        return 0;
    QSqlQuery query(m_connection.database());
    if (!BoundQuery::exec(query, bound.sql, bound.values) || !query.next()) {
        m_error = DatabaseConnection::describeError(query.lastError());
        return std::nullopt;
    }
    const qint64 value = query.value(0).toLongLong();
    query.finish();
    return value;
}

std::optional<qint64> TableReader::exactCount()
{
    return scalar(m_builder.count());
}

std::optional<qint64> TableReader::countUpTo(qint64 limit)
{
    return scalar(m_builder.countUpTo(limit));
}

std::optional<qint64> TableReader::estimateTableRows()
{
    if (!m_present)
        return 0;
    QSqlQuery query(m_connection.database());
    const BoundSql range = m_builder.idRange();
    if (!BoundQuery::exec(query, range.sql, range.values) || !query.next()) {
        m_error = DatabaseConnection::describeError(query.lastError());
        return std::nullopt;
    }
    if (query.value(0).isNull())
        return 0;
    const qint64 estimate = query.value(1).toLongLong() - query.value(0).toLongLong() + 1;
    query.finish();
    return estimate;
}

bool TableReader::forEach(const std::function<bool(const TableRow &)> &visit)
{
    if (!m_present)
        return true;
    QSqlQuery query(m_connection.database());
    const BoundSql everything = m_builder.all();
    if (!BoundQuery::exec(query, everything.sql, everything.values)) {
        m_error = DatabaseConnection::describeError(query.lastError());
        return false;
    }
    const int columnCount = int(m_builder.columns().size());
    QVariantList raw;
    raw.resize(columnCount);
    while (query.next()) {
        for (int i = 0; i < columnCount; ++i)
            raw[i] = query.value(i);
        if (!visit(decode(raw))) {
            m_error = QCoreApplication::translate("TableReader", "cancelled");
            return false;
        }
    }
    if (query.lastError().isValid()) {
        m_error = DatabaseConnection::describeError(query.lastError());
        return false;
    }
    return true;
}
