#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class SqlDialect;

// A trading_sessions row: the robot's own figures for a session. NULL stays
// nullopt: a figure the robot never wrote is not compared.
struct StoredSession
{
    qint64 id = 0;
    QString name;
    Timestamp startedAt;
    std::optional<Timestamp> endedAt; // NULL: still running, the window has no upper bound
    bool isActive = false;
    std::optional<qint64> totalTrades;
    std::optional<qint64> winningTrades;
    std::optional<qint64> losingTrades;
    std::optional<Decimal> totalPnl;
    std::optional<Decimal> totalCommission;
    std::optional<Decimal> winRate;
    std::optional<Decimal> startingBalance;
    std::optional<Decimal> endingBalance;
    std::optional<Decimal> maxDrawdown; // a percentage, by the robot's own definition

    // nullopt with *error empty: no such session. Rows whose started_at is
    // NULL or unreadable are skipped by loadAll() and refused by load().
    static std::optional<StoredSession> load(const QSqlDatabase &db, const SqlDialect &dialect,
                                             qint64 id, QString *error);
    // All sessions, ordered by (started_at, id); false on a query error.
    static bool loadAll(const QSqlDatabase &db, const SqlDialect &dialect,
                        QList<StoredSession> *sessions, QString *error);
};
