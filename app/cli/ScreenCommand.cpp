#include "CliCommon.h"

#include "BatchScreening.h"
#include "Classifier.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <map>

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

/// Prints outcomes in the order of the files although the pipeline may
/// deliver them out of order: each waits until those before it are printed.
class OrderedPrinter
{
public:
    explicit OrderedPrinter(bool json) : m_json(json) {}

    void add(const BatchItemResult& item)
    {
        m_waiting.emplace(item.index, item);
        for (auto next = m_waiting.find(m_printed); next != m_waiting.end();
             next = m_waiting.find(m_printed)) {
            print(next->second);
            m_waiting.erase(next);
            ++m_printed;
        }
    }

    /// Prints the outcomes still waiting for an earlier file, which a
    /// cancelled run will never deliver.
    void flushWaiting()
    {
        for (const auto& [index, item] : m_waiting)
            print(item);
        m_waiting.clear();
    }

    void finish()
    {
        if (m_json)
            out() << QJsonDocument(m_results).toJson(QJsonDocument::Indented);
        else
            out() << "Decision support only, not a diagnosis.\n";
        out().flush();
    }

private:
    void print(const BatchItemResult& item)
    {
        const Result<ScreeningResult> result =
            item.ok() ? Result<ScreeningResult>(*item.result)
                      : Result<ScreeningResult>::failure(item.error);
        if (m_json) {
            m_results.append(resultObject(item.path, result));
            return;
        }
        printText(item.path, result);
        out().flush();
    }

    bool m_json = false;
    QJsonArray m_results;
    std::map<int, BatchItemResult> m_waiting; ///< by index, not yet printed
    int m_printed = 0; ///< index of the next file to print
};

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

} // namespace

int runScreen(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Screen dermoscopic images for melanoma risk. Decision support, not a diagnosis.\n"
                       "Files are decoded on some threads while the network runs on others, and the "
                       "results are printed in the order of the files."));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Model variant: an id from 'models', or a manifest path. "
                                                  "Default: the baseline."),
                                   QStringLiteral("ID|PATH"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON array with one object per file."));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Inference threads, shared by the network threads "
                                                    "(default: the saved setting, else every core)."),
                                     QStringLiteral("N"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Also screen every image file (%1) in this folder, "
                                                   "after the FILE arguments.")
                                        .arg(defaultImageExtensions().join(QStringLiteral(", "))),
                                    QStringLiteral("DIR"));
    const QCommandLineOption recursive(QStringLiteral("recursive"),
                                       QStringLiteral("With --folder, also screen the images in its subfolders."));
    PipelineOptions pipeline;
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Images per forward pass of the network, 1 to 256 "
                                                  "(default: %1).")
                                       .arg(pipeline.batchSize),
                                   QStringLiteral("N"));
    const QCommandLineOption decodeThreads(QStringLiteral("decode-threads"),
                                           QStringLiteral("Threads decoding image files, 1 to 64 "
                                                          "(default: one per core)."),
                                           QStringLiteral("N"));
    const QCommandLineOption networkThreads(QStringLiteral("network-threads"),
                                            QStringLiteral("Threads running the network, each with its own "
                                                           "copy of the model, 1 to 16 (default: one per "
                                                           "inference thread, at most 8)."),
                                            QStringLiteral("N"));
    parser.addOptions({model, json, threads, folder, recursive, batch, decodeThreads, networkThreads});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Image files (JPEG, PNG, BMP, TIFF, WebP)."),
                                 QStringLiteral("[FILE...]"));
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli screen")); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !parser.isSet(folder)) {
        err() << "No image file given. Usage: dermaedge-cli screen [--model ID] [--json] "
                 "FILE... or --folder DIR [--recursive]\n";
        return ExitUsage;
    }
    if (parser.isSet(recursive) && !parser.isSet(folder)) {
        err() << "--recursive needs --folder DIR.\n";
        return ExitUsage;
    }
    pipeline.inferenceThreads = Settings().threads();
    if (!readWholeNumber(parser, threads, pipeline.inferenceThreads, 0, 1024) ||
        !readWholeNumber(parser, batch, pipeline.batchSize, 1, 256) ||
        !readWholeNumber(parser, decodeThreads, pipeline.decodeThreads, 1, 64) ||
        !readWholeNumber(parser, networkThreads, pipeline.networkThreads, 1, 16))
        return ExitUsage;

    const ModelRegistry registry;
    auto manifest = resolveModel(parser.value(model), registry);
    if (!manifest) {
        err() << "Cannot screen: " << manifest.error() << "\n";
        return ExitFailure;
    }
    BatchScreeningParams params;
    params.files = files;
    params.folder = parser.value(folder);
    params.recursive = parser.isSet(recursive);
    params.manifest = manifest.value();
    params.pipeline = pipeline;

    OrderedPrinter printer(parser.isSet(json));
    // Ctrl+C stops the run but keeps what was screened: the results so far are
    // printed (a complete JSON array with --json) before the program exits.
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    const Result<BatchSummary> summary = screenBatch(
        params, [&printer](const BatchItemResult& item) { printer.add(item); }, {},
        [] { return interrupted.load(); });
    std::signal(SIGINT, SIG_DFL);
    if (!summary && interrupted) {
        printer.flushWaiting();
        printer.finish();
        err() << "Interrupted: " << summary.error() << ". Results are printed for the screened files only.\n";
        return ExitFailure;
    }
    if (!summary) {
        err() << "Cannot screen: " << summary.error() << "\n";
        return ExitFailure;
    }
    printer.finish();
    return summary->failed > 0 ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
