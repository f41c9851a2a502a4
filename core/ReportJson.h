#pragma once

#include "Benchmark.h"
#include "Evaluation.h"

#include <QJsonObject>
#include <QJsonValue>

namespace dermaedge {

/// A metric as JSON: the number, or null when it is NaN or infinite (JSON has
/// no NaN). The report's `undefined` list gives the reason a metric is null.
QJsonValue metricJson(double value);

/// Reads a metric written by metricJson(): null becomes NaN.
double metricFromJson(const QJsonValue& value);

/// Serializes a benchmark report. The network latency keys are `p50_ms`,
/// `p90_ms`, `p99_ms`, `mean_ms`, `std_ms`, `min_ms` and `max_ms`; the end-to-end
/// ones carry an `e2e_` prefix. Sizes are `size_bytes` and `size_compressed_bytes`,
/// multiply-accumulates `macs`. `other_processes_cores` is the number of
/// cores other programs kept busy meanwhile.
QJsonObject benchmarkReportToJson(const BenchmarkReport& report);

/// Reads what benchmarkReportToJson() wrote; missing keys keep their defaults.
BenchmarkReport benchmarkReportFromJson(const QJsonObject& json);

/// Serializes an evaluation report with `auc` of the first shift at the top
/// level. Each shift gets an object with the metrics at the threshold, the
/// confusion matrix, the ROC curve as [fpr, tpr, threshold] triples, the
/// undefined metrics and the agreement with the baseline. With `includeImages`, the image list
/// (paths relative to the base folder) and each shift's probabilities are added,
/// which evaluationReportFromJson() needs to compare with a baseline again.
QJsonObject evaluationReportToJson(const EvaluationReport& report, bool includeImages);

/// Reads what evaluationReportToJson() wrote; missing keys keep their defaults.
EvaluationReport evaluationReportFromJson(const QJsonObject& json);

} // namespace dermaedge
