#pragma once

#include "RowInserter.h"

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

// Inserts rows into one table through SQLite's C API on QSQLITE's own handle
// (Debian's plugin links the system libsqlite3, TOOLCHAIN.md section 7): one
// prepared single-row INSERT, bound, stepped and reset per row. QSqlQuery
// costs several microseconds per bound value in Qt 6.4 (it builds a
// placeholder name for each); this path is about ten times faster and is
// what gets a million trades in well under a minute.
//   QVariant null -> NULL, qlonglong/int/bool -> INTEGER, double -> REAL,
//   QByteArray -> TEXT as UTF-8 bytes, QString -> TEXT.
class SqliteInserter : public RowInserter
{
public:
    // nullptr and *error when the handle is not SQLite's or the prepare fails.
    static std::unique_ptr<SqliteInserter> create(const QSqlDatabase &db, const QString &table,
                                                  const QStringList &columns, QString *error);
    ~SqliteInserter() override;

    bool add(const QVariantList &row, QString *error) override;
    bool flush(QString *) override { return true; }
    bool fullAfterNextRow() const override { return true; }

private:
    SqliteInserter(sqlite3 *db, sqlite3_stmt *statement, QString table);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QString m_table;
};
