#pragma once

#include "db/ConnectionSpec.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A PostgreSQL server of the test's own, on its own port and data directory,
// that the test stops and starts again at will (the shared server from
// scripts/with-postgres.sh must stay up for everyone else). Made the way that
// script makes one: initdb as the postgres user when we are root, local
// sockets trusted, TCP with scram and a password, fsync off.
class PostgresServerProcess
{
public:
    PostgresServerProcess();
    ~PostgresServerProcess(); // stops the server and removes its data

    PostgresServerProcess(const PostgresServerProcess &) = delete;
    PostgresServerProcess &operator=(const PostgresServerProcess &) = delete;

    // The server binaries (PGBIN, else the newest /usr/lib/postgresql/*/bin),
    // or empty when PostgreSQL is not installed.
    static QString binDir();

    // The first call runs initdb and creates the robot role and database.
    bool start();
    enum class StopMode {
        // pg_ctl stop -m fast: the server ends every session, as in a restart.
        Fast,
        // pg_ctl stop -m immediate: every backend exits at once, as in a crash.
        Immediate,
    };
    bool stop(StopMode mode = StopMode::Fast);
    bool isRunning() const { return m_running; }

    // robot@127.0.0.1:<port>/robot with its password, over TCP.
    ConnectionSpec spec() const;
    const QString &error() const { return m_error; }

private:
    bool run(const QString &tool, const QStringList &arguments, const QByteArray &input = {});
    bool initialise();

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_password;
    int m_port = 0;
    bool m_initialised = false;
    bool m_roleCreated = false;
    bool m_running = false;
    QString m_error;
};

// Inside a test function: a server of the test's own named `var`, started, or
// a skip (a failure under CI=true) when PostgreSQL is not installed.
#define TI_OWN_POSTGRES(var)                                                                       \
    if (PostgresServerProcess::binDir().isEmpty()) {                                               \
        if (TestDatabases::postgresRequired())                                                     \
            QFAIL("CI=true but the PostgreSQL server binaries are not installed");                 \
        QSKIP("PostgreSQL server binaries not installed (set PGBIN)");                             \
    }                                                                                              \
    PostgresServerProcess var;                                                                     \
    QVERIFY2(var.start(), qPrintable(var.error()))
