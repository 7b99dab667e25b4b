#include "DemoConsistency.h"

#include "RobotFixture.h"
#include "demo/DemoDataGenerator.h"
#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QtTest>

#include <deque>

namespace {

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

void checkDemoConsistency(const ConnectionSpec &spec, int orderCount)
{
    QString error;
    qint64 lastDone = -1;
    bool sawProgress = false;
    QVERIFY2(DemoDataGenerator::generate(spec, {orderCount, 7, false}, &error,
                                         [&](qint64 done, qint64 total) {
                                             QVERIFY(done >= lastDone);
                                             QCOMPARE(total, qint64(orderCount));
                                             lastDone = done;
                                             sawProgress = true;
                                         }),
             qPrintable(error));
    QVERIFY(sawProgress);
    QCOMPARE(lastDone, qint64(orderCount));

    const QList<QVariantMap> orders = read(spec, RobotTable::Orders);
    const QList<QVariantMap> trades = read(spec, RobotTable::Trades);
    const QList<QVariantMap> positions = read(spec, RobotTable::Positions);
    const QList<QVariantMap> sessions = read(spec, RobotTable::TradingSessions);
    QCOMPARE(orders.size(), orderCount);
    const double ratio = double(trades.size()) / orders.size();
    qInfo("%lld trades for %d orders: %.3f per order", qint64(trades.size()), orderCount, ratio);
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
