#include "CliCommon.h"

#include "Evaluation.h"
#include "OperatingPoints.h"
#include "ReportJson.h"

#include <QDateTime>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace dermaedge::cli {

namespace {

QString metricText(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("undef.");
}

void printText(const ModelManifest& model, const EvaluationReport& report, const QString& split)
{
    out() << model.id << " [" << model.kind << "], " << report.images << " images"
          << (split.isEmpty() ? QString() : QStringLiteral(" (validation rows of %1)").arg(QFileInfo(split).fileName()))
          << ", threshold " << QString::number(model.threshold, 'f', 4) << "\n";
    out() << "  shift            AUC     sens    spec    bal.acc  PPV     NPV     ECE     flips vs baseline\n";
    for (const ShiftMetrics& metrics : report.results) {
        const BinaryMetrics& m = metrics.atThreshold;
        QString flips;
        if (metrics.agreement) {
            flips = QStringLiteral("%1 of %2 (%3%)")
                        .arg(metrics.agreement->flips)
                        .arg(metrics.agreement->compared)
                        .arg(QString::number(metrics.agreement->flipFraction * 100.0, 'f', 1));
        }
        out() << "  " << metrics.shift.leftJustified(15) << metricText(metrics.auc).leftJustified(8)
              << metricText(m.sensitivity).leftJustified(8) << metricText(m.specificity).leftJustified(8)
              << metricText(m.balancedAccuracy).leftJustified(9) << metricText(m.ppv).leftJustified(8)
              << metricText(m.npv).leftJustified(8) << metricText(metrics.ece).leftJustified(8) << flips << "\n";
        for (const QString& undefined : metrics.undefined)
            out() << "    " << undefined << "\n";
    }
    if (!report.results.empty() && report.results.front().agreement) {
        for (const DecisionFlip& flip : report.results.front().agreement->flipped) {
            const char* variantDecision = flip.variantMalignant ? "malignant" : "benign";
            const char* baselineDecision = flip.variantMalignant ? "benign" : "malignant";
            out() << "  flipped: " << flip.file << " (labelled " << (flip.label == 1 ? "malignant" : "benign")
                  << "): baseline " << QString::number(flip.baselineProbability, 'f', 4) << " " << baselineDecision
                  << ", this variant " << QString::number(flip.variantProbability, 'f', 4) << " "
                  << variantDecision << "\n";
        }
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
    std::vector<int> labels;
    for (const LabelledImage& image : report.imageList)
        labels.push_back(image.label);
    roc.points = measureRocPoints(unshifted->probabilities, labels, {manifest.threshold});
    roc.split = QFileInfo(split).fileName();
    roc.images = report.images;
    roc.positives = int(std::count(labels.begin(), labels.end(), 1));
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

struct EvaluateOptions
{
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Variant id, manifest path, or 'all' (default: the baseline)."), QStringLiteral("ID|all")};
    QCommandLineOption baseline{QStringLiteral("baseline"), QStringLiteral("Variant whose decisions the others are compared with; it is evaluated too (default: the first fp32 variant)."), QStringLiteral("ID|PATH")};
    QCommandLineOption data{QStringLiteral("data"), QStringLiteral("Labelled folder with benign/ and malignant/, or an ISIC-style CSV (required)."), QStringLiteral("DIR|CSV")};
    QCommandLineOption images{QStringLiteral("images"), QStringLiteral("Image folder of a CSV data set (default: the CSV's folder)."), QStringLiteral("DIR")};
    QCommandLineOption split{QStringLiteral("split"), QStringLiteral("Split CSV whose validation rows are used (default: the training split beside the model, else every image)."), QStringLiteral("CSV")};
    QCommandLineOption shifts{QStringLiteral("shifts"), QStringLiteral("Comma-separated simulated device shifts, or 'all': %1 (default: none).").arg(deviceShiftNames().join(QStringLiteral(", "))), QStringLiteral("LIST")};
    QCommandLineOption maxImages{QStringLiteral("max-images"), QStringLiteral("Use at most N images (default: 0, all)."), QStringLiteral("N")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print a JSON array with one object per model.")};
    QCommandLineOption csv{QStringLiteral("csv"), QStringLiteral("Write each image's probability and decision per model to FILE (replaced atomically)."), QStringLiteral("FILE")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("CPU threads (default: every core)."), QStringLiteral("N")};
    QCommandLineOption writePoints{QStringLiteral("write-operating-points"), QStringLiteral("Store the validation ROC points in each model's manifest; the threshold presets of the desktop app are chosen from them. Needs a split.")};
    QCommandLineOption noStore{QStringLiteral("no-store"), QStringLiteral("Do not save the results in the results database that the desktop app's comparison shows.")};
};

// Evaluates one variant and compares it with the baseline's report when there is one.
Result<EvaluationReport> evaluateOne(const ModelManifest& manifest, EvaluateParams params, const QString& splitOption,
                                     const EvaluationReport* baseline)
{
    params.splitCsv = splitOption.isEmpty() ? defaultSplitFor(manifest) : splitOption;
    auto report = evaluateModel(manifest, params);
    if (report && baseline != nullptr && baseline->modelId != manifest.id)
        compareWithBaseline(report.value(), *baseline);
    return report;
}

} // namespace

int runEvaluate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measure the accuracy of model variants on labelled images: ROC AUC and curve, and sensitivity, "
        "specificity, balanced accuracy, PPV and NPV at each variant's threshold, and the decisions that "
        "differ from the baseline's, optionally under simulated changes of camera (--shifts)."));
    const EvaluateOptions o;
    parser.addOptions({o.model, o.baseline, o.data, o.images, o.split, o.shifts, o.maxImages, o.json, o.csv,
                       o.threads, o.writePoints, o.noStore});
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli evaluate")); code >= 0)
        return code;
    if (!parser.isSet(o.data)) {
        err() << "Missing --data DIR|CSV: the folder with benign/ and malignant/ subfolders, or an ISIC-style CSV.\n";
        return ExitUsage;
    }
    EvaluateParams params;
    params.dataFolder = QFileInfo(parser.value(o.data)).absoluteFilePath();
    params.imageFolder = parser.isSet(o.images) ? QDir(parser.value(o.images)).absolutePath() : QString();
    if (!readNumber(parser, o.threads, params.threads, 0, 1024) || !readNumber(parser, o.maxImages, params.maxImages, 0, 1e9))
        return ExitUsage;
    if (parser.isSet(o.shifts))
        params.shifts = parser.value(o.shifts) == QStringLiteral("all") ? deviceShiftNames()
                                                                        : parser.value(o.shifts).split(u',');

    if (parser.isSet(o.writePoints) && !params.shifts.contains(QStringLiteral("none"))) {
        err() << "--write-operating-points needs the unshifted images: include \"none\" in --shifts.\n";
        return ExitUsage;
    }

    const ModelRegistry registry;
    QString baselineId;
    auto models = selectModels(registry, parser.value(o.model), parser.value(o.baseline), true, baselineId);
    if (!models) {
        err() << "Cannot evaluate: " << models.error() << "\n";
        return ExitFailure;
    }
    std::unique_ptr<ResultStore> store = parser.isSet(o.noStore) ? nullptr : openResultStore();
    QJsonArray results;
    std::vector<EvaluationReport> reports;
    std::optional<EvaluationReport> baseline;
    bool anyFailed = false;
    for (size_t i = 0; i < models->size(); ++i) {
        const ModelManifest& manifest = models->at(i);
        err() << "Evaluating " << manifest.id << " (" << (i + 1) << " of " << models->size() << ")\n";
        err().flush();
        auto report = evaluateOne(manifest, params, parser.value(o.split), baseline ? &*baseline : nullptr);
        if (!report) {
            anyFailed = true;
            err() << "Cannot evaluate " << manifest.id << ": " << report.error() << "\n";
            results.append(QJsonObject{{QStringLiteral("model"), manifest.id}, {QStringLiteral("error"), report.error()}});
            continue;
        }
        if (manifest.id == baselineId)
            baseline = report.value();
        anyFailed = anyFailed || !report->unreadable.isEmpty();
        if (parser.isSet(o.writePoints)) {
            // Points measured on training images would promise more than the model delivers.
            if (report->splitCsv.isEmpty()) {
                err() << "Operating points of " << manifest.id << " not written: no split was found "
                      << "beside the model; pass --split CSV so that only validation images are used.\n";
                anyFailed = true;
            } else if (!writeOperatingPoints(manifest, report.value(), report->splitCsv,
                                             QStringLiteral("dermaedge-cli ") + arguments.join(u' '))) {
                anyFailed = true;
            }
        }
        EvaluateParams stored = params;
        stored.splitCsv = report->splitCsv;
        storeResult(store.get(), evaluationKey(manifest, stored, report->datasetHash),
                    evaluationReportToJson(report.value(), true));
        if (parser.isSet(o.json))
            results.append(evaluationReportToJson(report.value(), false));
        else
            printText(manifest, report.value(), report->splitCsv);
        reports.push_back(std::move(report).value());
    }
    if (parser.isSet(o.json))
        out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out().flush();
    if (parser.isSet(o.csv)) {
        if (Status written = writePredictionsCsv(reports, parser.value(o.csv)); !written) {
            err() << "Cannot write the per-image CSV: " << written.error() << "\n";
            return ExitFailure;
        }
    }
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
