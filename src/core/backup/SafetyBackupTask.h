#pragma once

#include "BackupTypes.h"
#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// The backup a restore takes of the current database before writing, run on a
// thread of its own. An SQLite copy is complete and on disk long before its
// quick_check and SHA-256 are done: the restore starts writing then (its
// transaction stays open) and commits only once result() says the whole job,
// checks and sidecar included, succeeded. The safety backup still comes first:
// nothing is committed into the database before it is verified and named.
class SafetyBackupTask
{
public:
    SafetyBackupTask(const ConnectionSpec &spec, const QString &directory,
                     const JobControl &control);
    ~SafetyBackupTask(); // cancels the job if still running, then waits for it
    SafetyBackupTask(const SafetyBackupTask &) = delete;
    SafetyBackupTask &operator=(const SafetyBackupTask &) = delete;

    // Until the copy is on disk or the job has ended. A cancel of `outer`
    // meanwhile cancels the job: nothing has been written yet.
    void waitUntilCopied(const JobControl &outer);
    // From now on the job's progress is not reported: the restore's own is.
    void stopReportingProgress();
    // Until the job has ended; then its result.
    const BackupResult &result();
    void cancel() { m_cancel = true; }
    // The job ended without saying its copy was done: it failed before, or
    // it is a pg_dump, whose archive is only known good at the end.
    bool endedWithoutCopy();

private:
    void run(const ConnectionSpec &spec, const QString &directory, JobControl control);

    std::atomic_bool m_cancel{false};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_copied = false;
    bool m_done = false;
    bool m_quiet = false;
    BackupResult m_result;
    std::thread m_thread;
};
