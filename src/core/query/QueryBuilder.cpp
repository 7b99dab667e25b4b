#include "QueryBuilder.h"

#include "schema/Decimal.h"

#include <QCoreApplication>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// LIKE pattern for a literal substring: % _ and the escape character itself
// lose their meaning.
QString likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

} // namespace

QueryBuilder::QueryBuilder(const TableDef &table, DatabaseDriver driver,
                           const QStringList &presentColumns, const QStringList &nativeEnumColumns)
    : m_table(table)
    , m_dialect(driver)
    , m_nativeEnumColumns(nativeEnumColumns)
{
    QStringList select;
    for (const ColumnDef &column : table.columns) {
        if (!presentColumns.contains(column.name))
            continue;
        m_columns << column;
        const QString q = SqlDialect::quoteIdentifier(column.name);
        if (column.type == ColumnType::DateTime)
            select << m_dialect.timestampAsText(q) + QStringLiteral(" AS ") + q;
        else if (column.type == ColumnType::Enum && nativeEnumColumns.contains(column.name))
            select << m_dialect.enumAsText(q) + QStringLiteral(" AS ") + q;
        else
            select << q;
    }
    m_selectList = select.join(QStringLiteral(", "));
    m_idIndex = columnIndex(u"id");
    QString ignored;
    setQuery({}, {}, &ignored);
}

int QueryBuilder::columnIndex(QStringView name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name)
            return int(i);
    }
    return -1;
}

QString QueryBuilder::quoted(const ColumnDef &column) const
{
    return SqlDialect::quoteIdentifier(column.name);
}

QString QueryBuilder::parameter(const ColumnDef &column) const
{
    if (!m_dialect.isPostgres())
        return QStringLiteral("?");
    // QPSQL sends values as untyped literals; the casts give them the column's type.
    switch (column.type) {
    case ColumnType::DateTime:
        return m_dialect.timestampParameter();
    case ColumnType::Decimal:
        return QStringLiteral("CAST(? AS numeric)");
    case ColumnType::Integer:
        return QStringLiteral("CAST(? AS bigint)");
    case ColumnType::Boolean:
        return QStringLiteral("CAST(? AS boolean)");
    case ColumnType::Enum:
    case ColumnType::Text:
        break;
    }
    return QStringLiteral("?");
}

QVariant QueryBuilder::bindable(const ColumnDef &column, const QVariant &value) const
{
    if (value.metaType() == QMetaType::fromType<Decimal>())
        return value.value<Decimal>().toString();
    if (value.metaType() == QMetaType::fromType<Timestamp>())
        return value.value<Timestamp>().toStorageText();
    if (column.type == ColumnType::Boolean) {
        if (m_dialect.isPostgres())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return QVariant::fromValue<qint64>(value.toBool() ? 1 : 0);
    }
    if (column.type == ColumnType::Integer)
        return QVariant::fromValue<qint64>(value.toLongLong());
    return value.toString();
}

QString QueryBuilder::containsClause(const ColumnDef &column, const QString &text,
                                     QVariantList *values) const
{
    QString expression = quoted(column);
    if (column.type == ColumnType::Enum && m_nativeEnumColumns.contains(column.name))
        expression = m_dialect.enumAsText(expression);
    values->append(likePattern(text));
    // SQLite's LIKE is case-insensitive already; PostgreSQL needs ILIKE.
    const QString op = m_dialect.isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    return QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(expression, op);
}

bool QueryBuilder::addFilter(const Filter &filter, QStringList *clauses, QVariantList *values,
                             QString *error) const
{
    const int index = columnIndex(filter.column);
    if (index < 0) {
        if (m_table.column(filter.column))
            return fail(error, QCoreApplication::translate(
                                   "QueryBuilder", "column %1 is not in this database's %2 table "
                                                   "(older schema)")
                                   .arg(filter.column, m_table.name));
        return fail(error,
                    QCoreApplication::translate("QueryBuilder", "unknown column \"%1\" in table %2")
                        .arg(filter.column, m_table.name));
    }
    const ColumnDef &column = m_columns[index];
    if (filter.values.isEmpty())
        return fail(error, QCoreApplication::translate("QueryBuilder", "filter on %1 has no value")
                               .arg(column.name));
    const QString q = quoted(column);
    if (filter.op == FilterOperator::Contains) {
        if (column.type != ColumnType::Text && column.type != ColumnType::Enum)
            return fail(error, QCoreApplication::translate(
                                   "QueryBuilder", "contains works on text columns only; %1 is not "
                                                   "text")
                                   .arg(column.name));
        clauses->append(containsClause(column, filter.values.first().toString(), values));
        return true;
    }
    const bool equality =
        filter.op == FilterOperator::Equals || filter.op == FilterOperator::AnyOf ||
        filter.op == FilterOperator::NotEquals || filter.op == FilterOperator::NoneOf;
    const bool negated =
        filter.op == FilterOperator::NotEquals || filter.op == FilterOperator::NoneOf;
    if (column.type == ColumnType::Enum) {
        if (!equality)
            return fail(error, QCoreApplication::translate("QueryBuilder",
                                                           "%1 is a list of names: use =, != or ~")
                                   .arg(column.name));
        QStringList spellings;
        for (const QVariant &value : filter.values)
            spellings << RobotEnums::storedSpellings(value.toString());
        const QString expression =
            m_nativeEnumColumns.contains(column.name) ? m_dialect.enumAsText(q) : q;
        for (const QString &spelling : spellings)
            values->append(spelling);
        const QString list = placeholders(spellings.size());
        clauses->append(
            negated ? QStringLiteral("(%1 IS NULL OR %2 NOT IN (%3))").arg(q, expression, list)
                    : QStringLiteral("%1 IN (%2)").arg(expression, list));
        return true;
    }
    if (equality) {
        QStringList marks;
        for (const QVariant &value : filter.values) {
            marks << parameter(column);
            values->append(bindable(column, value));
        }
        const QString list = marks.join(QStringLiteral(", "));
        clauses->append(negated ? QStringLiteral("(%1 IS NULL OR %1 NOT IN (%2))").arg(q, list)
                                : QStringLiteral("%1 IN (%2)").arg(q, list));
        return true;
    }
    if (column.type == ColumnType::Boolean)
        return fail(error, QCoreApplication::translate("QueryBuilder", "%1 is yes/no: use = or !=")
                               .arg(column.name));
    QString op;
    switch (filter.op) {
    case FilterOperator::Less:
        op = QStringLiteral("<");
        break;
    case FilterOperator::LessEqual:
        op = QStringLiteral("<=");
        break;
    case FilterOperator::Greater:
        op = QStringLiteral(">");
        break;
    default:
        op = QStringLiteral(">=");
        break;
    }
    values->append(bindable(column, filter.values.first()));
    clauses->append(QStringLiteral("%1 %2 %3").arg(q, op, parameter(column)));
    return true;
}

bool QueryBuilder::setQuery(const FilterSet &filters, const SortSpec &sort, QString *error)
{
    QStringList clauses;
    QVariantList values;
    bool canUseIndex = true;
    for (const Filter &filter : filters.filters) {
        if (!addFilter(filter, &clauses, &values, error))
            return false;
        if (filter.op == FilterOperator::Contains)
            canUseIndex = false;
    }
    if (filters.from || filters.to) {
        const int timeIndex = columnIndex(m_table.mainTimeColumn);
        if (timeIndex < 0)
            return fail(error,
                        QCoreApplication::translate(
                            "QueryBuilder", "this %1 table has no %2 column to limit by date")
                            .arg(m_table.name, m_table.mainTimeColumn));
        const ColumnDef &time = m_columns[timeIndex];
        if (filters.from) {
            clauses << QStringLiteral("%1 >= %2").arg(quoted(time), parameter(time));
            values << filters.from->toStorageText();
        }
        if (filters.to) {
            clauses << QStringLiteral("%1 < %2").arg(quoted(time), parameter(time));
            values << filters.to->toStorageText();
        }
    }
    if (!filters.search.isEmpty()) {
        QStringList alternatives;
        for (const QString &name : FilterSet::searchColumns()) {
            const int index = columnIndex(name);
            if (index >= 0)
                alternatives << containsClause(m_columns[index], filters.search, &values);
        }
        if (alternatives.isEmpty())
            return fail(error, QCoreApplication::translate(
                                   "QueryBuilder", "the %1 table has no text column to search")
                                   .arg(m_table.name));
        clauses << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
        canUseIndex = false;
    }
    SortSpec resolved = sort;
    if (resolved.column.isEmpty()) {
        resolved.column = QStringLiteral("id");
        for (const QString &candidate : {m_table.defaultSortColumn, m_table.mainTimeColumn}) {
            if (columnIndex(candidate) >= 0) {
                resolved.column = candidate;
                break;
            }
        }
    }
    const int sortIndex = columnIndex(resolved.column);
    if (sortIndex < 0)
        return fail(error,
                    QCoreApplication::translate(
                        "QueryBuilder", "cannot sort by %1: no such column in this database's "
                                        "%2 table")
                        .arg(resolved.column, m_table.name));
    m_filters = filters;
    m_sort = resolved;
    m_sortIndex = sortIndex;
    m_canUseIndex = canUseIndex;
    m_where = clauses.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    m_whereValues = values;
    return true;
}

QString QueryBuilder::orderBy(Direction direction) const
{
    const bool descending = m_sort.descending() != (direction == Direction::Backward);
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Qualified: in PostgreSQL a bare name in ORDER BY means the output column
    // first, and times and enums are output as text (to_char, ::text). Sorting
    // that text sorts every matching row instead of walking the column's index
    // (380 ms instead of 0.5 ms for a page at 100,000 trades), and an enum's
    // text order is not the order the keyset compares in.
    const QString table = SqlDialect::quoteIdentifier(m_table.name) + u'.';
    const ColumnDef &sortColumn = m_columns[m_sortIndex];
    if (sortColumn.name == u"id")
        return QStringLiteral(" ORDER BY %1\"id\"%2").arg(table, dir);
    return QStringLiteral(" ORDER BY %1%2%3, %1\"id\"%3").arg(table, quoted(sortColumn), dir);
}

QString QueryBuilder::keyset(Direction direction, const RowKey &after, QVariantList *values) const
{
    const bool descending = m_sort.descending() != (direction == Direction::Backward);
    const QString op = descending ? QStringLiteral("<") : QStringLiteral(">");
    const ColumnDef &sortColumn = m_columns[m_sortIndex];
    if (sortColumn.name == u"id") {
        values->append(after.id);
        return QStringLiteral("\"id\" %1 ?").arg(op);
    }
    const QString q = quoted(sortColumn);
    // Where NULL sorts: SQLite puts it first in ascending order, PostgreSQL last.
    const bool nullsFirst = m_dialect.isPostgres() ? descending : !descending;
    if (after.sortValue.isNull()) {
        values->append(after.id);
        if (nullsFirst)
            return QStringLiteral("((%1 IS NULL AND \"id\" %2 ?) OR %1 IS NOT NULL)").arg(q, op);
        return QStringLiteral("(%1 IS NULL AND \"id\" %2 ?)").arg(q, op);
    }
    values->append(after.sortValue);
    values->append(after.id);
    QString clause = QStringLiteral("(%1, \"id\") %2 (%3, ?)").arg(q, op, parameter(sortColumn));
    if (sortColumn.nullable && !nullsFirst)
        clause = QStringLiteral("(%1 OR %2 IS NULL)").arg(clause, q);
    return clause;
}

BoundSql QueryBuilder::page(Direction direction, const RowKey *after, int limit,
                            qint64 offset) const
{
    BoundSql bound;
    bound.values = m_whereValues;
    QString where = m_where;
    if (after) {
        const QString condition = keyset(direction, *after, &bound.values);
        where +=
            (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    }
    bound.sql = QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT ?")
                    .arg(m_selectList, SqlDialect::quoteIdentifier(m_table.name), where,
                         orderBy(direction));
    bound.values << qint64(limit);
    if (offset > 0) {
        bound.sql += QStringLiteral(" OFFSET ?");
        bound.values << offset;
    }
    return bound;
}

BoundSql QueryBuilder::all() const
{
    return {QStringLiteral("SELECT %1 FROM %2%3%4")
                .arg(m_selectList, SqlDialect::quoteIdentifier(m_table.name), m_where,
                     orderBy(Direction::Forward)),
            m_whereValues};
}

BoundSql QueryBuilder::count() const
{
    return {QStringLiteral("SELECT count(*) FROM %1%2")
                .arg(SqlDialect::quoteIdentifier(m_table.name), m_where),
            m_whereValues};
}

BoundSql QueryBuilder::countUpTo(qint64 limit) const
{
    BoundSql bound{QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT ?) AS capped")
                       .arg(SqlDialect::quoteIdentifier(m_table.name), m_where),
                   m_whereValues};
    bound.values << limit;
    return bound;
}

BoundSql QueryBuilder::idRange() const
{
    // Two scalar subqueries: SQLite answers each from the end of the rowid
    // b-tree, but "min(id), max(id)" in one SELECT scans the whole table.
    const QString table = SqlDialect::quoteIdentifier(m_table.name);
    return {QStringLiteral("SELECT (SELECT min(\"id\") FROM %1), (SELECT max(\"id\") FROM %1)")
                .arg(table),
            {}};
}

RowKey QueryBuilder::keyOf(const QVariantList &rawValues) const
{
    RowKey key;
    key.id = rawValues.value(m_idIndex).toLongLong();
    const QVariant raw = rawValues.value(m_sortIndex);
    if (!raw.isNull())
        key.sortValue = m_columns[m_sortIndex].type == ColumnType::Integer
                            ? QVariant::fromValue<qint64>(raw.toLongLong())
                            : raw;
    return key;
}
