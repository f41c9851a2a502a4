#include "Benchmark.h"

#include "Classifier.h"
#include "Logging.h"
#include "private/BenchmarkSupport.h"
#include "private/ModelInspection.h"
#include "private/ModelLoading.h"
#include "private/OpenCvImage.h"
#include "private/TorchImage.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/script.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace dermaedge {

namespace {

// Sanity bounds on the parameters, well above any useful value, so that a
// typing error fails at once instead of running for hours or exhausting memory.
constexpr int kMaxRuns = 100'000;
constexpr int kMaxBatchSize = 1024;
constexpr int kMaxThreads = 1024;

// Interpolates linearly between the closest ranks. `sorted` must not be empty.
double percentile(const std::vector<double>& sorted, double percent)
{
    const double rank = percent / 100.0 * double(sorted.size() - 1);
    const size_t lower = size_t(std::floor(rank));
    const size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = rank - double(lower);
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

double imagesPerSecond(const std::vector<double>& samplesMs, int imagesPerRun)
{
    const double totalMs = std::accumulate(samplesMs.begin(), samplesMs.end(), 0.0);
    return totalMs > 0.0 ? double(imagesPerRun) * double(samplesMs.size()) * 1000.0 / totalMs : 0.0;
}

double elapsedMs(qint64 startNs, qint64 endNs)
{
    return double(endNs - startNs) / 1e6;
}

// One benchmark of one model: the state shared by its steps. Steps that call
// LibTorch may throw c10::Error, which benchmarkModelWithClock() catches.
class BenchmarkRun
{
public:
    BenchmarkRun(const ModelManifest& manifest, const BenchmarkParams& params,
                 const ProgressCallback& progress, const CancelCallback& cancel, const ClockNs& nowNs)
        : m_manifest(manifest), m_params(params), m_progress(progress), m_cancel(cancel), m_nowNs(nowNs)
    {
        m_totalSteps = 3 * qint64(params.warmupRuns + params.runs) + 3;
    }

    Result<BenchmarkReport> run(const QString& imagePath, BenchmarkReport report);

private:
    Status prepareInput();
    void loadModel();
    void measureFirstInference();
    Result<std::vector<double>> timeSeries(const QString& label, const std::function<Status()>& step);
    Status timeAllSeries();
    Status runEndToEnd();
    void recordPeakMemory(const detail::ResidentMemory& before, bool wasReset);
    void countModel();
    void reportProgress(const QString& message);

    const ModelManifest& m_manifest;
    const BenchmarkParams& m_params;
    const ProgressCallback& m_progress;
    const CancelCallback& m_cancel;
    const ClockNs& m_nowNs;
    qint64 m_doneSteps = 0;
    qint64 m_totalSteps = 0;

    QString m_imagePath;
    BenchmarkReport m_report;
    torch::jit::Module m_loaded;    ///< as loaded, not frozen: parameters and MACs are read here
    torch::jit::Module m_inference; ///< frozen and optimized, as the Classifier runs it
    torch::Tensor m_input;          ///< the preprocessed image, [1, 3, S, S]
};

Result<BenchmarkReport> BenchmarkRun::run(const QString& imagePath, BenchmarkReport report)
{
    m_imagePath = imagePath;
    m_report = std::move(report);
    setInferenceThreads(m_params.threads);

    if (Status input = prepareInput(); !input)
        return Result<BenchmarkReport>::failure(input.error());

    // VmRSS and VmHWM cover the whole process: memory that other threads
    // allocate meanwhile, or that an earlier model left behind, counts too.
    detail::releaseFreedMemory();
    const bool peakWasReset = detail::resetPeakResidentMemory();
    const detail::ResidentMemory before = detail::readResidentMemory();
    loadModel();
    measureFirstInference();
    const detail::CpuUsage cpuBefore = detail::readCpuUsage();
    if (Status timed = timeAllSeries(); !timed)
        return Result<BenchmarkReport>::failure(timed.error());
    m_report.otherProcessesCores = detail::otherProcessesCores(cpuBefore, detail::readCpuUsage());
    recordPeakMemory(before, peakWasReset);

    countModel();
    m_report.quantizedEngine = QString::fromStdString(c10::toString(at::globalContext().qEngine()));
    m_report.threads = at::get_num_threads();
    m_report.cpuModel = detail::cpuModelName();
    m_report.versions = runtimeVersions();
    if (m_progress)
        m_progress({m_totalSteps, m_totalSteps, QStringLiteral("Finished %1").arg(m_manifest.id)});
    return m_report;
}

void BenchmarkRun::loadModel()
{
    reportProgress(QStringLiteral("Loading %1").arg(m_manifest.id));
    const qint64 start = m_nowNs();
    m_loaded = detail::loadEvalModule(m_manifest);
    m_inference = detail::prepareForInference(m_loaded, m_manifest.kind);
    m_report.loadMs = elapsedMs(start, m_nowNs());
}

Status BenchmarkRun::prepareInput()
{
    auto decoded = detail::decodeImageFile(m_imagePath);
    if (!decoded)
        return Status::failure(decoded.error());
    m_input = detail::networkInput(decoded.value(), m_manifest.preprocessing);
    return Status::success();
}

void BenchmarkRun::measureFirstInference()
{
    reportProgress(QStringLiteral("First inference"));
    c10::InferenceMode guard;
    const qint64 start = m_nowNs();
    m_inference.forward({m_input});
    m_report.firstInferenceMs = elapsedMs(start, m_nowNs());
}

Result<std::vector<double>> BenchmarkRun::timeSeries(const QString& label,
                                                     const std::function<Status()>& step)
{
    return detail::timeSeries(label, step, m_params.warmupRuns, m_params.runs, m_nowNs,
                              [this](const QString& message) { reportProgress(message); }, m_cancel,
                              m_manifest.id);
}

Status BenchmarkRun::timeAllSeries()
{
    c10::InferenceMode guard;
    const auto network = timeSeries(QStringLiteral("Network, batch 1"), [this]() {
        m_inference.forward({m_input});
        return Status::success();
    });
    if (!network)
        return Status::failure(network.error());
    m_report.network = latencyStats(network.value());
    m_report.throughputBatch1 = imagesPerSecond(network.value(), 1);

    const auto endToEnd = timeSeries(QStringLiteral("End to end"), [this]() { return runEndToEnd(); });
    if (!endToEnd)
        return Status::failure(endToEnd.error());
    m_report.endToEnd = latencyStats(endToEnd.value());

    const torch::Tensor batch = m_input.expand({m_params.batchSize, -1, -1, -1}).contiguous();
    const auto batched = timeSeries(QStringLiteral("Network, batch %1").arg(m_params.batchSize), [&]() {
        m_inference.forward({batch});
        return Status::success();
    });
    if (!batched)
        return Status::failure(batched.error());
    m_report.throughputBatch = imagesPerSecond(batched.value(), m_params.batchSize);
    return Status::success();
}

// The steps of Classifier::screenFile, including its QImage round trip.
Status BenchmarkRun::runEndToEnd()
{
    auto decoded = detail::decodeImageFile(m_imagePath);
    if (!decoded)
        return Status::failure(decoded.error());
    const QImage image = detail::matToImage(decoded.value());
    const torch::Tensor input = detail::networkInput(detail::imageToMat(image), m_manifest.preprocessing);
    m_inference.forward({input});
    return Status::success();
}

void BenchmarkRun::recordPeakMemory(const detail::ResidentMemory& before, bool wasReset)
{
    const detail::ResidentMemory after = detail::readResidentMemory();
    m_report.peakRssWasReset = wasReset;
    if (before.currentBytes < 0 || after.peakBytes < 0)
        return;
    if (wasReset) {
        m_report.peakRssAddedBytes = std::max<qint64>(0, after.peakBytes - before.currentBytes);
    } else {
        qCWarning(lcBenchmark) << "cannot reset the peak resident size; the reported peak is a lower bound";
        m_report.peakRssAddedBytes = std::max<qint64>(0, after.peakBytes - before.peakBytes);
    }
}

void BenchmarkRun::countModel()
{
    reportProgress(QStringLiteral("Counting parameters and multiply-accumulates"));
    const detail::ParameterCount parameters = detail::countParameters(m_loaded);
    m_report.parameters = parameters.total;
    m_report.nonZeroParameters = parameters.nonZero;
    m_report.notes << parameters.notes;

    const detail::MacCount macs = detail::countMultiplyAccumulates(m_loaded, m_input);
    m_report.macs = macs.macs;
    m_report.notes << macs.notes;
    for (const QString& note : std::as_const(m_report.notes))
        qCInfo(lcBenchmark) << m_manifest.id << note;
}

void BenchmarkRun::reportProgress(const QString& message)
{
    if (m_progress)
        m_progress({m_doneSteps, m_totalSteps, message});
    m_doneSteps = std::min(m_doneSteps + 1, m_totalSteps);
}

} // namespace

Status validateBenchmarkParams(const BenchmarkParams& params)
{
    if (params.runs < 1 || params.runs > kMaxRuns)
        return Status::failure(QStringLiteral("invalid number of runs %1: expected 1 to %2")
                                   .arg(params.runs).arg(kMaxRuns));
    if (params.warmupRuns < 0 || params.warmupRuns > kMaxRuns)
        return Status::failure(QStringLiteral("invalid number of warm-up runs %1: expected 0 to %2")
                                   .arg(params.warmupRuns).arg(kMaxRuns));
    if (params.batchSize < 1 || params.batchSize > kMaxBatchSize)
        return Status::failure(QStringLiteral("invalid batch size %1: expected 1 to %2")
                                   .arg(params.batchSize).arg(kMaxBatchSize));
    if (params.threads < 0 || params.threads > kMaxThreads)
        return Status::failure(QStringLiteral("invalid thread count %1: expected 0 (every core) to %2")
                                   .arg(params.threads).arg(kMaxThreads));
    return Status::success();
}

LatencyStats latencyStats(std::vector<double> samplesMs)
{
    LatencyStats stats;
    if (samplesMs.empty())
        return stats;
    std::sort(samplesMs.begin(), samplesMs.end());
    const double count = double(samplesMs.size());
    stats.count = int(samplesMs.size());
    stats.minMs = samplesMs.front();
    stats.maxMs = samplesMs.back();
    stats.meanMs = std::accumulate(samplesMs.begin(), samplesMs.end(), 0.0) / count;
    double squares = 0.0;
    for (double sample : samplesMs)
        squares += (sample - stats.meanMs) * (sample - stats.meanMs);
    stats.stdMs = samplesMs.size() > 1 ? std::sqrt(squares / (count - 1.0)) : 0.0;
    stats.p50Ms = percentile(samplesMs, 50.0);
    stats.p90Ms = percentile(samplesMs, 90.0);
    stats.p99Ms = percentile(samplesMs, 99.0);
    return stats;
}

ClockNs steadyClock()
{
    return []() {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        return qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
    };
}

Result<std::vector<double>> timeRepeated(const std::function<Status()>& step, int warmupRuns,
                                         int runs, const ClockNs& nowNs, const CancelCallback& cancel)
{
    std::vector<double> samplesMs;
    samplesMs.reserve(size_t(std::max(0, runs)));
    for (int i = 0; i < warmupRuns + runs; ++i) {
        if (cancel && cancel())
            return Result<std::vector<double>>::failure(QStringLiteral("cancelled"));
        const qint64 start = nowNs();
        const Status status = step();
        const qint64 end = nowNs();
        if (!status)
            return Result<std::vector<double>>::failure(status.error());
        if (i >= warmupRuns)
            samplesMs.push_back(elapsedMs(start, end));
    }
    return samplesMs;
}

Result<BenchmarkReport> benchmarkModel(const ModelManifest& manifest, const BenchmarkParams& params,
                                       const ProgressCallback& progress, const CancelCallback& cancel)
{
    return detail::benchmarkModelWithClock(manifest, params, progress, cancel, steadyClock());
}

namespace detail {

Result<std::vector<double>> timeSeries(const QString& label, const std::function<Status()>& step, int warmupRuns,
                                       int runs, const ClockNs& nowNs,
                                       const std::function<void(const QString&)>& reportStep,
                                       const CancelCallback& cancel, const QString& modelId)
{
    const int total = warmupRuns + runs;
    int index = 0;
    bool cancelled = false;
    // timeRepeated() polls this before every call and outside the timed
    // interval, so that formatting and sending progress do not count as latency.
    const auto pollBeforeStep = [&]() {
        ++index;
        if (reportStep)
            reportStep(QStringLiteral("%1: run %2 of %3").arg(label).arg(index).arg(total));
        cancelled = cancel && cancel();
        return cancelled;
    };
    auto samples = timeRepeated(step, warmupRuns, runs, nowNs, pollBeforeStep);
    if (!samples && cancelled)
        return Result<std::vector<double>>::failure(QStringLiteral("benchmark of %1 cancelled").arg(modelId));
    return samples;
}

namespace {

// Archive sizes, image source and run settings: everything known before loading.
Result<BenchmarkReport> describeRun(const ModelManifest& manifest, const BenchmarkParams& params,
                                    const QString& imagePath)
{
    BenchmarkReport report;
    report.modelId = manifest.id;
    report.kind = manifest.kind;
    report.inputSize = manifest.preprocessing.inputSize;
    report.warmupRuns = params.warmupRuns;
    report.runs = params.runs;
    report.batchSize = params.batchSize;
    report.imageSource = params.imagePath.isEmpty()
                             ? QStringLiteral("synthetic %1 x %2 JPEG")
                                   .arg(kSyntheticImageWidth).arg(kSyntheticImageHeight)
                             : imagePath;
    report.archiveBytes = QFileInfo(manifest.archivePath()).size();
    const Result<qint64> compressed = compressedFileSize(manifest.archivePath());
    if (!compressed)
        return Result<BenchmarkReport>::failure(compressed.error());
    report.archiveCompressedBytes = compressed.value();
    return report;
}

} // namespace

Result<BenchmarkReport> benchmarkModelWithClock(const ModelManifest& manifest,
                                                const BenchmarkParams& params,
                                                const ProgressCallback& progress,
                                                const CancelCallback& cancel, const ClockNs& nowNs)
{
    using BenchmarkResult = Result<BenchmarkReport>;
    const QString archive = manifest.archivePath();
    if (Status valid = validateBenchmarkParams(params); !valid)
        return BenchmarkResult::failure(QStringLiteral("cannot benchmark %1: %2").arg(manifest.id, valid.error()));
    if (Status verified = verifyArchive(manifest); !verified)
        return BenchmarkResult::failure(verified.error());

    QTemporaryDir temporary;
    QString imagePath = params.imagePath;
    if (imagePath.isEmpty()) {
        if (!temporary.isValid())
            return BenchmarkResult::failure(
                QStringLiteral("cannot create a temporary folder (%1)").arg(temporary.errorString()));
        imagePath = QDir(temporary.path()).filePath(QStringLiteral("synthetic-lesion.jpg"));
        if (Status written = writeSyntheticImage(imagePath); !written)
            return BenchmarkResult::failure(written.error());
    }
    auto report = describeRun(manifest, params, imagePath);
    if (!report)
        return report;

    qCInfo(lcBenchmark) << "benchmarking" << manifest.id << "runs" << params.runs << "warm-up"
                        << params.warmupRuns << "batch" << params.batchSize;
    BenchmarkResult result = BenchmarkResult::failure(QString());
    try {
        result = BenchmarkRun(manifest, params, progress, cancel, nowNs).run(imagePath, std::move(report).value());
    } catch (const c10::Error& error) {
        result = BenchmarkResult::failure(QStringLiteral("%1: benchmark failed (%2)")
                                              .arg(archive, QString::fromStdString(error.what_without_backtrace())));
    } catch (const cv::Exception& error) {
        result = BenchmarkResult::failure(QStringLiteral("%1: preprocessing failed (%2)")
                                              .arg(imagePath, QString::fromStdString(error.msg)));
    } catch (const std::exception& error) {
        result = BenchmarkResult::failure(
            QStringLiteral("%1: benchmark failed (%2)").arg(archive, QString::fromUtf8(error.what())));
    }
    if (!result)
        qCWarning(lcBenchmark) << "benchmark of" << manifest.id << "failed:" << result.error();
    else
        qCInfo(lcBenchmark) << "benchmarked" << manifest.id << "p50" << result->network.p50Ms << "ms";
    return result;
}

} // namespace detail

} // namespace dermaedge
