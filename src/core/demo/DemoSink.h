#pragma once

#include "DemoRows.h"

// Where the simulation puts its rows. Orders arrive in id order, trades in
// (executed_at, id) order, positions and sessions at the end. Returning false
// stops the simulation (a write failed).
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual bool addOrder(const DemoOrder &order) = 0;
    virtual bool addTrade(const DemoTrade &trade) = 0;
    virtual bool addPosition(const DemoPosition &position) = 0;
    virtual bool addSession(const DemoSession &session) = 0;
};
