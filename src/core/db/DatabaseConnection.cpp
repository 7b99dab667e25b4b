#include "DatabaseConnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace {

std::atomic<quint64> s_connectionCounter{0};

constexpr int kSqliteBusyTimeoutMs = 5000;
constexpr int kPostgresConnectTimeoutSeconds = 5;
// TCP keepalives: a server that vanishes without closing the connection (a
// cable pulled, a VM frozen, a NAT entry dropped) is noticed after about
// idle + interval * count = 10 + 5 * 3 = 25 seconds of silence. libpq's own
// default keeps the system's timings: two hours before the first probe, while
// a statement waits for an answer that will never come.
constexpr int kKeepaliveIdleSeconds = 10;
constexpr int kKeepaliveIntervalSeconds = 5;
constexpr int kKeepaliveCount = 3;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString postgresConnectOptions(const ConnectionSpec &spec, AccessMode mode)
{
    // QPSQL joins these into libpq's conninfo; the quoted `options` value is
    // passed to the server as session settings.
    QStringList serverOptions{QStringLiteral("-c TimeZone=UTC")};
    if (mode == AccessMode::ReadOnly)
        serverOptions << QStringLiteral("-c default_transaction_read_only=on");
    QStringList options{
        QStringLiteral("connect_timeout=%1").arg(kPostgresConnectTimeoutSeconds),
        QStringLiteral("application_name=trade-inspector"),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=%1").arg(kKeepaliveIdleSeconds),
        QStringLiteral("keepalives_interval=%1").arg(kKeepaliveIntervalSeconds),
        QStringLiteral("keepalives_count=%1").arg(kKeepaliveCount),
        QStringLiteral("options='%1'").arg(serverOptions.join(u' ')),
    };
    if (!spec.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + spec.sslMode;
    return options.join(u';');
}

} // namespace

DatabaseConnection::DatabaseConnection(QString name, ConnectionSpec spec, AccessMode mode)
    : m_name(std::move(name))
    , m_spec(std::move(spec))
    , m_mode(mode)
{
}

std::unique_ptr<DatabaseConnection> DatabaseConnection::open(const ConnectionSpec &spec,
                                                             AccessMode mode, QString *error,
                                                             const QString &purpose)
{
    const QString name = QStringLiteral("ti-%1-%2").arg(purpose).arg(++s_connectionCounter);
    std::unique_ptr<DatabaseConnection> connection(new DatabaseConnection(name, spec, mode));
    if (!connection->initialise(error))
        return nullptr; // the destructor removes the half-made connection
    return connection;
}

bool DatabaseConnection::initialise(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(m_spec.qtDriverName()))
        return fail(
            error,
            QCoreApplication::translate("DatabaseConnection",
                                        "the Qt SQL driver %1 is not installed (Debian package %2)")
                .arg(m_spec.qtDriverName(), m_spec.isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                              : QStringLiteral("libqt6sql6-psql")));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_spec.qtDriverName(), m_name);
    if (m_spec.isSqlite()) {
        const QString path = m_spec.absolutePath();
        const QFileInfo info(path);
        if (mode() != AccessMode::Create && !info.exists())
            return fail(error, QCoreApplication::translate("DatabaseConnection",
                                                           "no such SQLite database file: %1")
                                   .arg(path));
        if (info.exists() && !info.isFile())
            return fail(
                error,
                QCoreApplication::translate("DatabaseConnection", "not a file: %1").arg(path));
        m_fileWasEmpty = !info.exists() || info.size() == 0;
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs);
        if (mode() == AccessMode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return fail(error,
                        QCoreApplication::translate("DatabaseConnection", "cannot open %1: %2")
                            .arg(path, describeError(db.lastError())));
        // Opening is lazy in SQLite: the first read tells whether this is a database.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(error, QCoreApplication::translate("DatabaseConnection",
                                                           "%1 is not an SQLite database (%2)")
                                   .arg(path, describeError(probe.lastError())));
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqliteHandle = *static_cast<sqlite3 *const *>(handle.constData());
        return true;
    }
    if (!m_spec.host.isEmpty())
        db.setHostName(m_spec.host);
    if (m_spec.port != 0)
        db.setPort(m_spec.port);
    db.setDatabaseName(m_spec.database);
    if (!m_spec.user.isEmpty())
        db.setUserName(m_spec.user);
    if (!m_spec.password.isEmpty())
        db.setPassword(m_spec.password);
    db.setConnectOptions(postgresConnectOptions(m_spec, mode()));
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db.open())
        return fail(error, QCoreApplication::translate("DatabaseConnection",
                                                       "cannot connect to PostgreSQL at %1: %2")
                               .arg(m_spec.displayName(), describeError(db.lastError())));
    const QVariant handle = db.driver()->handle();
    // Qt 6.4's QPSQL names the handle after the struct ("pg_conn*"), later
    // versions after the typedef ("PGconn*").
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 ||
                             qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
        m_pgConnection = conn;
        m_cancelHandle = PQgetCancel(conn);
    }
    return true;
}

DatabaseConnection::~DatabaseConnection()
{
    if (m_cancelHandle)
        PQfreeCancel(static_cast<PGcancel *>(m_cancelHandle));
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString DatabaseConnection::serverVersion() const
{
    QSqlQuery query(database());
    const QString sql = m_spec.isSqlite() ? QStringLiteral("SELECT sqlite_version()")
                                          : QStringLiteral("SHOW server_version");
    if (query.exec(sql) && query.next())
        return query.value(0).toString();
    return {};
}

int DatabaseConnection::serverVersionNumber() const
{
    if (m_spec.isSqlite())
        return 0;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SHOW server_version_num")) && query.next())
        return query.value(0).toInt();
    return 0;
}

void DatabaseConnection::interrupt()
{
    if (void *handle = m_sqliteHandle.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(handle));
    if (m_cancelHandle) {
        char message[256];
        PQcancel(static_cast<PGcancel *>(m_cancelHandle), message, sizeof message);
    }
}

bool DatabaseConnection::isBroken() const
{
    if (m_pgConnection)
        return PQstatus(static_cast<PGconn *>(m_pgConnection)) == CONNECTION_BAD;
    return !fileProblem().isEmpty();
}

QString DatabaseConnection::fileProblem() const
{
    auto *handle = static_cast<sqlite3 *>(m_sqliteHandle.load());
    if (!handle)
        return {};
    const QString path = m_spec.absolutePath();
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("DatabaseConnection",
                                           "the database file %1 was deleted or moved")
            .arg(path);
    int moved = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return QCoreApplication::translate("DatabaseConnection",
                                           "the database file %1 was replaced by another file")
            .arg(path);
    if (info.size() == 0 && !m_fileWasEmpty)
        return QCoreApplication::translate(
                   "DatabaseConnection",
                   "the database file %1 is empty (0 bytes): it was truncated")
            .arg(path);
    // Our descriptor still reads, but nothing opened from now on would.
    if (!info.isReadable())
        return QCoreApplication::translate(
                   "DatabaseConnection",
                   "the database file %1 is no longer readable (permission denied)")
            .arg(path);
    return {};
}

QString DatabaseConnection::describeError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text = text.simplified();
    // libpq prefixes server messages with a severity that says nothing to an operator.
    for (const QLatin1String prefix : {QLatin1String("FATAL: "), QLatin1String("ERROR: ")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    if (text.contains(QLatin1String("Connection refused")))
        text = QCoreApplication::translate(
            "DatabaseConnection", "the server is not running or not accepting connections there "
                                  "(connection refused)");
    else if (text.contains(QLatin1String("timeout expired")))
        text = QCoreApplication::translate("DatabaseConnection",
                                           "no answer from the server within %1 seconds")
                   .arg(kPostgresConnectTimeoutSeconds);
    return text.isEmpty() ? QCoreApplication::translate("DatabaseConnection", "unknown error")
                          : text;
}
