#pragma once

#include "DemoLedger.h"
#include "DemoMarket.h"
#include "DemoOptions.h"
#include "DemoOrderFactory.h"
#include "DemoRandom.h"
#include "DemoSink.h"

#include <functional>
#include <queue>
#include <vector>

// The demo robot's history, generated in time order and streamed into a sink,
// so a million trades need no more memory than a few pending fills.
//
// Shape: max(4, min(250, orders / 2500)) trading days (weekdays from
// 2025-01-06, 14:30-21:00 UTC); the first quarter paper, then mostly live with
// some paper days; the last one live and active (no end). Orders: ~20 symbols,
// 6 strategies, every type and status (pending/submitted only in the active
// session). Filled orders have 1..4 fills, partially filled ones 1..3; about 2%
// extra trades are manual (no order), some of them between sessions, outside
// every window. At the end a third of the symbols are flattened, so positions
// are both open and closed. Measured: 1.365 trades per order at 5,000 orders,
// 1.393 at 735,000 (1,023,975 trades), so --orders 735000 gives a million trades.
class DemoSimulation
{
public:
    DemoSimulation(const DemoOptions &options, DemoSink &sink);

    // `tick(done, total)` is called every few hundred orders; returning false
    // stops the run. False when stopped or when the sink failed.
    bool run(const std::function<bool(qint64 done, qint64 total)> &tick);

    qint64 orderCount() const { return m_nextOrderId - 1; }
    qint64 tradeCount() const { return m_nextTradeId - 1; }

private:
    struct Pending
    {
        DemoTrade trade;
        qint64 sequence = 0;
        bool operator>(const Pending &other) const
        {
            return trade.executedAt != other.trade.executedAt
                       ? trade.executedAt > other.trade.executedAt
                       : sequence > other.sequence;
        }
    };

    QList<DemoSession> planSessions();
    QList<int> ordersPerSession(int sessions, int orders);
    bool runSession(int index, const DemoSession &session, int orders,
                    const std::function<bool(qint64, qint64)> &tick);
    bool placeOrder(const PlannedOrder &planned, int symbol);
    void queueManualTrade(Timestamp at);
    DemoPosition retiredPosition(qint64 id, int index);
    void queue(DemoTrade trade);
    bool emitFillsBefore(std::optional<Timestamp> limit);

    DemoOptions m_options;
    DemoSink &m_sink;
    DemoRandom m_random;
    DemoMarket m_market;
    DemoOrderFactory m_factory;
    std::optional<DemoLedger> m_ledger;
    QList<Decimal> m_intendedNet; // per symbol, once every planned fill is in
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
    qint64 m_nextOrderId = 1;
    qint64 m_nextTradeId = 1;
    qint64 m_sequence = 0;
    Timestamp m_lastEvent;
};
