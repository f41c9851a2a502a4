#include "CliCommon.h"

#include "Classifier.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dermaedge::cli {

namespace {

QJsonObject resultObject(const QString& file, const Result<ScreeningResult>& result)
{
    if (!result)
        return {{QStringLiteral("file"), file}, {QStringLiteral("error"), result.error()}};
    return {{QStringLiteral("file"), file},
            {QStringLiteral("model"), result->modelId},
            {QStringLiteral("probability"), result->probability},
            {QStringLiteral("threshold"), result->threshold},
            {QStringLiteral("decision"), result->malignant ? QStringLiteral("malignant")
                                                           : QStringLiteral("benign")},
            {QStringLiteral("latency_ms"), result->totalMs},
            {QStringLiteral("network_ms"), result->networkMs}};
}

void printText(const QString& file, const Result<ScreeningResult>& result)
{
    if (!result) {
        // The error message already names the file.
        out() << "ERROR " << result.error() << "\n";
        return;
    }
    out() << file << ": melanoma probability " << QString::number(result->probability * 100.0, 'f', 1)
          << "% (threshold " << QString::number(result->threshold * 100.0, 'f', 1) << "%) -> "
          << (result->malignant ? "above threshold: refer for assessment" : "below threshold")
          << ", " << QString::number(result->totalMs, 'f', 1) << " ms\n";
}

} // namespace

int runScreen(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Screen dermoscopic images for melanoma risk. Decision support, not a diagnosis."));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Model variant: an id from 'models', or a manifest path. "
                                                  "Default: the baseline."),
                                   QStringLiteral("ID|PATH"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON array with one object per file."));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Inference threads (default: the saved setting, "
                                                    "else every core)."),
                                     QStringLiteral("N"));
    parser.addOptions({model, json, threads});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Image files (JPEG, PNG, BMP, TIFF, WebP)."),
                                 QStringLiteral("FILE..."));
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli screen")); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << "No image file given. Usage: dermaedge-cli screen [--model ID] [--json] FILE...\n";
        return ExitUsage;
    }
    bool threadsOk = true;
    const int threadCount = parser.isSet(threads) ? parser.value(threads).toInt(&threadsOk) : Settings().threads();
    if (!threadsOk || threadCount < 0) {
        err() << "Invalid --threads value \"" << parser.value(threads) << "\": expected a whole number >= 0.\n";
        return ExitUsage;
    }

    const ModelRegistry registry;
    auto manifest = resolveModel(parser.value(model), registry);
    if (!manifest) {
        err() << "Cannot screen: " << manifest.error() << "\n";
        return ExitFailure;
    }
    auto classifier = Classifier::load(manifest.value(), {threadCount, true});
    if (!classifier) {
        err() << "Cannot screen: " << classifier.error() << "\n";
        return ExitFailure;
    }

    bool anyFailed = false;
    QJsonArray results;
    for (const QString& file : files) {
        const Result<ScreeningResult> result = classifier.value()->screenFile(file);
        anyFailed = anyFailed || !result.ok();
        if (parser.isSet(json))
            results.append(resultObject(file, result));
        else
            printText(file, result);
    }
    if (parser.isSet(json))
        out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    else
        out() << "Decision support only, not a diagnosis.\n";
    out().flush();
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
