#include "CliCommon.h"

#include "Evaluation.h"
#include "OperatingPoints.h"

#include <QDateTime>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dermaedge::cli {

namespace {

// The split written when the model (or the baseline it was derived from) was trained.
QString defaultSplit(const ModelManifest& model)
{
    const QDir folder = QFileInfo(model.manifestPath).absoluteDir();
    for (const QString& id : {model.id, model.provenance.source.section(u' ', 0, 0)}) {
        const QString candidate = folder.absoluteFilePath(id + QStringLiteral("-split.csv"));
        if (!id.isEmpty() && QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

QJsonObject shiftJson(const ShiftMetrics& metrics)
{
    const BinaryMetrics& m = metrics.atThreshold;
    return {{QStringLiteral("shift"), metrics.shift},
            {QStringLiteral("auc"), metrics.auc},
            {QStringLiteral("ece"), metrics.ece},
            {QStringLiteral("sensitivity"), m.sensitivity},
            {QStringLiteral("specificity"), m.specificity},
            {QStringLiteral("balanced_accuracy"), m.balancedAccuracy},
            {QStringLiteral("confusion"), QJsonObject{{QStringLiteral("tp"), m.truePositives},
                                                      {QStringLiteral("fp"), m.falsePositives},
                                                      {QStringLiteral("tn"), m.trueNegatives},
                                                      {QStringLiteral("fn"), m.falseNegatives}}}};
}

void printText(const ModelManifest& model, const EvaluationReport& report, const QString& split)
{
    out() << model.id << " [" << model.kind << "], " << report.images << " images"
          << (split.isEmpty() ? QString() : QStringLiteral(" (validation rows of %1)").arg(QFileInfo(split).fileName()))
          << ", threshold " << QString::number(model.threshold, 'f', 4) << "\n";
    out() << "  shift            AUC     sens    spec    bal.acc  ECE\n";
    for (const ShiftMetrics& metrics : report.results) {
        out() << "  " << metrics.shift.leftJustified(15) << QString::number(metrics.auc, 'f', 4) << "  "
              << QString::number(metrics.atThreshold.sensitivity, 'f', 4) << "  "
              << QString::number(metrics.atThreshold.specificity, 'f', 4) << "  "
              << QString::number(metrics.atThreshold.balancedAccuracy, 'f', 4) << "   "
              << QString::number(metrics.ece, 'f', 4) << "\n";
    }
    for (const QString& problem : report.unreadable)
        out() << "  unreadable: " << problem << "\n";
}

QString presetName(OperatingPreset preset)
{
    switch (preset) {
    case OperatingPreset::ManifestDefault:
        return QStringLiteral("manifest default");
    case OperatingPreset::Sensitivity95:
        return QStringLiteral("sensitivity 0.95");
    case OperatingPreset::Balanced:
        return QStringLiteral("balanced (Youden)");
    case OperatingPreset::Specificity90:
        return QStringLiteral("specificity 0.90");
    }
    return {};
}

// Stores the ROC points of the unshifted images in the model's manifest, so
// that the threshold presets come from this validation run.
bool writeOperatingPoints(ModelManifest manifest, const EvaluationReport& report,
                          const QString& split, const QString& command)
{
    const auto unshifted = std::find_if(report.results.begin(), report.results.end(),
                                        [](const ShiftMetrics& m) { return m.shift == QStringLiteral("none"); });
    if (unshifted == report.results.end() || !report.unreadable.isEmpty()) {
        err() << "Operating points of " << manifest.id << " not written: "
              << (report.unreadable.isEmpty() ? QStringLiteral("the unshifted images were not screened")
                                              : QStringLiteral("%1 image(s) could not be read").arg(report.unreadable.size()))
              << ".\n";
        return false;
    }
    ValidationRoc& roc = manifest.validationRoc;
    roc.points = measureRocPoints(unshifted->probabilities, report.labels, {manifest.threshold});
    roc.split = QFileInfo(split).fileName();
    roc.images = report.images;
    roc.positives = int(std::count(report.labels.begin(), report.labels.end(), 1));
    roc.negatives = roc.images - roc.positives;
    roc.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    roc.command = command;
    if (roc.points.empty()) {
        err() << "Operating points of " << manifest.id << " not written: the validation images "
              << "must include both classes.\n";
        return false;
    }
    if (Status saved = saveManifest(manifest, manifest.manifestPath); !saved) {
        err() << "Cannot write operating points: " << saved.error() << "\n";
        return false;
    }
    out() << "Wrote " << roc.points.size() << " ROC points to " << manifest.manifestPath << "\n";
    for (OperatingPreset preset : operatingPresets()) {
        const auto point = resolveOperatingPoint(manifest, preset);
        out() << "  " << presetName(preset).leftJustified(20);
        if (!point) {
            out() << "not reachable on this split\n";
            continue;
        }
        out() << "threshold " << QString::number(point->threshold, 'f', 4) << "  sensitivity "
              << QString::number(point->sensitivity.value_or(qQNaN()), 'f', 4) << "  specificity "
              << QString::number(point->specificity.value_or(qQNaN()), 'f', 4) << "\n";
    }
    return true;
}

} // namespace

int runEvaluate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measure the accuracy of model variants on labelled images: ROC AUC, and sensitivity, "
        "specificity and balanced accuracy at each variant's threshold, optionally under simulated "
        "changes of camera (--shifts)."));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Variant id, manifest path, or 'all' (default: the baseline)."), QStringLiteral("ID|all"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Labelled folder with benign/ and malignant/ (required)."), QStringLiteral("DIR"));
    const QCommandLineOption split(QStringLiteral("split"), QStringLiteral("Split CSV whose validation rows are used (default: the training split beside the model, else every image)."), QStringLiteral("CSV"));
    const QCommandLineOption shifts(QStringLiteral("shifts"), QStringLiteral("Comma-separated simulated device shifts, or 'all': %1 (default: none).").arg(deviceShiftNames().join(QStringLiteral(", "))), QStringLiteral("LIST"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array with one object per model."));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("CPU threads (default: every core)."), QStringLiteral("N"));
    const QCommandLineOption writePoints(QStringLiteral("write-operating-points"), QStringLiteral("Store the validation ROC points in each model's manifest; the threshold presets of the desktop app are chosen from them. Needs a split."));
    parser.addOptions({model, data, split, shifts, json, threads, writePoints});
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli evaluate")); code >= 0)
        return code;
    if (!parser.isSet(data)) {
        err() << "Missing --data DIR: the folder with benign/ and malignant/ subfolders.\n";
        return ExitUsage;
    }
    EvaluateParams params;
    params.dataFolder = QDir(parser.value(data)).absolutePath();
    params.threads = parser.value(threads).toInt();
    if (parser.isSet(shifts))
        params.shifts = parser.value(shifts) == QStringLiteral("all") ? deviceShiftNames()
                                                                      : parser.value(shifts).split(u',');

    if (parser.isSet(writePoints) && !params.shifts.contains(QStringLiteral("none"))) {
        err() << "--write-operating-points needs the unshifted images: include \"none\" in --shifts.\n";
        return ExitUsage;
    }

    const ModelRegistry registry;
    std::vector<ModelManifest> models;
    if (parser.value(model) == QStringLiteral("all")) {
        models = registry.models();
    } else {
        auto resolved = resolveModel(parser.value(model), registry);
        if (!resolved) {
            err() << "Cannot evaluate: " << resolved.error() << "\n";
            return ExitFailure;
        }
        models.push_back(resolved.value());
    }
    QJsonArray results;
    bool anyFailed = false;
    for (const ModelManifest& manifest : models) {
        params.splitCsv = parser.isSet(split) ? parser.value(split) : defaultSplit(manifest);
        auto report = evaluateModel(manifest, params);
        if (!report) {
            anyFailed = true;
            err() << "Cannot evaluate " << manifest.id << ": " << report.error() << "\n";
            results.append(QJsonObject{{QStringLiteral("model"), manifest.id}, {QStringLiteral("error"), report.error()}});
            continue;
        }
        anyFailed = anyFailed || !report->unreadable.isEmpty();
        if (parser.isSet(writePoints)) {
            // Points measured on training images would promise more than the model delivers.
            if (params.splitCsv.isEmpty()) {
                err() << "Operating points of " << manifest.id << " not written: no split was found "
                      << "beside the model; pass --split CSV so that only validation images are used.\n";
                anyFailed = true;
            } else if (!writeOperatingPoints(manifest, report.value(), params.splitCsv,
                                             QStringLiteral("dermaedge-cli ") + arguments.join(u' '))) {
                anyFailed = true;
            }
        }
        if (!parser.isSet(json)) {
            printText(manifest, report.value(), params.splitCsv);
            continue;
        }
        QJsonArray shiftsJson;
        for (const ShiftMetrics& metrics : report->results)
            shiftsJson.append(shiftJson(metrics));
        results.append(QJsonObject{{QStringLiteral("model"), manifest.id},
                                   {QStringLiteral("kind"), manifest.kind},
                                   {QStringLiteral("images"), report->images},
                                   {QStringLiteral("split"), params.splitCsv},
                                   {QStringLiteral("threshold"), manifest.threshold},
                                   {QStringLiteral("auc"), report->results.front().auc},
                                   {QStringLiteral("shifts"), shiftsJson},
                                   {QStringLiteral("unreadable"), QJsonArray::fromStringList(report->unreadable)}});
    }
    if (parser.isSet(json))
        out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out().flush();
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
