#include "DemoLedger.h"

namespace {

const Decimal kHundred = Decimal::fromInteger(100);

Decimal percentOf(Decimal part, Decimal whole)
{
    return whole.isZero() ? Decimal() : part * kHundred / whole;
}

} // namespace

DemoLedger::DemoLedger(QList<DemoSession> sessions)
    : m_sessions(std::move(sessions))
    , m_tallies(m_sessions.size())
{
}

void DemoLedger::beginSession(int index)
{
    m_current = index;
    DemoSession &session = m_sessions[index];
    // Paper accounts start at $250k, live ones at $100k; after that each
    // session starts where the previous one of its mode ended.
    session.startingBalance = session.tradingMode == u"paper" ? Decimal::fromInteger(250'000)
                                                              : Decimal::fromInteger(100'000);
    for (int i = index - 1; i >= 0; --i) {
        if (m_sessions[i].tradingMode == session.tradingMode) {
            session.startingBalance = *sessions()[i].endingBalance;
            break;
        }
    }
}

bool DemoLedger::inWindow(int index, Timestamp at) const
{
    if (index < 0)
        return false;
    const DemoSession &session = m_sessions[index];
    return session.startedAt <= at && (!session.endedAt || at <= *session.endedAt);
}

void DemoLedger::record(const DemoTrade &trade)
{
    SymbolState &state = m_symbols[trade.symbol];
    const Decimal before = m_fifo.openQuantity(trade.symbol);
    const Decimal costBefore = m_fifo.openCost(trade.symbol);
    const MatchedFill match =
        m_fifo.add(trade.symbol, trade.buy, trade.quantity, trade.price, trade.executedAt);
    const Decimal after = m_fifo.openQuantity(trade.symbol);
    if (!after.isZero() && (before.isZero() || before.sign() != after.sign())) {
        state.openedAt = trade.executedAt;
        state.strategy = trade.strategyName;
    }
    if (!before.isZero())
        state.lastAvgCost = (costBefore / before.abs()).rounded(4);
    state.lastFillAt = trade.executedAt;

    if (!inWindow(m_current, trade.executedAt))
        return;
    SessionTally &tally = m_tallies[m_current];
    ++tally.trades;
    tally.commission += trade.commission;
    if (match.closes()) {
        tally.pnl += match.realizedPnl;
        if (match.realizedPnl.sign() > 0)
            ++tally.wins;
        else if (match.realizedPnl.sign() < 0)
            ++tally.losses;
    }
    tally.equity = tally.equity + match.realizedPnl - trade.commission;
    if (tally.equity > tally.peak)
        tally.peak = tally.equity;
    tally.maxDrawdown = std::max(tally.maxDrawdown, tally.peak - tally.equity);
}

QList<DemoPosition> DemoLedger::positions(const DemoMarket &market) const
{
    QList<DemoPosition> result;
    for (int i = 0; i < market.symbolCount(); ++i) {
        const QString &symbol = market.symbol(i);
        const auto state = m_symbols.constFind(symbol);
        if (state == m_symbols.constEnd())
            continue; // never traded: the robot has no row for it
        DemoPosition p;
        p.id = result.size() + 1;
        p.symbol = symbol;
        p.currentPrice = DemoMarket::cents(market.lastPrice(i));
        p.openedAt = state->openedAt;
        p.lastUpdated = state->lastFillAt;
        p.strategyName = state->strategy;
        p.quantity = m_fifo.openQuantity(symbol);
        p.isOpen = !p.quantity.isZero();
        if (p.isOpen) {
            p.avgCost = (m_fifo.openCost(symbol) / p.quantity.abs()).rounded(4);
            p.costBasis = (p.quantity * p.avgCost).rounded(2);
            p.marketValue = (p.quantity * p.currentPrice).rounded(2);
            p.unrealizedPnl = p.marketValue - p.costBasis;
            p.unrealizedPnlPct = percentOf(p.unrealizedPnl, p.costBasis.abs()).rounded(4);
        } else {
            // A closed position keeps the cost it was closed at, as the robot leaves it.
            p.avgCost = state->lastAvgCost;
            p.closedAt = state->lastFillAt;
            p.notes = QStringLiteral("closed");
        }
        result << p;
    }
    return result;
}

QList<DemoSession> DemoLedger::sessions() const
{
    QList<DemoSession> result = m_sessions;
    for (int i = 0; i < result.size(); ++i) {
        DemoSession &s = result[i];
        const SessionTally &t = m_tallies[i];
        s.totalTrades = t.trades;
        s.winningTrades = t.wins;
        s.losingTrades = t.losses;
        s.totalPnl = t.pnl.rounded(2);
        s.totalCommission = t.commission.rounded(2);
        s.winRate = percentOf(Decimal::fromInteger(t.wins), Decimal::fromInteger(t.wins + t.losses))
                        .rounded(2);
        s.maxDrawdown = percentOf(t.maxDrawdown, s.startingBalance).rounded(4);
        if (s.isActive)
            s.endingBalance.reset();
        else
            s.endingBalance = s.startingBalance + s.totalPnl - s.totalCommission;
    }
    return result;
}
