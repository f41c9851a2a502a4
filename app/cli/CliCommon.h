#pragma once

#include "ModelRegistry.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

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

/// Resolves --model: an id from the registry, a manifest path, or the default variant.
Result<ModelManifest> resolveModel(const QString& idOrPath, const ModelRegistry& registry);

int runScreen(const QStringList& arguments);
int runModels(const QStringList& arguments);
int runTrain(const QStringList& arguments);
int runBenchmark(const QStringList& arguments);
int runOptimize(const QStringList& arguments);
int runEvaluate(const QStringList& arguments);

} // namespace dermaedge::cli
