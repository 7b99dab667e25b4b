#include "BackupTaskRunner.h"

#include <QMutex>
#include <QThread>

#include <atomic>

struct BackupTaskRunner::State
{
    std::atomic_bool cancel{false};
    std::atomic_bool finished{false};
    std::atomic_int percent{0};
    QMutex mutex;
    QString message;
};

BackupTaskRunner::BackupTaskRunner(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &BackupTaskRunner::poll);
}

// The worker keeps its own reference to the state and finishes on its own: a
// restore is never torn down half-way because its page went away.
BackupTaskRunner::~BackupTaskRunner() = default;

bool BackupTaskRunner::start(Task task, std::function<void()> done)
{
    if (m_state)
        return false;
    auto state = std::make_shared<State>();
    m_state = state;
    m_done = std::move(done);
    QThread *thread = QThread::create([state, task = std::move(task)] {
        JobControl control;
        control.cancel = &state->cancel;
        control.progress = [state](int percent, const QString &message) {
            state->percent = percent;
            QMutexLocker lock(&state->mutex);
            state->message = message;
        };
        task(control);
        state->finished = true;
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    m_poll.start();
    emit runningChanged(true);
    emit progressChanged(0, QString());
    return true;
}

void BackupTaskRunner::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

void BackupTaskRunner::poll()
{
    if (!m_state)
        return;
    QString message;
    {
        QMutexLocker lock(&m_state->mutex);
        message = m_state->message;
    }
    emit progressChanged(m_state->percent, message);
    if (!m_state->finished)
        return;
    m_poll.stop();
    m_state.reset();
    auto done = std::move(m_done);
    m_done = nullptr;
    emit runningChanged(false);
    if (done)
        done();
}
