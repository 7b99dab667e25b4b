#include "DemoSimulation.h"

#include <QDate>

#include <algorithm>

namespace {

constexpr qint64 kMs = 1'000;
constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kMaxRetiredPositions = 26 * 26 * 26 * 26; // their tickers: Z + 4 letters

Timestamp atTime(QDate day, int hour, int minute)
{
    const qint64 days = QDate(1970, 1, 1).daysTo(day);
    return Timestamp::fromMicroseconds(days * kDay + (hour * 60 + minute) * kMinute);
}

QDate nextWeekday(QDate day)
{
    do {
        day = day.addDays(1);
    } while (day.dayOfWeek() > 5);
    return day;
}

} // namespace

DemoSimulation::DemoSimulation(const DemoOptions &options, DemoSink &sink)
    : m_options(options)
    , m_sink(sink)
    , m_random(quint64(options.seed) * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull)
    , m_market(m_random)
    , m_factory(m_random, m_market)
{
    m_intendedNet.resize(m_market.symbolCount());
}

QList<DemoSession> DemoSimulation::planSessions()
{
    const int count =
        m_options.sessions > 0 ? m_options.sessions : std::clamp(m_options.orders / 2500, 4, 250);
    QList<DemoSession> sessions;
    QDate day(2025, 1, 6);
    for (int i = 0; i < count; ++i) {
        DemoSession s;
        s.id = i + 1;
        const bool last = i == count - 1;
        const bool paper = !last && (i == 0 || i < count / 4 || m_random.chance(0.2));
        s.tradingMode = paper ? QStringLiteral("paper") : QStringLiteral("live");
        s.broker = QStringLiteral("alpaca");
        s.startedAt = atTime(day, 14, 29).addMicroseconds(m_random.integer(0, 90 * kSecond));
        if (last) {
            s.isActive = true;
            s.notes = QStringLiteral("running");
        } else {
            s.endedAt = atTime(day, 21, 0).addMicroseconds(m_random.integer(0, 120 * kSecond));
        }
        s.sessionName = QStringLiteral("%1 %2").arg(
            paper ? QStringLiteral("Paper") : QStringLiteral("Live"), day.toString(Qt::ISODate));
        sessions << s;
        day = nextWeekday(day);
    }
    return sessions;
}

QList<int> DemoSimulation::ordersPerSession(int sessions, int orders)
{
    QList<double> weights;
    double total = 0;
    for (int i = 0; i < sessions; ++i) {
        weights << m_random.between(0.7, 1.3);
        total += weights.last();
    }
    QList<int> counts;
    int assigned = 0;
    for (int i = 0; i < sessions; ++i) {
        const int n = i == sessions - 1 ? orders - assigned : int(orders * weights[i] / total);
        counts << n;
        assigned += n;
    }
    return counts;
}

bool DemoSimulation::run(const std::function<bool(qint64, qint64)> &tick)
{
    const QList<DemoSession> sessions = planSessions();
    // The last few orders flatten symbols at the end of the active session,
    // or rest on the book when there is nothing to flatten: --orders is exact.
    const int reserved = std::min(7, m_options.orders / 10);
    const QList<int> counts = ordersPerSession(int(sessions.size()), m_options.orders - reserved);
    m_ledger.emplace(sessions);
    for (int i = 0; i < sessions.size(); ++i) {
        if (!runSession(i, sessions[i], counts[i], tick))
            return false;
    }
    // Flatten a third of the symbols, so both open and closed positions exist.
    int left = reserved;
    for (int symbol = 1; symbol < m_market.symbolCount() && left > 0; symbol += 3) {
        if (m_intendedNet[symbol].isZero())
            continue;
        m_lastEvent = m_lastEvent.addMicroseconds(m_random.integer(1 * kSecond, 20 * kSecond));
        if (!emitFillsBefore(m_lastEvent))
            return false;
        if (!placeOrder(
                m_factory.flatten(m_nextOrderId, m_lastEvent, symbol, m_intendedNet[symbol]),
                symbol))
            return false;
        --left;
    }
    for (; left > 0; --left) {
        m_lastEvent = m_lastEvent.addMicroseconds(m_random.integer(1 * kSecond, 20 * kSecond));
        const int symbol = m_market.pickSymbol();
        if (!placeOrder(m_factory.resting(m_nextOrderId, m_lastEvent, symbol), symbol))
            return false;
    }
    if (!emitFillsBefore(std::nullopt))
        return false;
    QList<DemoPosition> positions = m_ledger->positions(m_market);
    for (const DemoPosition &position : positions) {
        if (!m_sink.addPosition(position))
            return false;
    }
    for (int i = 0; i < std::min(m_options.retiredPositions, kMaxRetiredPositions); ++i) {
        if (!m_sink.addPosition(retiredPosition(qint64(positions.size()) + i + 1, i)))
            return false;
    }
    for (const DemoSession &session : m_ledger->sessions()) {
        if (!m_sink.addSession(session))
            return false;
    }
    return !tick || tick(m_options.orders, m_options.orders);
}

bool DemoSimulation::runSession(int index, const DemoSession &session, int orders,
                                const std::function<bool(qint64, qint64)> &tick)
{
    m_ledger->beginSession(index);
    // Orders from the open to a few minutes before the close, so every fill
    // (at most a minute later) lands inside the window; ~2% manual trades.
    const Timestamp open = session.startedAt.addMicroseconds(30 * kSecond);
    const Timestamp close = session.endedAt ? session.endedAt->addMicroseconds(-6 * kMinute)
                                            : session.startedAt.addMicroseconds(6 * 60 * kMinute);
    const qint64 span = close.microseconds() - open.microseconds();
    const int manual = int(std::llround(orders * m_random.between(0.01, 0.03)));
    std::vector<std::pair<qint64, bool>> events; // (time, is an order)
    events.reserve(size_t(orders + manual));
    for (int i = 0; i < orders; ++i)
        events.emplace_back(open.microseconds() + m_random.integer(0, span), true);
    for (int i = 0; i < manual; ++i)
        events.emplace_back(open.microseconds() + m_random.integer(0, span), false);
    std::sort(events.begin(), events.end());

    for (const auto &[time, isOrder] : events) {
        const Timestamp at = Timestamp::fromMicroseconds(time);
        m_lastEvent = at;
        if (!emitFillsBefore(at))
            return false;
        if (!isOrder) {
            queueManualTrade(at);
            continue;
        }
        const int symbol = m_market.pickSymbol();
        if (!placeOrder(
                m_factory.make(m_nextOrderId, at, symbol, m_intendedNet[symbol], session.isActive),
                symbol))
            return false;
        if ((m_nextOrderId & 511) == 0 && tick && !tick(m_nextOrderId - 1, m_options.orders))
            return false;
    }
    if (session.isActive)
        return true;
    if (!emitFillsBefore(std::nullopt))
        return false;
    // The operator sometimes trades by hand after the robot stopped.
    if (m_random.chance(0.6)) {
        m_lastEvent =
            session.endedAt->addMicroseconds(m_random.integer(10 * kMinute, 120 * kMinute));
        queueManualTrade(m_lastEvent);
        return emitFillsBefore(std::nullopt);
    }
    return true;
}

bool DemoSimulation::placeOrder(const PlannedOrder &planned, int symbol)
{
    ++m_nextOrderId;
    const bool buy = planned.order.side == u"buy";
    for (const PlannedFill &fill : planned.fills) {
        DemoTrade trade;
        trade.brokerFillId = m_random.uuid();
        trade.symbol = planned.order.symbol;
        trade.buy = buy;
        trade.quantity = fill.quantity;
        trade.price = fill.price;
        trade.executedAt = fill.executedAt;
        trade.orderId = planned.order.id;
        trade.strategyName = planned.order.strategyName;
        m_intendedNet[symbol] += buy ? fill.quantity : -fill.quantity;
        queue(std::move(trade));
    }
    return m_sink.addOrder(planned.order);
}

DemoPosition DemoSimulation::retiredPosition(qint64 id, int index)
{
    // Five-letter tickers from "ZAAAA" on cannot collide with the market's
    // symbols; a closed position keeps its last cost, as the ledger's do.
    QString symbol(QStringLiteral("Z"));
    for (int digit = 3, rest = index; digit >= 0; --digit, rest /= 26)
        symbol.insert(1, QChar(u'A' + rest % 26));
    DemoPosition p;
    p.id = id;
    p.symbol = symbol;
    p.avgCost = DemoMarket::cents(m_random.between(5.0, 400.0));
    p.currentPrice = p.avgCost;
    // Held for a few days, closed before the demo's first session.
    const Timestamp closed =
        atTime(QDate(2024, 12, 31), 20, 0).addMicroseconds(-m_random.integer(0, 700 * kDay));
    p.openedAt = closed.addMicroseconds(-m_random.integer(1 * kMinute, 10 * kDay));
    p.lastUpdated = closed;
    p.closedAt = closed;
    p.isOpen = false;
    p.strategyName = m_market.pickStrategy();
    p.notes = QStringLiteral("closed before this history");
    return p;
}

void DemoSimulation::queueManualTrade(Timestamp at)
{
    const int symbol = m_market.pickSymbol();
    const Decimal net = m_intendedNet[symbol];
    const double price = m_market.priceAt(symbol, at);
    DemoTrade trade;
    trade.brokerFillId = m_random.uuid();
    trade.symbol = m_market.symbol(symbol);
    trade.executedAt = at;
    trade.price = DemoMarket::cents(price * (1.0 + 0.0005 * m_random.normal()));
    trade.notes = QStringLiteral("manual trade entered by the operator");
    if (net.isZero()) {
        trade.buy = true;
        trade.quantity = Decimal::fromInteger(std::max<qint64>(1, std::llround(2000.0 / price)));
    } else {
        // By hand, operators mostly cut a position the robot holds.
        trade.buy = net.sign() < 0;
        const Decimal part =
            (net.abs() * Decimal::fromRaw(m_random.integer(25, 100) * 1'000'000)).rounded(0);
        trade.quantity = part.sign() > 0 ? part : net.abs();
    }
    m_intendedNet[symbol] += trade.buy ? trade.quantity : -trade.quantity;
    queue(std::move(trade));
}

void DemoSimulation::queue(DemoTrade trade)
{
    trade.commission = DemoOrderFactory::commission(trade.quantity, trade.price);
    trade.totalValue = (trade.quantity * trade.price).rounded(2);
    trade.createdAt = trade.executedAt.addMicroseconds(m_random.integer(1 * kMs, 25 * kMs));
    m_pending.push(Pending{std::move(trade), ++m_sequence});
}

bool DemoSimulation::emitFillsBefore(std::optional<Timestamp> limit)
{
    while (!m_pending.empty() && (!limit || m_pending.top().trade.executedAt < *limit)) {
        DemoTrade trade = m_pending.top().trade;
        m_pending.pop();
        trade.id = m_nextTradeId++;
        m_ledger->record(trade);
        if (!m_sink.addTrade(trade))
            return false;
    }
    return true;
}
