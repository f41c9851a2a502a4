#pragma once

#include "BatchDecoding.h"
#include "BatchScreening.h"
#include "BoundedQueue.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dermaedge::detail {

/// Decoding threads feed a bounded queue of preprocessed images, and network
/// threads run forward passes on batches taken from it, so decoding the next
/// files overlaps with inference on the current ones.
///
/// With one classifier the calling thread runs the network. With several,
/// each runs on a thread of its own, and the calling thread only hands their
/// outcomes to the callbacks, so those are always called from the calling thread.
class BatchPipeline
{
public:
    /// The classifiers must be distinct copies of one model, because a
    /// Classifier serves one thread at a time. `options` must be resolved by
    /// resolvePipelineOptions(). All references must outlive run().
    BatchPipeline(const std::vector<Classifier*>& classifiers, const QStringList& files,
                  const PipelineOptions& options, const BatchResultCallback& onResult,
                  const ProgressCallback& progress, const CancelCallback& cancel);

    Result<BatchSummary> run();

private:
    /// Passes one outcome on; returns false when the network loop should stop.
    using Emit = std::function<bool(BatchItemResult&&)>;

    void startThreads();
    void collectNetworkResults();
    void stopThreads();
    QString failureMessage() const;

    void decodeFiles();
    void runNetworkThread(Classifier& classifier);
    void runNetwork(Classifier& classifier, const Emit& emit);
    bool collectBatch(std::vector<DecodedInput>& batch, const Emit& emit);
    bool screenDecoded(Classifier& classifier, std::vector<DecodedInput>& batch, const Emit& emit);
    bool deliver(const BatchItemResult& item);
    void recordFailure(const QString& message);

    const std::vector<Classifier*>& m_classifiers;
    const QStringList& m_files;
    const PipelineOptions& m_options;
    const BatchResultCallback& m_onResult;
    const ProgressCallback& m_progress;
    const CancelCallback& m_cancel;

    BoundedQueue<DecodedInput> m_inputs;
    BoundedQueue<BatchItemResult> m_outcomes; ///< from network threads; unused with one classifier
    std::atomic<int> m_nextFile{0};
    std::atomic<int> m_runningDecoders{0};
    std::atomic<int> m_runningNetworks{0};
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_decoders;
    std::vector<std::thread> m_networks;

    mutable std::mutex m_failureMutex;
    QString m_failure; ///< guarded by m_failureMutex; the first error that stopped the job

    BatchSummary m_summary; ///< touched by the calling thread only
    bool m_cancelled = false;
};

} // namespace dermaedge::detail
