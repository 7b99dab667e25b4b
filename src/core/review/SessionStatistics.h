#pragma once

#include "FillFigures.h"
#include "RoundTripFigures.h"
#include "SessionComparison.h"
#include "StoredSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Fill and round-trip figures of one group (a symbol, a strategy).
struct GroupStatistics
{
    FillFigures fills;
    RoundTripFigures roundTrips;
};

// Realized P&L of the fills executed on one UTC calendar day.
struct DailyPnl
{
    QDate day;
    qint64 fills = 0;
    Decimal grossRealizedPnl;
    Decimal commission;
    Decimal netRealizedPnl() const { return grossRealizedPnl - commission; }
};

// The realized equity curve, one point per fill in the window: cumulative net
// realized P&L (gross realized minus commission) after that fill. Doubles
// because it only feeds a chart; the exact figures are in SessionStatistics.
struct EquityPoint
{
    Timestamp at;
    qint64 fillId = 0;
    double equity = 0;
    double drawdown = 0; // peak so far minus equity, >= 0
};

// Everything the review shows for a session or a time range: a plain value,
// computed off the GUI thread by StatisticsJob, rendered by the GUI and the CLI.
struct SessionStatistics
{
    // What was asked.
    std::optional<StoredSession> session; // set when a session was asked for
    std::optional<Timestamp> from;        // inclusive; nullopt: from the first fill
    std::optional<Timestamp> to;          // inclusive; nullopt: no upper bound
    QString symbol;                       // empty: all
    QString strategy;                     // empty: all

    FillFigures fills;
    RoundTripFigures roundTrips;
    qint64 openRoundTrips = 0; // still open at the end of the window
    // Commission of the window's zero-quantity fills while flat: in
    // fills.commission, in no round trip.
    Decimal unattributedCommission;
    // Largest fall of the realized equity curve (net, starting at 0 at the
    // window's start) below its running peak.
    Decimal maxDrawdown;
    // maxDrawdown as % of the session's starting_balance, when that is known and > 0.
    std::optional<Decimal> maxDrawdownPercent;

    QMap<QString, GroupStatistics> bySymbol;
    // Fills by their own strategy_name; round trips by their opening fill's.
    // NULL strategy_name is grouped under "".
    QMap<QString, GroupStatistics> byStrategy;
    QList<DailyPnl> daily;          // ascending, days with fills only
    QList<EquityPoint> equityCurve; // only when StatisticsRequest::collectEquityCurve

    // Stored beside recomputed; only for a session without symbol/strategy filter.
    QList<FigureComparison> comparison;

    qint64 rowsRead = 0;    // every fill streamed, history before the window included
    qint64 skippedRows = 0; // fills with an unknown side or unreadable numbers

    // MAE/MFE need price bars between the fills; the schema holds none.
    static QString maeMfeAvailability()
    {
        return QCoreApplication::translate("SessionStatistics",
                                           "not available: the database holds no price bars");
    }
};
