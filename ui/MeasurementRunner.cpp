#include "MeasurementRunner.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>

namespace dermaedge {

namespace {

// Progress steps per variant; a variant's own progress is scaled into them.
constexpr int kStepsPerVariant = 1000;

// Forwards one variant's progress into the job's overall range.
ProgressCallback variantProgress(QPromise<MeasurementOutcome>& promise, size_t variant, const QString& modelId)
{
    return [&promise, variant, modelId](const JobProgress& step) {
        const double fraction = step.total > 0 ? double(step.done) / double(step.total) : 0.0;
        const int value = int(variant) * kStepsPerVariant + int(fraction * (kStepsPerVariant - 1));
        promise.setProgressValueAndText(value, QStringLiteral("%1: %2").arg(modelId, step.message));
    };
}

MeasurementOutcome failedOutcome(ResultKind kind, const ModelManifest& manifest, const QString& error)
{
    MeasurementOutcome outcome;
    outcome.kind = kind;
    outcome.manifest = manifest;
    outcome.error = error;
    return outcome;
}

} // namespace

MeasurementRunner::MeasurementRunner(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<MeasurementOutcome>::resultReadyAt, this, &MeasurementRunner::onResultReady);
    connect(&m_watcher, &QFutureWatcher<MeasurementOutcome>::finished, this, &MeasurementRunner::onFinished);
    connect(&m_watcher, &QFutureWatcher<MeasurementOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progress(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
}

MeasurementRunner::~MeasurementRunner()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool MeasurementRunner::startBenchmark(const std::vector<ModelManifest>& models, const BenchmarkParams& params)
{
    if (m_running || models.empty())
        return false;
    watch(QtConcurrent::run(&MeasurementRunner::benchmarkAll, models, params), ResultKind::Benchmark,
          int(models.size()));
    return true;
}

bool MeasurementRunner::startEvaluation(const std::vector<ModelManifest>& models, const EvaluateParams& params,
                                        bool useModelSplits)
{
    if (m_running || models.empty())
        return false;
    watch(QtConcurrent::run(&MeasurementRunner::evaluateAll, models, params, useModelSplits),
          ResultKind::Evaluation, int(models.size()));
    return true;
}

void MeasurementRunner::watch(const QFuture<MeasurementOutcome>& future, ResultKind kind, int variants)
{
    m_kind = kind;
    m_running = true;
    m_watcher.setFuture(future);
    Q_EMIT progress(0, variants * kStepsPerVariant, QString());
}

void MeasurementRunner::cancel()
{
    if (m_running)
        m_watcher.cancel();
}

void MeasurementRunner::onResultReady(int index)
{
    Q_EMIT variantFinished(m_watcher.resultAt(index));
}

void MeasurementRunner::onFinished()
{
    m_running = false;
    Q_EMIT finished(m_watcher.isCanceled());
}

// Runs on a pool thread and touches no QObject. Every exception is caught,
// because one escaping a QtConcurrent job would reach the GUI thread.
void MeasurementRunner::benchmarkAll(QPromise<MeasurementOutcome>& promise, std::vector<ModelManifest> models,
                                     BenchmarkParams params)
{
    promise.setProgressRange(0, int(models.size()) * kStepsPerVariant);
    const CancelCallback cancel = [&promise] { return promise.isCanceled(); };
    // As in the CLI, a discarded short run lets LibTorch initialize itself
    // first, so the first variant's load time and memory compare fairly.
    BenchmarkParams priming = params;
    priming.warmupRuns = 0;
    priming.runs = 1;
    priming.batchSize = 1;
    benchmarkModel(models.front(), priming, {}, cancel);

    for (size_t i = 0; i < models.size() && !promise.isCanceled(); ++i) {
        const ModelManifest& manifest = models[i];
        MeasurementOutcome outcome = failedOutcome(ResultKind::Benchmark, manifest, QString());
        try {
            outcome.key = benchmarkKey(manifest, params);
            auto report = benchmarkModel(manifest, params, variantProgress(promise, i, manifest.id), cancel);
            if (report)
                outcome.benchmark = std::move(report).value();
            else
                outcome.error = report.error();
        } catch (const std::exception& error) {
            outcome.error = QStringLiteral("%1: benchmark failed (%2)").arg(manifest.id, QString::fromLocal8Bit(error.what()));
        }
        promise.addResult(std::move(outcome));
    }
}

void MeasurementRunner::evaluateAll(QPromise<MeasurementOutcome>& promise, std::vector<ModelManifest> models,
                                    EvaluateParams params, bool useModelSplits)
{
    promise.setProgressRange(0, int(models.size()) * kStepsPerVariant);
    const CancelCallback cancel = [&promise] { return promise.isCanceled(); };
    std::optional<EvaluationReport> baseline;
    for (size_t i = 0; i < models.size() && !promise.isCanceled(); ++i) {
        const ModelManifest& manifest = models[i];
        MeasurementOutcome outcome = failedOutcome(ResultKind::Evaluation, manifest, QString());
        try {
            EvaluateParams variantParams = params;
            if (useModelSplits)
                variantParams.splitCsv = defaultSplitFor(manifest);
            auto report = evaluateModel(manifest, variantParams, variantProgress(promise, i, manifest.id), cancel);
            if (report) {
                if (i == 0)
                    baseline = report.value();
                else if (baseline)
                    compareWithBaseline(report.value(), *baseline);
                outcome.key = evaluationKey(manifest, variantParams, report->datasetHash);
                outcome.evaluation = std::move(report).value();
            } else {
                outcome.error = report.error();
            }
        } catch (const std::exception& error) {
            outcome.error = QStringLiteral("%1: evaluation failed (%2)").arg(manifest.id, QString::fromLocal8Bit(error.what()));
        }
        promise.addResult(std::move(outcome));
    }
}

} // namespace dermaedge
