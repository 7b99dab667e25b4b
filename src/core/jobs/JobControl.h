#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <atomic>
#include <functional>

// How a long job (statistics, audit, backup, restore) is watched and stopped
// from another thread. The job polls `cancel` between steps; to abort a
// statement that is still executing, the owner also calls
// DatabaseConnection::interrupt() on the job's connection. Callbacks run on the
// job's thread: the GUI polls or queues them to its own. Every member may be
// left empty.
struct JobControl
{
    const std::atomic_bool *cancel = nullptr;
    // Percent 0..100 and a line saying what is being done (backup, restore).
    std::function<void(int percent, const QString &message)> progress;
    // Permille 0..1000 of the work and rows read so far, for jobs that stream
    // rows without counting them first (statistics, audit).
    std::function<void(int permille, qint64 rows)> rowProgress;
    // Called with every external program's argument list before it starts, so
    // a test can prove the password is never among them.
    std::function<void(const QString &program, const QStringList &arguments)> processStarted;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent, const QString &message) const
    {
        if (progress)
            progress(qBound(0, percent, 100), message);
    }
    // The same control for one phase of a larger job: its 0..100 maps to from..to.
    JobControl slice(int from, int to) const
    {
        JobControl part = *this;
        if (progress) {
            part.progress = [outer = progress, from, to](int percent, const QString &message) {
                outer(from + (to - from) * percent / 100, message);
            };
        }
        return part;
    }
};
