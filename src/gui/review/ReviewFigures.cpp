#include "ReviewFigures.h"

#include "ReviewFormat.h"

#include "review/SessionStatistics.h"

namespace {

FigureRow row(const QString &key, const QString &label, const QString &value, const QString &basis,
              const QString &definition)
{
    FigureRow r;
    r.key = key;
    r.label = label;
    r.value = value;
    r.basis = basis;
    r.definition = definition;
    return r;
}

FigureRow pnlRow(const QString &key, const QString &label, const std::optional<Decimal> &value,
                 const QString &basis, const QString &definition)
{
    FigureRow r = row(key, label, ReviewFormat::pnl(value), basis, definition);
    r.pnl = value;
    return r;
}

} // namespace

QString ReviewFigures::fillsBasis()
{
    return tr("fills");
}

QString ReviewFigures::roundTripsBasis()
{
    return tr("round trips");
}

QList<FigureRow> ReviewFigures::headline(const SessionStatistics &s)
{
    const RoundTripFigures &rt = s.roundTrips;
    QList<FigureRow> rows;
    rows << row(QStringLiteral("fills"), tr("Fills"), ReviewFormat::count(s.fills.fills),
                fillsBasis(), tr("Executions (rows of trades) in the window: the robot's trades."));
    FigureRow trips = row(QStringLiteral("round_trips"), tr("Round trips"),
                          ReviewFormat::count(rt.count), roundTripsBasis(),
                          tr("Closed in the window: flat to flat (or flip) per symbol, FIFO."));
    if (s.openRoundTrips > 0)
        trips.note = tr("%n open at the end", nullptr, int(s.openRoundTrips));
    rows << trips;
    FigureRow winRate = row(QStringLiteral("win_rate"), tr("Win rate"),
                            ReviewFormat::percent(rt.winRate()), roundTripsBasis(),
                            tr("100 \u00d7 winners / (winners + losers); scratch trips excluded."));
    winRate.note = tr("%1 won, %2 lost, %3 scratch")
                       .arg(ReviewFormat::count(rt.winners), ReviewFormat::count(rt.losers),
                            ReviewFormat::count(rt.scratch));
    rows << winRate;
    FigureRow net = pnlRow(QStringLiteral("net_pnl"), tr("Net realized P&L"),
                           s.fills.netRealizedPnl(), fillsBasis(),
                           tr("Gross FIFO realized P&L of the closing fills minus the commission "
                              "of every fill in the window."));
    net.note = tr("gross %1, commission %2")
                   .arg(ReviewFormat::pnl(s.fills.grossRealizedPnl),
                        ReviewFormat::money(s.fills.commission));
    rows << net;
    QString factor = ReviewFormat::ratio(rt.profitFactor());
    if (rt.profitFactorIsInfinite())
        factor = tr("\u221e (no losers)");
    rows << row(QStringLiteral("profit_factor"), tr("Profit factor"), factor, roundTripsBasis(),
                tr("Sum of winners' net P&L / |sum of losers' net P&L|; infinite without losers, "
                   "undefined without winners or losers."));
    FigureRow drawdown = row(QStringLiteral("max_drawdown"), tr("Max drawdown"),
                             ReviewFormat::money(s.maxDrawdown), tr("realized equity"),
                             tr("Largest fall of the realized net equity curve (from 0 at the "
                                "window's start) below its running peak."));
    drawdown.note =
        s.maxDrawdownPercent
            ? tr("%1 of starting balance").arg(ReviewFormat::percent(s.maxDrawdownPercent))
            : tr("starting balance unknown");
    rows << drawdown;
    return rows;
}

QList<FigureRow> ReviewFigures::details(const SessionStatistics &s)
{
    const FillFigures &f = s.fills;
    const RoundTripFigures &rt = s.roundTrips;
    const QString fills = fillsBasis();
    const QString trips = roundTripsBasis();
    QList<FigureRow> rows;
    rows << pnlRow(QStringLiteral("gross_pnl"), tr("Gross realized P&L"), f.grossRealizedPnl, fills,
                   tr("FIFO realized P&L of the closing fills, before commission."));
    rows << row(QStringLiteral("commission"), tr("Commission"), ReviewFormat::money(f.commission),
                fills, tr("Commission of every fill in the window (NULL counts as 0)."));
    rows << row(QStringLiteral("closing_fills"), tr("Closing fills (won / lost)"),
                tr("%1 (%2 / %3)")
                    .arg(ReviewFormat::count(f.closingFills), ReviewFormat::count(f.winningFills),
                         ReviewFormat::count(f.losingFills)),
                fills, tr("Fills that closed (part of) an open lot; won / lost by gross P&L."));
    rows << row(QStringLiteral("fill_win_rate"), tr("Win rate"), ReviewFormat::percent(f.winRate()),
                fills, tr("100 \u00d7 winning / (winning + losing) closing fills."));
    rows << row(QStringLiteral("turnover"), tr("Turnover"), ReviewFormat::money(f.turnover), fills,
                tr("Sum of quantity \u00d7 price: the notional traded."));
    rows << pnlRow(QStringLiteral("trip_net_pnl"), tr("Net P&L"), rt.netPnl(), trips,
                   tr("Gross P&L minus commission of the round trips closed in the window, "
                      "with their whole P&L."));
    rows << pnlRow(QStringLiteral("average_win"), tr("Average win"), rt.averageWin(), trips,
                   tr("Winners' net P&L / winners."));
    rows << pnlRow(QStringLiteral("average_loss"), tr("Average loss"), rt.averageLoss(), trips,
                   tr("Losers' net P&L / losers."));
    rows << pnlRow(QStringLiteral("largest_win"), tr("Largest win"),
                   rt.winners > 0 ? std::optional(rt.largestWin) : std::nullopt, trips,
                   tr("The best winner's net P&L."));
    rows << pnlRow(QStringLiteral("largest_loss"), tr("Largest loss"),
                   rt.losers > 0 ? std::optional(rt.largestLoss) : std::nullopt, trips,
                   tr("The worst loser's net P&L."));
    rows << pnlRow(QStringLiteral("expectancy"), tr("Expectancy"), rt.expectancy(), trips,
                   tr("Net P&L per round trip, scratch included."));
    rows << row(QStringLiteral("holding_winners"), tr("Average holding, winners"),
                ReviewFormat::duration(rt.averageHoldingSecondsWinners()), trips,
                tr("From the opening fill to the fill that flattened or flipped it."));
    rows << row(QStringLiteral("holding_losers"), tr("Average holding, losers"),
                ReviewFormat::duration(rt.averageHoldingSecondsLosers()), trips,
                tr("From the opening fill to the fill that flattened or flipped it."));
    rows << row(QStringLiteral("streaks"), tr("Max consecutive wins / losses"),
                tr("%1 / %2").arg(rt.maxConsecutiveWins).arg(rt.maxConsecutiveLosses), trips,
                tr("In closing order; a scratch trip breaks both streaks."));
    if (!s.unattributedCommission.isZero())
        rows << row(QStringLiteral("unattributed_commission"), tr("Commission outside round trips"),
                    ReviewFormat::money(s.unattributedCommission), fills,
                    tr("Commission of zero-quantity fills while flat: counted in the fills' "
                       "commission, in no round trip."));
    rows << row(QStringLiteral("mae_mfe"), tr("MAE / MFE"), ReviewFormat::notAvailable(), QString(),
                tr("Needs price bars between the fills; the database holds none."));
    if (s.skippedRows > 0)
        rows << row(QStringLiteral("skipped"), tr("Unreadable fills skipped"),
                    ReviewFormat::count(s.skippedRows), fills,
                    tr("Fills with an unknown side or unreadable numbers; not counted anywhere."));
    return rows;
}
