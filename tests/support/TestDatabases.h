#pragma once

#include "db/ConnectionSpec.h"

#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

// Real databases for tests: SQLite files in a temporary directory and scratch
// databases on the throwaway PostgreSQL server that scripts/test.sh starts and
// passes as TI_TEST_PG_URL (its role may CREATE DATABASE).
namespace TestDatabases {

// The throwaway server's main database, or nullopt when none was started.
std::optional<ConnectionSpec> postgresServer();
// True under CI=true: a test that needs PostgreSQL must then fail, never skip.
bool postgresRequired();

// A fresh, empty database on the throwaway server, dropped by the destructor.
class ScratchPostgres
{
public:
    explicit ScratchPostgres(const QString &purpose);
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    bool isValid() const { return m_valid; }
    const ConnectionSpec &spec() const { return m_spec; }
    QString url() const { return m_spec.toUrl(true); }
    const QString &error() const { return m_error; }

private:
    ConnectionSpec m_spec;
    QString m_error;
    bool m_valid = false;
};

// Runs SQL statements on a writable connection; returns the first error or empty.
QString execute(const ConnectionSpec &spec, const QStringList &statements);

} // namespace TestDatabases

// Inside a test function: yields a ConnectionSpec `var` for a scratch PostgreSQL
// database, or skips (fails under CI=true) when no server was started.
#define TI_SCRATCH_POSTGRES(var, purpose)                                                          \
    if (!TestDatabases::postgresServer()) {                                                        \
        if (TestDatabases::postgresRequired())                                                     \
            QFAIL("CI=true but TI_TEST_PG_URL is not set: the PostgreSQL server is missing");      \
        QSKIP("TI_TEST_PG_URL not set: no PostgreSQL server (run scripts/test.sh)");               \
    }                                                                                              \
    TestDatabases::ScratchPostgres var##Holder(purpose);                                           \
    QVERIFY2(var##Holder.isValid(), qPrintable(var##Holder.error()));                              \
    const ConnectionSpec &var = var##Holder.spec()
