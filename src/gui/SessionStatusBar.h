#pragma once

#include "db/ConnectionSpec.h"
#include "settings/AppSettings.h"

#include <QStatusBar>

#include <optional>

class QLabel;
struct DatabaseSession;

// The window's status bar: driver, database, a read-only badge and the robot
// tables' row counts, as permanent widgets so page messages can still show.
// It also watches ConnectionMonitor: while a worker has lost the open
// database, a "Connection lost" badge says so, whichever page noticed.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setSession(const DatabaseSession &session);
    void clearSession();
    void setTimeDisplay(TimeDisplay display);
    bool isConnectionLost() const { return m_lostReporters > 0; }

signals:
    // Once per outage of the open database, however many workers report it.
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    void onLost(const ConnectionSpec &spec, const QString &reason);
    void onRestored(const ConnectionSpec &spec);

    std::optional<ConnectionSpec> m_spec;
    int m_lostReporters = 0; // models still without their connection
    QLabel *m_connection;
    QLabel *m_driver;
    QLabel *m_database;
    QLabel *m_readOnly;
    QLabel *m_rowCounts;
    QLabel *m_timeZone;
};
