#include "SafetyBackupTask.h"

#include "BackupJob.h"

#include <chrono>

SafetyBackupTask::SafetyBackupTask(const ConnectionSpec &spec, const QString &directory,
                                   const JobControl &control)
{
    m_thread = std::thread(&SafetyBackupTask::run, this, spec, directory, control);
}

SafetyBackupTask::~SafetyBackupTask()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_done)
                m_cancel = true;
        }
        m_thread.join();
    }
}

void SafetyBackupTask::run(const ConnectionSpec &spec, const QString &directory, JobControl control)
{
    JobControl own = control;
    own.cancel = &m_cancel;
    if (control.progress) {
        // Progress comes from this thread until the restore reports its own;
        // the lock keeps the two from ever calling the owner at once.
        own.progress = [this, outer = control.progress](int percent, const QString &message) {
            const std::lock_guard lock(m_mutex);
            if (!m_quiet)
                outer(percent, message);
        };
    }
    BackupOptions options;
    options.safety = true;
    options.copied = [this] {
        const std::lock_guard lock(m_mutex);
        m_copied = true;
        m_changed.notify_all();
    };
    BackupResult result = BackupJob::run(spec, directory, own, options);
    const std::lock_guard lock(m_mutex);
    m_result = std::move(result);
    m_done = true;
    m_changed.notify_all();
}

void SafetyBackupTask::waitUntilCopied(const JobControl &outer)
{
    std::unique_lock lock(m_mutex);
    while (!m_copied && !m_done) {
        if (outer.isCancelled())
            m_cancel = true;
        m_changed.wait_for(lock, std::chrono::milliseconds(20));
    }
}

void SafetyBackupTask::stopReportingProgress()
{
    const std::lock_guard lock(m_mutex);
    m_quiet = true;
}

const BackupResult &SafetyBackupTask::result()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_done; });
    return m_result;
}

bool SafetyBackupTask::endedWithoutCopy()
{
    const std::lock_guard lock(m_mutex);
    return m_done && !m_copied;
}
