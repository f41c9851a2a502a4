#include "ReportJson.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace dermaedge {

namespace {

void writeLatency(QJsonObject& json, const QString& prefix, const LatencyStats& stats)
{
    json.insert(prefix + QStringLiteral("count"), stats.count);
    json.insert(prefix + QStringLiteral("p50_ms"), stats.p50Ms);
    json.insert(prefix + QStringLiteral("p90_ms"), stats.p90Ms);
    json.insert(prefix + QStringLiteral("p99_ms"), stats.p99Ms);
    json.insert(prefix + QStringLiteral("mean_ms"), stats.meanMs);
    json.insert(prefix + QStringLiteral("std_ms"), stats.stdMs);
    json.insert(prefix + QStringLiteral("min_ms"), stats.minMs);
    json.insert(prefix + QStringLiteral("max_ms"), stats.maxMs);
}

LatencyStats readLatency(const QJsonObject& json, const QString& prefix)
{
    LatencyStats stats;
    stats.count = json.value(prefix + QStringLiteral("count")).toInt();
    stats.p50Ms = json.value(prefix + QStringLiteral("p50_ms")).toDouble();
    stats.p90Ms = json.value(prefix + QStringLiteral("p90_ms")).toDouble();
    stats.p99Ms = json.value(prefix + QStringLiteral("p99_ms")).toDouble();
    stats.meanMs = json.value(prefix + QStringLiteral("mean_ms")).toDouble();
    stats.stdMs = json.value(prefix + QStringLiteral("std_ms")).toDouble();
    stats.minMs = json.value(prefix + QStringLiteral("min_ms")).toDouble();
    stats.maxMs = json.value(prefix + QStringLiteral("max_ms")).toDouble();
    return stats;
}

QString decisionName(bool malignant)
{
    return malignant ? QStringLiteral("malignant") : QStringLiteral("benign");
}

QJsonObject agreementJson(const DecisionAgreement& agreement)
{
    QJsonArray flipped;
    for (const DecisionFlip& flip : agreement.flipped) {
        flipped.append(QJsonObject{{QStringLiteral("file"), flip.file},
                                   {QStringLiteral("label"), decisionName(flip.label == 1)},
                                   {QStringLiteral("baseline_probability"), flip.baselineProbability},
                                   {QStringLiteral("variant_probability"), flip.variantProbability},
                                   {QStringLiteral("baseline_decision"), decisionName(!flip.variantMalignant)},
                                   {QStringLiteral("variant_decision"), decisionName(flip.variantMalignant)}});
    }
    return {{QStringLiteral("baseline"), agreement.baselineId},
            {QStringLiteral("compared"), agreement.compared},
            {QStringLiteral("flips"), agreement.flips},
            {QStringLiteral("flip_fraction"), agreement.flipFraction},
            {QStringLiteral("flipped"), flipped}};
}

DecisionAgreement agreementFromJson(const QJsonObject& json)
{
    DecisionAgreement agreement;
    agreement.baselineId = json.value(QStringLiteral("baseline")).toString();
    agreement.compared = json.value(QStringLiteral("compared")).toInt();
    agreement.flips = json.value(QStringLiteral("flips")).toInt();
    agreement.flipFraction = json.value(QStringLiteral("flip_fraction")).toDouble();
    for (const QJsonValue& value : json.value(QStringLiteral("flipped")).toArray()) {
        const QJsonObject flip = value.toObject();
        agreement.flipped.push_back(
            {flip.value(QStringLiteral("file")).toString(),
             flip.value(QStringLiteral("label")).toString() == QStringLiteral("malignant") ? 1 : 0,
             flip.value(QStringLiteral("baseline_probability")).toDouble(),
             flip.value(QStringLiteral("variant_probability")).toDouble(),
             flip.value(QStringLiteral("variant_decision")).toString() == QStringLiteral("malignant")});
    }
    return agreement;
}

QJsonObject shiftJson(const ShiftMetrics& metrics, bool includeImages)
{
    const BinaryMetrics& m = metrics.atThreshold;
    QJsonArray roc;
    for (const RocCurvePoint& point : metrics.roc)
        roc.append(QJsonArray{point.fpr, point.tpr, point.threshold});
    QJsonObject json{{QStringLiteral("shift"), metrics.shift},
                     {QStringLiteral("auc"), metricJson(metrics.auc)},
                     {QStringLiteral("ece"), metricJson(metrics.ece)},
                     {QStringLiteral("sensitivity"), metricJson(m.sensitivity)},
                     {QStringLiteral("specificity"), metricJson(m.specificity)},
                     {QStringLiteral("balanced_accuracy"), metricJson(m.balancedAccuracy)},
                     {QStringLiteral("ppv"), metricJson(m.ppv)},
                     {QStringLiteral("npv"), metricJson(m.npv)},
                     {QStringLiteral("confusion"), QJsonObject{{QStringLiteral("tp"), m.truePositives},
                                                               {QStringLiteral("fp"), m.falsePositives},
                                                               {QStringLiteral("tn"), m.trueNegatives},
                                                               {QStringLiteral("fn"), m.falseNegatives}}},
                     {QStringLiteral("roc"), roc},
                     {QStringLiteral("undefined"), QJsonArray::fromStringList(metrics.undefined)}};
    if (metrics.agreement)
        json.insert(QStringLiteral("agreement"), agreementJson(*metrics.agreement));
    if (includeImages) {
        QJsonArray probabilities;
        for (double probability : metrics.probabilities)
            probabilities.append(probability);
        json.insert(QStringLiteral("probabilities"), probabilities);
    }
    return json;
}

ShiftMetrics shiftFromJson(const QJsonObject& json)
{
    ShiftMetrics metrics;
    metrics.shift = json.value(QStringLiteral("shift")).toString();
    metrics.auc = metricFromJson(json.value(QStringLiteral("auc")));
    metrics.ece = metricFromJson(json.value(QStringLiteral("ece")));
    BinaryMetrics& m = metrics.atThreshold;
    m.sensitivity = metricFromJson(json.value(QStringLiteral("sensitivity")));
    m.specificity = metricFromJson(json.value(QStringLiteral("specificity")));
    m.balancedAccuracy = metricFromJson(json.value(QStringLiteral("balanced_accuracy")));
    m.ppv = metricFromJson(json.value(QStringLiteral("ppv")));
    m.npv = metricFromJson(json.value(QStringLiteral("npv")));
    const QJsonObject confusion = json.value(QStringLiteral("confusion")).toObject();
    m.truePositives = confusion.value(QStringLiteral("tp")).toInt();
    m.falsePositives = confusion.value(QStringLiteral("fp")).toInt();
    m.trueNegatives = confusion.value(QStringLiteral("tn")).toInt();
    m.falseNegatives = confusion.value(QStringLiteral("fn")).toInt();
    for (const QJsonValue& value : json.value(QStringLiteral("roc")).toArray()) {
        const QJsonArray point = value.toArray();
        metrics.roc.push_back({point.at(0).toDouble(), point.at(1).toDouble(), point.at(2).toDouble()});
    }
    for (const QJsonValue& value : json.value(QStringLiteral("undefined")).toArray())
        metrics.undefined << value.toString();
    if (json.contains(QStringLiteral("agreement")))
        metrics.agreement = agreementFromJson(json.value(QStringLiteral("agreement")).toObject());
    for (const QJsonValue& value : json.value(QStringLiteral("probabilities")).toArray())
        metrics.probabilities.push_back(value.toDouble());
    return metrics;
}

} // namespace

QJsonValue metricJson(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double metricFromJson(const QJsonValue& value)
{
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QJsonObject benchmarkReportToJson(const BenchmarkReport& report)
{
    QJsonObject json{{QStringLiteral("id"), report.modelId},
                     {QStringLiteral("kind"), report.kind},
                     {QStringLiteral("input_size"), report.inputSize},
                     {QStringLiteral("warmup_runs"), report.warmupRuns},
                     {QStringLiteral("runs"), report.runs},
                     {QStringLiteral("batch_size"), report.batchSize},
                     {QStringLiteral("image"), report.imageSource},
                     {QStringLiteral("throughput_batch1"), report.throughputBatch1},
                     {QStringLiteral("throughput_batch"), report.throughputBatch},
                     {QStringLiteral("load_ms"), report.loadMs},
                     {QStringLiteral("first_inference_ms"), report.firstInferenceMs},
                     {QStringLiteral("peak_rss_added_bytes"), report.peakRssAddedBytes},
                     {QStringLiteral("peak_rss_is_lower_bound"), !report.peakRssWasReset},
                     {QStringLiteral("size_bytes"), report.archiveBytes},
                     {QStringLiteral("size_compressed_bytes"), report.archiveCompressedBytes},
                     {QStringLiteral("parameters"), report.parameters},
                     {QStringLiteral("nonzero_parameters"), report.nonZeroParameters},
                     {QStringLiteral("macs"), report.macs},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
                     {QStringLiteral("other_processes_cores"), report.otherProcessesCores},
                     {QStringLiteral("engine"), report.quantizedEngine},
                     {QStringLiteral("threads"), report.threads},
                     {QStringLiteral("cpu"), report.cpuModel},
                     {QStringLiteral("versions"), report.versions}};
    writeLatency(json, QString(), report.network);
    writeLatency(json, QStringLiteral("e2e_"), report.endToEnd);
    return json;
}

BenchmarkReport benchmarkReportFromJson(const QJsonObject& json)
{
    BenchmarkReport report;
    report.modelId = json.value(QStringLiteral("id")).toString();
    report.kind = json.value(QStringLiteral("kind")).toString();
    report.inputSize = json.value(QStringLiteral("input_size")).toInt();
    report.warmupRuns = json.value(QStringLiteral("warmup_runs")).toInt();
    report.runs = json.value(QStringLiteral("runs")).toInt();
    report.batchSize = json.value(QStringLiteral("batch_size")).toInt();
    report.imageSource = json.value(QStringLiteral("image")).toString();
    report.network = readLatency(json, QString());
    report.endToEnd = readLatency(json, QStringLiteral("e2e_"));
    report.throughputBatch1 = json.value(QStringLiteral("throughput_batch1")).toDouble();
    report.throughputBatch = json.value(QStringLiteral("throughput_batch")).toDouble();
    report.loadMs = json.value(QStringLiteral("load_ms")).toDouble();
    report.firstInferenceMs = json.value(QStringLiteral("first_inference_ms")).toDouble();
    report.peakRssAddedBytes = json.value(QStringLiteral("peak_rss_added_bytes")).toInteger(-1);
    report.peakRssWasReset = !json.value(QStringLiteral("peak_rss_is_lower_bound")).toBool();
    report.archiveBytes = json.value(QStringLiteral("size_bytes")).toInteger();
    report.archiveCompressedBytes = json.value(QStringLiteral("size_compressed_bytes")).toInteger();
    report.parameters = json.value(QStringLiteral("parameters")).toInteger();
    report.nonZeroParameters = json.value(QStringLiteral("nonzero_parameters")).toInteger();
    report.macs = json.value(QStringLiteral("macs")).toInteger(-1);
    for (const QJsonValue& note : json.value(QStringLiteral("notes")).toArray())
        report.notes << note.toString();
    report.otherProcessesCores = json.value(QStringLiteral("other_processes_cores")).toDouble(-1.0);
    report.quantizedEngine = json.value(QStringLiteral("engine")).toString();
    report.threads = json.value(QStringLiteral("threads")).toInt();
    report.cpuModel = json.value(QStringLiteral("cpu")).toString();
    report.versions = json.value(QStringLiteral("versions")).toString();
    return report;
}

QJsonObject evaluationReportToJson(const EvaluationReport& report, bool includeImages)
{
    QJsonArray shifts;
    for (const ShiftMetrics& metrics : report.results)
        shifts.append(shiftJson(metrics, includeImages));
    QJsonObject json{{QStringLiteral("model"), report.modelId},
                     {QStringLiteral("kind"), report.kind},
                     {QStringLiteral("threshold"), report.threshold},
                     {QStringLiteral("data"), report.dataFolder},
                     {QStringLiteral("split"), report.splitCsv},
                     {QStringLiteral("base_folder"), report.baseFolder},
                     {QStringLiteral("dataset_hash"), report.datasetHash},
                     {QStringLiteral("images"), report.images},
                     {QStringLiteral("auc"), report.results.empty() ? QJsonValue(QJsonValue::Null)
                                                                    : metricJson(report.results.front().auc)},
                     {QStringLiteral("shifts"), shifts},
                     {QStringLiteral("unreadable"), QJsonArray::fromStringList(report.unreadable)}};
    if (includeImages) {
        const QDir base(report.baseFolder);
        QJsonArray images;
        for (const LabelledImage& image : report.imageList)
            images.append(QJsonArray{base.relativeFilePath(image.path), image.label});
        json.insert(QStringLiteral("image_list"), images);
    }
    return json;
}

EvaluationReport evaluationReportFromJson(const QJsonObject& json)
{
    EvaluationReport report;
    report.modelId = json.value(QStringLiteral("model")).toString();
    report.kind = json.value(QStringLiteral("kind")).toString();
    report.threshold = json.value(QStringLiteral("threshold")).toDouble(0.5);
    report.dataFolder = json.value(QStringLiteral("data")).toString();
    report.splitCsv = json.value(QStringLiteral("split")).toString();
    report.baseFolder = json.value(QStringLiteral("base_folder")).toString();
    report.datasetHash = json.value(QStringLiteral("dataset_hash")).toString();
    report.images = json.value(QStringLiteral("images")).toInt();
    for (const QJsonValue& value : json.value(QStringLiteral("unreadable")).toArray())
        report.unreadable << value.toString();
    for (const QJsonValue& value : json.value(QStringLiteral("shifts")).toArray())
        report.results.push_back(shiftFromJson(value.toObject()));
    const QDir base(report.baseFolder);
    for (const QJsonValue& value : json.value(QStringLiteral("image_list")).toArray()) {
        const QJsonArray image = value.toArray();
        report.imageList.push_back({QDir::cleanPath(base.absoluteFilePath(image.at(0).toString())),
                                    image.at(1).toInt()});
    }
    return report;
}

} // namespace dermaedge
