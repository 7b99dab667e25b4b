#pragma once

#include "settings/AppSettings.h"

#include <QStatusBar>

class QLabel;
struct DatabaseSession;

// The window's status bar: driver, database, a read-only badge and the robot
// tables' row counts, as permanent widgets so page messages can still show.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setSession(const DatabaseSession &session);
    void clearSession();
    void setTimeDisplay(TimeDisplay display);

private:
    QLabel *m_driver;
    QLabel *m_database;
    QLabel *m_readOnly;
    QLabel *m_rowCounts;
    QLabel *m_timeZone;
};
