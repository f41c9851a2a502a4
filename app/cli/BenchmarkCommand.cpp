#include "CliCommon.h"

#include "Benchmark.h"
#include "ReportJson.h"
#include "Settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <optional>
#include <vector>

namespace dermaedge::cli {

namespace {

const QString kAll = QStringLiteral("all");

struct BenchmarkOutcome
{
    QString id;
    Result<BenchmarkReport> report;
};

struct Ratios
{
    double speedup = 0.0;            ///< baseline p50 / variant p50, network at batch 1
    double sizeRatio = 0.0;          ///< variant / baseline archive bytes
    double compressedSizeRatio = 0.0;
};

Ratios ratiosAgainst(const BenchmarkReport& baseline, const BenchmarkReport& variant)
{
    Ratios ratios;
    if (variant.network.p50Ms > 0.0)
        ratios.speedup = baseline.network.p50Ms / variant.network.p50Ms;
    if (baseline.archiveBytes > 0)
        ratios.sizeRatio = double(variant.archiveBytes) / double(baseline.archiveBytes);
    if (baseline.archiveCompressedBytes > 0)
        ratios.compressedSizeRatio = double(variant.archiveCompressedBytes) / double(baseline.archiveCompressedBytes);
    return ratios;
}

QJsonObject modelObject(const BenchmarkReport& report, const BenchmarkReport* baseline)
{
    QJsonObject object = benchmarkReportToJson(report);
    if (baseline != nullptr && baseline != &report) {
        const Ratios ratios = ratiosAgainst(*baseline, report);
        object.insert(QStringLiteral("speedup_vs_baseline"), ratios.speedup);
        object.insert(QStringLiteral("size_ratio_vs_baseline"), ratios.sizeRatio);
        object.insert(QStringLiteral("compressed_size_ratio_vs_baseline"), ratios.compressedSizeRatio);
    }
    return object;
}

QJsonObject machineObject(const BenchmarkReport& report)
{
    return {{QStringLiteral("cpu"), report.cpuModel},
            {QStringLiteral("threads"), report.threads},
            {QStringLiteral("engine"), report.quantizedEngine},
            {QStringLiteral("versions"), report.versions},
            {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

void printJson(const std::vector<BenchmarkOutcome>& outcomes, const BenchmarkParams& params,
               const BenchmarkReport* baseline)
{
    QJsonArray models;
    QJsonArray errors;
    QJsonObject machine;
    QString imageSource;
    for (const BenchmarkOutcome& outcome : outcomes) {
        if (!outcome.report) {
            errors.append(QJsonObject{{QStringLiteral("id"), outcome.id}, {QStringLiteral("error"), outcome.report.error()}});
            continue;
        }
        models.append(modelObject(outcome.report.value(), baseline));
        machine = machineObject(outcome.report.value()); // the last run's engine and threads
        imageSource = outcome.report->imageSource;
    }
    QJsonObject root{{QStringLiteral("machine"), machine},
                     {QStringLiteral("settings"),
                      QJsonObject{{QStringLiteral("warmup_runs"), params.warmupRuns},
                                  {QStringLiteral("runs"), params.runs},
                                  {QStringLiteral("batch_size"), params.batchSize},
                                  {QStringLiteral("image"), imageSource}}},
                     {QStringLiteral("models"), models}};
    if (baseline != nullptr)
        root.insert(QStringLiteral("baseline"), baseline->modelId);
    if (!errors.isEmpty())
        root.insert(QStringLiteral("errors"), errors);
    out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Prints rows under a header; the first `leftColumns` columns are left-aligned, the rest right-aligned.
void printTable(const QStringList& header, const QList<QStringList>& rows, int leftColumns)
{
    QList<int> widths;
    for (const QString& cell : header)
        widths << int(cell.size());
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    }
    const auto printRow = [&](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            padded << (i < leftColumns ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]));
        out() << padded.join(QStringLiteral("  ")).trimmed() << "\n";
    };
    printRow(header);
    for (const QStringList& row : rows)
        printRow(row);
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString megabytes(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("?") : number(double(bytes) / 1e6, 2);
}

QList<QStringList> latencyRows(const std::vector<const BenchmarkReport*>& reports)
{
    QList<QStringList> rows;
    for (const BenchmarkReport* report : reports) {
        const LatencyStats& network = report->network;
        rows << QStringList{report->modelId, report->kind, number(network.p50Ms, 2), number(network.p90Ms, 2),
                            number(network.p99Ms, 2), number(network.meanMs, 2), number(network.stdMs, 2),
                            number(network.minMs, 2), number(report->endToEnd.p50Ms, 2),
                            number(report->throughputBatch1, 1), number(report->throughputBatch, 1),
                            report->otherProcessesCores < 0 ? QStringLiteral("?") : number(report->otherProcessesCores, 2)};
    }
    return rows;
}

QList<QStringList> modelRows(const std::vector<const BenchmarkReport*>& reports)
{
    QList<QStringList> rows;
    for (const BenchmarkReport* report : reports) {
        const QString peak = megabytes(report->peakRssAddedBytes) + (report->peakRssWasReset ? QString() : QStringLiteral("+"));
        const QString macs = report->macs < 0 ? QStringLiteral("unknown") : number(double(report->macs) / 1e6, 1);
        rows << QStringList{report->modelId, number(report->loadMs, 1), number(report->firstInferenceMs, 1), peak,
                            megabytes(report->archiveBytes), megabytes(report->archiveCompressedBytes),
                            QString::number(report->parameters), QString::number(report->nonZeroParameters), macs};
    }
    return rows;
}

void printRatios(const std::vector<const BenchmarkReport*>& reports, const BenchmarkReport& baseline)
{
    QList<QStringList> rows;
    for (const BenchmarkReport* report : reports) {
        if (report == &baseline)
            continue;
        const Ratios ratios = ratiosAgainst(baseline, *report);
        rows << QStringList{report->modelId, number(ratios.speedup, 2) + QStringLiteral("x"),
                            number(ratios.sizeRatio, 3), number(ratios.compressedSizeRatio, 3)};
    }
    if (rows.isEmpty())
        return;
    out() << "\nAgainst the baseline " << baseline.modelId << " (speed-up of network p50 at batch 1; sizes as variant / baseline):\n";
    printTable({QStringLiteral("model"), QStringLiteral("speed-up"), QStringLiteral("size"), QStringLiteral("compressed")},
               rows, 1);
}

void printText(const std::vector<BenchmarkOutcome>& outcomes, const BenchmarkParams& params,
               const BenchmarkReport* baseline)
{
    std::vector<const BenchmarkReport*> reports;
    for (const BenchmarkOutcome& outcome : outcomes) {
        if (outcome.report)
            reports.push_back(&outcome.report.value());
    }
    if (!reports.empty()) {
        const BenchmarkReport& last = *reports.back();
        out() << "CPU: " << last.cpuModel << ", " << last.threads << " threads, quantized engine "
              << last.quantizedEngine << "\n"
              << "Runtime: " << last.versions << "\n"
              << "Runs per series: " << params.runs << " timed after " << params.warmupRuns
              << " warm-up (discarded); end to end from " << last.imageSource << "\n\n";
        out() << "Latency in ms (network at batch 1; end to end = decode + preprocessing + network), throughput in images/s;\n"
              << "busy cores = mean number of cores other programs used meanwhile (0 on an idle computer):\n";
        printTable({QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("p50"), QStringLiteral("p90"),
                    QStringLiteral("p99"), QStringLiteral("mean"), QStringLiteral("std"), QStringLiteral("min"),
                    QStringLiteral("e2e p50"), QStringLiteral("img/s b1"),
                    QStringLiteral("img/s b%1").arg(params.batchSize), QStringLiteral("busy cores")},
                   latencyRows(reports), 2);
        out() << "\nLoad and size (MB = 10^6 bytes; compressed = zlib level 9; peak RSS is process-wide, + marks a lower bound):\n";
        printTable({QStringLiteral("model"), QStringLiteral("load ms"), QStringLiteral("first ms"),
                    QStringLiteral("peak RSS MB"), QStringLiteral("size MB"), QStringLiteral("compressed MB"),
                    QStringLiteral("params"), QStringLiteral("non-zero"), QStringLiteral("MMACs")},
                   modelRows(reports), 1);
        if (baseline != nullptr)
            printRatios(reports, *baseline);
        for (const BenchmarkReport* report : reports) {
            for (const QString& note : report->notes)
                out() << "Note (" << report->modelId << "): " << note << "\n";
        }
    }
    for (const BenchmarkOutcome& outcome : outcomes) {
        if (!outcome.report)
            out() << "\n" << outcome.id << ": ERROR " << outcome.report.error() << "\n";
    }
}

// Fills the numeric fields of `params` from the options. Returns ExitUsage
// after printing the error when one is invalid, otherwise -1.
int readParams(const QCommandLineParser& parser, const QCommandLineOption& runs, const QCommandLineOption& warmup,
               const QCommandLineOption& threads, const QCommandLineOption& batch, BenchmarkParams& params)
{
    params.threads = Settings().threads();
    const bool numbersOk = readWholeNumber(parser, runs, params.runs, 1)
                           && readWholeNumber(parser, warmup, params.warmupRuns, 0)
                           && readWholeNumber(parser, threads, params.threads, 0)
                           && readWholeNumber(parser, batch, params.batchSize, 1);
    if (!numbersOk)
        return ExitUsage;
    if (Status valid = validateBenchmarkParams(params); !valid) {
        err() << "Cannot benchmark: " << valid.error() << ".\n";
        return ExitUsage;
    }
    return -1;
}

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

std::vector<BenchmarkOutcome> benchmarkAll(const std::vector<ModelManifest>& models, const BenchmarkParams& params)
{
    std::vector<BenchmarkOutcome> outcomes;
    std::signal(SIGINT, onInterrupt);
    const CancelCallback cancel = [] { return interrupted.load(); };

    // A discarded short run of the first variant lets LibTorch initialize
    // itself, so that the first measured variant's load time and memory do
    // not carry that one-time cost and compare fairly with the others.
    BenchmarkParams priming = params;
    priming.warmupRuns = 0;
    priming.runs = 1;
    priming.batchSize = 1;
    if (!models.empty())
        benchmarkModel(models.front(), priming, {}, cancel);
    for (size_t i = 0; i < models.size() && !interrupted; ++i) {
        const ModelManifest& model = models[i];
        err() << "Benchmarking " << model.id << " (" << (i + 1) << " of " << models.size() << ")\n";
        err().flush();
        outcomes.push_back({model.id, benchmarkModel(model, params, {}, cancel)});
    }
    std::signal(SIGINT, SIG_DFL);
    return outcomes;
}

// Saves each successful benchmark for the desktop app's comparison.
void storeOutcomes(const std::vector<ModelManifest>& models, const std::vector<BenchmarkOutcome>& outcomes,
                   const BenchmarkParams& params)
{
    std::unique_ptr<ResultStore> store = openResultStore();
    for (size_t i = 0; i < outcomes.size() && i < models.size(); ++i) {
        if (outcomes[i].report)
            storeResult(store.get(), benchmarkKey(models[i], params), benchmarkReportToJson(outcomes[i].report.value()));
    }
}

} // namespace

int runBenchmark(const QStringList& arguments)
{
    // The folder mode has options of its own, so it parses the arguments itself.
    for (const QString& argument : arguments) {
        if (argument == QStringLiteral("--folder") || argument.startsWith(QStringLiteral("--folder=")))
            return runFolderBenchmark(arguments);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measure latency, throughput, load time, memory, size, parameters and multiply-accumulates of "
        "model variants on this computer. Variants run one after another, never in parallel.\n"
        "Other programs running at the same time distort the figures."));
    BenchmarkParams params;
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Variant: an id from 'models', a manifest path, or 'all' for every "
                                                  "registered variant. Default: the baseline."),
                                   QStringLiteral("ID|PATH|all"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("Variant the others are compared with (default with 'all': "
                                                     "the first fp32 variant)."),
                                      QStringLiteral("ID|PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per series (default: %1).").arg(params.runs), QStringLiteral("N"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Untimed warm-up runs before each series (default: %1).").arg(params.warmupRuns), QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Inference threads (default: the saved setting, else every core)."), QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Batch size of the throughput series (default: %1).").arg(params.batchSize), QStringLiteral("N"));
    const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("Image file for the end-to-end series (default: a synthetic 600 x 450 JPEG)."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of tables."));
    const QCommandLineOption noStore(QStringLiteral("no-store"), QStringLiteral("Do not save the results in the results database that the desktop app's comparison shows."));
    const QCommandLineOption overhead(QStringLiteral("harness-overhead"), QStringLiteral("Instead of a benchmark, measure how much the timing harness adds to the measured latency of one variant (--model), alternating bare forward passes with timed ones."));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Alternating rounds of --harness-overhead (default: 15), each of --runs forward passes per mode (default there: 100)."), QStringLiteral("N"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Instead, compare sequential and pipelined screening of the "
                                                   "images in DIR; 'benchmark --folder DIR --help' lists its options."),
                                    QStringLiteral("DIR"));
    parser.addOptions({model, baseline, runs, warmup, threads, batch, image, json, noStore, overhead, rounds, folder});
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli benchmark")); code >= 0)
        return code;

    if (int code = readParams(parser, runs, warmup, threads, batch, params); code >= 0)
        return code;
    params.imagePath = parser.value(image);

    const ModelRegistry registry;
    if (parser.isSet(overhead)) {
        HarnessOverheadParams overheadParams;
        overheadParams.threads = params.threads;
        if (parser.isSet(runs))
            overheadParams.callsPerRound = params.runs;
        if (parser.isSet(warmup))
            overheadParams.warmupRuns = params.warmupRuns;
        if (!readWholeNumber(parser, rounds, overheadParams.rounds, 1))
            return ExitUsage;
        auto resolved = resolveModel(parser.value(model) == kAll ? QString() : parser.value(model), registry);
        if (!resolved) {
            err() << "Cannot measure the harness overhead: " << resolved.error() << "\n";
            return ExitFailure;
        }
        return runHarnessOverhead(resolved.value(), overheadParams, parser.isSet(json));
    }
    QString baselineId;
    auto models = selectModels(registry, parser.value(model), parser.value(baseline), false, baselineId);
    if (!models) {
        err() << "Cannot benchmark: " << models.error() << "\n";
        return ExitFailure;
    }
    const std::vector<BenchmarkOutcome> outcomes = benchmarkAll(models.value(), params);
    if (!parser.isSet(noStore))
        storeOutcomes(models.value(), outcomes, params);
    const BenchmarkReport* baselineReport = nullptr;
    bool anyFailed = interrupted || outcomes.size() < models->size();
    for (const BenchmarkOutcome& outcome : outcomes) {
        anyFailed = anyFailed || !outcome.report.ok();
        if (outcome.report && outcome.id == baselineId)
            baselineReport = &outcome.report.value();
    }
    if (parser.isSet(json))
        printJson(outcomes, params, baselineReport);
    else
        printText(outcomes, params, baselineReport);
    out().flush();
    // Files the registry could not read are not variants, so they do not fail the benchmark.
    if (parser.value(model) == kAll) {
        for (const RegistryProblem& problem : registry.problems())
            err() << "Skipped " << problem.message << "\n";
    }
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace dermaedge::cli
