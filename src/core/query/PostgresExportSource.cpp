#include "PostgresExportSource.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <vector>

namespace {

constexpr char kCursor[] = "ti_export";

} // namespace

PostgresExportSource::PostgresExportSource(const QSqlDatabase &database, const BoundSql &everything)
    : m_database(database)
    , m_sql(everything)
{
}

PostgresExportSource::~PostgresExportSource()
{
    finish();
}

QByteArray PostgresExportSource::numberedParameters(const QString &sql)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    int parameter = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            numbered += u'$' + QString::number(++parameter);
            continue;
        }
        numbered += c;
    }
    return numbered.toUtf8();
}

bool PostgresExportSource::failed(PGresult *result)
{
    QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection))
            .simplified();
    if (message.startsWith(QLatin1String("ERROR: ")))
        message = message.mid(7);
    m_error = message.isEmpty() ? QCoreApplication::translate("PostgresExportSource",
                                                              "the PostgreSQL connection failed")
                                : message;
    PQclear(result);
    finish();
    return false;
}

bool PostgresExportSource::command(const char *sql)
{
    PGresult *result = PQexec(m_connection, sql);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        return failed(result);
    PQclear(result);
    return true;
}

void PostgresExportSource::finish()
{
    PQclear(m_batch);
    m_batch = nullptr;
    if (m_fetching) {
        m_fetching = false;
        while (PGresult *pending = PQgetResult(m_connection))
            PQclear(pending);
    }
    if (m_inTransaction) {
        m_inTransaction = false;
        // Closes the cursor too; after an error the transaction is aborted anyway.
        PQclear(PQexec(m_connection, "ROLLBACK"));
    }
    m_done = true;
}

bool PostgresExportSource::start()
{
    const QVariant handle = m_database.driver()->handle();
    // Qt 6.4 names it "pg_conn*" (the struct), later versions "PGconn*".
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 &&
                              qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        m_error =
            QCoreApplication::translate("PostgresExportSource", "not a PostgreSQL connection");
        return false;
    }
    m_connection = *static_cast<PGconn *const *>(handle.constData());
    if (!command("BEGIN READ ONLY"))
        return false;
    m_inTransaction = true;
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(m_sql.values.size());
    for (const QVariant &value : m_sql.values) {
        texts.push_back(value.isNull() ? QByteArray() : value.toString().toUtf8());
        values.push_back(value.isNull() ? nullptr : texts.back().constData());
    }
    const QByteArray declare =
        QByteArray("DECLARE ") + kCursor + " NO SCROLL CURSOR FOR " + numberedParameters(m_sql.sql);
    PGresult *result = PQexecParams(m_connection, declare.constData(), int(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        return failed(result);
    PQclear(result);
    return sendFetch();
}

bool PostgresExportSource::sendFetch()
{
    const QByteArray fetch =
        QByteArray("FETCH FORWARD ") + QByteArray::number(kFetchRows) + " FROM " + kCursor;
    if (!PQsendQuery(m_connection, fetch.constData()))
        return failed(nullptr);
    m_fetching = true;
    return true;
}

PGresult *PostgresExportSource::takeFetched()
{
    PGresult *result = PQgetResult(m_connection);
    while (PGresult *rest = PQgetResult(m_connection)) // the end-of-command null
        PQclear(rest);
    m_fetching = false;
    return result;
}

bool PostgresExportSource::next()
{
    if (m_done)
        return false;
    if (++m_row < m_batchRows)
        return true;
    PQclear(m_batch);
    m_batch = nullptr;
    if (m_fetching) {
        PGresult *batch = takeFetched();
        if (PQresultStatus(batch) != PGRES_TUPLES_OK)
            return failed(batch);
        m_batch = batch;
        m_batchRows = PQntuples(m_batch);
        m_row = 0;
        // A full batch: ask for the next one now, so the server reads it
        // while this one is written.
        if (m_batchRows == kFetchRows && !sendFetch())
            return false;
        if (m_batchRows > 0)
            return true;
    }
    m_inTransaction = false;
    if (!command("COMMIT"))
        return false;
    m_done = true;
    return false;
}

void PostgresExportSource::write(int index, ExportCellWriter &writer, ExportEncoder &encoder)
{
    if (PQgetisnull(m_batch, m_row, index)) {
        writer.writeNull(encoder);
        return;
    }
    writer.writeText(encoder, std::string_view(PQgetvalue(m_batch, m_row, index),
                                               size_t(PQgetlength(m_batch, m_row, index))));
}
