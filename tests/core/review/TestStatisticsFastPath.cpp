#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "demo/DemoDataGenerator.h"
#include "review/StatisticsAccumulator.h"
#include "review/StatisticsJob.h"
#include "review/TradeStream.h"
#include "schema/ValueDecoder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The fast path (SQLite C API, interned names, keyset batches) against a
// straightforward reference over a generated demo database: every row read
// through QSqlQuery and the general decoders, fill figures recomputed by an
// independent FIFO here, the rest by the accumulator fed plain QString fills.
// And the robot writing between batches: no row read twice or skipped.
class TestStatisticsFastPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void writerGetsInBetweenBatches();
    void postgresReadsOneSnapshot();
    void postgresDecodesEveryValue();

private:
    QList<Fill> allFills() const;
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
};

namespace {

// Fill figures by an independent per-symbol FIFO (signed lots).
struct Reference
{
    qint64 fills = 0, winning = 0, losing = 0;
    Decimal commission, gross, turnover;
    QMap<QString, qint64> fillsBySymbol, fillsByStrategy;
    QMap<QString, Decimal> grossBySymbol, commissionByStrategy;
    QMap<QDate, Decimal> grossByDay, commissionByDay;
    QMap<QString, QList<std::pair<Decimal, Decimal>>> lots; // signed quantity, price

    void add(const Fill &f, bool inWindow)
    {
        auto &book = lots[f.symbol];
        Decimal left = f.quantity.abs();
        const Decimal sign = Decimal::fromInteger(f.isBuy ? 1 : -1);
        Decimal realized;
        bool closes = false;
        while (left.sign() > 0 && !book.isEmpty() && book.first().first.sign() != sign.sign()) {
            auto &lot = book.first();
            const Decimal taken = std::min(lot.first.abs(), left);
            // Long lot closed by a sell: (sell - entry); short by a buy: (entry - buy).
            realized +=
                taken * (lot.first.sign() > 0 ? f.price - lot.second : lot.second - f.price);
            closes = true;
            left -= taken;
            lot.first = lot.first.sign() > 0 ? lot.first - taken : lot.first + taken;
            if (lot.first.isZero())
                book.removeFirst();
        }
        if (left.sign() > 0)
            book.append({left * sign, f.price});
        if (!inWindow)
            return;
        ++fills;
        commission += f.commission;
        turnover += (f.quantity * f.price).abs();
        gross += realized;
        winning += closes && realized.sign() > 0;
        losing += closes && realized.sign() < 0;
        ++fillsBySymbol[f.symbol];
        ++fillsByStrategy[f.strategy];
        grossBySymbol[f.symbol] += realized;
        commissionByStrategy[f.strategy] += f.commission;
        const QDate day = f.executedAt.toUtc().date();
        grossByDay[day] += realized;
        commissionByDay[day] += f.commission;
    }
};

void compareFills(const FillFigures &a, const FillFigures &b)
{
    QCOMPARE(a.fills, b.fills);
    QCOMPARE(a.closingFills, b.closingFills);
    QCOMPARE(a.winningFills, b.winningFills);
    QCOMPARE(a.losingFills, b.losingFills);
    QCOMPARE(a.commission, b.commission);
    QCOMPARE(a.grossRealizedPnl, b.grossRealizedPnl);
    QCOMPARE(a.turnover, b.turnover);
}

void compareTrips(const RoundTripFigures &a, const RoundTripFigures &b)
{
    QCOMPARE(a.count, b.count);
    QCOMPARE(a.winners, b.winners);
    QCOMPARE(a.losers, b.losers);
    QCOMPARE(a.scratch, b.scratch);
    QCOMPARE(a.grossPnl, b.grossPnl);
    QCOMPARE(a.commission, b.commission);
    QCOMPARE(a.winnersNet, b.winnersNet);
    QCOMPARE(a.losersNet, b.losersNet);
    QCOMPARE(a.largestWin, b.largestWin);
    QCOMPARE(a.largestLoss, b.largestLoss);
    QCOMPARE(a.winnersHoldingMicros, b.winnersHoldingMicros);
    QCOMPARE(a.losersHoldingMicros, b.losersHoldingMicros);
    QCOMPARE(a.maxConsecutiveWins, b.maxConsecutiveWins);
    QCOMPARE(a.maxConsecutiveLosses, b.maxConsecutiveLosses);
}

std::optional<Decimal> column(const QVariant &raw)
{
    const auto d = ValueDecoder::toDecimal(raw);
    return d ? std::optional<Decimal>(d->rounded(4)) : std::nullopt;
}

} // namespace

void TestStatisticsFastPath::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("demo.db")));
    DemoOptions options;
    options.orders = 4000;
    options.seed = 11;
    QString error;
    QVERIFY2(DemoDataGenerator::generate(m_spec, options, &error), qPrintable(error));
}

// Every trade, in (executed_at, id) order, through QSqlQuery and the general decoders.
QList<Fill> TestStatisticsFastPath::allFills() const
{
    QString error;
    auto connection = DatabaseConnection::open(m_spec, AccessMode::ReadOnly, &error);
    QList<Fill> fills;
    if (!connection)
        return fills;
    QSqlQuery q(connection->database());
    q.exec(QStringLiteral("SELECT id, symbol, side, quantity, price, commission, executed_at, "
                          "strategy_name FROM trades ORDER BY executed_at, id"));
    while (q.next()) {
        Fill f;
        f.id = q.value(0).toLongLong();
        f.symbol = q.value(1).toString();
        f.isBuy = q.value(2).toString().compare(u"BUY", Qt::CaseInsensitive) == 0;
        f.quantity = column(q.value(3)).value();
        f.price = column(q.value(4)).value();
        f.commission = column(q.value(5)).value_or(Decimal());
        f.executedAt = ValueDecoder::toTimestamp(q.value(6)).value();
        f.strategy = q.value(7).toString();
        fills << f;
    }
    return fills;
}

void TestStatisticsFastPath::matchesReference_data()
{
    QTest::addColumn<qint64>("session");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("strategy");
    QTest::newRow("everything") << qint64(0) << QString() << QString();
    QTest::newRow("session 2") << qint64(2) << QString() << QString();
    QTest::newRow("session 3") << qint64(3) << QString() << QString();
    QTest::newRow("last session") << qint64(-1) << QString() << QString();
    QTest::newRow("one symbol") << qint64(3) << QStringLiteral("AAPL") << QString();
    QTest::newRow("one strategy") << qint64(0) << QString() << QStringLiteral("momentum");
}

void TestStatisticsFastPath::matchesReference()
{
    QFETCH(qint64, session);
    QFETCH(QString, symbol);
    QFETCH(QString, strategy);
    QString error;
    auto connection = DatabaseConnection::open(m_spec, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    if (session < 0) {
        QSqlQuery last(connection->database());
        QVERIFY(last.exec(QStringLiteral("SELECT max(id) FROM trading_sessions")) && last.next());
        session = last.value(0).toLongLong();
    }
    if (!strategy.isEmpty()) {
        QSqlQuery known(connection->database());
        QVERIFY(known.exec(QStringLiteral("SELECT strategy_name FROM trades WHERE strategy_name "
                                          "IS NOT NULL ORDER BY id LIMIT 1")) &&
                known.next());
        strategy = known.value(0).toString();
    }

    StatisticsRequest request;
    if (session > 0)
        request.sessionId = session;
    request.symbol = symbol;
    request.strategy = strategy;
    request.batchRows = 777; // many batches, boundaries inside equal timestamps too
    const auto fast = StatisticsJob::run(*connection, request);
    QVERIFY2(fast.statistics, qPrintable(fast.error));
    const SessionStatistics &f = *fast.statistics;
    QVERIFY(f.fills.fills > 0);

    SessionStatistics plain;
    plain.from = f.from;
    plain.to = f.to;
    plain.session = f.session;
    plain.symbol = symbol;
    plain.strategy = strategy;
    StatisticsAccumulator accumulator(&plain, false);
    Reference reference;
    for (const Fill &fill : allFills()) {
        if ((!symbol.isEmpty() && fill.symbol != symbol) ||
            (!strategy.isEmpty() && fill.strategy != strategy) || (f.to && fill.executedAt > *f.to))
            continue;
        accumulator.add(fill);
        reference.add(fill, !f.from || fill.executedAt >= *f.from);
    }
    accumulator.finish();

    // The independent FIFO.
    QCOMPARE(f.fills.fills, reference.fills);
    QCOMPARE(f.fills.commission, reference.commission);
    QCOMPARE(f.fills.grossRealizedPnl, reference.gross);
    QCOMPARE(f.fills.turnover, reference.turnover);
    QCOMPARE(f.fills.winningFills, reference.winning);
    QCOMPARE(f.fills.losingFills, reference.losing);
    QCOMPARE(f.bySymbol.keys(), reference.fillsBySymbol.keys());
    for (auto it = reference.fillsBySymbol.cbegin(); it != reference.fillsBySymbol.cend(); ++it) {
        QCOMPARE(f.bySymbol[it.key()].fills.fills, it.value());
        QCOMPARE(f.bySymbol[it.key()].fills.grossRealizedPnl, reference.grossBySymbol[it.key()]);
    }
    for (auto it = reference.fillsByStrategy.cbegin(); it != reference.fillsByStrategy.cend();
         ++it) {
        QCOMPARE(f.byStrategy[it.key()].fills.fills, it.value());
        QCOMPARE(f.byStrategy[it.key()].fills.commission, reference.commissionByStrategy[it.key()]);
    }
    QCOMPARE(f.daily.size(), reference.grossByDay.size());
    for (const DailyPnl &day : f.daily) {
        QCOMPARE(day.grossRealizedPnl, reference.grossByDay.value(day.day));
        QCOMPARE(day.commission, reference.commissionByDay.value(day.day));
    }

    // Everything else against the accumulator fed plain fills.
    QCOMPARE(f.rowsRead, plain.rowsRead);
    QCOMPARE(f.skippedRows, 0);
    compareFills(f.fills, plain.fills);
    compareTrips(f.roundTrips, plain.roundTrips);
    QCOMPARE(f.openRoundTrips, plain.openRoundTrips);
    QCOMPARE(f.unattributedCommission, plain.unattributedCommission);
    QCOMPARE(f.maxDrawdown, plain.maxDrawdown);
    QCOMPARE(f.maxDrawdownPercent, plain.maxDrawdownPercent);
    QCOMPARE(f.bySymbol.keys(), plain.bySymbol.keys());
    for (const QString &key : plain.bySymbol.keys()) {
        compareFills(f.bySymbol[key].fills, plain.bySymbol[key].fills);
        compareTrips(f.bySymbol[key].roundTrips, plain.bySymbol[key].roundTrips);
    }
    QCOMPARE(f.byStrategy.keys(), plain.byStrategy.keys());
    for (const QString &key : plain.byStrategy.keys()) {
        compareFills(f.byStrategy[key].fills, plain.byStrategy[key].fills);
        compareTrips(f.byStrategy[key].roundTrips, plain.byStrategy[key].roundTrips);
    }
    QCOMPARE(f.daily.size(), plain.daily.size());
    for (int i = 0; i < f.daily.size(); ++i) {
        QCOMPARE(f.daily[i].day, plain.daily[i].day);
        QCOMPARE(f.daily[i].fills, plain.daily[i].fills);
        QCOMPARE(f.daily[i].grossRealizedPnl, plain.daily[i].grossRealizedPnl);
        QCOMPARE(f.daily[i].commission, plain.daily[i].commission);
    }
    QCOMPARE(f.comparison.size(), plain.comparison.size());
    for (int i = 0; i < f.comparison.size(); ++i) {
        QCOMPARE(f.comparison[i].recomputed, plain.comparison[i].recomputed);
        QCOMPARE(f.comparison[i].differs, plain.comparison[i].differs);
    }
}

void TestStatisticsFastPath::writerGetsInBetweenBatches()
{
    // A copy the robot writes into while we read, in rollback-journal mode.
    const QString path = m_dir.filePath(QStringLiteral("written.db"));
    QVERIFY(QFile::copy(m_spec.sqlitePath, path));
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
    const QList<Fill> before = allFills();
    QVERIFY(before.size() > 2000);

    QString error;
    auto reader = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error));
    {
        QSqlDatabase robot =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("robot"));
        robot.setDatabaseName(path);
        robot.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0")); // fail, never wait
        QVERIFY(robot.open());
        QSqlQuery mode(robot);
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("delete"));
        // An unfinished statement would defer the robot's commits.
        mode.finish();

        // Between batches the robot inserts fills both behind the reader
        // (an early executed_at) and ahead of it (the latest one).
        int batches = 0;
        QStringList writeErrors;
        TradeStream::Options options;
        options.batchRows = 500;
        options.betweenBatches = [&] {
            ++batches;
            QSqlQuery insert(robot);
            for (const char *when : {"2000-01-01 00:00:00.000000", "2999-01-01 00:00:00.000000"}) {
                insert.prepare(QStringLiteral(
                    "INSERT INTO trades (symbol, side, quantity, price, commission, total_value, "
                    "executed_at, strategy_name) VALUES ('NEW', 'BUY', 1, 1, 0, 1, ?, 'late')"));
                insert.addBindValue(QString::fromLatin1(when));
                if (!insert.exec())
                    writeErrors << insert.lastError().text();
            }
        };
        // The control: inside a batch the statement's lock keeps the robot out.
        {
            SqliteFillReader inside;
            QVERIFY2(inside.open(reader->database(), {}, {}, {}, &error), qPrintable(error));
            QVERIFY(inside.next());
            QSqlQuery insert(robot);
            QVERIFY(!insert.exec(
                QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, executed_at) "
                               "VALUES ('NEW', 'BUY', 1, 1, '2999-01-01 00:00:00.000000')")));
        }
        // The robot's connection is used only between batches, on the reading thread.
        QList<qint64> read;
        const auto outcome = TradeStream::run(
            *reader, {}, {}, [&](const Fill &fill) { read << fill.id; }, {}, &error, options);
        QCOMPARE(outcome, TradeStream::Outcome::Finished);
        QVERIFY2(writeErrors.isEmpty(), qPrintable(writeErrors.join(u'\n')));
        QCOMPARE(batches, int(before.size() / 500));

        // Exactly the fills present at the start, each once, in order.
        QList<qint64> expected;
        for (const Fill &f : before)
            expected << f.id;
        QCOMPARE(read.size(), expected.size());
        QCOMPARE(read, expected);
        QSqlQuery added(robot);
        QVERIFY(added.exec(QStringLiteral("SELECT count(*) FROM trades WHERE symbol = 'NEW'")) &&
                added.next());
        QCOMPARE(added.value(0).toInt(), 2 * batches);
        robot.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("robot"));
}

void TestStatisticsFastPath::postgresReadsOneSnapshot()
{
    // The robot commits fills while the cursor is being fetched in batches:
    // the pass reads exactly the rows committed when it started.
    TI_SCRATCH_POSTGRES(spec, "fastpath");
    DemoOptions options;
    options.orders = 600;
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, options, &error), qPrintable(error));
    auto robot = DatabaseConnection::open(spec, AccessMode::ReadWrite, &error,
                                          QStringLiteral("fastpath-robot"));
    QVERIFY2(robot, qPrintable(error));
    QList<qint64> expected;
    {
        QSqlQuery ids(robot->database());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM trades ORDER BY executed_at, id")));
        while (ids.next())
            expected << ids.value(0).toLongLong();
    }
    QVERIFY(expected.size() > 300);

    auto reader = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error));
    TradeStream::Options stream;
    stream.batchRows = 100;
    QList<qint64> read;
    QStringList writeErrors;
    const auto outcome = TradeStream::run(
        *reader, {}, {},
        [&](const Fill &fill) {
            if (read.size() % 50 == 0) {
                QSqlQuery insert(robot->database());
                for (const char *when : {"2000-01-01 00:00:00", "2999-01-01 00:00:00"}) {
                    insert.prepare(QStringLiteral(
                        "INSERT INTO trades (symbol, side, quantity, price, executed_at) "
                        "VALUES ('NEW', 'BUY', 1, 1, CAST(? AS timestamp))"));
                    insert.addBindValue(QString::fromLatin1(when));
                    if (!insert.exec())
                        writeErrors << insert.lastError().text();
                }
            }
            read << fill.id;
        },
        {}, &error, stream);
    QCOMPARE(outcome, TradeStream::Outcome::Finished);
    QVERIFY2(writeErrors.isEmpty(), qPrintable(writeErrors.join(u'\n')));
    QCOMPARE(read, expected);
    // The QPSQL connection is left outside any transaction, usable as before.
    QSqlQuery after(reader->database());
    QVERIFY(after.exec(QStringLiteral("SELECT count(*) FROM trades WHERE symbol = 'NEW'")) &&
            after.next());
    QVERIFY(after.value(0).toInt() > 0);
}

void TestStatisticsFastPath::postgresDecodesEveryValue()
{
    // Every column as the fast reader decodes it (libpq text, ISO timestamps
    // with 0 to 6 fraction digits, NULLs, edge numerics) against the server's
    // own text through the general decoders, over several pipelined batches.
    TI_SCRATCH_POSTGRES(spec, "fastpath_decode");
    DemoOptions options;
    options.orders = 40;
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, options, &error), qPrintable(error));
    auto robot = DatabaseConnection::open(spec, AccessMode::ReadWrite, &error,
                                          QStringLiteral("fastpath-decode-robot"));
    QVERIFY2(robot, qPrintable(error));
    struct Row
    {
        const char *when, *symbol, *side, *quantity, *price, *commission, *strategy;
    };
    const Row rows[] = {
        {"2030-01-01 00:00:00", "EDGE", "SELL", "-3", "99999999.9999", nullptr, nullptr},
        {"2030-01-01 00:00:00.5", "EDGE", "BUY", "0.0001", "0.0001", "-0.0001", "tab\there"},
        {"2030-01-01 00:00:00.000001", "ÄÖÜ", "BUY", "12345678.1234", "1.23456789", "0.00005", "s"},
        {"2030-01-01 00:00:00.12345", "EDGE", "SELL", "7", "-12.5", "1e2", "s"},
        {"2030-01-01 00:00:00.12345", "EDGE", "BUY", "0", "3", "0", ""},
        {"2030-01-02 23:59:59.999999", "EDGE", "BUY", "1.00000", "100.10", "0.0000", "s"},
    };
    for (const Row &r : rows) {
        QSqlQuery insert(robot->database());
        insert.prepare(QStringLiteral(
            "INSERT INTO trades (symbol, side, quantity, price, commission, executed_at, "
            "strategy_name) VALUES (?, ?, CAST(? AS numeric), "
            "CAST(? AS numeric), CAST(? AS numeric), CAST(? AS timestamp), ?)"));
        insert.addBindValue(QString::fromUtf8(r.symbol));
        insert.addBindValue(QString::fromLatin1(r.side));
        insert.addBindValue(QString::fromLatin1(r.quantity));
        insert.addBindValue(QString::fromLatin1(r.price));
        insert.addBindValue(r.commission ? QVariant(QString::fromLatin1(r.commission))
                                         : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(QString::fromLatin1(r.when));
        insert.addBindValue(r.strategy ? QVariant(QString::fromUtf8(r.strategy))
                                       : QVariant(QMetaType::fromType<QString>()));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    // A group of equal times longer than two batches, stored against id order:
    // the server gives ties in storage order, the reader must sort them by id.
    for (int id = 900016; id > 900000; --id) {
        QSqlQuery insert(robot->database());
        insert.prepare(QStringLiteral(
            "INSERT INTO trades (id, symbol, side, quantity, price, executed_at) "
            "VALUES (?, 'TIE', ?, 1, 10, CAST('2030-01-01 12:00:00.25' AS timestamp))"));
        insert.addBindValue(id);
        insert.addBindValue(QString::fromLatin1(id % 3 ? "BUY" : "SELL"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    QList<Fill> expected;
    {
        QSqlQuery q(robot->database());
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT id, symbol, side::text, quantity::text, price::text, "
                     "commission::text, to_char(executed_at, 'YYYY-MM-DD HH24:MI:SS.US'), "
                     "strategy_name FROM trades ORDER BY executed_at, id")),
                 qPrintable(q.lastError().text()));
        while (q.next()) {
            Fill f;
            f.id = q.value(0).toLongLong();
            f.symbol = q.value(1).toString();
            f.isBuy = q.value(2).toString() == u"BUY";
            f.quantity = Decimal::fromString(q.value(3).toString()).value().rounded(4);
            f.price = Decimal::fromString(q.value(4).toString()).value().rounded(4);
            f.commission = q.value(5).isNull()
                               ? Decimal()
                               : Decimal::fromString(q.value(5).toString()).value().rounded(4);
            f.executedAt = Timestamp::fromText(q.value(6).toString()).value();
            f.strategy = q.value(7).toString();
            expected << f;
        }
    }
    QVERIFY(expected.size() > std::size(rows));

    auto reader = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error));
    TradeStream::Options stream;
    stream.batchRows = 7;
    QList<Fill> read;
    QList<qint64> unreadable;
    const auto outcome = TradeStream::run(
        *reader, {}, {}, [&](const Fill &fill) { read << fill; },
        [&](qint64 id) { unreadable << id; }, &error, stream);
    QCOMPARE(outcome, TradeStream::Outcome::Finished);
    QVERIFY(unreadable.isEmpty());
    QCOMPARE(read.size(), expected.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        const Fill &a = read.at(i), &b = expected.at(i);
        const QString row = QStringLiteral("row %1 (id %2)").arg(i).arg(b.id);
        QVERIFY2(a.id == b.id, qPrintable(row));
        QVERIFY2(a.symbol == b.symbol && a.strategy == b.strategy, qPrintable(row));
        QVERIFY2(a.isBuy == b.isBuy, qPrintable(row));
        QVERIFY2(a.quantity == b.quantity,
                 qPrintable(row + u' ' + a.quantity.toString() + u' ' + b.quantity.toString()));
        QVERIFY2(a.price == b.price,
                 qPrintable(row + u' ' + a.price.toString() + u' ' + b.price.toString()));
        QVERIFY2(a.commission == b.commission,
                 qPrintable(row + u' ' + a.commission.toString() + u' ' + b.commission.toString()));
        QVERIFY2(a.executedAt.microseconds() == b.executedAt.microseconds(), qPrintable(row));
    }
    // The edge rows themselves, so the comparison cannot pass on two equal wrong readings.
    const Fill &last = read.constLast();
    QCOMPARE(last.price.toString(), QStringLiteral("100.1"));
    QCOMPARE(last.executedAt.microseconds() % 1000000, qint64(999999));
    const auto big =
        std::find_if(read.cbegin(), read.cend(), [](const Fill &f) { return f.symbol == u"ÄÖÜ"; });
    QVERIFY(big != read.cend());
    QCOMPARE(big->quantity.toString(), QStringLiteral("12345678.1234"));
    QCOMPARE(big->price.toString(), QStringLiteral("1.2346"));
    QCOMPARE(big->commission.toString(), QStringLiteral("0.0001"));
    QList<qint64> tied;
    for (const Fill &f : read) {
        if (f.symbol == u"TIE")
            tied << f.id;
    }
    QCOMPARE(tied.size(), 16);
    QVERIFY(std::is_sorted(tied.cbegin(), tied.cend()));
}

QTEST_GUILESS_MAIN(TestStatisticsFastPath)
#include "TestStatisticsFastPath.moc"
