#pragma once

#include "Fill.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3_stmt;

// Reads the trades query straight through SQLite's C API on the connection's
// own handle: QSQLITE wraps every value in a QVariant and a QString, which
// costs several times the engine's own read over a million rows. Same rows,
// same decoding results as the QSqlQuery path (FastDecode falls back to it).
// The statement is finalized in the destructor, so no read snapshot stays open.
class SqliteFillReader
{
public:
    SqliteFillReader() = default;
    ~SqliteFillReader();
    SqliteFillReader(const SqliteFillReader &) = delete;
    SqliteFillReader &operator=(const SqliteFillReader &) = delete;

    // Columns: id, symbol, side, quantity, price, commission, executed_at, strategy_name.
    bool prepare(const QSqlDatabase &db, const QString &sql, const QStringList &values,
                 QString *error);
    // true: a row is there; false: done, or an error (error() not empty).
    bool next();
    // Decodes the current row; false (fill->id still set) when it is unreadable.
    bool read(Fill *fill);
    const QString &error() const { return m_error; }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    const QString &intern(int column);

    void *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    // Symbols and strategies repeat: one shared QString each, no allocation per row.
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};
