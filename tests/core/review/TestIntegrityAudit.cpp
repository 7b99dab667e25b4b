#include "ReviewFixture.h"
#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"
#include "demo/DemoDataGenerator.h"
#include "review/AuditCollector.h"
#include "review/IntegrityAudit.h"
#include "review/StatisticsJob.h"

#include <QtTest>

using namespace ReviewFixture;

// Each row builds a database that is the consistent base below with exactly
// one defect, on SQLite and on the real PostgreSQL, and expects exactly one
// finding naming the rows involved (or none, for rounding within tolerance).
class TestIntegrityAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsExactlyTheDefect_data();
    void findsExactlyTheDefect();
    void cleanDemoDatabase_data() { REVIEW_ENGINES_DATA(); }
    void cleanDemoDatabase();
    void capsFindingsPerKind();

private:
    QTemporaryDir m_dir;
};

namespace {

// Order 1 buys 10 AAPL in two fills (6 @100, 4 @101.25: VWAP 100.5); order 2
// sells 4 @110, realizing +40 against the first lot. The open position holds
// 6 at an average cost of 100.8333 (2 @100 + 4 @101.25), priced at 105.
QMap<QString, QString> base()
{
    return {
        {"o1", order(1, "AAPL", "BUY", "FILLED", "10", "10", "100.5", "2025-01-02 09:59",
                     "2025-01-02 10:01")},
        {"o2", order(2, "AAPL", "SELL", "FILLED", "4", "4", "110", "2025-01-02 10:59",
                     "2025-01-02 11:00")},
        {"t1", trade(1, "AAPL", "BUY", "6", "100", "1", "2025-01-02 10:00", 1, "mom")},
        {"t2", trade(2, "AAPL", "BUY", "4", "101.25", "1", "2025-01-02 10:01", 1, "mom")},
        {"t3", trade(3, "AAPL", "SELL", "4", "110", "1", "2025-01-02 11:00", 2, "mom")},
        {"p1", position(1, "AAPL", "6", "100.8333", "105", true)},
        {"p2", position(2, "MSFT", "0", "200", "210", false, "2025-01-01 15:00")},
        {"s1", session(1, "2025-01-02 09:00", "2025-01-02 17:00", 3, 1, 0, "40", "3", "100",
                       "10000", "10037", "0.02")},
    };
}

QStringList statements(QMap<QString, QString> rows)
{
    // Orders first: PostgreSQL enforces trades.order_id -> orders.id.
    QStringList list;
    for (const QString &key : rows.keys()) {
        if (key.startsWith(u'o'))
            list << rows.value(key);
    }
    for (const QString &key : rows.keys()) {
        if (!key.startsWith(u'o'))
            list << rows.value(key);
    }
    return list;
}

void row(const char *name, bool sqliteOnly, const QMap<QString, QString> &changes,
         const QString &kind, const QString &severity, const QString &table,
         const QList<qint64> &ids)
{
    QMap<QString, QString> rows = base();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        rows.insert(it.key(), it.value());
    for (bool postgres : {false, true}) {
        if (postgres && sqliteOnly)
            continue;
        QTest::addRow("%s/%s", name, postgres ? "postgres" : "sqlite")
            << postgres << statements(rows) << kind << severity << table << ids;
    }
}

} // namespace

void TestIntegrityAudit::findsExactlyTheDefect_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QStringList>("inserts");
    QTest::addColumn<QString>("kind"); // "" : no finding at all
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QList<qint64>>("ids");
    const QString error = QStringLiteral("error"), info = QStringLiteral("info");

    row("clean", false, {}, {}, {}, {}, {});
    row("filled quantity", false, {{"o1", order(1, "AAPL", "BUY", "FILLED", "10", "9", "100.5")}},
        "order_filled_quantity_mismatch", error, "orders", {1});
    row("filled quantity within a unit", false,
        {{"o1", order(1, "AAPL", "BUY", "FILLED", "10.0001", "10.0001", "100.5")}}, {}, {}, {}, {});
    row("filled quantity without fills", false,
        {{"o3", order(3, "MSFT", "BUY", "FILLED", "5", "5", "20")}},
        "order_filled_quantity_mismatch", error, "orders", {3});
    row("avg fill price", false, {{"o1", order(1, "AAPL", "BUY", "FILLED", "10", "10", "100.6")}},
        "order_avg_fill_price_mismatch", error, "orders", {1});
    row("avg fill price within a unit", false,
        {{"o1", order(1, "AAPL", "BUY", "FILLED", "10", "10", "100.5001")}}, {}, {}, {}, {});
    row("fills exceed quantity", false,
        {{"o1", order(1, "AAPL", "BUY", "PARTIALLY_FILLED", "9", "10", "100.5")}},
        "order_fills_exceed_quantity", error, "orders", {1});
    row("fills of a rejected order", false,
        {{"o2", order(2, "AAPL", "SELL", "REJECTED", "4", "4", "110")}}, "fills_of_unfilled_order",
        error, "trades", {3});
    // Another robot stores the enum values, not the names.
    row("fills of a pending order (value spelling)", true,
        {{"o2", order(2, "AAPL", "SELL", "pending", "4", "4", "110")}}, "fills_of_unfilled_order",
        error, "trades", {3});
    row("total value", false,
        {{"t3", trade(3, "AAPL", "SELL", "4", "110", "1", "2025-01-02 11:00", 2, "mom", "441")}},
        "trade_total_value_mismatch", error, "trades", {3});
    row("total value within a cent", false,
        {{"t3", trade(3, "AAPL", "SELL", "4", "110", "1", "2025-01-02 11:00", 2, "mom", "440.01")}},
        {}, {}, {}, {});
    row("trade without order", false,
        {{"t3", trade(3, "AAPL", "SELL", "4", "110", "1", "2025-01-02 11:00", 0, "mom")},
         {"o2", order(2, "AAPL", "SELL", "CANCELED", "4", "0", {})}},
        "trade_without_order", info, "trades", {3});
    row("trade with a dangling order id", true,
        {{"t3", trade(3, "AAPL", "SELL", "4", "110", "1", "2025-01-02 11:00", 99, "mom")},
         {"o2", order(2, "AAPL", "SELL", "CANCELED", "4", "0", {})}},
        "trade_order_missing", error, "trades", {3});
    row("unreadable side", true,
        {{"t4", trade(4, "AAPL", "HOLD", "0", "100", "0", "2025-01-02 12:00", 1, "mom")}},
        "trade_unreadable", error, "trades", {4});
    row("position quantity", false, {{"p1", position(1, "AAPL", "7", "100.8333", "105", true)}},
        "position_quantity_mismatch", error, "positions", {1});
    row("cost basis", false, {{"p1", position(1, "AAPL", "6", "100.8333", "105", true, {}, "600")}},
        "position_cost_basis_mismatch", error, "positions", {1});
    row("market value", false,
        {{"p1", position(1, "AAPL", "6", "100.8333", "105", true, {}, {}, "631")}},
        "position_market_value_mismatch", error, "positions", {1});
    row("unrealized pnl", false,
        {{"p1", position(1, "AAPL", "6", "100.8333", "105", true, {}, {}, {}, "26")}},
        "position_unrealized_pnl_mismatch", error, "positions", {1});
    row("unrealized pnl pct", false,
        {{"p1", position(1, "AAPL", "6", "100.8333", "105", true, {}, {}, {}, {}, "4.1422")}},
        "position_unrealized_pnl_mismatch", error, "positions", {1});
    row("closed position with quantity", false,
        {{"p2", position(2, "MSFT", "5", "200", "210", false, "2025-01-01 15:00")}},
        "closed_position_with_quantity", error, "positions", {2});
    row("closed position without closed_at", false,
        {{"p2", position(2, "MSFT", "0", "200", "210", false)}},
        "closed_position_without_closed_at", error, "positions", {2});
    row("session total_trades", false,
        {{"s1", session(1, "2025-01-02 09:00", "2025-01-02 17:00", 4, 1, 0, "40", "3", "100",
                        "10000", "10037", "0.02")}},
        "session_statistics_mismatch", error, "trading_sessions", {1});
    row("session total_pnl", false,
        {{"s1", session(1, "2025-01-02 09:00", "2025-01-02 17:00", 3, 1, 0, "40.02", "3", "100",
                        "10000", "10037", "0.02")}},
        "session_statistics_mismatch", error, "trading_sessions", {1});
    row("session ending balance (robot's definition)", false,
        {{"s1", session(1, "2025-01-02 09:00", "2025-01-02 17:00", 3, 1, 0, "40", "3", "100",
                        "10000", "10040", "0.02")}},
        "session_figures_differ", info, "trading_sessions", {1});
    row("trade outside every session", false,
        {{"s1", session(1, "2025-01-02 10:00:30", "2025-01-02 17:00", 2, 1, 0, "40", "2", "100",
                        "10000", "10038", "0.01")}},
        "trades_outside_sessions", info, "trades", {1});
    row("filled before submitted", false,
        {{"o1", order(1, "AAPL", "BUY", "FILLED", "10", "10", "100.5", "2025-01-02 10:05",
                      "2025-01-02 10:01")}},
        "timestamps_out_of_order", error, "orders", {1});
}

void TestIntegrityAudit::findsExactlyTheDefect()
{
    QFETCH(QStringList, inserts);
    QFETCH(QString, kind);
    QFETCH(QString, severity);
    QFETCH(QString, table);
    QFETCH(QList<qint64>, ids);
    REVIEW_ENGINE(spec, m_dir);
    QCOMPARE(build(spec, inserts), QString());

    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    const IntegrityAudit::Result result = IntegrityAudit::run(*connection);
    QVERIFY2(result.ran, qPrintable(result.error));
    QStringList seen;
    for (const AuditFinding &f : result.findings)
        seen << f.kind + QStringLiteral(": ") + f.message;
    if (kind.isEmpty()) {
        QVERIFY2(result.findings.isEmpty(), qPrintable(seen.join(u'\n')));
        QVERIFY(!result.hasErrors());
        return;
    }
    QVERIFY2(result.findings.size() == 1, qPrintable(seen.join(u'\n')));
    const AuditFinding &f = result.findings.first();
    QCOMPARE(f.kind, kind);
    QCOMPARE(AuditFinding::severityName(f.severity), severity);
    QCOMPARE(f.table, table);
    QCOMPARE(f.ids, ids);
    QVERIFY(!f.message.isEmpty());
    QCOMPARE(result.hasErrors(), severity == QLatin1String("error"));
}

void TestIntegrityAudit::cleanDemoDatabase()
{
    REVIEW_ENGINE(spec, m_dir);
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {1500, 7, false}, &error), qPrintable(error));
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    const IntegrityAudit::Result result = IntegrityAudit::run(*connection);
    QVERIFY2(result.ran, qPrintable(result.error));
    QStringList errors;
    for (const AuditFinding &f : result.findings) {
        if (f.isError())
            errors << f.kind + QStringLiteral(": ") + f.message;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));

    // Stored == recomputed for every session, through the statistics job too.
    QList<StoredSession> sessions;
    QVERIFY2(
        StoredSession::loadAll(connection->database(), SqlDialect(spec.driver), &sessions, &error),
        qPrintable(error));
    QVERIFY(!sessions.isEmpty());
    for (const StoredSession &s : std::as_const(sessions)) {
        StatisticsRequest request;
        request.sessionId = s.id;
        const auto r = StatisticsJob::run(*connection, request);
        QVERIFY2(r.statistics, qPrintable(r.error));
        QVERIFY(r.statistics->fills.fills > 0);
        for (const FigureComparison &f : r.statistics->comparison)
            QVERIFY2(!(f.isError && f.differs),
                     qPrintable(QStringLiteral("session %1 %2: stored %3 recomputed %4")
                                    .arg(s.id)
                                    .arg(f.name, f.stored->toString(), f.recomputed->toString())));
    }
}

void TestIntegrityAudit::capsFindingsPerKind()
{
    AuditCollector collector;
    for (int i = 0; i < AuditCollector::kMaxPerKind + 10; ++i)
        collector.add({QStringLiteral("k"),
                       AuditFinding::Severity::Error,
                       QStringLiteral("trades"),
                       {i},
                       QStringLiteral("m")});
    const auto findings = collector.takeFindings();
    QCOMPARE(findings.size(), AuditCollector::kMaxPerKind + 1);
    QCOMPARE(findings.last().ids.size(), 10);
    QVERIFY(findings.last().message.startsWith(QLatin1String("10 more")));
}

QTEST_GUILESS_MAIN(TestIntegrityAudit)
#include "TestIntegrityAudit.moc"
