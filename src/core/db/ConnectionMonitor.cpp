#include "ConnectionMonitor.h"

#include <QCoreApplication>

ConnectionMonitor &ConnectionMonitor::instance()
{
    static ConnectionMonitor *monitor = [] {
        auto *created = new ConnectionMonitor;
        // Signals are queued to the application's thread, whoever reports.
        if (QCoreApplication *app = QCoreApplication::instance())
            created->moveToThread(app->thread());
        return created;
    }();
    return *monitor;
}

void ConnectionMonitor::reportLost(const ConnectionSpec &spec, const QString &reason)
{
    QMetaObject::invokeMethod(
        this, [this, spec, reason] { emit connectionLost(spec, reason); }, Qt::QueuedConnection);
}

void ConnectionMonitor::reportRestored(const ConnectionSpec &spec)
{
    QMetaObject::invokeMethod(
        this, [this, spec] { emit connectionRestored(spec); }, Qt::QueuedConnection);
}
