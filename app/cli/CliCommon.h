#pragma once

#include "Benchmark.h"
#include "ModelRegistry.h"
#include "Result.h"
#include "ResultStore.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <limits>
#include <memory>
#include <vector>

namespace dermaedge::cli {

/// Exit codes shared by every command.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, ///< the command ran but something failed (a file, a model)
    ExitUsage = 2,   ///< wrong options or arguments
};

QTextStream& out();
QTextStream& err();

/// Parses `arguments` (command name first); on --help prints help and returns ExitOk,
/// on bad options prints the error and returns ExitUsage; otherwise returns -1.
int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& usage);

/// Reads a numeric option into `target` when it is set. Prints an error naming
/// the option and returns false when the value is not a number from `min` to `max`.
template <typename T>
bool readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, T& target,
                double min, double max)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < min || value > max) {
        err() << "Invalid --" << option.names().constFirst() << " value \"" << parser.value(option)
              << "\": expected a number from " << min << " to " << max << ".\n";
        return false;
    }
    target = T(value);
    return true;
}

/// Reads a whole-number option into `target` when it is set. Prints an error
/// naming the option and returns false when the value is not a whole number
/// from `min` to `max`.
bool readWholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option, int& target,
                     int min, int max = std::numeric_limits<int>::max());

/// Resolves --model: an id from the registry, a manifest path, or the default variant.
Result<ModelManifest> resolveModel(const QString& idOrPath, const ModelRegistry& registry);

/// The variants that --model names ("all", an id or a manifest path), with the
/// baseline first, and the baseline's id in `baselineId` (empty when there is
/// none). The baseline is the one --baseline names, else the registry's
/// default variant when `model` is "all" or `alwaysAddBaseline` is true. A
/// baseline not among the selected variants is added to them.
Result<std::vector<ModelManifest>> selectModels(const ModelRegistry& registry, const QString& model,
                                                const QString& baselineOption, bool alwaysAddBaseline,
                                                QString& baselineId);

/// Opens the results store at ResultStore::defaultPath(). Returns nullptr
/// after printing a warning when it cannot be opened, because a missing store
/// must not fail a measurement.
std::unique_ptr<ResultStore> openResultStore();

/// Saves one result, printing a warning when that fails.
void storeResult(ResultStore* store, const ResultKey& key, const QJsonObject& payload);

int runScreen(const QStringList& arguments);
int runModels(const QStringList& arguments);
int runTrain(const QStringList& arguments);
int runBenchmark(const QStringList& arguments);
/// `benchmark --folder DIR`: sequential against pipelined screening of a folder.
int runFolderBenchmark(const QStringList& arguments);
int runOptimize(const QStringList& arguments);
int runEvaluate(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runExplain(const QStringList& arguments);
/// `benchmark --harness-overhead`: prints how much the harness adds to measured latency.
int runHarnessOverhead(const ModelManifest& model, const HarnessOverheadParams& params, bool json);

} // namespace dermaedge::cli
