#include "SqliteInserter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

std::unique_ptr<SqliteInserter> SqliteInserter::create(const QSqlDatabase &db, const QString &table,
                                                       const QStringList &columns, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QCoreApplication::translate("SqliteInserter", "not an SQLite connection");
        return nullptr;
    }
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))
            .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(raw, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        *error =
            QCoreApplication::translate("SqliteInserter", "preparing the insert into %1 failed: %2")
                .arg(table, sqliteError(raw));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteInserter>(new SqliteInserter(raw, statement, table));
}

SqliteInserter::SqliteInserter(sqlite3 *db, sqlite3_stmt *statement, QString table)
    : m_db(db)
    , m_statement(statement)
    , m_table(std::move(table))
{
}

SqliteInserter::~SqliteInserter()
{
    // Finalized before the caller commits: an unfinished statement makes
    // COMMIT fail (TOOLCHAIN.md pitfall 6).
    sqlite3_finalize(m_statement);
}

bool SqliteInserter::add(const QVariantList &row, QString *error)
{
    int rc = SQLITE_OK;
    for (int i = 0; i < row.size() && rc == SQLITE_OK; ++i) {
        const QVariant &value = row[i];
        const int index = i + 1;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            // The QVariant in `row` outlives sqlite3_step below: no copy needed.
            const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
            rc = sqlite3_bind_text(m_statement, index, bytes->constData(), int(bytes->size()),
                                   SQLITE_STATIC);
            break;
        }
        default: {
            const QString *text = static_cast<const QString *>(value.constData());
            if (value.typeId() != QMetaType::QString) {
                const QByteArray utf8 = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_text16(m_statement, index, text->utf16(), int(text->size() * 2),
                                         SQLITE_STATIC);
            }
            break;
        }
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(m_statement);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK)
        *error = QCoreApplication::translate("SqliteInserter", "inserting into %1 failed: %2")
                     .arg(m_table, sqliteError(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return rc == SQLITE_OK;
}
