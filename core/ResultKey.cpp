// Keys of stored results and the rules that decide when a result is stale.

#include "Classifier.h"
#include "ResultStore.h"
#include "private/BenchmarkSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QThread>

namespace dermaedge {

namespace {

int effectiveThreads(int threads)
{
    return threads > 0 ? threads : QThread::idealThreadCount();
}

bool settingMatches(const QJsonValue& stored, const QJsonValue& current)
{
    if (!stored.isArray() || !current.isArray())
        return stored == current;
    const QJsonArray available = stored.toArray();
    for (const QJsonValue& wanted : current.toArray()) {
        if (!available.contains(wanted))
            return false;
    }
    return true;
}

} // namespace

MachineInfo currentMachine()
{
    return {detail::cpuModelName(), QThread::idealThreadCount(), runtimeVersions()};
}

QJsonObject benchmarkSettings(const BenchmarkParams& params)
{
    return {{QStringLiteral("threads"), effectiveThreads(params.threads)},
            {QStringLiteral("runs"), params.runs},
            {QStringLiteral("warmup_runs"), params.warmupRuns},
            {QStringLiteral("batch_size"), params.batchSize},
            {QStringLiteral("image"), params.imagePath.isEmpty() ? QStringLiteral("synthetic") : params.imagePath}};
}

QJsonObject evaluationSettings(const EvaluateParams& params, const ModelManifest& manifest)
{
    return {{QStringLiteral("shifts"), QJsonArray::fromStringList(params.shifts)},
            {QStringLiteral("max_images"), params.maxImages},
            {QStringLiteral("threshold"), manifest.threshold},
            {QStringLiteral("temperature"), manifest.temperature}};
}

ResultKey benchmarkKey(const ModelManifest& manifest, const BenchmarkParams& params)
{
    ResultKey key;
    key.kind = ResultKind::Benchmark;
    key.modelId = manifest.id;
    key.archiveSha256 = manifest.sha256;
    key.machine = currentMachine();
    key.settings = benchmarkSettings(params);
    return key;
}

ResultKey evaluationKey(const ModelManifest& manifest, const EvaluateParams& params,
                        const QString& datasetHash)
{
    ResultKey key;
    key.kind = ResultKind::Evaluation;
    key.modelId = manifest.id;
    key.archiveSha256 = manifest.sha256;
    key.datasetHash = datasetHash;
    key.datasetLabel = params.splitCsv.isEmpty()
                           ? params.dataFolder
                           : QStringLiteral("%1 (validation rows of %2)").arg(params.dataFolder, params.splitCsv);
    key.machine = currentMachine();
    key.settings = evaluationSettings(params, manifest);
    return key;
}

QStringList differingSettings(const QJsonObject& stored, const QJsonObject& current)
{
    QStringList names = stored.keys() + current.keys();
    names.sort();
    names.removeDuplicates();
    QStringList differing;
    for (const QString& name : std::as_const(names)) {
        if (!stored.contains(name) || !current.contains(name)
            || !settingMatches(stored.value(name), current.value(name)))
            differing << name;
    }
    return differing;
}

StaleReasons staleness(const ResultKey& stored, const ResultKey& current)
{
    StaleReasons reasons;
    if (stored.archiveSha256 != current.archiveSha256)
        reasons |= StaleReason::ArchiveChanged;
    if (stored.kind == ResultKind::Evaluation && stored.datasetHash != current.datasetHash)
        reasons |= StaleReason::DatasetChanged;
    if (stored.machine != current.machine)
        reasons |= StaleReason::OtherMachine;
    if (!differingSettings(stored.settings, current.settings).isEmpty())
        reasons |= StaleReason::OtherSettings;
    return reasons;
}

const StoredResult* preferredResult(const std::vector<StoredResult>& newestFirst, const ResultKey& current)
{
    for (const StoredResult& result : newestFirst) {
        if (!staleness(result.key, current))
            return &result;
    }
    return newestFirst.empty() ? nullptr : &newestFirst.front();
}

} // namespace dermaedge
