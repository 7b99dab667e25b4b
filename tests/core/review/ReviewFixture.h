#pragma once

#include "TestDatabases.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Builds small robot databases holding exactly the rows a test needs, stored
// the way SQLAlchemy stores them (sqlalchemy-storage.md): upper-case enum
// member names, DATETIME text with six fractional digits, numerics written as
// plain numbers (REAL/INTEGER in SQLite, exact numeric in PostgreSQL). The SQL
// text is test data written here, never user input.
namespace ReviewFixture {

// "2025-01-02 09:00" -> '2025-01-02 09:00:00.000000' (a quoted literal); "" -> NULL.
QString ts(const QString &text);
// A numeric literal or NULL for "".
QString num(const QString &text);

// orderId 0 -> NULL; totalValue "" -> quantity x price rounded to cents.
QString trade(qint64 id, const QString &symbol, const QString &side, const QString &quantity,
              const QString &price, const QString &commission, const QString &executedAt,
              qint64 orderId = 0, const QString &strategy = {}, const QString &totalValue = {});
QString order(qint64 id, const QString &symbol, const QString &side, const QString &status,
              const QString &quantity, const QString &filledQuantity, const QString &avgFillPrice,
              const QString &submittedAt = QStringLiteral("2025-01-01 08:00"),
              const QString &filledAt = {});
// cost_basis, market_value, unrealized_pnl, pct: "" -> computed from the others.
QString position(qint64 id, const QString &symbol, const QString &quantity, const QString &avgCost,
                 const QString &currentPrice, bool isOpen, const QString &closedAt = {},
                 const QString &costBasis = {}, const QString &marketValue = {},
                 const QString &unrealizedPnl = {}, const QString &unrealizedPct = {});
QString session(qint64 id, const QString &startedAt, const QString &endedAt, qint64 totalTrades,
                qint64 winning, qint64 losing, const QString &totalPnl,
                const QString &totalCommission, const QString &winRate,
                const QString &startingBalance = {}, const QString &endingBalance = {},
                const QString &maxDrawdown = {});

// Creates the schema, then runs the inserts. Returns an error or "".
QString build(const ConnectionSpec &spec, const QStringList &inserts);

// A database on the engine a data row asks for: an SQLite file in `dir`, or a
// scratch PostgreSQL database dropped with `holder`.
struct Engine
{
    std::unique_ptr<TestDatabases::ScratchPostgres> holder;
    ConnectionSpec spec;
};
Engine sqlite(const QTemporaryDir &dir);

} // namespace ReviewFixture

// Inside a data-driven test function with a bool column "postgres": declares
// `ConnectionSpec spec` for a fresh, empty database on that engine.
#define REVIEW_ENGINE(spec, dir)                                                                   \
    QFETCH(bool, postgres);                                                                        \
    ReviewFixture::Engine spec##Engine;                                                            \
    if (postgres) {                                                                                \
        if (!TestDatabases::postgresServer()) {                                                    \
            if (TestDatabases::postgresRequired())                                                 \
                QFAIL("CI=true but TI_TEST_PG_URL is not set");                                    \
            QSKIP("TI_TEST_PG_URL not set: no PostgreSQL server");                                 \
        }                                                                                          \
        spec##Engine.holder = std::make_unique<TestDatabases::ScratchPostgres>("review");          \
        QVERIFY2(spec##Engine.holder->isValid(), qPrintable(spec##Engine.holder->error()));        \
        spec##Engine.spec = spec##Engine.holder->spec();                                           \
    } else {                                                                                       \
        spec##Engine = ReviewFixture::sqlite(dir);                                                 \
    }                                                                                              \
    const ConnectionSpec spec = spec##Engine.spec

#define REVIEW_ENGINES_DATA()                                                                      \
    QTest::addColumn<bool>("postgres");                                                            \
    QTest::newRow("sqlite") << false;                                                              \
    QTest::newRow("postgres") << true
