#include "RobotFixture.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"
#include "schema/Decimal.h"
#include "schema/SchemaDdl.h"
#include "schema/SchemaProbe.h"
#include "schema/Timestamp.h"
#include "schema/ValueDecoder.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RobotFixture {

std::optional<QList<QVariantMap>> readTable(const ConnectionSpec &spec, RobotTable id,
                                            QString *error)
{
    const auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("fixture"));
    if (!connection)
        return std::nullopt;
    const TableDef &table = RobotSchema::table(id);
    const auto probed = SchemaProbe::probe(connection->database(), spec.driver,
                                           SchemaProbe::RowCounts::Skip, error);
    if (!probed)
        return std::nullopt;
    const ProbedTable *present = probed->table(table.name);
    if (!present || !present->present) {
        *error = table.name + QStringLiteral(" is missing");
        return std::nullopt;
    }
    const SqlDialect dialect(spec.driver);
    QList<const ColumnDef *> columns;
    QStringList select;
    for (const ColumnDef &column : table.columns) {
        if (!present->hasColumn(column.name))
            continue;
        columns << &column;
        const QString quoted = SqlDialect::quoteIdentifier(column.name);
        select << (column.type == ColumnType::DateTime ? dialect.timestampAsText(quoted)
                   : column.type == ColumnType::Enum   ? dialect.enumAsText(quoted)
                                                       : quoted);
    }
    QList<QVariantMap> rows;
    QSqlQuery query(connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                        .arg(select.join(QStringLiteral(", ")), table.name))) {
        *error = DatabaseConnection::describeError(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns[i]->name, ValueDecoder::decode(*columns[i], query.value(i)));
        rows << row;
    }
    return rows;
}

namespace {

QString show(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.metaType() == QMetaType::fromType<Decimal>())
        return value.value<Decimal>().toString();
    if (value.metaType() == QMetaType::fromType<Timestamp>())
        return value.value<Timestamp>().toStorageText();
    return value.toString();
}

} // namespace

QString dump(const ConnectionSpec &spec, QString *error)
{
    QString text;
    for (const TableDef &table : RobotSchema::tables()) {
        const auto rows = readTable(spec, table.id, error);
        if (!rows)
            return {};
        for (const QVariantMap &row : *rows) {
            text += table.name;
            for (const ColumnDef &column : table.columns)
                text += u'|' + show(row.value(column.name));
            text += u'\n';
        }
    }
    return text;
}

QVariant scalar(const ConnectionSpec &spec, const QString &sql)
{
    QString error;
    const auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, &error, QStringLiteral("fixture"));
    if (!connection)
        return {};
    QSqlQuery query(connection->database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QString createSchema(const ConnectionSpec &spec)
{
    QString error;
    const auto connection =
        DatabaseConnection::open(spec, AccessMode::Create, &error, QStringLiteral("fixture"));
    if (!connection)
        return error;
    if (!SchemaDdl::create(connection->database(), spec.driver, &error))
        return error;
    return {};
}

} // namespace RobotFixture
