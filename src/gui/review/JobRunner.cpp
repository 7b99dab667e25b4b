#include "JobRunner.h"

#include "db/DatabaseConnection.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent>

#include <atomic>

// Shared by the GUI thread and the worker; lives as long as either needs it.
struct JobRunner::State
{
    std::atomic_bool cancel{false};
    std::atomic_int permille{0};
    std::atomic<qint64> rows{0};
    QMutex mutex; // guards connection against being closed while interrupted
    DatabaseConnection *connection = nullptr;

    void requestCancel()
    {
        cancel.store(true);
        QMutexLocker lock(&mutex);
        if (connection)
            connection->interrupt();
    }
};

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    // Ten updates a second are smooth enough and cost nothing.
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &JobRunner::poll);
}

JobRunner::~JobRunner()
{
    stopCurrent();
}

void JobRunner::start(const ConnectionSpec &spec, Work work)
{
    stopCurrent();
    auto state = std::make_shared<State>();
    m_current = state;
    // A watcher per job: a superseded one lingers, silenced, until its job returns.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, state, watcher] {
        if (m_current != state)
            return;
        poll();
        m_current.reset();
        m_poll.stop();
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([spec, work, state]() -> QString {
        QString error;
        auto connection =
            DatabaseConnection::open(spec, AccessMode::ReadOnly, &error, QStringLiteral("review"));
        if (!connection)
            return error.isEmpty() ? tr("The database could not be opened.") : error;
        {
            QMutexLocker lock(&state->mutex);
            state->connection = connection.get();
        }
        JobControl control;
        control.cancel = &state->cancel;
        control.rowProgress = [state](int permille, qint64 rows) {
            state->permille.store(permille, std::memory_order_relaxed);
            state->rows.store(rows, std::memory_order_relaxed);
        };
        work(*connection, control);
        QMutexLocker lock(&state->mutex);
        state->connection = nullptr;
        return {};
    }));
    m_poll.start();
    emit progressChanged(0, 0);
}

void JobRunner::cancel()
{
    if (!m_current)
        return;
    stopCurrent();
    emit cancelled();
}

void JobRunner::poll()
{
    if (m_current)
        emit progressChanged(m_current->permille.load(), m_current->rows.load());
}

void JobRunner::stopCurrent()
{
    m_poll.stop();
    if (!m_current)
        return;
    // The worker keeps the state alive until it returns; the finished handler
    // sees that the state is no longer current and drops the result.
    m_current->requestCancel();
    m_current.reset();
}
