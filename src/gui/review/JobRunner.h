#pragma once

#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class DatabaseConnection;

// Runs one review job (statistics, audit) at a time on a worker thread with its
// own read-only connection. Starting another job or cancelling stops the
// running one: its cancel flag is set and its statement interrupted, and its
// result is never reported. Progress is polled from atomics rather than
// posted from the worker, so a job outliving its page touches nothing freed.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker with the job's connection; writes its result into
    // whatever it captured (a shared_ptr the caller keeps).
    using Work = std::function<void(DatabaseConnection &, const JobControl &)>;

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    void start(const ConnectionSpec &spec, Work work);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

signals:
    void progressChanged(int permille, qint64 rows);
    // The current job ended; openError is set when the connection failed to open.
    void finished(const QString &openError);
    void cancelled();

private:
    struct State;
    void poll();
    void stopCurrent();

    std::shared_ptr<State> m_current;
    QTimer m_poll;
};
