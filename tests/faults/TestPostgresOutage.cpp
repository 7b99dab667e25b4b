#include "PostgresServerProcess.h"
#include "QueryTestData.h"
#include "TestDatabases.h"
#include "db/ConnectionMonitor.h"
#include "db/DatabaseConnection.h"
#include "query/LazyTableModel.h"
#include "query/PageLoader.h"
#include "review/StatisticsJob.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <future>

// The production server stops and comes back while the operator browses, a
// count runs and statistics are computed: a server of the test's own is
// stopped and started under a real lazy model, page loader and statistics job.
class TestPostgresOutage : public QObject
{
    Q_OBJECT

private slots:
    void modelReconnectsAndShowsTheSameRows();
    void runningCountEndsWithAClearError();
    void runningStatisticsEndWithAClearError();
};

namespace {

constexpr int kTimeout = 30000;
// "Does not hang", not a speed target: a statement cut off by the server
// stopping must come back long before this.
constexpr int kBoundMs = 20000;

QList<qint64> visibleIds(LazyTableModel &model, int rows)
{
    QList<qint64> ids;
    for (int row = 0; row < rows; ++row)
        ids << model.data(model.index(row, 0), LazyTableModel::RowIdRole).toLongLong();
    return ids;
}

// An open transaction holding ACCESS EXCLUSIVE on trades: every reader of the
// table waits, so the statement under test is certainly running when the
// server stops. Stop it with StopMode::Immediate: a fast stop ends the lock
// holder first, and on a busy machine the waiter may be granted the lock and
// finish its (small) statement before its own termination signal lands.
// An immediate stop leaves the lock unreleased, so the waiter never runs.
std::unique_ptr<DatabaseConnection> lockTrades(const ConnectionSpec &spec)
{
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadWrite, &error);
    if (!connection)
        return nullptr;
    QSqlQuery query(connection->database());
    if (!query.exec(QStringLiteral("BEGIN")) ||
        !query.exec(QStringLiteral("LOCK TABLE trades IN ACCESS EXCLUSIVE MODE")))
        return nullptr;
    return connection;
}

// True once a statement of another session waits for our lock.
bool someoneWaitsForTheLock(const ConnectionSpec &spec)
{
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    if (!connection)
        return false;
    QSqlQuery query(connection->database());
    return query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                     "WHERE wait_event_type = 'Lock'")) &&
           query.next() && query.value(0).toInt() > 0;
}

} // namespace

void TestPostgresOutage::modelReconnectsAndShowsTheSameRows()
{
    TI_OWN_POSTGRES(server);
    const ConnectionSpec spec = server.spec();
    QueryTestData::Options options;
    options.trades = 2000;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());

    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy lost(&model, &LazyTableModel::connectionLost);
    QSignalSpy restored(&model, &LazyTableModel::connectionRestored);
    QSignalSpy monitorLost(&ConnectionMonitor::instance(), &ConnectionMonitor::connectionLost);
    QSignalSpy monitorRestored(&ConnectionMonitor::instance(),
                               &ConnectionMonitor::connectionRestored);
    model.setSource(spec, RobotTable::Trades);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), 2000);
    model.data(model.index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(LazyTableModel::kPageSize - 1), kTimeout);
    const QList<qint64> before = visibleIds(model, LazyTableModel::kPageSize);
    QVERIFY(!before.contains(0));

    // Stopped while browsing: the operator scrolls to rows not read yet.
    QVERIFY2(server.stop(), qPrintable(server.error()));
    const int farRow = 1500;
    QVERIFY(!model.data(model.index(farRow, 0)).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(model.isConnectionLost(), kTimeout);
    QCOMPARE(lost.size(), 1);
    QVERIFY2(model.statusText().contains(QLatin1String("connection lost")),
             qPrintable(model.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(!monitorLost.isEmpty(), kTimeout);
    QCOMPARE(monitorLost.first().first().value<ConnectionSpec>(), spec);
    // Not a blank grid: what was read stays readable, the rest is a placeholder.
    QCOMPARE(visibleIds(model, LazyTableModel::kPageSize), before);
    QVERIFY(!model.isRowLoaded(farRow));
    // Automatic retries keep failing quietly while the server is down.
    QTest::qWait(1500);
    QVERIFY(model.isConnectionLost());
    QCOMPARE(lost.size(), 1);

    // Back: the automatic retry finds it, without F5.
    QVERIFY2(server.start(), qPrintable(server.error()));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isConnectionLost(), kTimeout);
    QCOMPARE(restored.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!monitorRestored.isEmpty(), kTimeout);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(farRow), kTimeout);
    QCOMPARE(visibleIds(model, LazyTableModel::kPageSize), before);
    QCOMPARE(model.rowCount(), 2000);

    // Restarted while idle: the next read heals its connection unnoticed.
    QVERIFY2(server.stop(), qPrintable(server.error()));
    QVERIFY2(server.start(), qPrintable(server.error()));
    model.setSortSpec({QStringLiteral("price"), Qt::AscendingOrder});
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(lost.size(), 1);

    // Stopped again, and F5 right after the restart reconnects at once rather
    // than at the next (by now longer) backoff step.
    model.setSortSpec(model.sortSpec().column == u"price"
                          ? SortSpec{QStringLiteral("executed_at"), Qt::DescendingOrder}
                          : SortSpec{});
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
    QVERIFY2(server.stop(), qPrintable(server.error()));
    model.data(model.index(farRow, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model.isConnectionLost(), kTimeout);
    QTest::qWait(4000); // the backoff grows past a few seconds
    QVERIFY2(server.start(), qPrintable(server.error()));
    QElapsedTimer sinceF5;
    sinceF5.start();
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isConnectionLost(), kTimeout);
    QVERIFY2(sinceF5.elapsed() < kBoundMs, qPrintable(QString::number(sinceF5.elapsed())));
    // The page asked for while the server was down arrives: that is the event.
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(farRow), kTimeout);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.countState(), LazyTableModel::CountState::Exact);
    QCOMPARE(model.rowCount(), 2000);
    QVERIFY(model.isRowLoaded(0));
}

void TestPostgresOutage::runningCountEndsWithAClearError()
{
    TI_OWN_POSTGRES(server);
    const ConnectionSpec spec = server.spec();
    QueryTestData::Options options;
    options.trades = 300;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());

    PageLoader loader;
    QSignalSpy opened(&loader, &PageLoader::opened);
    QSignalSpy counted(&loader, &PageLoader::counted);
    QSignalSpy failed(&loader, &PageLoader::countFailed);
    loader.open(spec, RobotTable::Trades);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeout);
    loader.setQuery(1, {}, {});
    auto lock = lockTrades(spec);
    QVERIFY(lock);
    loader.count(1);
    QTRY_VERIFY_WITH_TIMEOUT(someoneWaitsForTheLock(spec), kTimeout);

    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY2(server.stop(PostgresServerProcess::StopMode::Immediate), qPrintable(server.error()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kBoundMs);
    QVERIFY(elapsed.elapsed() < kBoundMs);
    QVERIFY(counted.isEmpty());
    const QString error = failed.first().at(1).toString();
    QCOMPARE(failed.first().at(2).value<FaultKind>(), FaultKind::ConnectionLost);
    // What the operator reads: the server is gone, in words, not a driver code.
    QVERIFY2(error.contains(QLatin1String("not running")) ||
                 error.contains(QLatin1String("shutting down")) ||
                 error.contains(QLatin1String("terminating connection")) ||
                 error.contains(QLatin1String("closed the connection")),
             qPrintable(error));
    lock.reset();
}

void TestPostgresOutage::runningStatisticsEndWithAClearError()
{
    TI_OWN_POSTGRES(server);
    const ConnectionSpec spec = server.spec();
    QueryTestData::Options options;
    options.trades = 300;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    auto lock = lockTrades(spec);
    QVERIFY(lock);

    // The job runs on a thread of its own with its own connection, as the
    // Sessions page runs it.
    auto job = std::async(std::launch::async, [spec] {
        QString error;
        auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
        if (!connection)
            return StatisticsJob::Result{std::nullopt, false, error, false};
        return StatisticsJob::run(*connection, StatisticsRequest{});
    });
    QTRY_VERIFY_WITH_TIMEOUT(someoneWaitsForTheLock(spec), kTimeout);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY2(server.stop(PostgresServerProcess::StopMode::Immediate), qPrintable(server.error()));
    QVERIFY2(job.wait_for(std::chrono::milliseconds(kBoundMs)) == std::future_status::ready,
             "the statistics job hangs after the server stopped");
    const StatisticsJob::Result result = job.get();
    QVERIFY(!result.statistics);
    QVERIFY(!result.cancelled);
    QVERIFY2(ConnectionFault::classify(result.error) == FaultKind::ConnectionLost,
             qPrintable(result.error));
    lock.reset();
}

QTEST_GUILESS_MAIN(TestPostgresOutage)
#include "TestPostgresOutage.moc"
