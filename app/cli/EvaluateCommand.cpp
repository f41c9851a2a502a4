#include "CliCommon.h"

#include "Evaluation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    parser.addOptions({model, data, split, shifts, json, threads});
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
