#include "Comparison.h"

#include "ReportJson.h"

#include <QHash>
#include <QJsonArray>

#include <map>

namespace dermaedge {

namespace {

// Data set hashes computed during one loadComparison(), keyed by folder, split and limit.
class DatasetHashCache
{
public:
    QString hashOf(const EvaluateParams& params)
    {
        const QString key = QStringLiteral("%1\n%2\n%3").arg(params.dataFolder, params.splitCsv).arg(params.maxImages);
        const auto found = m_hashes.constFind(key);
        if (found != m_hashes.cend())
            return found.value();
        // A data set that cannot be listed any more has no hash, so it differs from the stored one.
        const Result<QString> hash = evaluationDatasetHash(params);
        const QString value = hash ? hash.value() : QString();
        m_hashes.insert(key, value);
        return value;
    }

private:
    QHash<QString, QString> m_hashes;
};

// The parameters a stored evaluation was run with, as far as the data set goes.
EvaluateParams storedEvaluationParams(const StoredResult& stored)
{
    EvaluateParams params;
    params.dataFolder = stored.payload.value(QStringLiteral("data")).toString();
    params.splitCsv = stored.payload.value(QStringLiteral("split")).toString();
    params.maxImages = stored.key.settings.value(QStringLiteral("max_images")).toInt();
    params.shifts.clear();
    for (const QJsonValue& shift : stored.key.settings.value(QStringLiteral("shifts")).toArray())
        params.shifts << shift.toString();
    return params;
}

ResultKey currentEvaluationKey(const ModelManifest& manifest, const ComparisonContext& context,
                               const std::vector<StoredResult>& stored, DatasetHashCache& hashes)
{
    EvaluateParams params = context.evaluation;
    if (params.dataFolder.isEmpty() && !stored.empty()) {
        params = storedEvaluationParams(stored.front());
    } else if (context.useModelSplits) {
        params.splitCsv = defaultSplitFor(manifest);
    }
    return evaluationKey(manifest, params, hashes.hashOf(params));
}

void fillBenchmark(VariantResults& row, const std::vector<StoredResult>& stored, const ComparisonContext& context)
{
    const ResultKey current = benchmarkKey(row.manifest, context.benchmark);
    const StoredResult* chosen = preferredResult(stored, current);
    if (chosen == nullptr)
        return;
    row.benchmark = benchmarkReportFromJson(chosen->payload);
    row.benchmarkMeasuredAt = chosen->measuredAt;
    row.benchmarkStale = staleness(chosen->key, current);
    row.benchmarkStaleSettings = differingSettings(chosen->key.settings, current.settings);
}

void fillEvaluation(VariantResults& row, const std::vector<StoredResult>& stored, const ComparisonContext& context,
                    DatasetHashCache& hashes)
{
    if (stored.empty())
        return;
    const ResultKey current = currentEvaluationKey(row.manifest, context, stored, hashes);
    const StoredResult* chosen = preferredResult(stored, current);
    row.evaluation = evaluationReportFromJson(chosen->payload);
    row.evaluationMeasuredAt = chosen->measuredAt;
    row.evaluationStale = staleness(chosen->key, current);
    row.evaluationStaleSettings = differingSettings(chosen->key.settings, current.settings);
    row.evaluationDataset = chosen->key.datasetLabel;
}

// Stored results grouped by model id, each group newest first.
std::map<QString, std::vector<StoredResult>> byModel(std::vector<StoredResult> results)
{
    std::map<QString, std::vector<StoredResult>> grouped;
    for (StoredResult& result : results)
        grouped[result.key.modelId].push_back(std::move(result));
    return grouped;
}

VariantResults* findRow(std::vector<VariantResults>& rows, const QString& modelId)
{
    for (VariantResults& row : rows) {
        if (row.manifest.id == modelId)
            return &row;
    }
    return nullptr;
}

} // namespace

Result<std::vector<VariantResults>> loadComparison(const ModelRegistry& registry, const ResultStore* store,
                                                   const ComparisonContext& context)
{
    using LoadResult = Result<std::vector<VariantResults>>;
    std::map<QString, std::vector<StoredResult>> storedBenchmarks;
    std::map<QString, std::vector<StoredResult>> storedEvaluations;
    if (store != nullptr) {
        auto benchmarks = store->results(ResultKind::Benchmark);
        if (!benchmarks)
            return LoadResult::failure(benchmarks.error());
        auto evaluations = store->results(ResultKind::Evaluation);
        if (!evaluations)
            return LoadResult::failure(evaluations.error());
        storedBenchmarks = byModel(std::move(benchmarks).value());
        storedEvaluations = byModel(std::move(evaluations).value());
    }

    const std::optional<ModelManifest> baseline = registry.defaultModel();
    std::vector<VariantResults> rows;
    DatasetHashCache hashes;
    for (const ModelManifest& manifest : registry.models()) {
        VariantResults row;
        row.manifest = manifest;
        row.isBaseline = baseline && baseline->id == manifest.id;
        fillBenchmark(row, storedBenchmarks[manifest.id], context);
        fillEvaluation(row, storedEvaluations[manifest.id], context, hashes);
        if (row.isBaseline)
            rows.insert(rows.begin(), std::move(row));
        else
            rows.push_back(std::move(row));
    }
    updateBaselineComparisons(rows);
    return rows;
}

bool applyBenchmark(std::vector<VariantResults>& rows, const BenchmarkReport& report, const QDateTime& measuredAt)
{
    VariantResults* row = findRow(rows, report.modelId);
    if (row == nullptr)
        return false;
    row->benchmark = report;
    row->benchmarkMeasuredAt = measuredAt;
    row->benchmarkStale = {};
    row->benchmarkStaleSettings.clear();
    updateBaselineComparisons(rows);
    return true;
}

bool applyEvaluation(std::vector<VariantResults>& rows, const EvaluationReport& report, const QString& datasetLabel,
                     const QDateTime& measuredAt)
{
    VariantResults* row = findRow(rows, report.modelId);
    if (row == nullptr)
        return false;
    row->evaluation = report;
    row->evaluationMeasuredAt = measuredAt;
    row->evaluationStale = {};
    row->evaluationStaleSettings.clear();
    row->evaluationDataset = datasetLabel;
    updateBaselineComparisons(rows);
    return true;
}

void updateBaselineComparisons(std::vector<VariantResults>& rows)
{
    const VariantResults* baseline = nullptr;
    for (const VariantResults& row : rows) {
        if (row.isBaseline)
            baseline = &row;
    }
    for (VariantResults& row : rows) {
        row.speedup.reset();
        if (baseline == nullptr)
            continue;
        if (baseline->benchmark && row.benchmark && row.benchmark->network.p50Ms > 0.0)
            row.speedup = baseline->benchmark->network.p50Ms / row.benchmark->network.p50Ms;
        // Stored agreements may refer to an older baseline result; compare with the one shown.
        if (&row != baseline && baseline->evaluation && row.evaluation && !row.evaluation->imageList.empty()
            && !baseline->evaluation->imageList.empty())
            compareWithBaseline(*row.evaluation, *baseline->evaluation);
    }
}

QStringList shortVariantLabels(const std::vector<VariantResults>& rows)
{
    QStringList ids;
    for (const VariantResults& row : rows)
        ids << row.manifest.id;
    if (ids.size() < 2)
        return ids;
    // The longest common prefix that ends at a '-', so that no label starts mid-word.
    qsizetype prefix = 0;
    for (qsizetype i = 0; i < ids.front().size(); ++i) {
        const QChar c = ids.front().at(i);
        bool shared = true;
        for (const QString& id : std::as_const(ids))
            shared = shared && i < id.size() - 1 && id.at(i) == c;
        if (!shared)
            break;
        if (c == u'-')
            prefix = i + 1;
    }
    QStringList labels;
    for (const QString& id : std::as_const(ids))
        labels << id.mid(prefix);
    return labels;
}

} // namespace dermaedge
