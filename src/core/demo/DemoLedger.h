#pragma once

#include "DemoMarket.h"
#include "DemoRows.h"
#include "review/FifoMatcher.h"

#include <QHash>
#include <QList>

// Books every fill the moment it is written, in (executed_at, id) order, and
// derives from them what the robot would have stored: positions (one per
// symbol) and each session's statistics. The definitions are those of the
// session review (src/core/review):
//   total_trades      fills with started_at <= executed_at <= ended_at
//                     (the active session has no upper bound)
//   total_commission  their commission, rounded to cents
//   total_pnl         gross FIFO realized P&L of the closing fills in the
//                     window; the lots come from the symbol's whole history
//   winning/losing    closing fills in the window with P&L > 0 / < 0
//   win_rate          100 * winning / (winning + losing); 0 without either
//   max_drawdown      largest fall from its running peak (0 at the start) of
//                     realized P&L - commission, fill by fill, in percent of
//                     starting_balance
//   ending_balance    starting_balance + total_pnl - total_commission; the next
//                     session of the same mode starts with it (NULL while active)
class DemoLedger
{
public:
    // `sessions` carry their windows, names and modes, in time order.
    explicit DemoLedger(QList<DemoSession> sessions);

    // Called before the first event of session `index`; earlier sessions are complete.
    void beginSession(int index);
    void record(const DemoTrade &trade);

    QList<DemoPosition> positions(const DemoMarket &market) const;
    QList<DemoSession> sessions() const;

private:
    struct SessionTally
    {
        Decimal pnl;
        Decimal commission;
        Decimal peak; // of realized equity, which starts at 0
        Decimal equity;
        Decimal maxDrawdown; // in money
        qint64 trades = 0;
        qint64 wins = 0;
        qint64 losses = 0;
    };
    struct SymbolState
    {
        Timestamp openedAt;
        Timestamp lastFillAt;
        QString strategy;
        Decimal lastAvgCost;
    };

    bool inWindow(int index, Timestamp at) const;

    FifoMatcher m_fifo;
    QList<DemoSession> m_sessions;
    QList<SessionTally> m_tallies;
    QHash<QString, SymbolState> m_symbols;
    int m_current = -1;
};
