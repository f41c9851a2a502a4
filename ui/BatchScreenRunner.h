#pragma once

#include "BatchScreening.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace dermaedge {

/// End state of a batch screening job.
struct BatchRunOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;        ///< names the folder, file or model and the cause; empty when ok
    BatchSummary summary; ///< valid when ok
};

/// Runs screenBatch() on the global thread pool and hands its results to the
/// GUI thread in groups, a few times per second, so that a fast folder does
/// not flood the event loop with one update per file.
class BatchScreenRunner : public QObject
{
    Q_OBJECT

public:
    explicit BatchScreenRunner(QObject* parent = nullptr);
    /// Cancels a running job and waits for it, because it calls back into this object's state.
    ~BatchScreenRunner() override;

    /// Starts a job; does nothing and returns false while one is running.
    bool start(const BatchScreeningParams& params);
    /// Asks the running job to stop after the batch in progress.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// New outcomes, in the order they completed.
    void resultsArrived(const std::vector<dermaedge::BatchItemResult>& items);
    void progressChanged(qint64 done, qint64 total, const QString& message);
    /// Emitted after the last resultsArrived() of the job.
    void finished(const dermaedge::BatchRunOutcome& outcome);

private:
    /// State shared with the worker thread.
    struct Shared
    {
        std::mutex mutex;
        std::vector<BatchItemResult> pending; ///< guarded by mutex
        JobProgress progress;                 ///< guarded by mutex
        bool progressChanged = false;         ///< guarded by mutex
        std::atomic<bool> cancelRequested{false};
    };

    void deliverPending();
    void onJobFinished();

    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<BatchRunOutcome> m_watcher;
    QTimer m_deliveryTimer;
};

} // namespace dermaedge
