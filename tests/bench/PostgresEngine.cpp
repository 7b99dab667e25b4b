#include "PostgresEngine.h"

#include <QElapsedTimer>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

PostgresEngine::~PostgresEngine()
{
    PQfinish(m_connection);
}

double PostgresEngine::run(const BoundSql &bound, std::FILE *csv)
{
    QElapsedTimer timer;
    timer.start();
    // `?` -> `$n`: the builder's SQL has no question marks anywhere else.
    QString sql;
    int parameter = 0;
    for (const QChar c : bound.sql) {
        if (c == u'?')
            sql += u'$' + QString::number(++parameter);
        else
            sql += c;
    }
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(bound.values.size());
    for (const QVariant &value : bound.values) {
        texts.push_back(value.isNull() ? QByteArray() : value.toString().toUtf8());
        values.push_back(value.isNull() ? nullptr : texts.back().constData());
    }
    const QByteArray sqlText = sql.toUtf8();
    // Single-row mode: streamed like QPSQL's forward-only queries, not buffered.
    if (!PQsendQueryParams(m_connection, sqlText.constData(), int(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0) ||
        !PQsetSingleRowMode(m_connection)) {
        m_error = QString::fromUtf8(PQerrorMessage(m_connection));
        return -1;
    }
    m_rows = 0;
    bool failed = false;
    while (PGresult *result = PQgetResult(m_connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_SINGLE_TUPLE) {
            const int columns = PQnfields(result);
            for (int c = 0; c < columns; ++c) {
                const char *text = PQgetvalue(result, 0, c);
                if (csv) {
                    if (c > 0)
                        std::fputc(',', csv);
                    std::fputs(text, csv);
                }
            }
            if (csv)
                std::fputc('\n', csv);
            ++m_rows;
        } else if (status != PGRES_TUPLES_OK) {
            m_error = QString::fromUtf8(PQresultErrorMessage(result));
            failed = true;
        }
        PQclear(result);
    }
    return failed ? -1 : timer.nsecsElapsed() / 1e6;
}
