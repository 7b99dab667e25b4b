#include "StatsCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "StatisticsJson.h"
#include "db/DatabaseConnection.h"
#include "query/FilterExpressionParser.h"
#include "review/StatisticsJob.h"

namespace {

QString money(const Decimal &d)
{
    return d.toGroupedString(2);
}

QString money(const std::optional<Decimal> &d)
{
    return d ? money(*d) : QStringLiteral("n/a");
}

QString percent(const std::optional<Decimal> &d)
{
    return d ? d->toString(2) + u'%' : QStringLiteral("n/a");
}

QString duration(const std::optional<double> &seconds)
{
    if (!seconds)
        return QStringLiteral("n/a");
    const qint64 s = qint64(*seconds + 0.5);
    return QStringLiteral("%1h %2m %3s").arg(s / 3600).arg(s / 60 % 60).arg(s % 60);
}

void line(QTextStream &out, const QString &label, const QString &value)
{
    out << "  " << label.leftJustified(34) << value << '\n';
}

void printText(QTextStream &out, const SessionStatistics &s)
{
    if (s.session)
        out << "Session " << s.session->id << " \"" << s.session->name << "\"\n";
    out << "Window: " << (s.from ? s.from->toIsoString() : QStringLiteral("first fill")) << " .. "
        << (s.to ? s.to->toIsoString() : QStringLiteral("no upper bound")) << " (inclusive)\n";
    if (!s.symbol.isEmpty())
        out << "Symbol: " << s.symbol << '\n';
    if (!s.strategy.isEmpty())
        out << "Strategy: " << s.strategy << '\n';
    out << "\nFills (the robot's \"trades\"):\n";
    line(out, QStringLiteral("fills"), QString::number(s.fills.fills));
    line(out, QStringLiteral("commission"), money(s.fills.commission));
    line(out, QStringLiteral("gross realized P&L"), money(s.fills.grossRealizedPnl));
    line(out, QStringLiteral("net realized P&L"), money(s.fills.netRealizedPnl()));
    line(out, QStringLiteral("winning / losing closing fills"),
         QStringLiteral("%1 / %2").arg(s.fills.winningFills).arg(s.fills.losingFills));
    line(out, QStringLiteral("fill win rate"), percent(s.fills.winRate()));
    line(out, QStringLiteral("turnover"), money(s.fills.turnover));
    line(out, QStringLiteral("max drawdown (realized)"),
         money(s.maxDrawdown) +
             (s.maxDrawdownPercent
                  ? QStringLiteral(" (%1 of starting balance)").arg(percent(s.maxDrawdownPercent))
                  : QString()));
    const RoundTripFigures &r = s.roundTrips;
    out << "\nRound trips (FIFO, flat to flat or flip):\n";
    line(out, QStringLiteral("round trips closed"), QString::number(r.count));
    line(out, QStringLiteral("still open at the end"), QString::number(s.openRoundTrips));
    line(out, QStringLiteral("winners / losers / scratch"),
         QStringLiteral("%1 / %2 / %3").arg(r.winners).arg(r.losers).arg(r.scratch));
    line(out, QStringLiteral("win rate"), percent(r.winRate()));
    line(out, QStringLiteral("net P&L"), money(r.netPnl()));
    line(out, QStringLiteral("average win / loss"),
         money(r.averageWin()) + QStringLiteral(" / ") + money(r.averageLoss()));
    line(out, QStringLiteral("largest win / loss"),
         (r.winners ? money(r.largestWin) : QStringLiteral("n/a")) + QStringLiteral(" / ") +
             (r.losers ? money(r.largestLoss) : QStringLiteral("n/a")));
    line(out, QStringLiteral("profit factor"),
         r.profitFactorIsInfinite()
             ? QStringLiteral("infinite (no losers)")
             : (r.profitFactor() ? r.profitFactor()->toString(2) : QStringLiteral("n/a")));
    line(out, QStringLiteral("expectancy per round trip"), money(r.expectancy()));
    line(out, QStringLiteral("avg holding winners / losers"),
         duration(r.averageHoldingSecondsWinners()) + QStringLiteral(" / ") +
             duration(r.averageHoldingSecondsLosers()));
    line(out, QStringLiteral("max consecutive wins / losses"),
         QStringLiteral("%1 / %2").arg(r.maxConsecutiveWins).arg(r.maxConsecutiveLosses));
    line(out, QStringLiteral("MAE / MFE"), SessionStatistics::maeMfeAvailability());

    if (!s.comparison.isEmpty()) {
        out << "\nStored versus recomputed (difference beyond one unit of the column's scale "
               "marked):\n";
        for (const FigureComparison &f : s.comparison) {
            out << "  " << (f.differs ? (f.isError ? "!! " : " ~ ") : "   ")
                << f.name.leftJustified(18)
                << (f.stored ? f.stored->toString() : QStringLiteral("NULL")).rightJustified(16)
                << (f.recomputed ? f.recomputed->toString() : QStringLiteral("n/a"))
                       .rightJustified(16)
                << "   " << f.definition << '\n';
        }
    }
    if (!s.bySymbol.isEmpty()) {
        out << "\nBy symbol:                    fills   net realized   round trips\n";
        for (auto it = s.bySymbol.cbegin(); it != s.bySymbol.cend(); ++it)
            out << "  " << it.key().leftJustified(24)
                << QString::number(it->fills.fills).rightJustified(10)
                << money(it->fills.netRealizedPnl()).rightJustified(15)
                << QString::number(it->roundTrips.count).rightJustified(14) << '\n';
        out << "\nBy strategy:                  fills   net realized   round trips\n";
        for (auto it = s.byStrategy.cbegin(); it != s.byStrategy.cend(); ++it)
            out << "  "
                << (it.key().isEmpty() ? QStringLiteral("(none)") : it.key()).leftJustified(24)
                << QString::number(it->fills.fills).rightJustified(10)
                << money(it->fills.netRealizedPnl()).rightJustified(15)
                << QString::number(it->roundTrips.count).rightJustified(14) << '\n';
    }
    if (s.skippedRows > 0)
        out << "\nSkipped " << s.skippedRows
            << " fill(s) with an unknown side or unreadable numbers (see `check`).\n";
}

// --to with a bare date means the end of that day, so "--from D --to D" is one day.
std::optional<Timestamp> parseBound(const QString &text, bool upper)
{
    auto t = Timestamp::fromText(text);
    if (t && upper && text.trimmed().size() == 10)
        t = t->addMicroseconds(24LL * 3600 * 1000000 - 1);
    return t;
}

} // namespace

int StatsCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addJsonOption();
    cli.addOption(
        {QStringLiteral("session"), QStringLiteral("Trading session id."), QStringLiteral("id")});
    cli.addOption({QStringLiteral("from"),
                   QStringLiteral("Start of the range, UTC, inclusive (2025-12-20 or "
                                  "2025-12-20T14:00:00)."),
                   QStringLiteral("iso")});
    cli.addOption({QStringLiteral("to"),
                   QStringLiteral("End of the range, UTC, inclusive (a bare date: the whole day)."),
                   QStringLiteral("iso")});
    cli.addOption(
        {QStringLiteral("symbol"), QStringLiteral("Only this symbol."), QStringLiteral("symbol")});
    cli.addOption({QStringLiteral("strategy"),
                   QStringLiteral("Only this strategy's fills, matched as its own book."),
                   QStringLiteral("name")});
    if (auto stop = cli.parse(arguments))
        return *stop;

    StatisticsRequest request;
    if (cli.isSet(QStringLiteral("session"))) {
        if (cli.isSet(QStringLiteral("from")) || cli.isSet(QStringLiteral("to")))
            return cli.usageError(QStringLiteral("--session and --from/--to exclude each other"));
        bool ok = false;
        request.sessionId = cli.value(QStringLiteral("session")).toLongLong(&ok);
        if (!ok)
            return cli.usageError(QStringLiteral("--session needs a numeric id"));
    }
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!cli.isSet(name))
            continue;
        const auto t = parseBound(cli.value(name), name == u"to");
        if (!t)
            return cli.usageError(
                QStringLiteral("--%1: not a date or time: \"%2\"").arg(name, cli.value(name)));
        (name == u"from" ? request.from : request.to) = t;
    }
    if (request.from && request.to && *request.to < *request.from)
        return cli.usageError(QStringLiteral("--to is before --from"));
    request.symbol = cli.value(QStringLiteral("symbol"));
    request.strategy = cli.value(QStringLiteral("strategy"));
    // The rules export's filter values obey: a NUL would reach the server cut
    // short (QPSQL inlines bound values into EXECUTE) as an SQL syntax error.
    for (const QString &name : {QStringLiteral("symbol"), QStringLiteral("strategy")}) {
        QString error;
        if (!FilterExpressionParser::checkText(cli.value(name), &error))
            return cli.usageError(QStringLiteral("--%1: %2").arg(name, error));
    }

    int exitCode = ExitCode::Success;
    const auto connection = cli.open(AccessMode::ReadOnly, &exitCode);
    if (!connection)
        return exitCode;
    const StatisticsJob::Result result = StatisticsJob::run(*connection, request);
    if (!result.statistics)
        return cli.fail(result.error);
    if (cli.json())
        JsonOutput::print(context.out, StatisticsJson::toJson(*result.statistics));
    else
        printText(context.out, *result.statistics);
    context.out.flush();
    return ExitCode::Success;
}
