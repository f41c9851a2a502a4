#include "CliCommon.h"

#include "BatchBenchmark.h"
#include "Settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <vector>

namespace dermaedge::cli {

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString coresText(double cores)
{
    return cores < 0.0 ? QStringLiteral("?") : number(cores, 2);
}

QJsonObject timingObject(const BatchModeTiming& timing)
{
    return {{QStringLiteral("seconds"), timing.seconds},
            {QStringLiteral("images_per_second"), timing.imagesPerSecond},
            {QStringLiteral("process_cores"), timing.processCores},
            {QStringLiteral("cpu_ms_per_image"), timing.cpuMsPerImage},
            {QStringLiteral("other_cores"), timing.otherCores}};
}

QJsonObject reportObject(const BatchBenchmarkReport& report)
{
    QJsonArray rounds;
    for (const BatchBenchmarkRound& round : report.rounds)
        rounds.append(QJsonObject{{QStringLiteral("pipelined_first"), round.pipelinedFirst},
                                  {QStringLiteral("sequential"), timingObject(round.sequential)},
                                  {QStringLiteral("pipelined"), timingObject(round.pipelined)},
                                  {QStringLiteral("ratio"), round.ratio}});
    const PipelineOptions& pipeline = report.pipeline;
    return {{QStringLiteral("id"), report.modelId},
            {QStringLiteral("kind"), report.kind},
            {QStringLiteral("files"), report.files},
            {QStringLiteral("failed_files"), report.failedFiles},
            {QStringLiteral("sequential_threads"), report.sequentialThreads},
            {QStringLiteral("pipeline"),
             QJsonObject{{QStringLiteral("decode_threads"), pipeline.decodeThreads},
                         {QStringLiteral("network_threads"), pipeline.networkThreads},
                         {QStringLiteral("inference_threads"), pipeline.inferenceThreads},
                         {QStringLiteral("queue_depth"), pipeline.queueDepth},
                         {QStringLiteral("batch_size"), pipeline.batchSize}}},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("median_sequential_images_per_second"),
             report.medianSequentialImagesPerSecond},
            {QStringLiteral("median_pipelined_images_per_second"),
             report.medianPipelinedImagesPerSecond},
            {QStringLiteral("median_ratio"), report.medianRatio},
            {QStringLiteral("median_other_cores"), report.medianOtherCores}};
}

void printReport(const BatchBenchmarkReport& report)
{
    const PipelineOptions& pipeline = report.pipeline;
    out() << "\n" << report.modelId << " (" << report.kind << "), " << report.files << " files";
    if (report.failedFiles > 0)
        out() << " (" << report.failedFiles << " could not be screened)";
    out() << "\n  sequential: decode, preprocess and network one after another, "
          << report.sequentialThreads << " intra-op thread(s)\n"
          << "  pipelined: " << pipeline.decodeThreads << " decoding thread(s), "
          << pipeline.networkThreads << " network thread(s) sharing " << pipeline.inferenceThreads
          << " intra-op thread(s), batch " << pipeline.batchSize << ", queue "
          << pipeline.queueDepth << "\n";
    out() << "  round  first       sequential img/s  pipelined img/s  ratio  cores seq/pipe  "
             "CPU ms/img seq/pipe  other load seq/pipe\n";
    const auto pair = [](double sequential, double pipelined, int width) {
        return (number(sequential, 2) + QStringLiteral(" / ") + number(pipelined, 2))
            .rightJustified(width);
    };
    for (size_t i = 0; i < report.rounds.size(); ++i) {
        const BatchBenchmarkRound& round = report.rounds[i];
        out() << "  " << QString::number(i + 1).rightJustified(5) << "  "
              << (round.pipelinedFirst ? QStringLiteral("pipelined ")
                                       : QStringLiteral("sequential"))
              << "  " << number(round.sequential.imagesPerSecond, 1).rightJustified(16) << "  "
              << number(round.pipelined.imagesPerSecond, 1).rightJustified(15) << "  "
              << (number(round.ratio, 2) + QStringLiteral("x")).rightJustified(5) << "  "
              << pair(round.sequential.processCores, round.pipelined.processCores, 14) << "  "
              << pair(round.sequential.cpuMsPerImage, round.pipelined.cpuMsPerImage, 19) << "  "
              << (coresText(round.sequential.otherCores) + QStringLiteral(" / ") +
                  coresText(round.pipelined.otherCores))
                     .rightJustified(19)
              << "\n";
    }
    out() << "  median: " << number(report.medianSequentialImagesPerSecond, 1)
          << " img/s sequential, " << number(report.medianPipelinedImagesPerSecond, 1)
          << " img/s pipelined, ratio " << number(report.medianRatio, 2)
          << "x; other programs kept " << coresText(report.medianOtherCores) << " of "
          << report.logicalCores << " cores busy (median)\n";
}

struct FolderOptions
{
    QCommandLineOption folder{QStringLiteral("folder"),
                              QStringLiteral("Folder of images to screen."), QStringLiteral("DIR")};
    QCommandLineOption recursive{QStringLiteral("recursive"),
                                 QStringLiteral("Include subfolders.")};
    QCommandLineOption model{
        QStringLiteral("model"),
        QStringLiteral("Variant: an id from 'models' or a manifest path; repeat "
                       "it for several. Default: the baseline."),
        QStringLiteral("ID|PATH")};
    QCommandLineOption limit{
        QStringLiteral("limit"),
        QStringLiteral("Use only the first N files of the folder (default: all)."),
        QStringLiteral("N")};
    QCommandLineOption rounds{
        QStringLiteral("rounds"),
        QStringLiteral("Timed rounds; each screens the files once per mode (default: 5)."),
        QStringLiteral("N")};
    QCommandLineOption warmup{QStringLiteral("warmup"),
                              QStringLiteral("Untimed rounds before them (default: 1)."),
                              QStringLiteral("N")};
    QCommandLineOption sequentialThreads{
        QStringLiteral("sequential-threads"),
        QStringLiteral("Intra-op threads of the sequential mode (default: 1, a single thread)."),
        QStringLiteral("N")};
    QCommandLineOption threads{
        QStringLiteral("threads"),
        QStringLiteral("Inference threads of the pipelined mode, shared by its "
                       "network threads (default: the saved setting, else "
                       "every core)."),
        QStringLiteral("N")};
    QCommandLineOption decodeThreads{
        QStringLiteral("decode-threads"),
        QStringLiteral("Decoding threads of the pipelined mode (default: one per core)."),
        QStringLiteral("N")};
    QCommandLineOption networkThreads{
        QStringLiteral("network-threads"),
        QStringLiteral("Network threads of the pipelined mode, each with its own copy of the model "
                       "(default: one per inference thread, at most 8)."),
        QStringLiteral("N")};
    QCommandLineOption batch{QStringLiteral("batch"),
                             QStringLiteral("Images per forward pass in the pipelined mode."),
                             QStringLiteral("N")};
    QCommandLineOption queue{QStringLiteral("queue"),
                             QStringLiteral("Decoded images waiting for the network, at most."),
                             QStringLiteral("N")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print one JSON object.")};
};

// Fills `params` from the options; returns false after printing the error.
bool readParams(const QCommandLineParser& parser, const FolderOptions& options,
                BatchBenchmarkParams& params, int& limit)
{
    params.pipeline.inferenceThreads = Settings().threads();
    const bool numbersOk =
        readWholeNumber(parser, options.limit, limit, 1) &&
        readWholeNumber(parser, options.rounds, params.rounds, 1, 1000) &&
        readWholeNumber(parser, options.warmup, params.warmupRounds, 0, 100) &&
        readWholeNumber(parser, options.sequentialThreads, params.sequentialThreads, 0, 1024) &&
        readWholeNumber(parser, options.threads, params.pipeline.inferenceThreads, 0, 1024) &&
        readWholeNumber(parser, options.decodeThreads, params.pipeline.decodeThreads, 1, 64) &&
        readWholeNumber(parser, options.networkThreads, params.pipeline.networkThreads, 1, 16) &&
        readWholeNumber(parser, options.batch, params.pipeline.batchSize, 1, 256) &&
        readWholeNumber(parser, options.queue, params.pipeline.queueDepth, 1, 4096);
    return numbersOk;
}

} // namespace

int runFolderBenchmark(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare the throughput of screening a folder one file after another on one thread "
        "with the pipelined screening of 'screen --folder'. Rounds alternate which mode runs "
        "first; each line also shows how many cores this program and all other programs "
        "kept busy, because other programs running at the same time distort the figures."));
    const FolderOptions options;
    parser.addOptions({options.folder, options.recursive, options.model, options.limit,
                       options.rounds, options.warmup, options.sequentialThreads, options.threads,
                       options.decodeThreads, options.networkThreads, options.batch, options.queue,
                       options.json});
    if (int code =
            parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli benchmark --folder DIR"));
        code >= 0)
        return code;
    BatchBenchmarkParams params;
    int limit = 0;
    if (!readParams(parser, options, params, limit))
        return ExitUsage;

    auto files = listImageFiles(parser.value(options.folder), parser.isSet(options.recursive));
    if (!files || files->isEmpty()) {
        err() << "Cannot benchmark: "
              << (files ? parser.value(options.folder) + QStringLiteral(": no image files found")
                        : files.error())
              << "\n";
        return ExitFailure;
    }
    params.files = limit > 0 ? files->mid(0, limit) : files.value();

    const ModelRegistry registry;
    QStringList models = parser.values(options.model);
    if (models.isEmpty())
        models << QString();
    std::signal(SIGINT, onInterrupt);
    const CancelCallback cancel = [] { return interrupted.load(); };
    QJsonArray reports;
    QJsonObject machine;
    bool anyFailed = false;
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString& model : models) {
        auto manifest = resolveModel(model, registry);
        auto report = manifest ? benchmarkBatchScreening(manifest.value(), params, {}, cancel)
                               : Result<BatchBenchmarkReport>::failure(manifest.error());
        if (!report) {
            err() << "Cannot benchmark: " << report.error() << "\n";
            anyFailed = true;
            continue;
        }
        machine = {{QStringLiteral("cpu"), report->cpuModel},
                   {QStringLiteral("logical_cores"), report->logicalCores},
                   {QStringLiteral("versions"), report->versions},
                   {QStringLiteral("date"), date}};
        if (reports.isEmpty() && !parser.isSet(options.json))
            out() << "Date: " << date << "\n"
                  << "CPU: " << report->cpuModel << ", " << report->logicalCores
                  << " logical cores\n"
                  << "Runtime: " << report->versions << "\n"
                  << "Rounds: " << params.rounds << " timed after " << params.warmupRounds
                  << " warm-up (discarded)\n";
        if (!parser.isSet(options.json))
            printReport(report.value());
        out().flush();
        reports.append(reportObject(report.value()));
    }
    std::signal(SIGINT, SIG_DFL);
    if (parser.isSet(options.json))
        out() << QJsonDocument(QJsonObject{{QStringLiteral("machine"), machine},
                                           {QStringLiteral("rounds"), params.rounds},
                                           {QStringLiteral("warmup_rounds"), params.warmupRounds},
                                           {QStringLiteral("models"), reports}})
                     .toJson(QJsonDocument::Indented);
    out().flush();
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
