#include "QueryTestData.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "query/TableReader.h"
#include "schema/Timestamp.h"

#include <QSqlQuery>
#include <QtTest>

// Keyset paging: every row exactly once, in order, whatever the page size, the
// sort, ties on the sort value, sub-millisecond timestamps and concurrent inserts.
class TestTableReader : public QObject
{
    Q_OBJECT

private slots:
    void pagingSqlite_data() { pagingData(); }
    void pagingSqlite();
    void pagingPostgres_data() { pagingData(); }
    void pagingPostgres();
    void concurrentInsertsSqlite();
    void concurrentInsertsPostgres();
    void missingTable();

private:
    void pagingData();
    void checkPaging(const ConnectionSpec &spec);
    void checkConcurrentInserts(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

namespace {

QList<qint64> idsOf(const QList<TableRow> &rows)
{
    QList<qint64> ids;
    for (const TableRow &row : rows)
        ids << row.key.id;
    return ids;
}

} // namespace

void TestTableReader::pagingData()
{
    QTest::addColumn<int>("rowsPerTimestamp");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    for (const int ties : {1, 40}) {
        for (const auto &[column, descending] :
             QList<std::pair<QString, bool>>{{QStringLiteral("id"), false},
                                             {QStringLiteral("executed_at"), true},
                                             {QStringLiteral("executed_at"), false},
                                             {QStringLiteral("price"), false},
                                             {QStringLiteral("commission"), false},
                                             {QStringLiteral("commission"), true},
                                             {QStringLiteral("strategy_name"), true},
                                             {QStringLiteral("side"), false},
                                             {QStringLiteral("notes"), false}}) {
            for (const int pageSize : {7, 64}) {
                QTest::addRow("ties%d %s%s page%d", ties, descending ? "-" : "", qPrintable(column),
                              pageSize)
                    << ties << column << descending << pageSize;
            }
        }
    }
}

void TestTableReader::checkPaging(const ConnectionSpec &spec)
{
    QFETCH(int, rowsPerTimestamp);
    QFETCH(QString, sortColumn);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    QueryTestData::Options options;
    options.trades = 300;
    options.rowsPerTimestamp = rowsPerTimestamp;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    QVERIFY2(reader, qPrintable(error));
    const SortSpec sort{sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    QVERIFY(reader->setQuery({}, sort, &error));

    QList<TableRow> reference;
    QVERIFY(reader->forEach([&](const TableRow &row) {
        reference << row;
        return true;
    }));
    QCOMPARE(reference.size(), 300);
    const int timeIndex = reader->builder().columnIndex(u"executed_at");
    if (sortColumn == u"executed_at") {
        // The database's order is the microsecond order, not QDateTime's milliseconds.
        for (qsizetype i = 1; i < reference.size(); ++i) {
            const auto a = reference[i - 1].values[timeIndex].value<Timestamp>();
            const auto b = reference[i].values[timeIndex].value<Timestamp>();
            QVERIFY(descending ? a >= b : a <= b);
            if (a == b)
                QVERIFY(descending ? reference[i - 1].key.id > reference[i].key.id
                                   : reference[i - 1].key.id < reference[i].key.id);
        }
    }

    QList<TableRow> forward;
    auto page = reader->first(pageSize);
    while (page && !page->isEmpty()) {
        forward << *page;
        QVERIFY(forward.size() <= 300);
        page = reader->after(forward.last().key, pageSize);
    }
    QVERIFY2(page, qPrintable(reader->lastError()));
    QCOMPARE(idsOf(forward), idsOf(reference));

    QList<TableRow> backward;
    page = reader->last(pageSize);
    while (page && !page->isEmpty()) {
        backward = *page + backward;
        QVERIFY(backward.size() <= 300);
        page = reader->before(backward.first().key, pageSize);
    }
    QVERIFY2(page, qPrintable(reader->lastError()));
    QCOMPARE(idsOf(backward), idsOf(reference));

    for (const qint64 offset :
         {qint64(0), qint64(pageSize), qint64(150), qint64(299), qint64(300)}) {
        const auto slice = reader->at(offset, pageSize);
        QVERIFY(slice);
        QCOMPARE(idsOf(*slice), idsOf(reference.mid(offset, pageSize)));
    }
    QCOMPARE(reader->exactCount().value_or(-1), qint64(300));
    QVERIFY(reader->estimateTableRows().value_or(0) >= 300);
}

void TestTableReader::pagingSqlite()
{
    checkPaging(ConnectionSpec::sqliteFile(
        m_dir.filePath(QStringLiteral("%1.db")
                           .arg(QString::fromLatin1(QTest::currentDataTag()))
                           .replace(u' ', u'_'))));
}

void TestTableReader::pagingPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("reader_paging"));
    checkPaging(spec);
}

void TestTableReader::checkConcurrentInserts(const ConnectionSpec &spec)
{
    QueryTestData::Options options;
    options.trades = 120;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY(connection);
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    QVERIFY(reader);
    QVERIFY(reader->setQuery({}, {QStringLiteral("executed_at"), Qt::AscendingOrder}, &error));
    QList<TableRow> seen = reader->first(25).value();
    // The robot writes while the operator scrolls; all of the 2nd batch is later.
    QCOMPARE(QueryTestData::appendTrades(spec, 40, 1000, 7), QString());
    for (;;) {
        const auto page = reader->after(seen.last().key, 25);
        QVERIFY2(page, qPrintable(reader->lastError()));
        if (page->isEmpty())
            break;
        seen << *page;
    }
    QCOMPARE(seen.size(), 160);
    QList<qint64> ids = idsOf(seen);
    std::sort(ids.begin(), ids.end());
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end()); // each exactly once
    const int timeIndex = reader->builder().columnIndex(u"executed_at");
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i - 1].values[timeIndex].value<Timestamp>() <=
                seen[i].values[timeIndex].value<Timestamp>());
}

void TestTableReader::concurrentInsertsSqlite()
{
    checkConcurrentInserts(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("live.db"))));
}

void TestTableReader::concurrentInsertsPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("reader_live"));
    checkConcurrentInserts(spec);
}

void TestTableReader::missingTable()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("empty.db")));
    QString error;
    {
        auto writer = DatabaseConnection::open(spec, AccessMode::Create, &error);
        QVERIFY(writer);
        QSqlQuery create(writer->database());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE other (x INTEGER)")));
    }
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY(connection);
    auto reader = TableReader::create(*connection, RobotTable::Orders, &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(!reader->isPresent());
    QCOMPARE(reader->first(10).value().size(), 0);
    QCOMPARE(reader->exactCount().value_or(-1), qint64(0));
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "TestTableReader.moc"
