#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QString>

#include <optional>

// One generated row of each robot table, in typed values. The writer turns them
// into what SQLAlchemy would have stored on the target engine. A null QString
// or an empty optional is SQL NULL; enum fields hold the lower-case value.

struct DemoOrder
{
    qint64 id = 0;
    QString brokerOrderId;
    QString symbol;
    QString side;      // "buy" / "sell"
    QString orderType; // "market", "limit", ...
    Decimal quantity;
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice;
    QString timeInForce;
    QString status;
    Decimal filledQuantity;
    std::optional<Decimal> avgFillPrice;
    std::optional<Timestamp> submittedAt;
    std::optional<Timestamp> filledAt;
    std::optional<Timestamp> canceledAt;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString strategyName;
    QString notes;
    QString errorMessage;
};

struct DemoTrade
{
    qint64 id = 0;
    QString brokerFillId;
    QString symbol;
    bool buy = true;
    Decimal quantity;
    Decimal price;
    Decimal commission;
    Decimal totalValue;
    Timestamp executedAt;
    Timestamp createdAt;
    qint64 orderId = 0; // 0: NULL, a trade entered by hand
    QString strategyName;
    QString notes;
};

struct DemoPosition
{
    qint64 id = 0;
    QString symbol;
    Decimal quantity; // signed: negative for a short
    Decimal avgCost;
    Decimal currentPrice;
    Decimal costBasis;
    Decimal marketValue;
    Decimal unrealizedPnl;
    Decimal unrealizedPnlPct;
    Timestamp openedAt;
    Timestamp lastUpdated;
    bool isOpen = true;
    std::optional<Timestamp> closedAt;
    QString strategyName;
    QString notes;
};

struct DemoSession
{
    qint64 id = 0;
    QString sessionName;
    Timestamp startedAt;
    std::optional<Timestamp> endedAt; // empty: the active session
    qint64 totalTrades = 0;
    qint64 winningTrades = 0;
    qint64 losingTrades = 0;
    Decimal totalPnl;
    Decimal totalCommission;
    Decimal winRate;
    Decimal startingBalance;
    std::optional<Decimal> endingBalance;
    Decimal maxDrawdown;
    bool isActive = false;
    QString broker;
    QString tradingMode; // "paper" / "live"
    QString notes;
};
