#pragma once

#include "Benchmark.h"
#include "Evaluation.h"
#include "ModelManifest.h"
#include "ResultStore.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <vector>

template <typename T>
class QPromise;

namespace dermaedge {

/// Result of measuring one variant, delivered as soon as that variant is done.
struct MeasurementOutcome
{
    ResultKind kind = ResultKind::Benchmark;
    ModelManifest manifest;
    ResultKey key; ///< what the result was measured on and with
    std::optional<BenchmarkReport> benchmark;
    std::optional<EvaluationReport> evaluation;
    QString error; ///< empty on success

    bool ok() const { return benchmark.has_value() || evaluation.has_value(); }
};

/// Benchmarks or evaluates a list of variants one after another on the global
/// thread pool, reporting each variant's result as soon as it is ready.
///
/// Only one job runs at a time, so a benchmark never overlaps an evaluation
/// (whose load would distort the latencies). start*() returns false while a
/// job runs. The first variant is taken as the baseline: each later
/// variant's evaluation is compared with its decisions.
class MeasurementRunner : public QObject
{
    Q_OBJECT

public:
    explicit MeasurementRunner(QObject* parent = nullptr);
    /// Cancels a running job and waits for it to stop.
    ~MeasurementRunner() override;

    bool startBenchmark(const std::vector<ModelManifest>& models, const BenchmarkParams& params);
    /// `params.splitCsv` is replaced per variant by defaultSplitFor() when
    /// `useModelSplits` is true.
    bool startEvaluation(const std::vector<ModelManifest>& models, const EvaluateParams& params,
                         bool useModelSplits);
    /// Asks the running job to stop; finished() follows once it has.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Kind of the running or last job.
    ResultKind kind() const { return m_kind; }

Q_SIGNALS:
    /// Overall progress: `done` of `total` steps over all variants.
    void progress(int done, int total, const QString& message);
    void variantFinished(const dermaedge::MeasurementOutcome& outcome);
    /// Emitted when the job has ended; `cancelled` is true when cancel() stopped it.
    void finished(bool cancelled);

private:
    void onResultReady(int index);
    void onFinished();
    void watch(const QFuture<MeasurementOutcome>& future, ResultKind kind, int variants);

    static void benchmarkAll(QPromise<MeasurementOutcome>& promise, std::vector<ModelManifest> models,
                             BenchmarkParams params);
    static void evaluateAll(QPromise<MeasurementOutcome>& promise, std::vector<ModelManifest> models,
                            EvaluateParams params, bool useModelSplits);

    QFutureWatcher<MeasurementOutcome> m_watcher;
    ResultKind m_kind = ResultKind::Benchmark;
    bool m_running = false;
};

} // namespace dermaedge
