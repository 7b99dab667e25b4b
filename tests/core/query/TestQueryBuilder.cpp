#include "QueryTestData.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "query/FilterExpressionParser.h"
#include "query/TableReader.h"
#include "schema/Decimal.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

// Filter -> SQL semantics against the brute-force C++ reference, on both engines.
class TestQueryBuilder : public QObject
{
    Q_OBJECT

private slots:
    void sqlHasOnlyPlaceholders();
    void canUseIndex();
    void randomFiltersSqlite();
    void randomFiltersPostgres();
    void hostileInputsSqlite();
    void hostileInputsPostgres();
    void missingColumnIsAnError();
    void postgresPagesWalkTheIndex();

private:
    void checkRandomFilters(const ConnectionSpec &spec);
    void checkHostileInputs(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

namespace {

FilterSet parseAll(const QStringList &expressions)
{
    FilterSet set;
    for (const QString &expression : expressions) {
        QString error;
        const auto filter = FilterExpressionParser::parse(RobotSchema::table(RobotTable::Trades),
                                                          expression, &error);
        if (!filter)
            qFatal("bad test expression %s: %s", qPrintable(expression), qPrintable(error));
        set.filters << *filter;
    }
    return set;
}

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list[random.bounded(int(list.size()))];
}

// One random filter expression built from values that occur in the data.
QString randomExpression(QRandomGenerator &random, const QList<TableRow> &rows,
                         const QueryBuilder &builder)
{
    const TableRow &sample = rows[random.bounded(int(rows.size()))];
    const auto valueOf = [&](const char *column) {
        const QVariant v = sample.values[builder.columnIndex(QString::fromLatin1(column))];
        if (v.metaType() == QMetaType::fromType<Decimal>())
            return v.value<Decimal>().toString();
        if (v.metaType() == QMetaType::fromType<Timestamp>())
            return v.value<Timestamp>().toStorageText();
        return v.isNull() ? QStringLiteral("momentum") : v.toString();
    };
    const QStringList comparisons{QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                  QStringLiteral(">=")};
    switch (random.bounded(12)) {
    case 0:
        return QStringLiteral("symbol=") + valueOf("symbol");
    case 1:
        return QStringLiteral("symbol=AAPL,") + valueOf("symbol");
    case 2:
        return QStringLiteral("symbol!=AAPL,TSLA");
    case 3:
        return QStringLiteral("side=") +
               pick(random, {QStringLiteral("BUY"), QStringLiteral("buy"), QStringLiteral("Sell")});
    case 4:
        return QStringLiteral("price") + pick(random, comparisons) + valueOf("price");
    case 5:
        return QStringLiteral("quantity") + pick(random, comparisons) + valueOf("quantity");
    case 6:
        return QStringLiteral("executed_at") + pick(random, comparisons) + valueOf("executed_at");
    case 7:
        return QStringLiteral("commission") + pick(random, comparisons) + QStringLiteral("2.5");
    case 8:
        return QStringLiteral("strategy_name!=") + valueOf("strategy_name");
    case 9:
        return QStringLiteral("notes~") +
               pick(random, {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"),
                             QStringLiteral("'"), QStringLiteral("plain"), QStringLiteral("n_te")});
    case 10:
        return QStringLiteral("id") + pick(random, comparisons) + valueOf("id");
    default:
        return QStringLiteral("side!=") +
               pick(random, {QStringLiteral("SELL"), QStringLiteral("buy")});
    }
}

QList<qint64> ids(const QList<TableRow> &rows)
{
    QList<qint64> result;
    for (const TableRow &row : rows)
        result << row.key.id;
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

void TestQueryBuilder::sqlHasOnlyPlaceholders()
{
    QueryBuilder builder(RobotSchema::table(RobotTable::Trades), DatabaseDriver::Sqlite,
                         RobotSchema::table(RobotTable::Trades).columnNames());
    FilterSet set = parseAll({QStringLiteral("symbol='; DROP TABLE trades; --"),
                              QStringLiteral("notes~50%_\\"), QStringLiteral("side=buy")});
    set.search = QStringLiteral("O'Brien");
    set.from = Timestamp::fromText(u"2025-12-20");
    QString error;
    QVERIFY2(builder.setQuery(set, {QStringLiteral("price"), Qt::DescendingOrder}, &error),
             qPrintable(error));
    const BoundSql page = builder.page(QueryBuilder::Direction::Forward, nullptr, 50);
    QVERIFY(!page.sql.contains(QLatin1String("DROP")));
    QVERIFY(!page.sql.contains(QLatin1String("Brien")));
    QVERIFY(!page.sql.contains(QLatin1String("2025")));
    QVERIFY(page.sql.contains(QLatin1String("ESCAPE")));
    QVERIFY(page.sql.contains(
        QLatin1String("ORDER BY \"trades\".\"price\" DESC, \"trades\".\"id\" DESC")));
    QCOMPARE(page.sql.count(u'?'), page.values.size());
    QVERIFY(page.values.contains(QStringLiteral("%50\\%\\_\\\\%")));
    QVERIFY(page.values.contains(QStringLiteral("BUY")) &&
            page.values.contains(QStringLiteral("buy")));
    QVERIFY(page.values.contains(QStringLiteral("2025-12-20 00:00:00.000000")));
}

void TestQueryBuilder::canUseIndex()
{
    QueryBuilder builder(RobotSchema::table(RobotTable::Trades), DatabaseDriver::Postgres,
                         RobotSchema::table(RobotTable::Trades).columnNames());
    QString error;
    QVERIFY(builder.setQuery(parseAll({QStringLiteral("symbol=AAPL")}), {}, &error));
    QVERIFY(builder.canUseIndex());
    QVERIFY(builder.setQuery(parseAll({QStringLiteral("symbol~AA")}), {}, &error));
    QVERIFY(!builder.canUseIndex());
    FilterSet search;
    search.search = QStringLiteral("x");
    QVERIFY(builder.setQuery(search, {}, &error));
    QVERIFY(!builder.canUseIndex());
}

void TestQueryBuilder::checkRandomFilters(const ConnectionSpec &spec)
{
    QueryTestData::Options options;
    options.trades = 400;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    QString error;
    const QList<TableRow> all = QueryTestData::readAll(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 400);

    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    QVERIFY2(reader, qPrintable(error));
    QRandomGenerator random(42);
    int nonTrivial = 0;
    for (int round = 0; round < 150; ++round) {
        QStringList expressions;
        const int count = 1 + random.bounded(3);
        for (int i = 0; i < count; ++i)
            expressions << randomExpression(random, all, reader->builder());
        FilterSet set = parseAll(expressions);
        if (random.bounded(4) == 0)
            set.search = pick(random, {QStringLiteral("100%"), QStringLiteral("F-1"),
                                       QStringLiteral("note"), QStringLiteral("c:\\")});
        if (random.bounded(4) == 0) {
            const auto &row = all[random.bounded(int(all.size()))];
            set.from = row.values[reader->builder().columnIndex(u"executed_at")].value<Timestamp>();
            set.to = set.from->addMicroseconds(random.bounded(20000));
        }
        QVERIFY2(reader->setQuery(set, {}, &error), qPrintable(error));
        QList<TableRow> expected;
        for (const TableRow &row : all) {
            if (QueryTestData::matches(reader->builder(), set, row))
                expected << row;
        }
        QList<TableRow> actual;
        QVERIFY2(reader->forEach([&](const TableRow &row) {
            actual << row;
            return true;
        }),
                 qPrintable(reader->lastError()));
        const QString context = expressions.join(u' ') + QStringLiteral(" search=") + set.search;
        QVERIFY2(
            ids(actual) == ids(expected),
            qPrintable(
                context +
                QStringLiteral(": %1 rows, expected %2").arg(actual.size()).arg(expected.size())));
        QCOMPARE(reader->exactCount().value_or(-1), qint64(expected.size()));
        if (!expected.isEmpty() && expected.size() < all.size())
            ++nonTrivial;
    }
    QVERIFY(nonTrivial > 50); // the random filters really narrow things down
}

void TestQueryBuilder::randomFiltersSqlite()
{
    checkRandomFilters(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("random.db"))));
}

void TestQueryBuilder::randomFiltersPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("qb_random"));
    checkRandomFilters(spec);
}

void TestQueryBuilder::checkHostileInputs(const ConnectionSpec &spec)
{
    QueryTestData::Options options;
    options.trades = 50;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY(connection);
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    QVERIFY(reader);
    const QStringList hostile{QStringLiteral("'"),
                              QStringLiteral("'; DROP TABLE trades; --"),
                              QStringLiteral("\"; DELETE FROM trades; --"),
                              QStringLiteral("%"),
                              QStringLiteral("_"),
                              QStringLiteral("\\"),
                              QStringLiteral("\\'"),
                              QString(10000, u'x'),
                              QStringLiteral("🚀📈 émoji"),
                              QStringLiteral("$1"),
                              QStringLiteral("?")};
    for (const QString &text : hostile) {
        for (const QString &prefix :
             {QStringLiteral("symbol="), QStringLiteral("notes~"),
              QStringLiteral("strategy_name!="), QStringLiteral("symbol<")}) {
            const auto filter = FilterExpressionParser::parse(
                RobotSchema::table(RobotTable::Trades), prefix + text, &error);
            QVERIFY2(filter, qPrintable(error));
            FilterSet set;
            set.filters << *filter;
            set.search = text;
            QVERIFY(reader->setQuery(set, {}, &error));
            const auto rows = reader->first(20);
            QVERIFY2(rows, qPrintable(prefix + text.left(40) + u' ' + reader->lastError()));
        }
    }
    // Invalid typed values are errors before any SQL is made.
    for (const QString &bad :
         {QStringLiteral("price>1e999"), QStringLiteral("executed_at>2025-02-30"),
          QStringLiteral("id>9999999999999999999999"), QStringLiteral("side=DROP TABLE")}) {
        QVERIFY(
            !FilterExpressionParser::parse(RobotSchema::table(RobotTable::Trades), bad, &error));
        QVERIFY(!error.isEmpty());
    }
    const auto count = reader->exactCount();
    QVERIFY(count);
    QCOMPARE(*count, qint64(0) + reader->exactCount().value()); // still answers
    reader->setQuery({}, {}, &error);
    QCOMPARE(reader->exactCount().value_or(-1), qint64(50)); // nothing was written or dropped
}

void TestQueryBuilder::hostileInputsSqlite()
{
    checkHostileInputs(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("hostile.db"))));
}

void TestQueryBuilder::hostileInputsPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("qb_hostile"));
    checkHostileInputs(spec);
}

void TestQueryBuilder::missingColumnIsAnError()
{
    QStringList columns = RobotSchema::table(RobotTable::Trades).columnNames();
    columns.removeAll(QStringLiteral("notes"));
    QueryBuilder builder(RobotSchema::table(RobotTable::Trades), DatabaseDriver::Sqlite, columns);
    QCOMPARE(builder.columnIndex(u"notes"), -1);
    QString error;
    QVERIFY(!builder.setQuery(parseAll({QStringLiteral("notes~x")}), {}, &error));
    QVERIFY(error.contains(QLatin1String("notes")));
    QVERIFY(!builder.setQuery({}, {QStringLiteral("notes"), Qt::AscendingOrder}, &error));
    FilterSet search;
    search.search = QStringLiteral("x"); // broker_order_id is still there
    QVERIFY(builder.setQuery(search, {}, &error));
}

void TestQueryBuilder::postgresPagesWalkTheIndex()
{
    // The time column is selected as to_char(...) AS "executed_at": a bare
    // ORDER BY "executed_at" would sort that text, every row of the table,
    // for each page. The page must come from the robot's index instead.
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("qb_plan"));
    QueryTestData::Options data;
    data.trades = 2000;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, &error, QStringLiteral("plan"));
    QVERIFY2(connection, qPrintable(error));
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->setQuery({}, {QStringLiteral("executed_at"), Qt::DescendingOrder}, &error));
    QSqlQuery query(connection->database());
    // Small tables may be scanned whatever the query; forbid it to see what the shape allows.
    QVERIFY(query.exec(QStringLiteral("SET enable_seqscan = off")));
    for (const auto direction :
         {QueryBuilder::Direction::Forward, QueryBuilder::Direction::Backward}) {
        const BoundSql page = reader->builder().page(direction, nullptr, 200);
        QCOMPARE(page.values.size(), 1); // the LIMIT: EXPLAIN cannot be prepared with parameters
        QString sql = page.sql;
        sql.replace(u'?', QStringLiteral("200"));
        QVERIFY2(query.exec(QStringLiteral("EXPLAIN ") + sql), qPrintable(sql));
        QString plan;
        while (query.next())
            plan += query.value(0).toString() + u'\n';
        QVERIFY2(plan.contains(QLatin1String("ix_trades_executed_at")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("Sort Key: (to_char")), qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(TestQueryBuilder)
#include "TestQueryBuilder.moc"
