#pragma once

#include "BackupTypes.h"

#include <QElapsedTimer>

// Appends one StageTime per stage: next() closes the running stage and opens
// the following one; the destructor closes the last.
class StageClock
{
public:
    explicit StageClock(StageTimes *into)
        : m_into(into)
    {
    }
    ~StageClock() { stop(); }
    StageClock(const StageClock &) = delete;
    StageClock &operator=(const StageClock &) = delete;

    void next(const QString &name)
    {
        stop();
        m_name = name;
        m_timer.start();
    }
    void stop()
    {
        if (m_into && m_timer.isValid())
            m_into->append({m_name, m_timer.nsecsElapsed() / 1e6});
        m_timer.invalidate();
    }

private:
    StageTimes *m_into;
    QString m_name;
    QElapsedTimer m_timer;
};
