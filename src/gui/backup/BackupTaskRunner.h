#pragma once

#include "jobs/JobControl.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

// Runs one backup-side task (backup, verify, preview, restore) at a time on a
// worker thread. The task reports through a JobControl; progress is polled from
// shared state rather than posted, so a task that outlives the page (the
// window closed mid-backup) touches nothing that was freed.
class BackupTaskRunner : public QObject
{
    Q_OBJECT
public:
    using Task = std::function<void(const JobControl &)>;

    explicit BackupTaskRunner(QObject *parent = nullptr);
    ~BackupTaskRunner() override;

    // `done` runs on the GUI thread after the task returns, unless cancelled
    // before it finished and the caller asked to drop the result.
    bool start(Task task, std::function<void()> done);
    void cancel();
    bool isRunning() const { return m_state != nullptr; }

signals:
    void progressChanged(int percent, const QString &message);
    void runningChanged(bool running);

private:
    struct State;
    void poll();

    std::shared_ptr<State> m_state;
    std::function<void()> m_done;
    QTimer m_poll;
};
