#include "BatchPipeline.h"

#include "Logging.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <ATen/Parallel.h>

#include <algorithm>
#include <exception>

namespace dermaedge::detail {

BatchPipeline::BatchPipeline(const std::vector<Classifier*>& classifiers, const QStringList& files,
                             const PipelineOptions& options, const BatchResultCallback& onResult,
                             const ProgressCallback& progress, const CancelCallback& cancel)
    : m_classifiers(classifiers), m_files(files), m_options(options), m_onResult(onResult),
      m_progress(progress), m_cancel(cancel), m_inputs(size_t(options.queueDepth)),
      m_outcomes(size_t(options.queueDepth))
{
}

Result<BatchSummary> BatchPipeline::run()
{
    QElapsedTimer timer;
    timer.start();
    m_summary.total = int(m_files.size());
    if (m_files.isEmpty() || m_classifiers.empty())
        return m_summary;
    // LibTorch's OpenMP thread count is a setting of the calling thread, which
    // may be a pool thread that later screens single images with another count.
    const int previousThreads = at::get_num_threads();
    const auto restoreThreads =
        qScopeGuard([previousThreads] { at::set_num_threads(previousThreads); });
    if (m_progress)
        m_progress({0, m_summary.total, QStringLiteral("Screening %1 files").arg(m_summary.total)});

    try {
        startThreads();
        if (m_classifiers.size() == 1)
            runNetwork(*m_classifiers.front(),
                       [this](BatchItemResult&& item) { return deliver(item); });
        else
            collectNetworkResults();
    } catch (const std::exception& error) {
        // std::system_error when a thread cannot start, std::bad_alloc.
        recordFailure(QStringLiteral("batch screening failed (%1)")
                          .arg(QString::fromLocal8Bit(error.what())));
    }
    stopThreads();
    m_summary.seconds = double(timer.nsecsElapsed()) / 1e9;

    qCInfo(lcInference).nospace() << "batch of " << m_summary.total << " files with "
                                  << m_classifiers.front()->manifest().id << ": "
                                  << m_summary.screened << " screened, " << m_summary.failed
                                  << " failed in " << m_summary.seconds << " s ("
                                  << m_options.decodeThreads << " decoding and "
                                  << m_classifiers.size() << " network threads, batch "
                                  << m_options.batchSize << ")"
                                  << (m_cancelled ? ", cancelled" : "");
    if (const QString failure = failureMessage(); !failure.isEmpty())
        return Result<BatchSummary>::failure(failure);
    if (m_cancelled)
        return Result<BatchSummary>::failure(
            QStringLiteral("batch screening cancelled after %1 of %2 files")
                .arg(m_summary.screened + m_summary.failed)
                .arg(m_summary.total));
    return m_summary;
}

void BatchPipeline::startThreads()
{
    const int decoders = m_options.decodeThreads;
    m_runningDecoders = decoders;
    for (int i = 0; i < decoders; ++i)
        m_decoders.emplace_back(&BatchPipeline::decodeFiles, this);
    if (m_classifiers.size() == 1)
        return;
    m_runningNetworks = int(m_classifiers.size());
    for (Classifier* classifier : m_classifiers)
        m_networks.emplace_back(&BatchPipeline::runNetworkThread, this, std::ref(*classifier));
}

// Hands the network threads' outcomes to the callbacks until the last network
// thread closes the queue or the job is cancelled.
void BatchPipeline::collectNetworkResults()
{
    while (std::optional<BatchItemResult> item = m_outcomes.pop()) {
        if (!deliver(*item))
            return;
    }
}

void BatchPipeline::stopThreads()
{
    m_stop = true;
    // Closing wakes threads blocked on a full or empty queue.
    m_inputs.close();
    m_outcomes.close();
    for (std::thread& thread : m_decoders)
        thread.join();
    for (std::thread& thread : m_networks)
        thread.join();
    m_decoders.clear();
    m_networks.clear();
}

QString BatchPipeline::failureMessage() const
{
    const std::lock_guard lock(m_failureMutex);
    return m_failure;
}

void BatchPipeline::recordFailure(const QString& message)
{
    {
        const std::lock_guard lock(m_failureMutex);
        if (m_failure.isEmpty())
            m_failure = message;
    }
    m_stop = true;
    m_inputs.close();
}

// Runs on each decoding thread. The last thread to finish closes the queue, so
// the network's pop() returns std::nullopt once the queue is drained.
void BatchPipeline::decodeFiles()
{
    const Preprocessing& preprocessing = m_classifiers.front()->manifest().preprocessing;
    try {
        while (!m_stop) {
            const int index = m_nextFile++;
            if (index >= m_files.size())
                break;
            DecodedInput decoded =
                decodeInput(index, m_files.at(index), preprocessing, m_options.thumbnailSize);
            if (!m_inputs.push(std::move(decoded)))
                break;
        }
    } catch (const std::exception& error) {
        // Only std::bad_alloc can reach here, because decodeInput() catches the rest.
        recordFailure(QStringLiteral("batch screening stopped: decoding failed (%1)")
                          .arg(QString::fromLocal8Bit(error.what())));
    }
    if (--m_runningDecoders == 0)
        m_inputs.close();
}

void BatchPipeline::runNetworkThread(Classifier& classifier)
{
    try {
        runNetwork(classifier,
                   [this](BatchItemResult&& item) { return m_outcomes.push(std::move(item)); });
    } catch (const std::exception& error) {
        recordFailure(QStringLiteral("batch screening failed (%1)")
                          .arg(QString::fromLocal8Bit(error.what())));
    }
    if (--m_runningNetworks == 0)
        m_outcomes.close();
}

void BatchPipeline::runNetwork(Classifier& classifier, const Emit& emit)
{
    setInferenceThreads(std::max(1, m_options.inferenceThreads / int(m_classifiers.size())));
    std::vector<DecodedInput> batch;
    bool more = true;
    while (more && !m_stop) {
        more = collectBatch(batch, emit);
        if (!m_stop && !screenDecoded(classifier, batch, emit))
            more = false;
        batch.clear();
    }
}

// Fills `batch` with up to batchSize decoded images, emitting failed files on
// the way. Returns false when no more input will come or the job stops.
bool BatchPipeline::collectBatch(std::vector<DecodedInput>& batch, const Emit& emit)
{
    while (int(batch.size()) < m_options.batchSize && !m_stop) {
        std::optional<DecodedInput> decoded = m_inputs.pop();
        if (!decoded)
            return false;
        if (decoded->ok()) {
            batch.push_back(std::move(*decoded));
            continue;
        }
        BatchItemResult failed;
        failed.index = decoded->index;
        failed.path = decoded->path;
        failed.error = decoded->error;
        if (!emit(std::move(failed)))
            return false;
    }
    return !m_stop;
}

bool BatchPipeline::screenDecoded(Classifier& classifier, std::vector<DecodedInput>& batch,
                                  const Emit& emit)
{
    if (batch.empty())
        return true;
    std::vector<InputTensor> inputs;
    inputs.reserve(batch.size());
    for (DecodedInput& decoded : batch)
        inputs.push_back(std::move(decoded.input));
    const std::vector<Result<ScreeningResult>> results = classifier.screenInputs(inputs);

    // The whole batch is passed on even after a cancel, because its results exist already.
    bool keepGoing = true;
    for (size_t i = 0; i < batch.size(); ++i) {
        BatchItemResult item;
        item.index = batch[i].index;
        item.path = batch[i].path;
        item.thumbnail = std::move(batch[i].thumbnail);
        if (results[i]) {
            item.result = results[i].value();
            item.result->totalMs += batch[i].decodeMs;
        } else {
            item.error = QStringLiteral("%1: %2").arg(item.path, results[i].error());
        }
        keepGoing = emit(std::move(item)) && keepGoing;
    }
    return keepGoing;
}

// Runs on the calling thread only. Returns false once the job is cancelled.
bool BatchPipeline::deliver(const BatchItemResult& item)
{
    if (item.ok())
        ++m_summary.screened;
    else
        ++m_summary.failed;
    if (m_onResult)
        m_onResult(item);
    const int done = m_summary.screened + m_summary.failed;
    if (m_progress)
        m_progress({done, m_summary.total,
                    QStringLiteral("Screened %1 of %2 files").arg(done).arg(m_summary.total)});
    if (!m_cancelled && m_cancel && m_cancel()) {
        m_cancelled = true;
        m_stop = true;
    }
    return !m_cancelled;
}

} // namespace dermaedge::detail
