#include "DemoOrderFactory.h"

#include <array>
#include <cmath>

namespace {

constexpr qint64 kMs = 1'000;
constexpr qint64 kSecond = 1'000'000;

const QStringList &orderTypes()
{
    static const QStringList types{QStringLiteral("market"), QStringLiteral("limit"),
                                   QStringLiteral("stop"), QStringLiteral("stop_limit"),
                                   QStringLiteral("trailing_stop")};
    return types;
}

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("filled"),   QStringLiteral("partially_filled"),
                                  QStringLiteral("canceled"), QStringLiteral("rejected"),
                                  QStringLiteral("expired"),  QStringLiteral("pending"),
                                  QStringLiteral("submitted")};
    return list;
}

const QStringList &rejections()
{
    static const QStringList list{
        QStringLiteral("insufficient buying power"),
        QStringLiteral("order size exceeds the max position limit"),
        QStringLiteral("asset is not tradable"),
        QStringLiteral("potential wash trade detected; use complex orders"),
        QStringLiteral("trade denied due to pattern day trading protection"),
    };
    return list;
}

Decimal divide(Decimal a, Decimal b)
{
    return b.isZero() ? Decimal() : a / b;
}

} // namespace

DemoOrderFactory::DemoOrderFactory(DemoRandom &random, DemoMarket &market)
    : m_random(random)
    , m_market(market)
{
}

QString DemoOrderFactory::pickStatus(const QString &type, bool activeSession)
{
    static constexpr std::array<double, 7> kClosed{68, 8, 12, 5, 7, 0, 0};
    static constexpr std::array<double, 7> kActive{58, 8, 8, 4, 2, 8, 12};
    QString status = statuses()[m_random.weighted(activeSession ? kActive : kClosed)];
    // A market order fills at once or not at all; it never rests on the book.
    if (type == u"market" && status != u"rejected" && status != u"pending")
        status = QStringLiteral("filled");
    return status;
}

Decimal DemoOrderFactory::pickQuantity(double price, Decimal net, bool buy)
{
    const bool reduces = (buy && net.sign() < 0) || (!buy && net.sign() > 0);
    if (reduces && m_random.chance(0.4))
        return net.abs();
    // Position sizes between $1,500 and $25,000, spread evenly on a log scale.
    const double notional = std::exp(m_random.between(std::log(1500.0), std::log(25000.0)));
    const double shares = notional / price;
    if (m_random.chance(0.08)) {
        const Decimal fractional =
            DemoMarket::shares(shares * m_random.between(0.05, 1.0), int(m_random.integer(2, 4)));
        if (fractional.sign() > 0)
            return fractional;
    }
    return Decimal::fromInteger(std::max<qint64>(1, std::llround(shares)));
}

PlannedOrder DemoOrderFactory::begin(qint64 id, Timestamp createdAt, int symbol)
{
    PlannedOrder planned;
    DemoOrder &order = planned.order;
    order.id = id;
    order.symbol = m_market.symbol(symbol);
    order.strategyName = m_market.pickStrategy();
    order.createdAt = createdAt;
    return planned;
}

PlannedOrder DemoOrderFactory::make(qint64 id, Timestamp createdAt, int symbol, Decimal net,
                                    bool activeSession)
{
    PlannedOrder planned = begin(id, createdAt, symbol);
    DemoOrder &order = planned.order;

    const double reference = m_market.priceAt(symbol, createdAt);
    // Mostly long, and the further from flat, the likelier an order reduces.
    const double lots = net.toDouble() * reference / 40'000.0;
    const bool buy = m_random.chance(std::clamp(0.62 - 0.45 * lots, 0.1, 0.9));
    order.side = buy ? QStringLiteral("buy") : QStringLiteral("sell");
    order.quantity = pickQuantity(reference, net, buy);

    static constexpr std::array<double, 5> kTypeWeights{45, 30, 10, 8, 7};
    order.orderType = orderTypes()[m_random.weighted(kTypeWeights)];
    const double direction = buy ? 1.0 : -1.0;
    if (order.orderType == u"limit" || order.orderType == u"stop_limit")
        order.limitPrice = DemoMarket::cents(reference * (1.0 + direction * 0.003));
    if (order.orderType == u"stop" || order.orderType == u"stop_limit")
        order.stopPrice = DemoMarket::cents(reference * (1.0 + direction * 0.0015));
    if (order.orderType == u"trailing_stop")
        order.stopPrice = DemoMarket::cents(reference * (1.0 + direction * 0.01));

    order.status = pickStatus(order.orderType, activeSession);
    order.timeInForce =
        order.orderType == u"market"
            ? QStringLiteral("day")
            : (m_random.chance(0.78) || order.status == u"expired" ? QStringLiteral("day")
                                                                   : QStringLiteral("gtc"));
    if (m_random.chance(0.15))
        order.notes = pickNote(order.strategyName);

    Timestamp last = createdAt;
    if (order.status != u"pending") {
        order.brokerOrderId = m_random.uuid();
        order.submittedAt = createdAt.addMicroseconds(m_random.integer(2 * kMs, 40 * kMs));
        last = *order.submittedAt;
    }
    if (order.status == u"filled") {
        static constexpr std::array<double, 4> kFillCounts{60, 22, 12, 6};
        planFills(planned, order.quantity, reference, 1 + m_random.weighted(kFillCounts));
        order.filledAt = planned.fills.last().executedAt;
        last = *order.filledAt;
    } else if (order.status == u"partially_filled") {
        Decimal filled =
            order.quantity.toInteger() >= 2 && order.quantity == order.quantity.rounded(0)
                ? Decimal::fromInteger(std::max<qint64>(
                      1, qint64(order.quantity.toInteger() * m_random.between(0.2, 0.8))))
                : (order.quantity * Decimal::fromRaw(m_random.integer(20, 80) * 1'000'000))
                      .rounded(4);
        if (filled.sign() <= 0 || filled >= order.quantity) {
            // Too small to split: a one-share order either fills or does not.
            order.status = QStringLiteral("filled");
            filled = order.quantity;
        }
        static constexpr std::array<double, 3> kFillCounts{60, 30, 10};
        planFills(planned, filled, reference, 1 + m_random.weighted(kFillCounts));
        last = planned.fills.last().executedAt;
        if (order.status == u"filled")
            order.filledAt = last;
    } else if (order.status == u"canceled") {
        order.canceledAt = last.addMicroseconds(m_random.integer(1 * kSecond, 120 * kSecond));
        last = *order.canceledAt;
    } else if (order.status == u"expired") {
        // Day orders expire at the close; the robot notices a little later.
        last = last.addMicroseconds(m_random.integer(60 * kSecond, 30 * 60 * kSecond));
    } else if (order.status == u"rejected") {
        order.errorMessage = rejections()[int(m_random.integer(0, rejections().size() - 1))];
        last = last.addMicroseconds(m_random.integer(1 * kMs, 300 * kMs));
    }
    order.updatedAt = last;
    return planned;
}

PlannedOrder DemoOrderFactory::flatten(qint64 id, Timestamp createdAt, int symbol, Decimal net)
{
    PlannedOrder planned = begin(id, createdAt, symbol);
    DemoOrder &order = planned.order;
    order.side = net.sign() > 0 ? QStringLiteral("sell") : QStringLiteral("buy");
    order.orderType = QStringLiteral("market");
    order.timeInForce = QStringLiteral("day");
    order.status = QStringLiteral("filled");
    order.quantity = net.abs();
    order.notes = QStringLiteral("flatten: end of strategy allocation");
    order.brokerOrderId = m_random.uuid();
    order.submittedAt = createdAt.addMicroseconds(m_random.integer(2 * kMs, 40 * kMs));
    planFills(planned, order.quantity, m_market.priceAt(symbol, createdAt), 1);
    order.filledAt = planned.fills.last().executedAt;
    order.updatedAt = *order.filledAt;
    return planned;
}

PlannedOrder DemoOrderFactory::resting(qint64 id, Timestamp createdAt, int symbol)
{
    PlannedOrder planned = begin(id, createdAt, symbol);
    DemoOrder &order = planned.order;
    const double reference = m_market.priceAt(symbol, createdAt);
    const bool buy = m_random.chance(0.5);
    order.side = buy ? QStringLiteral("buy") : QStringLiteral("sell");
    order.orderType = QStringLiteral("limit");
    order.timeInForce = QStringLiteral("gtc");
    order.status = QStringLiteral("submitted");
    order.quantity = Decimal::fromInteger(std::max<qint64>(1, std::llround(5000.0 / reference)));
    // Away from the market, which is why it is still waiting.
    order.limitPrice = DemoMarket::cents(reference * (buy ? 0.97 : 1.03));
    order.brokerOrderId = m_random.uuid();
    order.submittedAt = createdAt.addMicroseconds(m_random.integer(2 * kMs, 40 * kMs));
    order.updatedAt = *order.submittedAt;
    return planned;
}

void DemoOrderFactory::planFills(PlannedOrder &planned, Decimal filled, double reference, int count)
{
    DemoOrder &order = planned.order;
    const bool buy = order.side == u"buy";
    // Split in whole shares when the quantity is whole, else in 0.0001 units.
    const bool whole = filled == filled.rounded(0);
    const __int128 unit = whole ? Decimal::fromInteger(1).raw() : Decimal::fromRaw(10'000).raw();
    qint64 remaining = qint64(filled.raw() / unit);
    count = int(std::min<qint64>(count, remaining));
    Timestamp at = *order.submittedAt;
    const bool resting = order.orderType != u"market";
    Decimal notional;
    for (int i = 0; i < count; ++i) {
        qint64 units = remaining;
        if (i < count - 1) {
            const qint64 most = remaining - (count - 1 - i);
            units =
                std::clamp<qint64>(std::llround(remaining * m_random.between(0.15, 0.7)), 1, most);
        }
        remaining -= units;
        if (i == 0)
            at = at.addMicroseconds(resting ? m_random.integer(100 * kMs, 45 * kSecond)
                                            : m_random.integer(3 * kMs, 400 * kMs));
        else if (m_random.chance(0.7))
            at = at.addMicroseconds(m_random.integer(1, 900)); // same burst, microseconds apart
        else
            at = at.addMicroseconds(m_random.integer(1 * kMs, 3 * kSecond));
        double price = reference * (1.0 + 0.0006 * m_random.normal() + (buy ? 0.0002 : -0.0002));
        if (order.limitPrice)
            price = buy ? std::min(price, order.limitPrice->toDouble())
                        : std::max(price, order.limitPrice->toDouble());
        PlannedFill fill{at, Decimal::fromRaw(units * unit), DemoMarket::cents(price)};
        notional += fill.quantity * fill.price;
        planned.fills << fill;
    }
    order.filledQuantity = filled;
    // Exact VWAP of the fills, rounded once to the column's scale.
    order.avgFillPrice = divide(notional, filled).rounded(4);
}

Decimal DemoOrderFactory::commission(Decimal quantity, Decimal price)
{
    static const Decimal perShare = *Decimal::fromString(u"0.0035");
    static const Decimal minimum = *Decimal::fromString(u"0.35");
    static const Decimal capRate = *Decimal::fromString(u"0.01");
    const Decimal cap = quantity * price * capRate;
    return std::min(std::max(quantity * perShare, minimum), cap).rounded(4);
}

QString DemoOrderFactory::pickNote(const QString &strategy)
{
    const int score = int(m_random.integer(51, 99));
    if (strategy == u"momentum_breakout")
        return QStringLiteral("breakout above 20-bar high, strength 0.%1").arg(score);
    if (strategy == u"mean_reversion")
        return QStringLiteral("z-score -2.%1 vs 50-bar mean").arg(score);
    if (strategy == u"vwap_reversion")
        return QStringLiteral("price 0.%1%% from session VWAP").arg(score);
    if (strategy == u"rsi_divergence")
        return QStringLiteral("RSI(14) %1 with bullish divergence").arg(score - 40);
    if (strategy == u"opening_range")
        return QStringLiteral("opening range break, range %1 bps").arg(score);
    return QStringLiteral("spread 1.%1 sigma, leg rebalance").arg(score);
}
