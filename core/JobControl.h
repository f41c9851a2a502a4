#pragma once

#include <QString>

#include <functional>

namespace dermaedge {

/// Progress report of a long job: `done` of `total` steps, with a short
/// human-readable description of the current step.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString message;
};

/// Called from the worker thread; it must be thread-safe and return quickly.
using ProgressCallback = std::function<void(const JobProgress&)>;

/// Polled by the worker between steps. Returning true stops the job, which
/// then returns a failure whose message states that it was cancelled.
using CancelCallback = std::function<bool()>;

} // namespace dermaedge
