#pragma once

#include "ConnectionSpec.h"

#include <QObject>

// Where the workers that hold their own connections (the lazy models' page and
// count threads) say that they lost the database and that they have it back,
// so the window can say so once, whichever page noticed. Reports may come from
// any thread; the signals are delivered on the monitor's (the GUI) thread.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static ConnectionMonitor &instance();

    void reportLost(const ConnectionSpec &spec, const QString &reason);
    void reportRestored(const ConnectionSpec &spec);

signals:
    void connectionLost(const ConnectionSpec &spec, const QString &reason);
    void connectionRestored(const ConnectionSpec &spec);

private:
    ConnectionMonitor() = default;
};
