#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// How a long job talks to whoever started it, from the worker thread it runs on:
// progress(percent 0..100, what it is doing) and a cancel flag polled between
// steps. The GUI marshals progress() to its thread (a queued signal); the
// command line prints it; tests record it. Both members may be left empty.
struct JobControl
{
    std::function<void(int percent, const QString &message)> progress;
    const std::atomic_bool *cancel = nullptr;
    // Called with every external program's argument list before it starts, so
    // a test can prove the password is never among them.
    std::function<void(const QString &program, const QStringList &arguments)> processStarted;

    bool cancelled() const { return cancel && cancel->load(); }
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
