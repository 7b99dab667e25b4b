#pragma once

#include "ConnectionSpec.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

enum class AccessMode {
    ReadOnly,  // browsing: SQLite QSQLITE_OPEN_READONLY, PostgreSQL read-only transactions
    ReadWrite, // restore: the database must already exist
    Create,    // init and demo: an SQLite file may be created
};

// One open, named QSqlDatabase connection owned by the thread that opened it.
// Closing and removeDatabase() happen in the destructor; queries made on it must
// be gone by then. Never keep a QSqlDatabase around: ask database() each time.
//
// Read-only by default: the robot writes at the same time, so SQLite gets a busy
// timeout and PostgreSQL a connect timeout, UTC session time zone (naive
// timestamps would shift otherwise) and exact numerics (QSql::HighPrecision).
class DatabaseConnection
{
public:
    static std::unique_ptr<DatabaseConnection> open(const ConnectionSpec &spec, AccessMode mode,
                                                    QString *error,
                                                    const QString &purpose = QStringLiteral("db"));
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    QSqlDatabase database() const;
    const QString &connectionName() const { return m_name; }
    const ConnectionSpec &spec() const { return m_spec; }
    AccessMode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == AccessMode::ReadOnly; }
    DatabaseDriver driver() const { return m_spec.driver; }

    // "3.40.1" or "15.18 (Debian 15.18-0+deb12u1)".
    QString serverVersion() const;
    // PostgreSQL's server_version_num (150018); 0 for SQLite.
    int serverVersionNumber() const;

    // Aborts the statement running on this connection. Safe to call from any
    // thread while the owning thread is blocked in a query (sqlite3_interrupt,
    // PQcancel); the interrupted query then fails and the connection stays usable.
    void interrupt();

    // True when this connection can no longer answer and must be replaced:
    // PostgreSQL's socket is gone (libpq says CONNECTION_BAD after the server
    // stopped or ended the session), or the SQLite file was deleted, replaced or
    // made unreadable (an open SQLite connection would otherwise keep reading
    // the old, unlinked file without a word). Owning thread only.
    bool isBroken() const;
    // Why the SQLite file no longer matches this connection, as a sentence;
    // empty when it still does (and always for PostgreSQL). Owning thread only.
    QString fileProblem() const;

    // A clean one-line message for a failed statement or connect.
    static QString describeError(const class QSqlError &error);

private:
    DatabaseConnection(QString name, ConnectionSpec spec, AccessMode mode);
    bool initialise(QString *error);

    QString m_name;
    ConnectionSpec m_spec;
    AccessMode m_mode;
    void *m_cancelHandle = nullptr; // PGcancel*, made on the owning thread
    void *m_pgConnection = nullptr; // PGconn*, owned by the QPSQL driver
    bool m_fileWasEmpty = false;    // a 0-byte SQLite file is a new database, not a truncated one
    std::atomic<void *> m_sqliteHandle{nullptr};
};
