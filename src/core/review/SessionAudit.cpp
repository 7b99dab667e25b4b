#include "SessionAudit.h"

#include "FifoMatcher.h"
#include "FillFigures.h"
#include "SessionComparison.h"
#include "StoredSession.h"
#include "TradeStream.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"

#include <algorithm>

#include <QCoreApplication>

namespace {

struct SessionTally
{
    StoredSession session;
    FillFigures fills;
    Decimal equity, peak, maxDrawdown; // realized net equity, as StatisticsAccumulator
};

QString describe(const QList<FigureComparison> &figures, bool errors)
{
    QStringList parts;
    for (const FigureComparison &f : figures) {
        if (f.differs && f.isError == errors)
            parts << QCoreApplication::translate("SessionAudit", "%1 stored %2, recomputed %3")
                         .arg(f.name, f.stored->toString(), f.recomputed->toString());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

namespace SessionAudit {

Outcome run(DatabaseConnection &connection, const JobControl &control, AuditCollector *findings,
            QHash<QString, Decimal> *netBySymbol, QString *error)
{
    QList<StoredSession> stored;
    if (!StoredSession::loadAll(connection.database(), SqlDialect(connection.driver()), &stored,
                                error))
        return Outcome::Failed;
    QList<SessionTally> tallies;
    for (const StoredSession &s : std::as_const(stored))
        tallies.append(SessionTally{s, {}, {}, {}, {}});

    // Sessions are sorted by start and fills by time: a session joins the
    // active list when the fills reach its start and leaves it after its end.
    qsizetype nextSession = 0;
    QList<qsizetype> active;
    FifoMatcher matcher;
    AuditFinding outside{QStringLiteral("trades_outside_sessions"),
                         AuditFinding::Severity::Info,
                         QStringLiteral("trades"),
                         {},
                         {}};
    qint64 outsideCount = 0;
    AuditFinding unreadable{QStringLiteral("trade_unreadable"),
                            AuditFinding::Severity::Error,
                            QStringLiteral("trades"),
                            {},
                            {}};

    const auto outcome = TradeStream::run(
        connection, {}, control,
        [&](const Fill &fill) {
            const MatchedFill m =
                matcher.add(fill.symbol, fill.isBuy, fill.quantity, fill.price, fill.executedAt);
            while (nextSession < tallies.size() &&
                   tallies[nextSession].session.startedAt <= fill.executedAt)
                active << nextSession++;
            active.removeIf([&](qsizetype i) {
                const auto &end = tallies[i].session.endedAt;
                return end && *end < fill.executedAt;
            });
            if (active.isEmpty()) {
                if (outside.ids.size() < AuditCollector::kMaxIds)
                    outside.ids << fill.id;
                ++outsideCount;
            }
            for (qsizetype i : std::as_const(active)) {
                SessionTally &t = tallies[i];
                t.fills.add(fill, m);
                t.equity += m.realizedPnl - fill.commission;
                t.peak = std::max(t.peak, t.equity);
                t.maxDrawdown = std::max(t.maxDrawdown, t.peak - t.equity);
            }
        },
        [&](qint64 id) {
            if (unreadable.ids.size() < AuditCollector::kMaxIds)
                unreadable.ids << id;
        },
        error);
    if (outcome == TradeStream::Outcome::Cancelled)
        return Outcome::Cancelled;
    if (outcome == TradeStream::Outcome::Failed)
        return Outcome::Failed;

    if (!unreadable.ids.isEmpty()) {
        unreadable.message =
            QCoreApplication::translate("SessionAudit",
                                        "%n trade(s) have a side that is neither buy nor sell "
                                        "or an unreadable quantity, price or executed_at; "
                                        "statistics skip them",
                                        nullptr, int(unreadable.ids.size()));
        findings->add(unreadable);
    }
    if (outsideCount > 0) {
        outside.message =
            outsideCount > outside.ids.size()
                ? QCoreApplication::translate("SessionAudit",
                                              "%n trade(s) fall outside every trading session's "
                                              "window; the first %1 are listed",
                                              nullptr, int(outsideCount))
                      .arg(outside.ids.size())
                : QCoreApplication::translate(
                      "SessionAudit", "%n trade(s) fall outside every trading session's window",
                      nullptr, int(outsideCount));
        findings->add(outside);
    }
    for (const SessionTally &t : std::as_const(tallies)) {
        std::optional<Decimal> percent;
        if (t.session.startingBalance && t.session.startingBalance->sign() > 0)
            percent = t.maxDrawdown * Decimal::fromInteger(100) / *t.session.startingBalance;
        const auto figures = SessionComparison::compare(t.session, t.fills, percent);
        const QString errors = describe(figures, true);
        if (!errors.isEmpty())
            findings->add({QStringLiteral("session_statistics_mismatch"),
                           AuditFinding::Severity::Error,
                           QStringLiteral("trading_sessions"),
                           {t.session.id},
                           QStringLiteral("session %1: %2").arg(t.session.id).arg(errors)});
        const QString infos = describe(figures, false);
        if (!infos.isEmpty())
            findings->add({QStringLiteral("session_figures_differ"),
                           AuditFinding::Severity::Info,
                           QStringLiteral("trading_sessions"),
                           {t.session.id},
                           QCoreApplication::translate(
                               "SessionAudit", "session %1 (the robot's own definitions): %2")
                               .arg(t.session.id)
                               .arg(infos)});
        if (t.session.endedAt && *t.session.endedAt < t.session.startedAt)
            findings->add({QStringLiteral("timestamps_out_of_order"),
                           AuditFinding::Severity::Error,
                           QStringLiteral("trading_sessions"),
                           {t.session.id},
                           QCoreApplication::translate("SessionAudit",
                                                       "session %1: ended_at before started_at")
                               .arg(t.session.id)});
    }
    for (const QString &symbol : matcher.symbols())
        netBySymbol->insert(symbol, matcher.openQuantity(symbol));
    return Outcome::Finished;
}

} // namespace SessionAudit
