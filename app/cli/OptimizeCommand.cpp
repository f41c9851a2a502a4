#include "CliCommon.h"

#include "Optimizer.h"

#include <QDir>

#include <atomic>
#include <csignal>

namespace dermaedge::cli {

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

void printReport(const OptimizeReport& report)
{
    out() << report.method << " -> " << report.variantId << ": " << report.outcome << "\n"
          << "  validation AUC " << QString::number(report.variantAuc, 'f', 4) << " (baseline "
          << QString::number(report.baselineAuc, 'f', 4) << "), decisions agree on "
          << QString::number(report.decisionAgreement * 100.0, 'f', 1) << "% of images, logit cosine "
          << QString::number(report.logitCosine, 'f', 5) << "\n"
          << "  threshold " << QString::number(report.threshold, 'f', 4) << ": sensitivity "
          << QString::number(report.sensitivity, 'f', 4) << ", specificity "
          << QString::number(report.specificity, 'f', 4) << " on validation\n"
          << "  size " << report.variantBytes << " bytes (baseline " << report.baselineBytes
          << "), compressed " << report.variantCompressedBytes << " bytes, weight sparsity "
          << QString::number(report.sparsity * 100.0, 'f', 1) << "%\n";
    for (const QString& warning : report.warnings)
        out() << "  warning: " << warning << "\n";
    if (!report.manifestPath.isEmpty())
        out() << "  manifest " << report.manifestPath << "\n";
    out() << "  report " << report.reportPath << "\n";
}

} // namespace

int runOptimize(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Build a cheaper variant of a model: INT8 quantization or pruning. The variant is reloaded "
        "from disk, compared with the baseline on validation images, and registered when its ROC AUC "
        "drop is within the tolerance. A JSON report is written either way."));
    OptimizeParams params;
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Baseline model id or manifest path (default: the baseline)."), QStringLiteral("ID"));
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("One of: %1.").arg(optimizeMethods().join(QStringLiteral(", "))), QStringLiteral("METHOD"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Labelled folder (benign/, malignant/) for validation and fine-tuning (required)."), QStringLiteral("DIR"));
    const QCommandLineOption split(QStringLiteral("split"), QStringLiteral("Split CSV from training (default: <baseline id>-split.csv beside its manifest)."), QStringLiteral("CSV"));
    const QCommandLineOption calibration(QStringLiteral("calibration"), QStringLiteral("Folder of calibration images (default: the training split)."), QStringLiteral("DIR"));
    const QCommandLineOption calibrationImages(QStringLiteral("calibration-images"), QStringLiteral("Calibration images used (default: %1).").arg(params.calibrationImages), QStringLiteral("N"));
    const QCommandLineOption observer(QStringLiteral("observer"), QStringLiteral("Activation observer: percentile or minmax (default: %1).").arg(params.observer), QStringLiteral("NAME"));
    const QCommandLineOption perTensor(QStringLiteral("per-tensor-weights"), QStringLiteral("Quantize weights per tensor instead of per output channel."));
    const QCommandLineOption sparsity(QStringLiteral("sparsity"), QStringLiteral("Share of weights zeroed by unstructured pruning (default: %1).").arg(params.sparsity), QStringLiteral("X"));
    const QCommandLineOption channels(QStringLiteral("prune-channels"), QStringLiteral("Share of channels removed by structured pruning (default: %1).").arg(params.channelFraction), QStringLiteral("X"));
    const QCommandLineOption epochs(QStringLiteral("fine-tune-epochs"), QStringLiteral("Fine-tuning epochs after pruning (default: %1).").arg(params.fineTuneEpochs), QStringLiteral("N"));
    const QCommandLineOption rate(QStringLiteral("fine-tune-lr"), QStringLiteral("Fine-tuning learning rate (default: %1).").arg(params.fineTuneLearningRate), QStringLiteral("RATE"));
    const QCommandLineOption jitter(QStringLiteral("fine-tune-colour-jitter"), QStringLiteral("Largest opposite scaling of red and blue while fine-tuning, for other cameras' white balance (default: %1, off).").arg(params.fineTuneTemperatureJitter), QStringLiteral("X"));
    const QCommandLineOption distillWeight(QStringLiteral("distill-weight"), QStringLiteral("Share of the fine-tuning loss from the baseline's soft targets (knowledge distillation); the distill method uses %1 when unset (default: 0, off).").arg(kDefaultDistillWeight), QStringLiteral("X"));
    const QCommandLineOption distillTemperature(QStringLiteral("distill-temperature"), QStringLiteral("Temperature that softens both networks' logits in distillation (default: %1).").arg(params.distillTemperature), QStringLiteral("T"));
    const QCommandLineOption validation(QStringLiteral("validation-images"), QStringLiteral("Validation images used (default: all of the split's validation subset)."), QStringLiteral("N"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"), QStringLiteral("Largest accepted validation AUC drop (default: %1).").arg(params.aucTolerance), QStringLiteral("X"));
    const QCommandLineOption keep(QStringLiteral("keep-failed"), QStringLiteral("Register the variant even when it misses the tolerance."));
    const QCommandLineOption sensitivity(QStringLiteral("min-sensitivity"), QStringLiteral("Choose the variant's threshold on the validation images to keep at least this sensitivity; 0 keeps the baseline's threshold (default: %1).").arg(params.minSensitivity), QStringLiteral("X"));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("Output folder (default: the user's models folder)."), QStringLiteral("DIR"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Variant id (default: derived from the baseline and method)."), QStringLiteral("ID"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("CPU threads (default: every core)."), QStringLiteral("N"));
    parser.addOptions({model, method, data, split, calibration, calibrationImages, observer, perTensor, sparsity, channels,
                       epochs, rate, jitter, distillWeight, distillTemperature, validation, tolerance, keep, sensitivity,
                       output, id, threads});
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli optimize")); code >= 0)
        return code;
    if (!parser.isSet(method) || !parser.isSet(data)) {
        err() << "Missing --method METHOD or --data DIR. Run 'dermaedge-cli optimize --help' for usage.\n";
        return ExitUsage;
    }
    params.method = parser.value(method);
    if (!optimizeMethods().contains(params.method)) {
        err() << "Unknown --method \"" << params.method << "\": expected one of " << optimizeMethods().join(QStringLiteral(", ")) << ".\n";
        return ExitUsage;
    }
    if (parser.isSet(observer)) {
        params.observer = parser.value(observer);
        if (params.observer != QStringLiteral("percentile") && params.observer != QStringLiteral("minmax")) {
            err() << "Unknown --observer \"" << params.observer << "\": expected percentile or minmax.\n";
            return ExitUsage;
        }
    }
    const bool numbersOk = readNumber(parser, calibrationImages, params.calibrationImages, 1, 100000)
                           && readNumber(parser, sparsity, params.sparsity, 0.0, 0.99)
                           && readNumber(parser, channels, params.channelFraction, 0.0, 0.95)
                           && readNumber(parser, epochs, params.fineTuneEpochs, 0, 1000)
                           && readNumber(parser, rate, params.fineTuneLearningRate, 1e-7, 1.0)
                           && readNumber(parser, jitter, params.fineTuneTemperatureJitter, 0.0, 0.5)
                           && readNumber(parser, distillWeight, params.distillWeight, 0.0, 1.0)
                           && readNumber(parser, distillTemperature, params.distillTemperature, 0.1, 100.0)
                           && readNumber(parser, validation, params.validationImages, 0, 10000000)
                           && readNumber(parser, tolerance, params.aucTolerance, 0.0, 1.0)
                           && readNumber(parser, sensitivity, params.minSensitivity, 0.0, 1.0)
                           && readNumber(parser, threads, params.threads, 0, 256);
    if (!numbersOk)
        return ExitUsage;
    if (params.method == QStringLiteral("distill") && !parser.isSet(distillWeight))
        params.distillWeight = kDefaultDistillWeight;
    params.perChannelWeights = !parser.isSet(perTensor);
    params.keepFailed = parser.isSet(keep);
    params.dataFolder = QDir(parser.value(data)).absolutePath();
    params.splitCsv = parser.value(split);
    params.calibrationFolder = parser.value(calibration);
    params.outputFolder = parser.value(output);
    params.variantId = parser.value(id);
    QStringList recorded = arguments;
    recorded.replace(0, QStringLiteral("dermaedge-cli optimize"));
    params.command = recorded.join(u' ');

    const ModelRegistry registry;
    auto baseline = resolveModel(parser.value(model), registry);
    if (!baseline) {
        err() << "Cannot optimize: " << baseline.error() << "\n";
        return ExitFailure;
    }
    std::signal(SIGINT, onInterrupt);
    const ProgressCallback progress = [](const JobProgress& step) {
        err() << "\r" << step.message << " " << step.done << "/" << step.total << "    ";
        err().flush();
    };
    auto report = optimizeModel(baseline.value(), params, progress, [] { return interrupted.load(); });
    std::signal(SIGINT, SIG_DFL);
    err() << "\n";
    if (!report) {
        err() << "Optimization failed: " << report.error() << "\n";
        return ExitFailure;
    }
    printReport(report.value());
    out().flush();
    return report->registered ? ExitOk : ExitFailure;
}

} // namespace dermaedge::cli
