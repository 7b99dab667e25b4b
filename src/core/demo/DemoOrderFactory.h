#pragma once

#include "DemoMarket.h"
#include "DemoRandom.h"
#include "DemoRows.h"

#include <QList>

// One fill the broker will report for an order, before it has a trade id.
struct PlannedFill
{
    Timestamp executedAt;
    Decimal quantity;
    Decimal price;
};

struct PlannedOrder
{
    DemoOrder order;
    QList<PlannedFill> fills; // in time order; their quantities sum to filled_quantity
};

// Makes one realistic order of the demo robot with the fills it will get: type,
// status, prices, times (many fills of one order inside the same millisecond,
// as brokers report them) and a volume-weighted avg_fill_price that matches the
// fills to NUMERIC(12,4).
class DemoOrderFactory
{
public:
    DemoOrderFactory(DemoRandom &random, DemoMarket &market);

    // `net` is what the robot will hold in `symbol` once every earlier order has
    // filled: orders lean towards reducing it, and some close it exactly.
    // Pending and submitted orders only occur in the active session.
    PlannedOrder make(qint64 id, Timestamp createdAt, int symbol, Decimal net, bool activeSession);
    // A market order that flattens `net` in one fill.
    PlannedOrder flatten(qint64 id, Timestamp createdAt, int symbol, Decimal net);
    // A limit order still working at the broker: submitted, no fills.
    PlannedOrder resting(qint64 id, Timestamp createdAt, int symbol);

    // Per-share commission with a minimum and a cap, as US brokers charge it.
    static Decimal commission(Decimal quantity, Decimal price);

private:
    // The fields every order starts with; draws its strategy from the PRNG.
    PlannedOrder begin(qint64 id, Timestamp createdAt, int symbol);
    QString pickStatus(const QString &type, bool activeSession);
    Decimal pickQuantity(double price, Decimal net, bool buy);
    void planFills(PlannedOrder &planned, Decimal filled, double reference, int count);
    QString pickNote(const QString &strategy);

    DemoRandom &m_random;
    DemoMarket &m_market;
};
