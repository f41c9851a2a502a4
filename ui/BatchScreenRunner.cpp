#include "BatchScreenRunner.h"

#include "Logging.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace dermaedge {

namespace {

constexpr int kDeliveryIntervalMs = 150;

} // namespace

BatchScreenRunner::BatchScreenRunner(QObject* parent) : QObject(parent)
{
    m_deliveryTimer.setInterval(kDeliveryIntervalMs);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &BatchScreenRunner::deliverPending);
    connect(&m_watcher, &QFutureWatcher<BatchRunOutcome>::finished, this,
            &BatchScreenRunner::onJobFinished);
}

BatchScreenRunner::~BatchScreenRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BatchScreenRunner::start(const BatchScreeningParams& params)
{
    if (isRunning())
        return false;
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;

    // Runs on a pool thread: it touches no QObject and catches every exception,
    // because one escaping a QtConcurrent job would be rethrown on the GUI thread.
    const auto job = [shared, params]() -> BatchRunOutcome {
        BatchRunOutcome outcome;
        const auto onResult = [&shared](const BatchItemResult& item) {
            const std::lock_guard lock(shared->mutex);
            shared->pending.push_back(item);
        };
        const auto onProgress = [&shared](const JobProgress& progress) {
            const std::lock_guard lock(shared->mutex);
            shared->progress = progress;
            shared->progressChanged = true;
        };
        const auto isCancelled = [&shared] { return shared->cancelRequested.load(); };
        try {
            const Result<BatchSummary> summary =
                screenBatch(params, onResult, onProgress, isCancelled);
            outcome.ok = summary.ok();
            outcome.cancelled = !summary.ok() && shared->cancelRequested.load();
            if (summary)
                outcome.summary = summary.value();
            else
                outcome.error = summary.error();
        } catch (const std::exception& error) {
            outcome.error = tr("Batch screening failed with an unexpected error: %1")
                                .arg(QString::fromLocal8Bit(error.what()));
        }
        return outcome;
    };
    m_watcher.setFuture(QtConcurrent::run(job));
    m_deliveryTimer.start();
    return true;
}

void BatchScreenRunner::cancel()
{
    if (m_shared)
        m_shared->cancelRequested = true;
}

void BatchScreenRunner::deliverPending()
{
    if (!m_shared)
        return;
    std::vector<BatchItemResult> items;
    JobProgress progress;
    bool hasProgress = false;
    {
        const std::lock_guard lock(m_shared->mutex);
        items.swap(m_shared->pending);
        progress = m_shared->progress;
        hasProgress = std::exchange(m_shared->progressChanged, false);
    }
    if (!items.empty())
        Q_EMIT resultsArrived(items);
    if (hasProgress)
        Q_EMIT progressChanged(progress.done, progress.total, progress.message);
}

void BatchScreenRunner::onJobFinished()
{
    m_deliveryTimer.stop();
    deliverPending();
    const BatchRunOutcome outcome = m_watcher.result();
    if (!outcome.ok && !outcome.cancelled)
        qCWarning(lcInference) << "batch screening failed before finishing its files";
    Q_EMIT finished(outcome);
}

} // namespace dermaedge
