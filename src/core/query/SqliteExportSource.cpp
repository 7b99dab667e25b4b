#include "SqliteExportSource.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

bool sortCanUseIndex(const QueryBuilder &builder)
{
    const QString &sort = builder.columns()[builder.sortColumnIndex()].name;
    if (sort == u"id")
        return true;
    for (const IndexDef &index : builder.table().allIndexes()) {
        if (index.columns.value(0) == sort)
            return true;
    }
    return false;
}

void bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    // What QSQLITE binds for each type, so a batch compares like a page does.
    switch (value.typeId()) {
    case QMetaType::Double:
        sqlite3_bind_double(statement, position, value.toDouble());
        return;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, position, value.toLongLong());
        return;
    default:
        break;
    }
    if (value.isNull()) {
        sqlite3_bind_null(statement, position);
        return;
    }
    const QString text = value.toString();
    sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * sizeof(QChar)),
                        SQLITE_TRANSIENT);
}

QVariant rawValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
        return {};
    default:
        return QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(statement, column)),
                       sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar)));
    }
}

bool isAscii(const unsigned char *text, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        if (text[i] >= 0x80)
            return false;
    }
    return true;
}

} // namespace

SqliteExportSource::SqliteExportSource(const QSqlDatabase &database, const QueryBuilder &builder)
    : m_database(database)
    , m_builder(builder)
{
}

SqliteExportSource::~SqliteExportSource()
{
    finalize();
}

void SqliteExportSource::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool SqliteExportSource::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    finalize();
    return false;
}

bool SqliteExportSource::start()
{
    const QVariant handle = m_database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QCoreApplication::translate("SqliteExportSource", "not an SQLite connection");
        return false;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    QString journal;
    {
        QSqlQuery query(m_database);
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
            journal = query.value(0).toString().toLower();
    }
    if (journal != u"wal")
        m_batchRows = sortCanUseIndex(m_builder) ? kIndexedBatchRows : kSortedBatchRows;
    return prepare(m_batchRows > 0
                       ? m_builder.page(QueryBuilder::Direction::Forward, nullptr, m_batchRows)
                       : m_builder.all());
}

bool SqliteExportSource::prepare(const BoundSql &bound)
{
    const QByteArray sql = bound.sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        return fail();
    for (qsizetype i = 0; i < bound.values.size(); ++i)
        bind(m_statement, int(i + 1), bound.values[i]);
    m_rowsInBatch = 0;
    ++m_batches;
    return true;
}

RowKey SqliteExportSource::currentKey() const
{
    QVariantList raw(m_builder.columns().size());
    raw[m_builder.idColumnIndex()] = rawValue(m_statement, m_builder.idColumnIndex());
    raw[m_builder.sortColumnIndex()] = rawValue(m_statement, m_builder.sortColumnIndex());
    return m_builder.keyOf(raw);
}

bool SqliteExportSource::next()
{
    while (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            if (++m_rowsInBatch == m_batchRows)
                m_batchEnd = currentKey();
            return true;
        }
        if (rc != SQLITE_DONE)
            return fail();
        // Finalizing ends the statement's read transaction: the robot may write now.
        finalize();
        if (m_batchRows == 0 || m_rowsInBatch < m_batchRows)
            return false;
        if (!prepare(m_builder.page(QueryBuilder::Direction::Forward, &*m_batchEnd, m_batchRows)))
            return false;
    }
    return false;
}

void SqliteExportSource::write(int index, ExportCellWriter &writer, ExportEncoder &encoder)
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_NULL:
        writer.writeNull(encoder);
        return;
    case SQLITE_INTEGER:
        writer.writeInteger(encoder, sqlite3_column_int64(m_statement, index));
        return;
    case SQLITE_FLOAT:
        writer.writeReal(encoder, sqlite3_column_double(m_statement, index));
        return;
    case SQLITE_BLOB:
        writer.writeRaw(
            encoder, QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, index)),
                                sqlite3_column_bytes(m_statement, index)));
        return;
    default:
        break;
    }
    const unsigned char *text = sqlite3_column_text(m_statement, index);
    const int bytes = sqlite3_column_bytes(m_statement, index);
    if (isAscii(text, bytes)) {
        writer.writeText(encoder,
                         std::string_view(reinterpret_cast<const char *>(text), size_t(bytes)));
        return;
    }
    // Through UTF-16 as QSQLITE reads it: invalid UTF-8 then reads the same.
    const QByteArray utf8 = rawValue(m_statement, index).toString().toUtf8();
    writer.writeText(encoder, std::string_view(utf8.constData(), size_t(utf8.size())));
}
