#include "SqliteEngine.h"

#include <QElapsedTimer>
#include <QVariant>

#include <sqlite3.h>

SqliteEngine::~SqliteEngine()
{
    sqlite3_close(m_db);
}

double SqliteEngine::run(const BoundSql &bound, std::FILE *csv)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray sql = bound.sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    for (int i = 0; i < bound.values.size(); ++i) {
        const QVariant &value = bound.values[i];
        if (value.isNull()) {
            sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::Double) {
            sqlite3_bind_double(statement, i + 1, value.toDouble());
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ||
                   value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::Bool) {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                              SQLITE_TRANSIENT);
        }
    }
    m_rows = 0;
    const int columns = sqlite3_column_count(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            const unsigned char *text = sqlite3_column_text(statement, c);
            if (csv) {
                if (c > 0)
                    std::fputc(',', csv);
                if (text)
                    std::fputs(reinterpret_cast<const char *>(text), csv);
            }
        }
        if (csv)
            std::fputc('\n', csv);
        ++m_rows;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}
