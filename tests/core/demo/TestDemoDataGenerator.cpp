#include "DemoConsistency.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "demo/DemoDataGenerator.h"
#include "schema/Decimal.h"
#include "schema/SchemaProbe.h"
#include "schema/Timestamp.h"

#include <QSqlQuery>
#include <QtTest>

// Checks the demo data against the rules the robot's own data obeys, with an
// independent recomputation (its own FIFO, not the review's FifoMatcher).
class TestDemoDataGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consistentOnSqlite();
    void consistentOnPostgres();
    void storedLikeSqlAlchemyOnSqlite();
    void deterministicForASeed();
    void sameDataOnBothEngines();
    void refusesRobotDataWithoutForce();
    void fillsAnEmptySchema();
    void forceKeepsTheIndexesOnPostgres();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void postgresSequencesContinue();
    void manySessionsAndRetiredPositions();

private:
    ConnectionSpec sqliteFile(const QString &name) const
    {
        return ConnectionSpec::sqliteFile(m_dir.filePath(name));
    }
    QTemporaryDir m_dir;
};

namespace {

constexpr int kOrders = 5000;

} // namespace

void TestDemoDataGenerator::consistentOnSqlite()
{
    checkDemoConsistency(sqliteFile(QStringLiteral("consistent.db")), kOrders);
}

void TestDemoDataGenerator::consistentOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("demo"));
    checkDemoConsistency(spec, kOrders);
}

void TestDemoDataGenerator::storedLikeSqlAlchemyOnSqlite()
{
    const auto spec = sqliteFile(QStringLiteral("storage.db"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {2000, 3, false}, &error), qPrintable(error));
    const auto q = [&](const char *sql) {
        return RobotFixture::scalar(spec, QString::fromLatin1(sql));
    };
    // Enum member names, upper case.
    QCOMPARE(q("SELECT count(*) FROM orders WHERE status NOT IN ('PENDING','SUBMITTED',"
               "'PARTIALLY_FILLED','FILLED','CANCELED','REJECTED','EXPIRED')")
                 .toInt(),
             0);
    QCOMPARE(q("SELECT count(*) FROM trades WHERE side NOT IN ('BUY','SELL')").toInt(), 0);
    QVERIFY(q("SELECT count(*) FROM orders WHERE order_type = 'TRAILING_STOP'").toInt() > 0);
    // DATETIME as text with six fractional digits.
    QCOMPARE(q("SELECT count(*) FROM trades WHERE typeof(executed_at) <> 'text' OR "
               "executed_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] "
               "[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]'")
                 .toInt(),
             0);
    // NUMERIC as REAL, or INTEGER when whole; BOOLEAN as 0/1.
    QVERIFY(q("SELECT count(*) FROM trades WHERE typeof(quantity) = 'integer'").toInt() > 0);
    QVERIFY(q("SELECT count(*) FROM trades WHERE typeof(price) = 'real'").toInt() > 0);
    QCOMPARE(q("SELECT count(*) FROM trades WHERE typeof(price) NOT IN ('real','integer')").toInt(),
             0);
    QCOMPARE(q("SELECT count(*) FROM positions WHERE is_open NOT IN (0, 1)").toInt(), 0);
    // Fills of one order often share a millisecond and differ in microseconds.
    QVERIFY(q("SELECT count(*) FROM trades a JOIN trades b ON a.order_id = b.order_id "
              "AND a.id < b.id AND substr(a.executed_at, 1, 23) = substr(b.executed_at, 1, 23) "
              "AND a.executed_at <> b.executed_at")
                .toInt() > 0);
}

void TestDemoDataGenerator::deterministicForASeed()
{
    QString error;
    const auto a = sqliteFile(QStringLiteral("seed-a.db"));
    const auto b = sqliteFile(QStringLiteral("seed-b.db"));
    const auto c = sqliteFile(QStringLiteral("seed-c.db"));
    QVERIFY2(DemoDataGenerator::generate(a, {1500, 42, false}, &error), qPrintable(error));
    QVERIFY2(DemoDataGenerator::generate(b, {1500, 42, false}, &error), qPrintable(error));
    QVERIFY2(DemoDataGenerator::generate(c, {1500, 43, false}, &error), qPrintable(error));
    const QString dumpA = RobotFixture::dump(a, &error);
    QVERIFY2(!dumpA.isEmpty(), qPrintable(error));
    QCOMPARE(RobotFixture::dump(b, &error), dumpA);
    QVERIFY(RobotFixture::dump(c, &error) != dumpA);
}

void TestDemoDataGenerator::sameDataOnBothEngines()
{
    TI_SCRATCH_POSTGRES(pg, QStringLiteral("demo_same"));
    const auto lite = sqliteFile(QStringLiteral("same.db"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(lite, {1500, 5, false}, &error), qPrintable(error));
    QVERIFY2(DemoDataGenerator::generate(pg, {1500, 5, false}, &error), qPrintable(error));
    const QString expected = RobotFixture::dump(lite, &error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));
    const QString actual = RobotFixture::dump(pg, &error);
    if (actual != expected) {
        const QStringList e = expected.split(u'\n'), a = actual.split(u'\n');
        for (int i = 0; i < std::min(e.size(), a.size()); ++i) {
            if (e[i] != a[i])
                QFAIL(qPrintable(QStringLiteral("first difference:\n%1\n%2").arg(e[i], a[i])));
        }
        QFAIL("different row counts");
    }
}

void TestDemoDataGenerator::refusesRobotDataWithoutForce()
{
    const auto spec = sqliteFile(QStringLiteral("twice.db"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {800, 1, false}, &error), qPrintable(error));
    const QString before = RobotFixture::dump(spec, &error);
    QVERIFY(!DemoDataGenerator::generate(spec, {900, 2, false}, &error));
    QVERIFY2(error.contains(QLatin1String("already holds robot data")), qPrintable(error));
    QCOMPARE(RobotFixture::dump(spec, &error), before);
    QVERIFY2(DemoDataGenerator::generate(spec, {900, 2, true}, &error), qPrintable(error));
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM orders")).toInt(),
             900);
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT min(id) FROM orders")).toInt(), 1);
}

void TestDemoDataGenerator::forceKeepsTheIndexesOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("demo_force"));
    const QString indexes = QStringLiteral(
        "SELECT string_agg(indexname || ':' || indexdef, ';' ORDER BY indexname) FROM pg_indexes "
        "WHERE schemaname = current_schema()");
    QCOMPARE(RobotFixture::createSchema(spec), QString());
    const QString before = RobotFixture::scalar(spec, indexes).toString();
    QVERIFY(before.contains(QLatin1String("ix_trades_broker_order_id")));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {500, 1, false}, &error), qPrintable(error));
    QVERIFY(!DemoDataGenerator::generate(spec, {600, 2, false}, &error));
    QVERIFY2(DemoDataGenerator::generate(spec, {600, 2, true}, &error), qPrintable(error));
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM orders")).toInt(),
             600);
    QCOMPARE(RobotFixture::scalar(spec, indexes).toString(), before);
}

void TestDemoDataGenerator::fillsAnEmptySchema()
{
    const auto spec = sqliteFile(QStringLiteral("initialised.db"));
    QCOMPARE(RobotFixture::createSchema(spec), QString());
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {600, 1, false}, &error), qPrintable(error));
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM orders")).toInt(),
             600);
}

void TestDemoDataGenerator::cancelLeavesNothing_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<bool>("initialised");
    QTest::newRow("sqlite, new file") << false << false;
    QTest::newRow("sqlite, empty schema") << false << true;
    QTest::newRow("postgres, empty database") << true << false;
    QTest::newRow("postgres, empty schema") << true << true;
}

void TestDemoDataGenerator::cancelLeavesNothing()
{
    QFETCH(bool, postgres);
    QFETCH(bool, initialised);
    std::unique_ptr<TestDatabases::ScratchPostgres> scratch;
    ConnectionSpec spec = sqliteFile(QStringLiteral("cancel-%1.db").arg(initialised));
    if (postgres) {
        if (!TestDatabases::postgresServer()) {
            if (TestDatabases::postgresRequired())
                QFAIL("CI=true but TI_TEST_PG_URL is not set: the PostgreSQL server is missing");
            QSKIP("TI_TEST_PG_URL not set: no PostgreSQL server");
        }
        scratch = std::make_unique<TestDatabases::ScratchPostgres>(QStringLiteral("demo_cancel"));
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        spec = scratch->spec();
    }
    if (initialised)
        QCOMPARE(RobotFixture::createSchema(spec), QString());
    std::atomic_bool cancel{false};
    int calls = 0;
    QString error;
    QVERIFY(!DemoDataGenerator::generate(
        spec, {20000, 1, false}, &error,
        [&](qint64, qint64) {
            if (++calls == 3)
                cancel = true;
        },
        &cancel));
    QCOMPARE(error, QStringLiteral("canceled"));
    QCOMPARE(calls, 3);
    const auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    const auto probed = SchemaProbe::probe(connection->database(), spec.driver,
                                           SchemaProbe::RowCounts::Count, &error);
    QVERIFY2(probed, qPrintable(error));
    QCOMPARE(probed->hasAnyRobotTable(), initialised);
    for (const ProbedTable &table : probed->robotTables)
        QVERIFY(!table.present || table.rows == 0);
}

void TestDemoDataGenerator::postgresSequencesContinue()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("demo_seq"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {700, 1, false}, &error), qPrintable(error));
    // The robot's next INSERT takes its id from the sequence.
    QCOMPARE(TestDatabases::execute(
                 spec, {QStringLiteral("INSERT INTO orders (symbol, side, order_type, quantity, "
                                       "status) VALUES ('AAPL', 'BUY', 'MARKET', 1, 'PENDING')"),
                        QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, "
                                       "executed_at) VALUES ('AAPL', 'BUY', 1, 1, now())")}),
             QString());
    QCOMPARE(RobotFixture::scalar(spec, QStringLiteral("SELECT max(id) FROM orders")).toInt(), 701);
}

void TestDemoDataGenerator::manySessionsAndRetiredPositions()
{
    const auto spec = sqliteFile(QStringLiteral("lists.db"));
    const auto defaults = sqliteFile(QStringLiteral("lists-defaults.db"));
    DemoOptions options{3000, 11, false};
    QString error;
    QVERIFY2(DemoDataGenerator::generate(defaults, options, &error), qPrintable(error));
    options.sessions = 1200;
    options.retiredPositions = 30000; // past ZAAAA..ZAZZZ: every ticker letter turns over
    QVERIFY2(DemoDataGenerator::generate(spec, options, &error), qPrintable(error));
    const auto q = [&](const ConnectionSpec &db, const char *sql) {
        return RobotFixture::scalar(db, QString::fromLatin1(sql)).toLongLong();
    };
    QCOMPARE(q(defaults, "SELECT count(*) FROM trading_sessions"), 4);
    QCOMPARE(q(spec, "SELECT count(*) FROM trading_sessions"), 1200);
    QCOMPARE(q(spec, "SELECT count(*) FROM trading_sessions WHERE is_active"), 1);
    // Every session's window lies after the previous one's.
    QCOMPARE(q(spec, "SELECT count(*) FROM trading_sessions a JOIN trading_sessions b "
                     "ON b.id = a.id + 1 WHERE b.started_at <= a.ended_at"),
             0);
    const qint64 traded = q(spec, "SELECT count(DISTINCT symbol) FROM trades");
    QVERIFY(traded > 5);
    QCOMPARE(q(spec, "SELECT count(*) FROM positions"), traded + 30000);
    QCOMPARE(q(spec, "SELECT count(DISTINCT symbol) FROM positions"), traded + 30000);
    QCOMPARE(q(spec, "SELECT count(*) FROM positions WHERE symbol LIKE 'Z____' AND NOT is_open "
                     "AND quantity = 0 AND closed_at > opened_at AND last_updated = closed_at "
                     "AND closed_at < '2025-01-06'"),
             30000);
    QCOMPARE(q(spec, "SELECT count(*) FROM trades WHERE symbol LIKE 'Z____'"), 0);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
