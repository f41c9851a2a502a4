#include "CliCommon.h"

#include "Explainer.h"
#include "ImageIo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace dermaedge::cli {

namespace {

// Writes the overlay of one image. Returns the written path, or an error naming the file.
Result<QString> writeOverlay(const Explanation& explanation, const QImage& image,
                             const QString& imagePath, const QString& folder, double opacity)
{
    const QString path = QDir(folder).absoluteFilePath(QFileInfo(imagePath).completeBaseName()
                                                       + QStringLiteral("-heatmap.png"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !explanation.renderOverlay(image, opacity).save(&file, "PNG")
        || !file.commit())
        return Result<QString>::failure(
            QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    return path;
}

} // namespace

int runExplain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a heatmap of the image regions that raised the melanoma score, as a PNG overlay per "
        "image. A quantized or pruned variant is explained by its FP32 baseline. A heatmap shows "
        "where the model looked, not why."));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Variant id or manifest path whose screening is explained (default: the baseline)."), QStringLiteral("ID|PATH"));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("Folder for the <image>-heatmap.png files (required)."), QStringLiteral("DIR"));
    const QCommandLineOption opacity(QStringLiteral("opacity"), QStringLiteral("Overlay opacity from 0 to 1 (default: 0.5)."), QStringLiteral("X"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("CPU threads (default: every core)."), QStringLiteral("N"));
    parser.addOptions({model, output, opacity, threads});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Image files."), QStringLiteral("FILE..."));
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli explain")); code >= 0)
        return code;
    double overlayOpacity = 0.5;
    ExplainOptions options;
    if (!readNumber(parser, opacity, overlayOpacity, 0.0, 1.0) || !readNumber(parser, threads, options.threads, 0, 1024))
        return ExitUsage;
    if (!parser.isSet(output) || parser.positionalArguments().isEmpty()) {
        err() << "Usage: dermaedge-cli explain --out DIR [--model ID] FILE...\n";
        return ExitUsage;
    }
    if (!QDir().mkpath(parser.value(output))) {
        err() << "Cannot create the output folder " << parser.value(output) << ".\n";
        return ExitFailure;
    }

    const ModelRegistry registry;
    auto screened = resolveModel(parser.value(model), registry);
    auto explaining = screened ? explanationModelFor(screened.value(), registry.models()) : screened;
    if (!explaining) {
        err() << "Cannot explain: " << explaining.error() << "\n";
        return ExitFailure;
    }
    auto explainer = Explainer::load(explaining.value(), options);
    if (!explainer) {
        err() << "Cannot explain: " << explainer.error() << "\n";
        return ExitFailure;
    }
    out() << "Explaining " << screened->id << " with " << explaining->id << " ("
          << explanationMethodName(explainer.value()->method()) << ")\n";

    bool anyFailed = false;
    for (const QString& file : parser.positionalArguments()) {
        const Result<QImage> image = loadImageRgb(file);
        if (!image) {
            // The decoder's message already names the file.
            anyFailed = true;
            out() << "ERROR " << image.error() << "\n";
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        Result<Explanation> explanation = explainer.value()->explain(image.value());
        const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
        auto written = explanation ? writeOverlay(explanation.value(), image.value(), file,
                                                  parser.value(output), overlayOpacity)
                                   : Result<QString>::failure(explanation.error());
        if (!written) {
            anyFailed = true;
            out() << "ERROR " << file << ": " << written.error() << "\n";
            continue;
        }
        out() << file << ": " << written.value() << " (probability by " << explaining->id << " "
              << QString::number(explanation->probability * 100.0, 'f', 1) << "%, "
              << QString::number(milliseconds, 'f', 1) << " ms"
              << (explanation->flat ? QStringLiteral(", no region raised the score") : QString())
              << ")\n";
    }
    out() << "Decision support only, not a diagnosis.\n";
    out().flush();
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
