#pragma once

#include <QtGlobal>

// What `trade-inspector demo` and the GUI's "Create demo database" ask for.
// The same options and seed always give the same rows.
struct DemoOptions
{
    int orders = 20000; // about 1.4 trades per order follow (see DemoSimulation.h)
    quint32 seed = 1;
    bool force = false; // replace the robot data a database already holds
};
