#include "QueryTestData.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "query/FilterExpressionParser.h"
#include "query/LazyTableModel.h"
#include "query/TableReader.h"
#include "schema/Decimal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

// The lazy model on real SQLite and PostgreSQL, always under QAbstractItemModelTester.
class TestLazyTableModel : public QObject
{
    Q_OBJECT

private slots:
    void browseSqlite();
    void browsePostgres();
    void missingTable();
    void missingColumn();
    void droppedSessionsHealUnnoticed();
    void scrollBarDragIsCoalesced();
    void sortChangeKeepsTheCount();
    void staleNeighbourIsNoAnchor();
    void refreshRightAfterANewQuery();

private:
    void checkBrowse(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

namespace {

constexpr int kTimeout = 20000;

// A model under QAbstractItemModelTester over a fresh SQLite file of generated
// trades, opened in `sort` order with its exact count settled.
struct SettledModel
{
    LazyTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    // Empty when the model is ready, else what went wrong.
    QString open(const ConnectionSpec &spec, const QueryTestData::Options &options,
                 const SortSpec &sort = {})
    {
        if (const QString error = QueryTestData::createTrades(spec, options); !error.isEmpty())
            return error;
        model.setSource(spec, RobotTable::Trades);
        if (!sort.column.isEmpty())
            model.setSortSpec(sort);
        const bool settled = QTest::qWaitFor(
            [this] { return model.countState() == LazyTableModel::CountState::Exact; }, kTimeout);
        return settled ? QString() : QStringLiteral("no exact count: %1").arg(model.statusText());
    }
};

// Reads row `row` through data(), waiting for its page like a view would.
qint64 idAt(LazyTableModel &model, int row)
{
    const QModelIndex index = model.index(row, 0);
    if (!model.data(index, LazyTableModel::IsLoadedRole).toBool()) {
        // A row not loaded yet is a quiet placeholder, never another row's value.
        if (model.data(index, Qt::DisplayRole).isValid())
            return -2;
        if (!QTest::qWaitFor([&] { return model.isRowLoaded(row); }, kTimeout))
            return -1;
    }
    return model.data(index, LazyTableModel::RowIdRole).toLongLong();
}

QList<qint64> referenceIds(const ConnectionSpec &spec, const FilterSet &filters,
                           const SortSpec &sort)
{
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    reader->setQuery(filters, sort, &error);
    QList<qint64> ids;
    reader->forEach([&](const TableRow &row) {
        ids << row.key.id;
        return true;
    });
    return ids;
}

} // namespace

void TestLazyTableModel::checkBrowse(const ConnectionSpec &spec)
{
    QueryTestData::Options options;
    options.trades = 7000; // more rows than the page cache holds
    options.rowsPerTimestamp = 3;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());

    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countSpy(&model, &LazyTableModel::countChanged);
    QSignalSpy errors(&model, &LazyTableModel::errorOccurred);
    model.setSource(spec, RobotTable::Trades);
    QTRY_VERIFY_WITH_TIMEOUT(model.isReady(), kTimeout);
    QVERIFY(model.isTablePresent());
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), 7000);
    QCOMPARE(model.columnCount(), int(RobotSchema::table(RobotTable::Trades).columns.size()));

    // Default order: the main time column. Every row once, in the database's order.
    const QList<qint64> expected = referenceIds(spec, {}, model.sortSpec());
    QCOMPARE(expected.size(), 7000);
    for (int row = 0; row < 7000; row += 1) {
        const qint64 id = idAt(model, row);
        QVERIFY2(
            id == expected[row],
            qPrintable(
                QStringLiteral("row %1: %2, expected %3").arg(row).arg(id).arg(expected[row])));
        QVERIFY(model.cachedPages() <= LazyTableModel::kCachePages);
    }
    QCOMPARE(model.cachedPages(), LazyTableModel::kCachePages); // bounded, and it was used

    // Jumps: the end (reversed order's first page) and the middle, from a cold cache.
    model.setSortSpec({QStringLiteral("price"), Qt::DescendingOrder});
    // The same rows in another order: the exact count is kept, not asked again.
    QCOMPARE(model.countState(), LazyTableModel::CountState::Exact);
    QCOMPARE(model.rowCount(), 7000);
    const QList<qint64> byPrice =
        referenceIds(spec, {}, {QStringLiteral("price"), Qt::DescendingOrder});
    QCOMPARE(idAt(model, 6999), byPrice[6999]);
    QCOMPARE(idAt(model, 6998), byPrice[6998]);
    QCOMPARE(idAt(model, 3500), byPrice[3500]);
    QCOMPARE(idAt(model, 3500 - LazyTableModel::kPageSize),
             byPrice[3500 - LazyTableModel::kPageSize]);
    QCOMPARE(idAt(model, 0), byPrice[0]);

    // Header click: ORDER BY in the database, typed values in TypedValueRole.
    const int priceColumn = model.columnOf(u"price");
    model.sort(priceColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
    const Decimal first =
        model.data(model.index(0, priceColumn), LazyTableModel::TypedValueRole).value<Decimal>();
    QVERIFY(idAt(model, 1) > 0);
    const Decimal second =
        model.data(model.index(1, priceColumn), LazyTableModel::TypedValueRole).value<Decimal>();
    QVERIFY(first <= second);
    QCOMPARE(model.data(model.index(0, priceColumn), Qt::TextAlignmentRole).toInt() &
                 Qt::AlignRight,
             int(Qt::AlignRight));
    const int sideColumn = model.columnOf(u"side");
    const QString side = model.data(model.index(0, sideColumn)).toString();
    QVERIFY2(side == u"Buy" || side == u"Sell", qPrintable(side)); // whatever the spelling

    // A filter: exact count, status says how many of how many.
    FilterSet filters;
    QString error;
    filters.filters << *FilterExpressionParser::parse(RobotSchema::table(RobotTable::Trades),
                                                      u"side=buy", &error);
    filters.filters << *FilterExpressionParser::parse(RobotSchema::table(RobotTable::Trades),
                                                      u"symbol=AAPL,MSFT", &error);
    model.setFilters(filters);
    const QList<qint64> filtered = referenceIds(spec, filters, model.sortSpec());
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), int(filtered.size()));
    QCOMPARE(idAt(model, int(filtered.size()) - 1), filtered.last());
    QVERIFY2(model.statusText().contains(QLatin1String(" of 7,000 trades")),
             qPrintable(model.statusText()));
    QVERIFY(model.canUseIndex());

    // Live refresh: the robot writes 25 rows; the model says so and shows them.
    model.setFilters({});
    model.setSortSpec({QStringLiteral("executed_at"), Qt::DescendingOrder});
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(idAt(model, 5), referenceIds(spec, {}, model.sortSpec())[5]);
    QCOMPARE(QueryTestData::appendTrades(spec, 25, 100000, 3), QString());
    QSignalSpy newRows(&model, &LazyTableModel::newRowsAvailable);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(newRows.size(), 1, kTimeout);
    QCOMPARE(newRows.first().first().toLongLong(), qint64(25));
    QCOMPARE(model.rowCount(), 7025);
    const QList<qint64> after = referenceIds(spec, {}, model.sortSpec());
    QCOMPARE(idAt(model, 0), after[0]);
    QCOMPARE(idAt(model, 7024), after[7024]);
    QVERIFY2(errors.isEmpty(),
             qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QVERIFY(!countSpy.isEmpty());
}

void TestLazyTableModel::browseSqlite()
{
    checkBrowse(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("browse.db"))));
}

void TestLazyTableModel::browsePostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("model_browse"));
    checkBrowse(spec);
}

void TestLazyTableModel::missingTable()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("none.db")));
    QString error;
    {
        auto writer = DatabaseConnection::open(spec, AccessMode::Create, &error);
        QVERIFY(writer);
        QSqlQuery create(writer->database());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE unrelated (x INTEGER)")));
    }
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(spec, RobotTable::Orders);
    QTRY_VERIFY_WITH_TIMEOUT(model.isReady(), kTimeout);
    QVERIFY(!model.isTablePresent());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.statusText().contains(QLatin1String("has not created the orders table")),
             qPrintable(model.statusText()));
}

void TestLazyTableModel::missingColumn()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("old.db")));
    QString error;
    {
        auto writer = DatabaseConnection::open(spec, AccessMode::Create, &error);
        QVERIFY(writer);
        QSqlQuery sql(writer->database());
        // An older robot: trades without notes and strategy_name.
        QVERIFY(sql.exec(QStringLiteral(
            "CREATE TABLE trades (id INTEGER NOT NULL PRIMARY KEY, broker_order_id VARCHAR(100), "
            "symbol VARCHAR(10) NOT NULL, side VARCHAR(4) NOT NULL, quantity NUMERIC(12, 4) NOT "
            "NULL, price NUMERIC(12, 4) NOT NULL, commission NUMERIC(10, 4), total_value "
            "NUMERIC(12, 2), executed_at DATETIME NOT NULL, created_at DATETIME, order_id "
            "INTEGER)")));
        QVERIFY(sql.exec(QStringLiteral(
            "INSERT INTO trades (symbol, side, quantity, price, executed_at) VALUES ('AAPL', "
            "'BUY', 1, 2.5, '2025-12-20 14:03:07.000001')")));
    }
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(spec, RobotTable::Trades);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
    QCOMPARE(model.columnOf(u"notes"), -1);
    QVERIFY(model.missingColumns().contains(QStringLiteral("strategy_name")));
    QCOMPARE(model.data(model.index(0, model.columnOf(u"price"))).toString(),
             QStringLiteral("2.5000"));
    QVERIFY(model.data(model.index(0, model.columnOf(u"commission")), LazyTableModel::IsNullRole)
                .toBool());
    // Searching still works on the text column that is left (broker_order_id).
    FilterSet search;
    search.search = QStringLiteral("zzz");
    model.setFilters(search);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
}

void TestLazyTableModel::droppedSessionsHealUnnoticed()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("model_drop"));
    QueryTestData::Options options;
    options.trades = 300;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &LazyTableModel::errorOccurred);
    model.setSource(spec, RobotTable::Trades);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    // The server drops every session of this database (a restart, a DBA).
    QCOMPARE(TestDatabases::execute(*TestDatabases::postgresServer(),
                                    {QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                    "pg_stat_activity WHERE datname = '%1'")
                                         .arg(spec.database)}),
             QString());
    // The workers open new connections and run the statement again: the
    // operator sees the new order, not an error.
    QSignalSpy counts(&model, &LazyTableModel::countChanged);
    model.setSortSpec({QStringLiteral("price"), Qt::AscendingOrder});
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
    QCOMPARE(idAt(model, 0), referenceIds(spec, {}, model.sortSpec()).first());
    // The page worker came back on a new connection, so the rows are counted
    // again, on the counting worker's own new connection.
    QTRY_VERIFY_WITH_TIMEOUT(!counts.isEmpty(), kTimeout);
    QCOMPARE(counts.last().at(0).toLongLong(), qint64(300));
    QCOMPARE(counts.last().at(1).toBool(), true);
    QCOMPARE(model.rowCount(), 300);
    QVERIFY2(errors.isEmpty(),
             qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QVERIFY(!model.isConnectionLost());
}

void TestLazyTableModel::scrollBarDragIsCoalesced()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("drag.db")));
    QueryTestData::Options options;
    options.trades = 30000;
    SettledModel settled;
    QCOMPARE(settled.open(spec, options), QString());
    LazyTableModel &model = settled.model;
    QCOMPARE(model.rowCount(), 30000);
    const int before = model.pagesQueried();

    // The scroll bar dragged from top to bottom faster than pages load: 300
    // positions asked for in one burst, each for the rows it would show.
    constexpr int kPositions = 300;
    int finalRow = 0;
    for (int step = 0; step < kPositions; ++step) {
        finalRow = int(qint64(step) * (model.rowCount() - 40) / (kPositions - 1));
        for (int row = finalRow; row < finalRow + 40; row += 8)
            model.data(model.index(row, 0));
    }
    // Where the drag stopped loads, asked for again by repaints as a view would.
    QTRY_VERIFY_WITH_TIMEOUT(
        model.data(model.index(finalRow + 39, 0), LazyTableModel::IsLoadedRole).toBool() &&
            model.data(model.index(finalRow, 0), LazyTableModel::IsLoadedRole).toBool(),
        kTimeout);
    const QList<qint64> expected = referenceIds(spec, {}, model.sortSpec());
    QCOMPARE(idAt(model, finalRow), expected[finalRow]);
    QCOMPARE(idAt(model, finalRow + 39), expected[finalRow + 39]);
    // Most positions flew past unread: far fewer queries than positions.
    const int queries = model.pagesQueried() - before;
    qInfo("%d page queries for %d scroll positions", queries, kPositions);
    QVERIFY2(queries < kPositions / 10, qPrintable(QString::number(queries)));
    QVERIFY(model.lastError().isEmpty());
}

void TestLazyTableModel::sortChangeKeepsTheCount()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("sort.db")));
    QueryTestData::Options options;
    options.trades = 3000;
    options.rowsPerTimestamp = 2;
    SettledModel settled;
    QCOMPARE(settled.open(spec, options), QString());
    LazyTableModel &model = settled.model;
    QCOMPARE(model.rowCount(), 3000);
    QVERIFY(idAt(model, 0) > 0);

    // A header click: the rows are the same, so is their count. It stays
    // exact, and the row count never drops to 0 on the way.
    QSignalSpy countSpy(&model, &LazyTableModel::countChanged);
    QSignalSpy removed(&model, &LazyTableModel::rowsRemoved);
    QSignalSpy loading(&model, &LazyTableModel::loadingChanged);
    const int priceColumn = model.columnOf(u"price");
    model.sort(priceColumn, Qt::DescendingOrder);
    QCOMPARE(model.countState(), LazyTableModel::CountState::Exact);
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.isRowLoaded(0), false); // the old order's rows are gone
    // The page in the new order arriving is the event, not the count.
    QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty() && !model.isLoading(), kTimeout);
    const QList<qint64> byPrice = referenceIds(spec, {}, model.sortSpec());
    QCOMPARE(idAt(model, 0), byPrice[0]);
    QCOMPARE(idAt(model, 1500), byPrice[1500]);
    QCOMPARE(idAt(model, 2999), byPrice[2999]);
    const Decimal top =
        model.data(model.index(0, priceColumn), LazyTableModel::TypedValueRole).value<Decimal>();
    const Decimal bottom =
        model.data(model.index(2999, priceColumn), LazyTableModel::TypedValueRole).value<Decimal>();
    QVERIFY(bottom <= top);
    for (const QList<QVariant> &change : std::as_const(countSpy))
        QCOMPARE(change.first().toLongLong(), qint64(3000));
    QVERIFY(removed.isEmpty());

    // A new filter counts again, and so does going back to no filter: the
    // rows the robot wrote meanwhile show then.
    QCOMPARE(QueryTestData::appendTrades(spec, 7, 100000, 5), QString());
    FilterSet filters;
    filters.search = QStringLiteral("no such text");
    model.setFilters(filters);
    QCOMPARE(model.countState(), LazyTableModel::CountState::Unknown);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), 0);
    model.setFilters({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3007, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(idAt(model, 0), referenceIds(spec, {}, model.sortSpec()).first());
    QVERIFY(model.lastError().isEmpty());
}

void TestLazyTableModel::staleNeighbourIsNoAnchor()
{
    // A page read by position while the robot wrote sits as many rows off as
    // it wrote since the last count; refresh() shifts it and marks it stale. The
    // page next to it must then be read by position too: chained to the stale
    // page's keys it would be just as far off, yet look fresh for good.
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("stale.db")));
    QueryTestData::Options options;
    options.trades = 1000;
    SettledModel settled;
    QCOMPARE(settled.open(spec, options, {QStringLiteral("executed_at"), Qt::DescendingOrder}),
             QString());
    LazyTableModel &model = settled.model;
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(idAt(model, 0) > 0);

    constexpr int kPage = LazyTableModel::kPageSize;
    constexpr int kWritten = kPage; // the stale page lands exactly one page lower
    QCOMPARE(QueryTestData::appendTrades(spec, kWritten, 100000, 9), QString());
    // Read before the refresh counts the new rows: kWritten rows off.
    const int offPage = 4;
    QVERIFY(idAt(model, offPage * kPage) > 0);
    QSignalSpy newRows(&model, &LazyTableModel::newRowsAvailable);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(newRows.size(), 1, kTimeout);
    QCOMPARE(model.rowCount(), 1000 + kWritten);
    const QList<qint64> expected = referenceIds(spec, {}, model.sortSpec());

    // The page below the shifted stale one, not cached.
    const int below = (offPage + 2) * kPage;
    QVERIFY(!model.isRowLoaded(below));
    QCOMPARE(idAt(model, below), expected[below]);
    QCOMPARE(idAt(model, below + kPage - 1), expected[below + kPage - 1]);
    // The stale page itself is read again when shown, and then right.
    const int shifted = (offPage + 1) * kPage;
    QTRY_COMPARE_WITH_TIMEOUT(
        model.data(model.index(shifted, 0), LazyTableModel::RowIdRole).toLongLong(),
        expected[shifted], kTimeout);
    QVERIFY(model.lastError().isEmpty());
}

// F5 pressed while the new query's own count is still on its way: the answers
// come in the order asked, and the first belongs to the query, not to the
// refresh. Taking it for the refresh's answer lost the "N new rows" hint and
// put the new rows at the bottom of a newest-first view.
void TestLazyTableModel::refreshRightAfterANewQuery()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("refresh.db")));
    QueryTestData::Options options;
    options.trades = 3000;
    SettledModel settled;
    QCOMPARE(settled.open(spec, options), QString());
    LazyTableModel &model = settled.model;

    FilterSet everything;
    // A filter every row passes: a new query, so a new count.
    QString error;
    everything.filters << *FilterExpressionParser::parse(RobotSchema::table(RobotTable::Trades),
                                                         u"side=buy,sell", &error);
    QSignalSpy newRows(&model, &LazyTableModel::newRowsAvailable);
    model.setQuery(everything, {QStringLiteral("executed_at"), Qt::DescendingOrder});
    // The query's count runs on its own thread meanwhile; its answer waits
    // for this thread's event loop, behind nothing yet.
    QThread::msleep(1000);
    QCOMPARE(QueryTestData::appendTrades(spec, 25, 100000, 1), QString());
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(newRows.size(), 1, kTimeout);
    QCOMPARE(newRows.first().first().toLongLong(), qint64(25));
    QCOMPARE(model.rowCount(), 3025);
    QCOMPARE(model.countState(), LazyTableModel::CountState::Exact);
    // Newest first: the robot's new rows are on top.
    QCOMPARE(idAt(model, 0), referenceIds(spec, everything, model.sortSpec()).first());
    QVERIFY(model.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestLazyTableModel)
#include "TestLazyTableModel.moc"
