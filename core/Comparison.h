#pragma once

#include "Benchmark.h"
#include "Evaluation.h"
#include "ModelManifest.h"
#include "ModelRegistry.h"
#include "ResultStore.h"

#include <QDateTime>
#include <QMap>

#include <optional>
#include <vector>

namespace dermaedge {

/// Cores kept busy by other programs during a benchmark
/// (BenchmarkReport::otherProcessesCores) from which its latencies are
/// flagged as measured on a busy computer: a quarter of a core is
/// a chosen limit, not a measured one.
inline constexpr double kBusyComputerCores = 0.25;

/// The benchmark and evaluation results the comparison shows for one variant.
struct VariantResults
{
    ModelManifest manifest;
    bool isBaseline = false;

    std::optional<BenchmarkReport> benchmark;
    QDateTime benchmarkMeasuredAt;
    StaleReasons benchmarkStale;
    QStringList benchmarkStaleSettings; ///< names of the differing settings

    std::optional<EvaluationReport> evaluation;
    QDateTime evaluationMeasuredAt;
    StaleReasons evaluationStale;
    QStringList evaluationStaleSettings;
    QString evaluationDataset; ///< data folder and split the evaluation used

    /// Speed-up of the network p50 against the baseline's (2.0: twice as fast),
    /// or empty when either has no benchmark.
    std::optional<double> speedup;
};

/// Settings and data set of a run started now, to judge stored results against.
struct ComparisonContext
{
    BenchmarkParams benchmark;
    /// Data set of the next evaluation. When dataFolder is empty, each stored
    /// evaluation is checked against its own data set as it is now.
    EvaluateParams evaluation;
    bool useModelSplits = true; ///< per variant, evaluation.splitCsv becomes defaultSplitFor()
};

/// Builds the comparison: one entry per registered variant, the baseline
/// (the registry's default variant) first. Each gets the newest stored result
/// of each kind that is fresh under `context`, else the newest one with the
/// reasons it is stale. Evaluations are compared with the baseline's again.
/// Without a store (nullptr) the entries carry no results. Fails when the
/// store cannot be read.
Result<std::vector<VariantResults>> loadComparison(const ModelRegistry& registry, const ResultStore* store,
                                                   const ComparisonContext& context);

/// Puts a new benchmark into the entry of its variant as a fresh result and
/// updates the speed-ups. Returns false when no entry has its model id.
bool applyBenchmark(std::vector<VariantResults>& rows, const BenchmarkReport& report,
                    const QDateTime& measuredAt);

/// Puts a new evaluation into the entry of its variant as a fresh result and
/// compares the variants with the baseline again. Returns false when no entry
/// has its model id.
bool applyEvaluation(std::vector<VariantResults>& rows, const EvaluationReport& report,
                     const QString& datasetLabel, const QDateTime& measuredAt);

/// Recomputes the speed-ups and the variants' agreement with the baseline.
void updateBaselineComparisons(std::vector<VariantResults>& rows);

/// Short labels for charts: the variant ids without the prefix they all share.
QStringList shortVariantLabels(const std::vector<VariantResults>& rows);

} // namespace dermaedge
