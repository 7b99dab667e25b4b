#include "StatsCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "StatisticsJson.h"
#include "db/DatabaseConnection.h"
#include "query/FilterExpressionParser.h"
#include "review/StatisticsJob.h"

#include <QCoreApplication>

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
        out << QCoreApplication::translate("StatsCommand", "Session %1 \"%2\"")
                   .arg(s.session->id)
                   .arg(s.session->name)
            << '\n';
    out << QCoreApplication::translate("StatsCommand", "Window: %1 .. %2 (inclusive)")
               .arg(s.from ? s.from->toIsoString()
                           : QCoreApplication::translate("StatsCommand", "first fill"),
                    s.to ? s.to->toIsoString()
                         : QCoreApplication::translate("StatsCommand", "no upper bound"))
        << '\n';
    if (!s.symbol.isEmpty())
        out << QCoreApplication::translate("StatsCommand", "Symbol: %1").arg(s.symbol) << '\n';
    if (!s.strategy.isEmpty())
        out << QCoreApplication::translate("StatsCommand", "Strategy: %1").arg(s.strategy) << '\n';
    out << '\n'
        << QCoreApplication::translate("StatsCommand", "Fills (the robot's \"trades\"):") << '\n';
    line(out, QCoreApplication::translate("StatsCommand", "fills"), QString::number(s.fills.fills));
    line(out, QCoreApplication::translate("StatsCommand", "commission"), money(s.fills.commission));
    line(out, QCoreApplication::translate("StatsCommand", "gross realized P&L"),
         money(s.fills.grossRealizedPnl));
    line(out, QCoreApplication::translate("StatsCommand", "net realized P&L"),
         money(s.fills.netRealizedPnl()));
    line(out, QCoreApplication::translate("StatsCommand", "winning / losing closing fills"),
         QStringLiteral("%1 / %2").arg(s.fills.winningFills).arg(s.fills.losingFills));
    line(out, QCoreApplication::translate("StatsCommand", "fill win rate"),
         percent(s.fills.winRate()));
    line(out, QCoreApplication::translate("StatsCommand", "turnover"), money(s.fills.turnover));
    line(out, QCoreApplication::translate("StatsCommand", "max drawdown (realized)"),
         money(s.maxDrawdown) +
             (s.maxDrawdownPercent
                  ? QCoreApplication::translate("StatsCommand", " (%1 of starting balance)")
                        .arg(percent(s.maxDrawdownPercent))
                  : QString()));
    const RoundTripFigures &r = s.roundTrips;
    out << '\n'
        << QCoreApplication::translate("StatsCommand", "Round trips (FIFO, flat to flat or flip):")
        << '\n';
    line(out, QCoreApplication::translate("StatsCommand", "round trips closed"),
         QString::number(r.count));
    line(out, QCoreApplication::translate("StatsCommand", "still open at the end"),
         QString::number(s.openRoundTrips));
    line(out, QCoreApplication::translate("StatsCommand", "winners / losers / scratch"),
         QStringLiteral("%1 / %2 / %3").arg(r.winners).arg(r.losers).arg(r.scratch));
    line(out, QCoreApplication::translate("StatsCommand", "win rate"), percent(r.winRate()));
    line(out, QCoreApplication::translate("StatsCommand", "net P&L"), money(r.netPnl()));
    line(out, QCoreApplication::translate("StatsCommand", "average win / loss"),
         money(r.averageWin()) + QStringLiteral(" / ") + money(r.averageLoss()));
    line(
        out, QCoreApplication::translate("StatsCommand", "largest win / loss"),
        (r.winners ? money(r.largestWin) : QCoreApplication::translate("StatsCommand", "n/a")) +
            QStringLiteral(" / ") +
            (r.losers ? money(r.largestLoss) : QCoreApplication::translate("StatsCommand", "n/a")));
    line(out, QCoreApplication::translate("StatsCommand", "profit factor"),
         r.profitFactorIsInfinite()
             ? QCoreApplication::translate("StatsCommand", "infinite (no losers)")
             : (r.profitFactor() ? r.profitFactor()->toString(2)
                                 : QCoreApplication::translate("StatsCommand", "n/a")));
    line(out, QCoreApplication::translate("StatsCommand", "expectancy per round trip"),
         money(r.expectancy()));
    line(out, QCoreApplication::translate("StatsCommand", "avg holding winners / losers"),
         duration(r.averageHoldingSecondsWinners()) + QStringLiteral(" / ") +
             duration(r.averageHoldingSecondsLosers()));
    line(out, QCoreApplication::translate("StatsCommand", "max consecutive wins / losses"),
         QStringLiteral("%1 / %2").arg(r.maxConsecutiveWins).arg(r.maxConsecutiveLosses));
    line(out, QStringLiteral("MAE / MFE"), SessionStatistics::maeMfeAvailability());

    if (!s.comparison.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate(
                   "StatsCommand", "Stored versus recomputed (difference beyond one unit of the "
                                   "column's scale marked):")
            << '\n';
        for (const FigureComparison &f : s.comparison) {
            out << "  " << (f.differs ? (f.isError ? "!! " : " ~ ") : "   ")
                << f.name.leftJustified(18)
                << (f.stored ? f.stored->toString() : QStringLiteral("NULL")).rightJustified(16)
                << (f.recomputed ? f.recomputed->toString()
                                 : QCoreApplication::translate("StatsCommand", "n/a"))
                       .rightJustified(16)
                << "   " << f.definition << '\n';
        }
    }
    if (!s.bySymbol.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate(
                   "StatsCommand",
                   "By symbol:                    fills   net realized   round trips")
            << '\n';
        for (auto it = s.bySymbol.cbegin(); it != s.bySymbol.cend(); ++it)
            out << "  " << it.key().leftJustified(24)
                << QString::number(it->fills.fills).rightJustified(10)
                << money(it->fills.netRealizedPnl()).rightJustified(15)
                << QString::number(it->roundTrips.count).rightJustified(14) << '\n';
        out << '\n'
            << QCoreApplication::translate(
                   "StatsCommand",
                   "By strategy:                  fills   net realized   round trips")
            << '\n';
        for (auto it = s.byStrategy.cbegin(); it != s.byStrategy.cend(); ++it)
            out << "  "
                << (it.key().isEmpty() ? QCoreApplication::translate("StatsCommand", "(none)")
                                       : it.key())
                       .leftJustified(24)
                << QString::number(it->fills.fills).rightJustified(10)
                << money(it->fills.netRealizedPnl()).rightJustified(15)
                << QString::number(it->roundTrips.count).rightJustified(14) << '\n';
    }
    if (s.skippedRows > 0)
        out << '\n'
            << QCoreApplication::translate(
                   "StatsCommand",
                   "Skipped %n fill(s) with an unknown side or unreadable numbers (see `check`).",
                   nullptr, int(s.skippedRows))
            << '\n';
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
    cli.addOption({QCoreApplication::translate("StatsCommand", "session"),
                   QCoreApplication::translate("StatsCommand", "Trading session id."),
                   QCoreApplication::translate("StatsCommand", "id")});
    cli.addOption({QStringLiteral("from"),
                   QCoreApplication::translate("StatsCommand",
                                               "Start of the range, UTC, inclusive (2025-12-20 or "
                                               "2025-12-20T14:00:00)."),
                   QStringLiteral("iso")});
    cli.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate(
             "StatsCommand", "End of the range, UTC, inclusive (a bare date: the whole day)."),
         QStringLiteral("iso")});
    cli.addOption({QCoreApplication::translate("StatsCommand", "symbol"),
                   QCoreApplication::translate("StatsCommand", "Only this symbol."),
                   QCoreApplication::translate("StatsCommand", "symbol")});
    cli.addOption({QStringLiteral("strategy"),
                   QCoreApplication::translate(
                       "StatsCommand", "Only this strategy's fills, matched as its own book."),
                   QStringLiteral("name")});
    if (auto stop = cli.parse(arguments))
        return *stop;

    StatisticsRequest request;
    if (cli.isSet(QStringLiteral("session"))) {
        if (cli.isSet(QStringLiteral("from")) || cli.isSet(QStringLiteral("to")))
            return cli.usageError(QCoreApplication::translate(
                "StatsCommand", "--session and --from/--to exclude each other"));
        bool ok = false;
        request.sessionId = cli.value(QStringLiteral("session")).toLongLong(&ok);
        if (!ok)
            return cli.usageError(
                QCoreApplication::translate("StatsCommand", "--session needs a numeric id"));
    }
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!cli.isSet(name))
            continue;
        const auto t = parseBound(cli.value(name), name == u"to");
        if (!t)
            return cli.usageError(
                QCoreApplication::translate("StatsCommand", "--%1: not a date or time: \"%2\"")
                    .arg(name, cli.value(name)));
        (name == u"from" ? request.from : request.to) = t;
    }
    if (request.from && request.to && *request.to < *request.from)
        return cli.usageError(QCoreApplication::translate("StatsCommand", "--to is before --from"));
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
