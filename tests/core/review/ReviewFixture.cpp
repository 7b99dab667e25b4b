#include "ReviewFixture.h"

#include "db/DatabaseConnection.h"
#include "schema/Decimal.h"
#include "schema/SchemaDdl.h"

#include <atomic>

namespace ReviewFixture {

namespace {

Decimal dec(const QString &text)
{
    return Decimal::fromString(text).value_or(Decimal());
}

QString quoted(const QString &text)
{
    if (text.isNull())
        return QStringLiteral("NULL");
    QString q = text;
    q.replace(u'\'', QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

} // namespace

QString ts(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("NULL");
    QString t = text;
    if (t.size() == 16)
        t += QStringLiteral(":00");
    if (!t.contains(u'.'))
        t += QStringLiteral(".000000");
    return u'\'' + t + u'\'';
}

QString num(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("NULL") : text;
}

QString trade(qint64 id, const QString &symbol, const QString &side, const QString &quantity,
              const QString &price, const QString &commission, const QString &executedAt,
              qint64 orderId, const QString &strategy, const QString &totalValue)
{
    const QString value =
        totalValue.isEmpty() ? (dec(quantity) * dec(price)).rounded(2).toString() : totalValue;
    return QStringLiteral("INSERT INTO trades (id, broker_order_id, symbol, side, quantity, price, "
                          "commission, total_value, executed_at, created_at, order_id, "
                          "strategy_name) VALUES (%1, 'F-%1', %2, %3, %4, %5, %6, %7, %8, %8, "
                          "%9, %10)")
        .arg(id)
        .arg(quoted(symbol), quoted(side), num(quantity), num(price), num(commission), num(value),
             ts(executedAt), orderId ? QString::number(orderId) : QStringLiteral("NULL"),
             strategy.isEmpty() ? QStringLiteral("NULL") : quoted(strategy));
}

QString order(qint64 id, const QString &symbol, const QString &side, const QString &status,
              const QString &quantity, const QString &filledQuantity, const QString &avgFillPrice,
              const QString &submittedAt, const QString &filledAt)
{
    return QStringLiteral("INSERT INTO orders (id, broker_order_id, symbol, side, order_type, "
                          "quantity, status, filled_quantity, avg_fill_price, submitted_at, "
                          "filled_at, created_at) VALUES (%1, 'O-%1', %2, %3, 'MARKET', %4, %5, "
                          "%6, %7, %8, %9, %8)")
        .arg(id)
        .arg(quoted(symbol), quoted(side), num(quantity), quoted(status), num(filledQuantity),
             num(avgFillPrice), ts(submittedAt), ts(filledAt));
}

QString position(qint64 id, const QString &symbol, const QString &quantity, const QString &avgCost,
                 const QString &currentPrice, bool isOpen, const QString &closedAt,
                 const QString &costBasis, const QString &marketValue, const QString &unrealizedPnl,
                 const QString &unrealizedPct)
{
    const Decimal q = dec(quantity), ac = dec(avgCost), cp = dec(currentPrice);
    const QString cb = costBasis.isEmpty() ? (q * ac).rounded(2).toString() : costBasis;
    const QString mv = marketValue.isEmpty() ? (q * cp).rounded(2).toString() : marketValue;
    // As the robot derives them: unrealized = market_value - cost_basis,
    // pct = 100 x unrealized / |cost_basis|.
    const QString up = unrealizedPnl.isEmpty() ? (dec(mv) - dec(cb)).toString() : unrealizedPnl;
    QString pct = unrealizedPct;
    if (pct.isEmpty())
        pct = dec(cb).isZero()
                  ? QStringLiteral("0")
                  : (dec(up) * Decimal::fromInteger(100) / dec(cb).abs()).rounded(4).toString();
    return QStringLiteral("INSERT INTO positions (id, symbol, quantity, avg_cost, current_price, "
                          "cost_basis, market_value, unrealized_pnl, unrealized_pnl_pct, "
                          "opened_at, last_updated, is_open, closed_at) VALUES (%1, %2, %3, %4, "
                          "%5, %6, %7, %8, %9, %10, %10, %11, %12)")
        .arg(id)
        .arg(quoted(symbol), num(quantity), num(avgCost), num(currentPrice), num(cb), num(mv),
             num(up), num(pct), ts(QStringLiteral("2025-01-01 08:00")),
             isOpen ? QStringLiteral("true") : QStringLiteral("false"), ts(closedAt));
}

QString session(qint64 id, const QString &startedAt, const QString &endedAt, qint64 totalTrades,
                qint64 winning, qint64 losing, const QString &totalPnl,
                const QString &totalCommission, const QString &winRate,
                const QString &startingBalance, const QString &endingBalance,
                const QString &maxDrawdown)
{
    return QStringLiteral(
               "INSERT INTO trading_sessions (id, session_name, started_at, ended_at, "
               "total_trades, winning_trades, losing_trades, total_pnl, total_commission, "
               "win_rate, starting_balance, ending_balance, max_drawdown, is_active, broker, "
               "trading_mode) VALUES (%1, 'S%1', %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, "
               "%13, 'alpaca', 'paper')")
        .arg(id)
        .arg(ts(startedAt), ts(endedAt), QString::number(totalTrades), QString::number(winning),
             QString::number(losing), num(totalPnl), num(totalCommission), num(winRate),
             num(startingBalance), num(endingBalance), num(maxDrawdown),
             endedAt.isEmpty() ? QStringLiteral("true") : QStringLiteral("false"));
}

QString build(const ConnectionSpec &spec, const QStringList &inserts)
{
    QString error;
    {
        auto connection = DatabaseConnection::open(spec, AccessMode::Create, &error);
        if (!connection)
            return error;
        if (!SchemaDdl::create(connection->database(), spec.driver, &error))
            return error;
    }
    return TestDatabases::execute(spec, inserts);
}

Engine sqlite(const QTemporaryDir &dir)
{
    static std::atomic_int counter{0};
    Engine engine;
    engine.spec = ConnectionSpec::sqliteFile(
        dir.filePath(QStringLiteral("review-%1.db").arg(counter.fetch_add(1))));
    return engine;
}

} // namespace ReviewFixture
