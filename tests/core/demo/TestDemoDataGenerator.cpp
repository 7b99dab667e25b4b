#include "RobotFixture.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "demo/DemoDataGenerator.h"
#include "schema/Decimal.h"
#include "schema/SchemaProbe.h"
#include "schema/Timestamp.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

#include <deque>

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

private:
    void checkConsistency(const ConnectionSpec &spec);
    ConnectionSpec sqliteFile(const QString &name) const
    {
        return ConnectionSpec::sqliteFile(m_dir.filePath(name));
    }
    QTemporaryDir m_dir;
};

namespace {

constexpr int kOrders = 5000;

Decimal dec(const QVariant &v)
{
    return v.value<Decimal>();
}

Timestamp ts(const QVariant &v)
{
    return v.value<Timestamp>();
}

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QList<QVariantMap> read(const ConnectionSpec &spec, RobotTable table)
{
    QString error;
    const auto rows = RobotFixture::readTable(spec, table, &error);
    if (!rows)
        qFatal("reading failed: %s", qPrintable(error));
    return *rows;
}

// A deliberately plain FIFO: signed lots per symbol, oldest closed first.
struct ReferenceFifo
{
    struct Lot
    {
        Decimal quantity; // signed
        Decimal price;
    };
    QHash<QString, std::deque<Lot>> books;

    // Returns {realized P&L, closed something}.
    std::pair<Decimal, bool> add(const QString &symbol, Decimal signedQuantity, Decimal price)
    {
        std::deque<Lot> &lots = books[symbol];
        Decimal pnl;
        bool closed = false;
        Decimal left = signedQuantity;
        while (!left.isZero() && !lots.empty() && lots.front().quantity.sign() != left.sign()) {
            Lot &lot = lots.front();
            const Decimal take = std::min(lot.quantity.abs(), left.abs());
            const Decimal direction = Decimal::fromInteger(lot.quantity.sign());
            pnl += take * (price - lot.price) * direction;
            closed = true;
            lot.quantity -= direction * take;
            left += direction * take;
            if (lot.quantity.isZero())
                lots.pop_front();
        }
        if (!left.isZero())
            lots.push_back({left, price});
        return {pnl, closed};
    }
};

} // namespace

void TestDemoDataGenerator::checkConsistency(const ConnectionSpec &spec)
{
    QString error;
    qint64 lastDone = -1;
    bool sawProgress = false;
    QVERIFY2(DemoDataGenerator::generate(spec, {kOrders, 7, false}, &error,
                                         [&](qint64 done, qint64 total) {
                                             QVERIFY(done >= lastDone);
                                             QCOMPARE(total, qint64(kOrders));
                                             lastDone = done;
                                             sawProgress = true;
                                         }),
             qPrintable(error));
    QVERIFY(sawProgress);
    QCOMPARE(lastDone, qint64(kOrders));

    const QList<QVariantMap> orders = read(spec, RobotTable::Orders);
    const QList<QVariantMap> trades = read(spec, RobotTable::Trades);
    const QList<QVariantMap> positions = read(spec, RobotTable::Positions);
    const QList<QVariantMap> sessions = read(spec, RobotTable::TradingSessions);
    QCOMPARE(orders.size(), kOrders);
    const double ratio = double(trades.size()) / orders.size();
    qInfo("%lld trades for %d orders: %.3f per order", qint64(trades.size()), kOrders, ratio);
    QVERIFY2(ratio >= 1.2 && ratio <= 1.5, qPrintable(QString::number(ratio)));

    // Fills per order: count, sum and volume-weighted price.
    struct Fills
    {
        int count = 0;
        Decimal quantity;
        Decimal notional;
    };
    QHash<qint64, Fills> fills;
    QSet<QString> fillIds;
    int manual = 0;
    for (const QVariantMap &t : trades) {
        fillIds.insert(t[u"broker_order_id"_qs].toString());
        QCOMPARE(dec(t[u"total_value"_qs]),
                 (dec(t[u"quantity"_qs]) * dec(t[u"price"_qs])).rounded(2));
        QVERIFY(ts(t[u"created_at"_qs]) > ts(t[u"executed_at"_qs]));
        if (t[u"order_id"_qs].isNull()) {
            ++manual;
            continue;
        }
        Fills &f = fills[t[u"order_id"_qs].toLongLong()];
        ++f.count;
        f.quantity += dec(t[u"quantity"_qs]);
        f.notional += dec(t[u"quantity"_qs]) * dec(t[u"price"_qs]);
    }
    QCOMPARE(fillIds.size(), trades.size());
    QVERIFY(manual > 0);

    QSet<QString> types, statuses;
    QHash<qint64, QVariantMap> orderById;
    for (const QVariantMap &o : orders) {
        const qint64 id = o[u"id"_qs].toLongLong();
        orderById.insert(id, o);
        const QString status = o[u"status"_qs].toString();
        statuses << status;
        types << o[u"order_type"_qs].toString();
        const Fills f = fills.value(id);
        const Decimal filled = dec(o[u"filled_quantity"_qs]);
        if (status == u"filled" || status == u"partially_filled") {
            QVERIFY2(f.count >= 1 && f.count <= 4, qPrintable(QString::number(id)));
            QCOMPARE(f.quantity, filled);
            const Decimal vwap = f.notional / f.quantity;
            QVERIFY2(
                (vwap - dec(o[u"avg_fill_price"_qs])).abs() <= d("0.0001"),
                qPrintable(QStringLiteral("order %1: vwap %2 stored %3")
                               .arg(id)
                               .arg(vwap.toString(), dec(o[u"avg_fill_price"_qs]).toString())));
            if (status == u"filled") {
                QCOMPARE(filled, dec(o[u"quantity"_qs]));
                QVERIFY(!o[u"filled_at"_qs].isNull());
            } else {
                QVERIFY(filled < dec(o[u"quantity"_qs]));
            }
        } else {
            QCOMPARE(f.count, 0);
            QVERIFY(filled.isZero());
            QVERIFY(o[u"avg_fill_price"_qs].isNull());
        }
        if (status == u"rejected")
            QVERIFY(!o[u"error_message"_qs].toString().isEmpty());
        if (status == u"canceled")
            QVERIFY(!o[u"canceled_at"_qs].isNull());
        if (status == u"pending")
            QVERIFY(o[u"submitted_at"_qs].isNull());
    }
    QCOMPARE(statuses.size(), 7);
    QCOMPARE(types.size(), 5);
    for (auto it = fills.cbegin(); it != fills.cend(); ++it)
        QVERIFY(orderById.contains(it.key()));

    // Positions: one per traded symbol, equal to the net of its trades.
    QHash<QString, Decimal> net;
    for (const QVariantMap &t : trades) {
        const Decimal q = dec(t[u"quantity"_qs]);
        net[t[u"symbol"_qs].toString()] += t[u"side"_qs].toString() == u"buy" ? q : -q;
    }
    QCOMPARE(positions.size(), net.size());
    int open = 0, closed = 0;
    for (const QVariantMap &p : positions) {
        const Decimal quantity = dec(p[u"quantity"_qs]);
        QCOMPARE(quantity, net.value(p[u"symbol"_qs].toString()));
        const bool isOpen = p[u"is_open"_qs].toBool();
        QCOMPARE(isOpen, !quantity.isZero());
        QCOMPARE(p[u"closed_at"_qs].isNull(), isOpen);
        if (isOpen) {
            ++open;
            QCOMPARE(dec(p[u"cost_basis"_qs]), (quantity * dec(p[u"avg_cost"_qs])).rounded(2));
            QCOMPARE(dec(p[u"market_value"_qs]),
                     (quantity * dec(p[u"current_price"_qs])).rounded(2));
            QCOMPARE(dec(p[u"unrealized_pnl"_qs]),
                     dec(p[u"market_value"_qs]) - dec(p[u"cost_basis"_qs]));
        } else {
            ++closed;
        }
    }
    QVERIFY(open > 0);
    QVERIFY(closed > 0);

    // Sessions: one active (the latest), paper and live, stats from the trades.
    struct Window
    {
        Timestamp start;
        std::optional<Timestamp> end;
        qint64 trades = 0, wins = 0, losses = 0;
        Decimal pnl, commission;
        Decimal equity, peak, maxDrawdown; // realized equity from 0, in money
    };
    QList<Window> windows;
    QSet<QString> modes;
    int active = 0;
    Timestamp latestStart;
    for (const QVariantMap &s : sessions) {
        Window w;
        w.start = ts(s[u"started_at"_qs]);
        if (!s[u"ended_at"_qs].isNull())
            w.end = ts(s[u"ended_at"_qs]);
        modes << s[u"trading_mode"_qs].toString();
        latestStart = std::max(latestStart, w.start);
        if (s[u"is_active"_qs].toBool()) {
            ++active;
            QVERIFY(!w.end);
        } else {
            QVERIFY(w.end);
        }
        windows << w;
    }
    QVERIFY(sessions.size() >= 4);
    QCOMPARE(active, 1);
    QVERIFY(sessions.last()[u"is_active"_qs].toBool());
    QCOMPARE(ts(sessions.last()[u"started_at"_qs]), latestStart);
    QCOMPARE(modes, (QSet<QString>{QStringLiteral("paper"), QStringLiteral("live")}));

    QList<QVariantMap> ordered = trades;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QVariantMap &a, const QVariantMap &b) {
                         return ts(a[u"executed_at"_qs]) < ts(b[u"executed_at"_qs]);
                     });
    ReferenceFifo fifo;
    int outside = 0;
    for (const QVariantMap &t : ordered) {
        const Decimal q = dec(t[u"quantity"_qs]);
        const auto [pnl, closes] =
            fifo.add(t[u"symbol"_qs].toString(), t[u"side"_qs].toString() == u"buy" ? q : -q,
                     dec(t[u"price"_qs]));
        const Timestamp at = ts(t[u"executed_at"_qs]);
        bool counted = false;
        for (Window &w : windows) {
            if (w.start <= at && (!w.end || at <= *w.end)) {
                counted = true;
                ++w.trades;
                w.commission += dec(t[u"commission"_qs]);
                if (closes) {
                    w.pnl += pnl;
                    w.wins += pnl.sign() > 0;
                    w.losses += pnl.sign() < 0;
                }
                w.equity += pnl - dec(t[u"commission"_qs]);
                w.peak = std::max(w.peak, w.equity);
                w.maxDrawdown = std::max(w.maxDrawdown, w.peak - w.equity);
            }
        }
        outside += !counted;
    }
    QVERIFY2(outside > 0, "some manual trades fall between sessions");
    for (int i = 0; i < sessions.size(); ++i) {
        const QVariantMap &s = sessions[i];
        const Window &w = windows[i];
        QCOMPARE(s[u"total_trades"_qs].toLongLong(), w.trades);
        QCOMPARE(s[u"winning_trades"_qs].toLongLong(), w.wins);
        QCOMPARE(s[u"losing_trades"_qs].toLongLong(), w.losses);
        QCOMPARE(dec(s[u"total_pnl"_qs]), w.pnl.rounded(2));
        QCOMPARE(dec(s[u"total_commission"_qs]), w.commission.rounded(2));
        const Decimal winRate =
            w.wins + w.losses == 0
                ? Decimal()
                : (Decimal::fromInteger(100 * w.wins) / Decimal::fromInteger(w.wins + w.losses))
                      .rounded(2);
        QCOMPARE(dec(s[u"win_rate"_qs]), winRate);
        QCOMPARE(dec(s[u"max_drawdown"_qs]),
                 (w.maxDrawdown * Decimal::fromInteger(100) / dec(s[u"starting_balance"_qs]))
                     .rounded(4));
        if (w.end)
            QCOMPARE(dec(s[u"ending_balance"_qs]),
                     dec(s[u"starting_balance"_qs]) + w.pnl.rounded(2) - w.commission.rounded(2));
        QVERIFY(w.trades > 0);
    }
}

void TestDemoDataGenerator::consistentOnSqlite()
{
    checkConsistency(sqliteFile(QStringLiteral("consistent.db")));
}

void TestDemoDataGenerator::consistentOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("demo"));
    checkConsistency(spec);
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

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
