#include "SessionComparison.h"

#include <QCoreApplication>

namespace {

Decimal unit(int scale)
{
    return Decimal::fromString(scale == 0 ? QStringLiteral("1")
                                          : QStringLiteral("0.") + QString(scale - 1, u'0') + u'1')
        .value();
}

std::optional<Decimal> fromCount(const std::optional<qint64> &value)
{
    if (!value)
        return std::nullopt;
    return Decimal::fromInteger(*value);
}

FigureComparison figure(const QString &name, const std::optional<Decimal> &stored,
                        const std::optional<Decimal> &recomputed, int scale, bool isError,
                        const QString &definition)
{
    FigureComparison f;
    f.name = name;
    f.stored = stored;
    f.recomputed = recomputed ? std::optional<Decimal>(recomputed->rounded(scale)) : std::nullopt;
    // Counts are exact; a NUMERIC(p, s) column may be off by one unit of its
    // scale through rounding.
    f.tolerance = scale == 0 ? Decimal() : unit(scale);
    f.isError = isError;
    f.definition = definition;
    // Beyond rounding: more than one unit of the column's scale apart.
    f.differs = stored && f.recomputed && (*stored - *f.recomputed).abs() > f.tolerance;
    return f;
}

} // namespace

namespace SessionComparison {

QList<FigureComparison> compare(const StoredSession &stored, const FillFigures &fills,
                                const std::optional<Decimal> &maxDrawdownPercent)
{
    QList<FigureComparison> result;
    // total_trades: the number of fills with started_at <= executed_at <= ended_at.
    result << figure(QStringLiteral("total_trades"), fromCount(stored.totalTrades),
                     Decimal::fromInteger(fills.fills), 0, true,
                     QCoreApplication::translate(
                         "SessionComparison", "fills executed in the session window (inclusive)"));
    // winning_trades / losing_trades: closing fills in the window whose gross
    // FIFO realized P&L is > 0 / < 0.
    result << figure(QStringLiteral("winning_trades"), fromCount(stored.winningTrades),
                     Decimal::fromInteger(fills.winningFills), 0, true,
                     QCoreApplication::translate("SessionComparison",
                                                 "closing fills with gross realized P&L > 0"));
    result << figure(QStringLiteral("losing_trades"), fromCount(stored.losingTrades),
                     Decimal::fromInteger(fills.losingFills), 0, true,
                     QCoreApplication::translate("SessionComparison",
                                                 "closing fills with gross realized P&L < 0"));
    // total_pnl: gross FIFO realized P&L of the closing fills in the window,
    // lots taken from the symbol's whole history.
    result << figure(
        QStringLiteral("total_pnl"), stored.totalPnl, fills.grossRealizedPnl, 2, true,
        QCoreApplication::translate("SessionComparison",
                                    "gross FIFO realized P&L of the closing fills in the window"));
    // total_commission: the commission of the fills in the window.
    result << figure(
        QStringLiteral("total_commission"), stored.totalCommission, fills.commission, 2, true,
        QCoreApplication::translate("SessionComparison", "commission of the fills in the window"));
    // win_rate: 100 x winning / (winning + losing); 0 when both are 0, as the
    // robot's default is.
    result << figure(
        QStringLiteral("win_rate"), stored.winRate, fills.winRate().value_or(Decimal()), 2, true,
        QCoreApplication::translate("SessionComparison",
                                    "100 x winning / (winning + losing), 0 without either"));
    // ending_balance: starting_balance + net realized P&L of the window. Info
    // only: the robot may mark open positions to market.
    std::optional<Decimal> ending;
    if (stored.startingBalance)
        ending = *stored.startingBalance + fills.netRealizedPnl();
    result << figure(
        QStringLiteral("ending_balance"), stored.endingBalance, ending, 2, false,
        QCoreApplication::translate("SessionComparison",
                                    "starting_balance + net realized P&L (info: the robot's "
                                    "definition may include unrealized P&L)"));
    // max_drawdown: our realized-equity drawdown as % of starting_balance. Info only.
    result << figure(
        QStringLiteral("max_drawdown"), stored.maxDrawdown, maxDrawdownPercent, 4, false,
        QCoreApplication::translate("SessionComparison",
                                    "largest fall of realized net equity from its peak, % of "
                                    "starting_balance (info: the robot's definition may differ)"));
    return result;
}

bool hasErrorDifference(const QList<FigureComparison> &figures)
{
    for (const FigureComparison &f : figures) {
        if (f.isError && f.differs)
            return true;
    }
    return false;
}

} // namespace SessionComparison
