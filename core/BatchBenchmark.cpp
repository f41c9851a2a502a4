#include "BatchBenchmark.h"

#include "Classifier.h"
#include "Logging.h"
#include "private/BenchmarkSupport.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <memory>

namespace dermaedge {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

/// Measures wall-clock and CPU time of one mode.
class ModeTimer
{
public:
    ModeTimer() : m_start(detail::readCpuTimes()) { m_wall.start(); }

    BatchModeTiming finish(int files) const
    {
        const detail::CpuTimes end = detail::readCpuTimes();
        BatchModeTiming timing;
        timing.seconds = double(m_wall.nsecsElapsed()) / 1e9;
        if (timing.seconds <= 0.0)
            return timing;
        timing.imagesPerSecond = files / timing.seconds;
        const double processSeconds = end.processSeconds - m_start.processSeconds;
        timing.processCores = processSeconds / timing.seconds;
        if (files > 0)
            timing.cpuMsPerImage = processSeconds * 1000.0 / files;
        if (m_start.machineBusySeconds >= 0.0 && end.machineBusySeconds >= 0.0) {
            const double machineSeconds = end.machineBusySeconds - m_start.machineBusySeconds;
            // /proc/stat counts in clock ticks, so a short mode can read slightly below zero.
            timing.otherCores = std::max(0.0, (machineSeconds - processSeconds) / timing.seconds);
        }
        return timing;
    }

private:
    detail::CpuTimes m_start;
    QElapsedTimer m_wall;
};

class BatchBenchmarkRun
{
public:
    /// The first classifier also runs the sequential mode.
    BatchBenchmarkRun(const std::vector<Classifier*>& classifiers,
                      const BatchBenchmarkParams& params, const ProgressCallback& progress,
                      const CancelCallback& cancel)
        : m_classifiers(classifiers), m_classifier(*classifiers.front()), m_params(params),
          m_progress(progress), m_cancel(cancel)
    {
    }

    /// Runs both modes once, in the order given.
    Status runRound(bool pipelinedFirst, BatchBenchmarkRound& round)
    {
        round.pipelinedFirst = pipelinedFirst;
        for (int step = 0; step < 2; ++step) {
            const bool pipelined = (step == 0) == pipelinedFirst;
            const Status status =
                pipelined ? runPipelined(round.pipelined) : runSequential(round.sequential);
            if (!status)
                return status;
            reportProgress();
        }
        if (round.sequential.imagesPerSecond > 0.0)
            round.ratio = round.pipelined.imagesPerSecond / round.sequential.imagesPerSecond;
        return Status::success();
    }

    int failedFiles() const { return m_failedFiles; }

private:
    Status runSequential(BatchModeTiming& timing)
    {
        setInferenceThreads(m_params.sequentialThreads);
        int failed = 0;
        const ModeTimer timer;
        for (const QString& file : m_params.files) {
            if (m_cancel && m_cancel())
                return Status::failure(QStringLiteral("batch benchmark of %1 cancelled")
                                           .arg(m_classifier.manifest().id));
            if (!m_classifier.screenFile(file))
                ++failed;
        }
        timing = timer.finish(int(m_params.files.size()));
        m_failedFiles = failed;
        return Status::success();
    }

    Status runPipelined(BatchModeTiming& timing)
    {
        const ModeTimer timer;
        const Result<BatchSummary> summary = screenFilesPipelined(
            m_classifiers, m_params.files, m_params.pipeline, {}, {}, m_cancel);
        if (!summary)
            return Status::failure(QStringLiteral("batch benchmark of %1: %2")
                                       .arg(m_classifier.manifest().id, summary.error()));
        timing = timer.finish(int(m_params.files.size()));
        return Status::success();
    }

    void reportProgress()
    {
        ++m_modesDone;
        if (!m_progress)
            return;
        const int total = 2 * (m_params.warmupRounds + m_params.rounds);
        m_progress({m_modesDone, total,
                    QStringLiteral("Timed %1 of %2 passes over %3 files")
                        .arg(m_modesDone)
                        .arg(total)
                        .arg(m_params.files.size())});
    }

    const std::vector<Classifier*>& m_classifiers;
    Classifier& m_classifier;
    const BatchBenchmarkParams& m_params;
    const ProgressCallback& m_progress;
    const CancelCallback& m_cancel;
    int m_modesDone = 0;
    int m_failedFiles = 0;
};

void summarize(BatchBenchmarkReport& report)
{
    std::vector<double> sequential;
    std::vector<double> pipelined;
    std::vector<double> ratios;
    std::vector<double> otherCores;
    for (const BatchBenchmarkRound& round : report.rounds) {
        sequential.push_back(round.sequential.imagesPerSecond);
        pipelined.push_back(round.pipelined.imagesPerSecond);
        ratios.push_back(round.ratio);
        for (const BatchModeTiming& timing : {round.sequential, round.pipelined}) {
            if (timing.otherCores >= 0.0)
                otherCores.push_back(timing.otherCores);
        }
    }
    report.medianSequentialImagesPerSecond = median(sequential);
    report.medianPipelinedImagesPerSecond = median(pipelined);
    report.medianRatio = median(ratios);
    report.medianOtherCores = otherCores.empty() ? -1.0 : median(otherCores);
}

} // namespace

Status validateBatchBenchmarkParams(const BatchBenchmarkParams& params)
{
    if (params.rounds < 1 || params.rounds > 1000)
        return Status::failure(
            QStringLiteral("rounds is %1; expected 1 to 1000").arg(params.rounds));
    if (params.warmupRounds < 0 || params.warmupRounds > 100)
        return Status::failure(
            QStringLiteral("warm-up rounds is %1; expected 0 to 100").arg(params.warmupRounds));
    if (params.sequentialThreads < 0 || params.sequentialThreads > 1024)
        return Status::failure(QStringLiteral("sequential threads is %1; expected 0 to 1024")
                                   .arg(params.sequentialThreads));
    return validatePipelineOptions(params.pipeline);
}

Result<BatchBenchmarkReport> benchmarkBatchScreening(const ModelManifest& manifest,
                                                     const BatchBenchmarkParams& params,
                                                     const ProgressCallback& progress,
                                                     const CancelCallback& cancel)
{
    using ReportResult = Result<BatchBenchmarkReport>;
    if (Status valid = validateBatchBenchmarkParams(params); !valid)
        return ReportResult::failure(valid.error());
    if (params.files.isEmpty())
        return ReportResult::failure(QStringLiteral("no image files to benchmark"));
    // One copy of the model per network thread, loaded before any timing starts.
    std::vector<std::unique_ptr<Classifier>> loaded;
    std::vector<Classifier*> classifiers;
    const PipelineOptions pipeline =
        resolvePipelineOptions(params.pipeline, int(params.files.size()));
    for (int i = 0; i < pipeline.networkThreads; ++i) {
        auto classifier = Classifier::load(manifest, {params.sequentialThreads, true});
        if (!classifier)
            return ReportResult::failure(classifier.error());
        loaded.push_back(std::move(classifier).value());
        classifiers.push_back(loaded.back().get());
    }

    BatchBenchmarkReport report;
    report.modelId = manifest.id;
    report.kind = manifest.kind;
    report.files = int(params.files.size());
    report.sequentialThreads = params.sequentialThreads;
    report.pipeline = pipeline;
    report.cpuModel = detail::cpuModelName();
    report.logicalCores = QThread::idealThreadCount();
    report.versions = runtimeVersions();

    BatchBenchmarkRun run(classifiers, params, progress, cancel);
    for (int round = 0; round < params.warmupRounds + params.rounds; ++round) {
        BatchBenchmarkRound timed;
        if (Status status = run.runRound(round % 2 == 1, timed); !status)
            return ReportResult::failure(status.error());
        if (round >= params.warmupRounds)
            report.rounds.push_back(timed);
    }
    report.failedFiles = run.failedFiles();
    summarize(report);
    qCInfo(lcBenchmark).nospace() << "batch benchmark of " << manifest.id << ": median "
                                  << report.medianSequentialImagesPerSecond << " img/s sequential, "
                                  << report.medianPipelinedImagesPerSecond
                                  << " img/s pipelined, ratio " << report.medianRatio;
    return report;
}

} // namespace dermaedge
