#include "RawEngine.h"

#include "PostgresEngine.h"
#include "SqliteEngine.h"

#include <QFile>

#include <libpq-fe.h>
#include <sqlite3.h>

std::unique_ptr<RawEngine> RawEngine::open(const ConnectionSpec &spec, QString *error)
{
    if (spec.isSqlite()) {
        sqlite3 *db = nullptr;
        const QByteArray path = QFile::encodeName(spec.absolutePath());
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close(db);
            return nullptr;
        }
        return std::make_unique<SqliteEngine>(db);
    }
    // Keywords, not a conninfo string: the password never becomes text to parse or log.
    std::vector<QByteArray> keys, values;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.push_back(key);
            values.push_back(value.toUtf8());
        }
    };
    add("host", spec.host);
    add("port", spec.port ? QString::number(spec.port) : QString());
    add("dbname", spec.database);
    add("user", spec.user);
    add("password", spec.password);
    add("sslmode", spec.sslMode);
    add("options", QStringLiteral("-c TimeZone=UTC"));
    std::vector<const char *> keyPointers, valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 0);
    if (PQstatus(connection) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return nullptr;
    }
    return std::make_unique<PostgresEngine>(connection);
}
