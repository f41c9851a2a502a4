#include "Optimizer.h"

#include "AtomicFile.h"
#include "Logging.h"
#include "Metrics.h"
#include "ModelRegistry.h"
#include "private/NetworkBuilder.h"
#include "private/OptimizerData.h"
#include "private/Pruning.h"
#include "private/QuantizePasses.h"
#include "private/TrainerSupport.h"
#include "private/VariantCheck.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <torch/torch.h>

#include <numeric>

#include <random>

namespace dermaedge {

namespace {

using detail::OptimizerData;

const QMap<QString, QString> kKindOfMethod{
    {QStringLiteral("int8-static"), QStringLiteral("int8-static")},
    {QStringLiteral("int8-dynamic"), QStringLiteral("int8-dynamic")},
    {QStringLiteral("prune-unstructured"), QStringLiteral("pruned-unstructured")},
    {QStringLiteral("prune-structured"), QStringLiteral("pruned-structured")},
    {QStringLiteral("prune-structured-int8"), QStringLiteral("pruned-structured-int8")},
    {QStringLiteral("distill"), QStringLiteral("distilled")},
};

// Everything one run needs, passed between its steps.
struct Run
{
    const ModelManifest& baseline;
    const OptimizeParams& params;
    const ProgressCallback& progress;
    const CancelCallback& cancel;
    OptimizerData data;
    OptimizeReport report;
    torch::jit::Module* teacher = nullptr; ///< the FP32 baseline when fine-tuning distils
};

Status fineTune(Run& run, torch::jit::Module& net, const detail::PruningMasks* masks)
{
    if (run.params.fineTuneEpochs <= 0)
        return Status::success();
    QStringList skipped;
    const int storeSize = int(std::lround(run.baseline.preprocessing.inputSize * 1.25));
    detail::ImageSet training = detail::decodeImages(run.data.trainItems, run.baseline.preprocessing,
                                                     storeSize, false, skipped, run.progress, run.cancel);
    if (run.cancel && run.cancel())
        return Status::failure(QStringLiteral("optimization cancelled while reading training images"));
    run.report.warnings << skipped;
    if (training.paths.size() < 4)
        return Status::failure(QStringLiteral("%1: too few training images to fine-tune").arg(run.params.dataFolder));

    TrainParams schedule;
    schedule.epochs = run.params.fineTuneEpochs;
    schedule.learningRate = run.params.fineTuneLearningRate;
    // A student trained from scratch needs a warm-up; pruned weights do not.
    schedule.warmupEpochs = run.params.method == QStringLiteral("distill") ? 1 : 0;
    schedule.temperatureJitter = run.params.fineTuneTemperatureJitter;
    std::vector<int64_t> indices(size_t(training.labels.size(0)));
    std::iota(indices.begin(), indices.end(), 0);
    const double positives = training.labels.sum().item<double>();
    const torch::Tensor positiveWeight =
        torch::tensor({(double(indices.size()) - positives) / std::max(1.0, positives)}, torch::kFloat32);
    std::vector<torch::Tensor> parameters;
    for (torch::Tensor parameter : net.parameters()) {
        // Module::clone() leaves parameters as outputs of a clone op; the
        // optimizer needs leaves.
        parameter.detach_().requires_grad_(true);
        parameters.push_back(parameter);
    }
    torch::optim::AdamW optimizer(parameters, torch::optim::AdamWOptions(schedule.learningRate)
                                                  .weight_decay(schedule.weightDecay));
    std::mt19937_64 random(run.params.seed);
    const detail::TrainingExecutorMode executorMode;
    const detail::Distillation distillation{run.teacher, run.params.distillWeight, run.params.distillTemperature};
    const std::function<void()> keepMasks = [&] {
        if (masks)
            detail::applyMasks(net, *masks);
    };
    for (int epoch = 0; epoch < schedule.epochs; ++epoch) {
        const detail::EpochOutcome outcome = detail::trainOneEpoch(
            net, optimizer, training, indices, schedule, run.baseline.preprocessing, epoch, random,
            positiveWeight, run.progress, run.cancel, keepMasks, distillation);
        if (outcome.cancelled)
            return Status::failure(QStringLiteral("optimization cancelled during fine-tuning"));
        qCInfo(lcModels) << "fine-tuning epoch" << epoch + 1 << "loss" << outcome.meanLoss;
    }
    net.eval();
    return Status::success();
}

Result<torch::jit::Module> quantizeInto(Run& run, const torch::jit::Module& fp32)
{
    const auto observer = run.params.observer == QStringLiteral("minmax") ? detail::ActivationObserver::MinMax
                                                                           : detail::ActivationObserver::Percentile;
    auto quantized = detail::quantizeStatic(fp32, run.data.calibrationBatches, observer,
                                            run.params.perChannelWeights, run.progress, run.cancel);
    if (!quantized)
        return Result<torch::jit::Module>::failure(quantized.error());
    run.report.warnings << quantized->fp32Layers;
    QJsonObject& d = run.report.details;
    const QString engine = detail::selectQuantizedEngine();
    if (engine != QStringLiteral("onednn"))
        run.report.warnings << QStringLiteral("INT8 engine %1 is in use because oneDNN is missing; QNNPACK "
                                              "gave wrong results for some layers with LibTorch 1.13, so "
                                              "check the agreement figures").arg(engine);
    d.insert(QStringLiteral("engine"), engine);
    d.insert(QStringLiteral("observer"), run.params.observer);
    d.insert(QStringLiteral("per_channel_weights"), run.params.perChannelWeights);
    d.insert(QStringLiteral("calibration_source"), run.data.calibrationSource);
    d.insert(QStringLiteral("calibration_images"), run.data.calibrationCount);
    d.insert(QStringLiteral("calibration_sha256"), run.data.calibrationHash);
    d.insert(QStringLiteral("quantized_ops"), quantized->quantizedOps);
    return quantized->module;
}

// Fine-tunes a narrowed network and records its shape in the report.
Result<torch::jit::Module> fineTuneNarrowed(Run& run, detail::PrunedNetwork& narrowed)
{
    if (Status tuned = fineTune(run, narrowed.module, nullptr); !tuned)
        return Result<torch::jit::Module>::failure(tuned.error());
    QJsonArray stages;
    for (int channels : narrowed.spec.stageChannels)
        stages.append(channels);
    QJsonArray inner;
    for (int channels : narrowed.spec.innerChannels)
        inner.append(channels);
    QJsonObject& d = run.report.details;
    d.insert(QStringLiteral("channel_fraction_removed"), run.params.channelFraction);
    d.insert(QStringLiteral("stem_channels"), narrowed.spec.stemChannels);
    d.insert(QStringLiteral("stage_channels"), stages);
    d.insert(QStringLiteral("inner_channels"), inner);
    d.insert(QStringLiteral("fine_tune_epochs"), run.params.fineTuneEpochs);
    d.insert(QStringLiteral("fine_tune_temperature_jitter"), run.params.fineTuneTemperatureJitter);
    d.insert(QStringLiteral("macs"), double(multiplyAccumulates(narrowed.spec, run.baseline.preprocessing.inputSize)));
    if (run.teacher) {
        d.insert(QStringLiteral("distill_weight"), run.params.distillWeight);
        d.insert(QStringLiteral("distill_temperature"), run.params.distillTemperature);
    }
    return narrowed.module;
}

// Trains a student as narrow as structured pruning would leave the baseline,
// from fresh weights, on the labels and the baseline's soft targets.
Result<torch::jit::Module> distillStudent(Run& run, torch::jit::Module& baseline)
{
    if (!run.teacher)
        return Result<torch::jit::Module>::failure(
            QStringLiteral("distillation needs a distillation weight above 0"));
    auto shape = detail::pruneChannels(baseline, run.params.channelFraction);
    if (!shape)
        return Result<torch::jit::Module>::failure(shape.error());
    NetworkSpec spec = shape->spec;
    spec.seed = run.params.seed;
    torch::jit::Module student = detail::NetworkBuilder(spec.seed).build(spec);
    shape->module = student;
    return fineTuneNarrowed(run, shape.value());
}

Result<torch::jit::Module> structuredPrune(Run& run, torch::jit::Module& baseline)
{
    auto pruned = detail::pruneChannels(baseline, run.params.channelFraction);
    if (!pruned)
        return Result<torch::jit::Module>::failure(pruned.error());
    return fineTuneNarrowed(run, pruned.value());
}

Result<torch::jit::Module> buildVariant(Run& run, torch::jit::Module& baseline)
{
    const QString& method = run.params.method;
    if (method == QStringLiteral("int8-static"))
        return quantizeInto(run, baseline);
    if (method == QStringLiteral("int8-dynamic")) {
        auto quantized = detail::quantizeDynamic(baseline);
        if (!quantized)
            return Result<torch::jit::Module>::failure(quantized.error());
        run.report.warnings << quantized->fp32Layers;
        run.report.details.insert(QStringLiteral("engine"), detail::selectQuantizedEngine());
        run.report.details.insert(QStringLiteral("quantized_ops"), quantized->quantizedOps);
        return quantized->module;
    }
    if (method == QStringLiteral("prune-unstructured")) {
        torch::jit::Module pruned = baseline.clone();
        const detail::PruningMasks masks = detail::pruneGlobalMagnitude(pruned, run.params.sparsity);
        if (Status tuned = fineTune(run, pruned, &masks); !tuned)
            return Result<torch::jit::Module>::failure(tuned.error());
        run.report.details.insert(QStringLiteral("target_sparsity"), run.params.sparsity);
        run.report.details.insert(QStringLiteral("fine_tune_epochs"), run.params.fineTuneEpochs);
        pruned.eval();
        return pruned;
    }
    if (method == QStringLiteral("distill"))
        return distillStudent(run, baseline);
    auto pruned = structuredPrune(run, baseline);
    if (!pruned || method == QStringLiteral("prune-structured"))
        return pruned;
    return quantizeInto(run, pruned.value());
}

} // namespace

QStringList optimizeMethods()
{
    return kKindOfMethod.keys();
}

namespace {

qint64 compressedSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // zlib level 9 of the whole archive: dense storage hides zeroed weights,
    // compression shows what unstructured pruning saves.
    return qCompress(file.readAll(), 9).size();
}

QJsonObject reportJson(const OptimizeReport& report, const ModelManifest& baseline)
{
    return QJsonObject{{QStringLiteral("method"), report.method},
                       {QStringLiteral("variant_id"), report.variantId},
                       {QStringLiteral("baseline_id"), baseline.id},
                       {QStringLiteral("baseline_sha256"), baseline.sha256},
                       {QStringLiteral("registered"), report.registered},
                       {QStringLiteral("outcome"), report.outcome},
                       {QStringLiteral("baseline_auc"), report.baselineAuc},
                       {QStringLiteral("validation_auc"), report.variantAuc},
                       {QStringLiteral("auc_drop"), report.baselineAuc - report.variantAuc},
                       {QStringLiteral("baseline_threshold"), baseline.threshold},
                       {QStringLiteral("threshold"), report.threshold},
                       {QStringLiteral("sensitivity"), report.sensitivity},
                       {QStringLiteral("specificity"), report.specificity},
                       {QStringLiteral("decision_agreement"), report.decisionAgreement},
                       {QStringLiteral("logit_cosine"), report.logitCosine},
                       {QStringLiteral("max_probability_delta"), report.maxProbabilityDelta},
                       {QStringLiteral("baseline_size_bytes"), report.baselineBytes},
                       {QStringLiteral("size_bytes"), report.variantBytes},
                       {QStringLiteral("size_compressed_bytes"), report.variantCompressedBytes},
                       {QStringLiteral("sparsity"), report.sparsity},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
                       {QStringLiteral("details"), report.details},
                       {QStringLiteral("seconds"), report.seconds}};
}

Status writeReport(const OptimizeReport& report, const ModelManifest& baseline)
{
    return writeFileAtomically(report.reportPath,
                               QJsonDocument(reportJson(report, baseline)).toJson(QJsonDocument::Indented));
}

// Saves the variant beside its final name, reloads it from disk and compares
// it with the in-memory module and with the baseline on the validation images.
Status saveAndCheck(Run& run, torch::jit::Module& variant, const std::vector<double>& baselineLogits,
                    const QString& partPath)
{
    const std::vector<double> inMemory = detail::logitsOf(variant, run.data.validation.inputs);
    variant.save(partPath.toStdString());
    if (run.report.method.contains(QStringLiteral("int8")))
        detail::selectQuantizedEngine();
    torch::jit::Module reloaded = torch::jit::load(partPath.toStdString(), torch::kCPU);
    const std::vector<double> fromDisk = detail::logitsOf(reloaded, run.data.validation.inputs);
    const detail::Agreement reload = detail::compareLogits(inMemory, fromDisk, run.baseline.temperature,
                                                           run.baseline.threshold, run.baseline.threshold);
    run.report.details.insert(QStringLiteral("reload_max_probability_delta"), reload.maxProbabilityDelta);
    if (reload.maxProbabilityDelta > 1e-4)
        return Status::failure(QStringLiteral("the saved variant gives different results after reloading "
                                              "(largest probability change %1)").arg(reload.maxProbabilityDelta));

    // The variant keeps the baseline's temperature. Its threshold is chosen as
    // training chose the baseline's, for the minimum sensitivity on validation.
    const std::vector<double> probabilities = detail::calibratedProbabilities(fromDisk, run.baseline.temperature);
    run.report.threshold = run.params.minSensitivity > 0.0
        ? thresholdForSensitivity(probabilities, run.data.validationLabels, run.params.minSensitivity)
        : run.baseline.threshold;
    const BinaryMetrics atThreshold = binaryMetrics(probabilities, run.data.validationLabels, run.report.threshold);
    run.report.sensitivity = atThreshold.sensitivity;
    run.report.specificity = atThreshold.specificity;
    const detail::Agreement agreement = detail::compareLogits(baselineLogits, fromDisk, run.baseline.temperature,
                                                              run.baseline.threshold, run.report.threshold);
    run.report.variantAuc = rocAuc(fromDisk, run.data.validationLabels);
    run.report.decisionAgreement = agreement.decisions;
    run.report.logitCosine = agreement.cosine;
    run.report.maxProbabilityDelta = agreement.maxProbabilityDelta;
    run.report.sparsity = detail::weightSparsity(reloaded);
    run.report.variantBytes = QFileInfo(partPath).size();
    run.report.variantCompressedBytes = compressedSize(partPath);
    return Status::success();
}

Status registerVariant(Run& run, const QString& partPath, const QString& archivePath)
{
    if (Status replaced = replaceFile(partPath, archivePath); !replaced)
        return replaced;
    ModelManifest manifest = run.baseline;
    // The baseline's ROC points describe the baseline, not the variant.
    manifest.validationRoc = {};
    manifest.id = run.report.variantId;
    manifest.kind = kKindOfMethod.value(run.params.method);
    manifest.threshold = run.report.threshold;
    QString variantName = manifest.kind;
    if (run.params.method.startsWith(QStringLiteral("prune-structured")) || run.params.method == QStringLiteral("distill"))
        variantName += QStringLiteral(", %1% of channels removed").arg(qRound(run.params.channelFraction * 100));
    else if (run.params.method == QStringLiteral("prune-unstructured"))
        variantName += QStringLiteral(", %1% of weights zeroed").arg(qRound(run.params.sparsity * 100));
    if (run.params.fineTuneEpochs > 0 && run.params.fineTuneTemperatureJitter > 0.0
        && run.params.method.startsWith(QStringLiteral("prune")))
        variantName += QStringLiteral(", colour-augmented fine-tuning");
    if (run.teacher && run.params.method.startsWith(QStringLiteral("prune")))
        variantName += QStringLiteral(", distilled fine-tuning");
    manifest.displayName =
        QStringLiteral("%1 (%2)").arg(run.baseline.displayName.section(QStringLiteral(" ("), 0, 0), variantName);
    manifest.archive = QFileInfo(archivePath).fileName();
    auto digest = sha256OfFile(archivePath);
    if (!digest)
        return Status::failure(digest.error());
    manifest.sha256 = digest.value();
    manifest.provenance = {run.params.command,
                           QStringLiteral("%1 (sha256 %2)").arg(run.baseline.id, run.baseline.sha256),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                           QStringLiteral("DermaEdge " DERMAEDGE_VERSION)};
    QJsonObject metrics = reportJson(run.report, run.baseline);
    metrics.remove(QStringLiteral("outcome"));
    metrics.remove(QStringLiteral("registered"));
    manifest.metrics = metrics;
    manifest.manifestPath = QDir(run.params.outputFolder).absoluteFilePath(manifest.id + QStringLiteral(".json"));
    run.report.manifestPath = manifest.manifestPath;
    return saveManifest(manifest, manifest.manifestPath);
}

} // namespace

Result<OptimizeReport> optimizeModel(const ModelManifest& baseline, const OptimizeParams& input,
                                     const ProgressCallback& progress, const CancelCallback& cancel)
{
    using OptimizeResult = Result<OptimizeReport>;
    if (!kKindOfMethod.contains(input.method))
        return OptimizeResult::failure(QStringLiteral("unknown method \"%1\"; expected one of %2")
                                           .arg(input.method, optimizeMethods().join(QStringLiteral(", "))));
    if (input.dataFolder.isEmpty())
        return OptimizeResult::failure(QStringLiteral("a labelled data folder is required to check the variant"));
    if (!QFileInfo(input.dataFolder).isDir())
        return OptimizeResult::failure(QStringLiteral("%1: folder not found").arg(input.dataFolder));
    OptimizeParams params = input;
    if (params.outputFolder.isEmpty())
        params.outputFolder = ModelRegistry::userModelsFolder();
    if (params.variantId.isEmpty()) {
        // A derived id already registered elsewhere would hide the new variant, so number it.
        const QString stem = baseline.id.section(QStringLiteral("-fp32"), 0, 0) + u'-' + kKindOfMethod.value(params.method);
        const ModelRegistry registry;
        params.variantId = stem;
        for (int n = 2; registry.find(params.variantId).has_value(); ++n)
            params.variantId = stem + u'-' + QString::number(n);
    }
    if (!QDir().mkpath(params.outputFolder + QStringLiteral("/reports")))
        return OptimizeResult::failure(QStringLiteral("%1: cannot create the output folder").arg(params.outputFolder));

    QElapsedTimer clock;
    clock.start();
    at::set_num_threads(params.threads > 0 ? params.threads : QThread::idealThreadCount());
    Run run{baseline, params, progress, cancel, {}, {}};
    run.report.method = params.method;
    run.report.variantId = params.variantId;
    const QDir output(params.outputFolder);
    // Reports live in a subfolder: the registry reads every JSON file beside the archives as a manifest.
    run.report.reportPath = output.absoluteFilePath(QStringLiteral("reports/") + params.variantId + QStringLiteral(".json"));
    const QString archivePath = output.absoluteFilePath(params.variantId + QStringLiteral(".pt"));
    const QString partPath = archivePath + QStringLiteral(".part");

    auto data = detail::loadOptimizerData(baseline, params, params.method.contains(QStringLiteral("int8-static")) || params.method.endsWith(QStringLiteral("-int8")), progress, cancel);
    if (!data)
        return OptimizeResult::failure(data.error());
    run.data = std::move(data).value();
    run.report.warnings << run.data.warnings;
    try {
        torch::jit::Module fp32 = torch::jit::load(baseline.archivePath().toStdString(), torch::kCPU);
        fp32.eval();
        if (params.distillWeight > 0.0)
            run.teacher = &fp32;
        const std::vector<double> baselineLogits = detail::logitsOf(fp32, run.data.validation.inputs);
        run.report.baselineAuc = rocAuc(baselineLogits, run.data.validationLabels);
        run.report.baselineBytes = QFileInfo(baseline.archivePath()).size();

        auto variant = buildVariant(run, fp32);
        if (!variant) {
            if (cancel && cancel())
                return OptimizeResult::failure(variant.error());
            run.report.outcome = QStringLiteral("failed: ") + variant.error();
        } else if (Status checked = saveAndCheck(run, variant.value(), baselineLogits, partPath); !checked) {
            run.report.outcome = QStringLiteral("failed: ") + checked.error();
        } else {
            const double drop = run.report.baselineAuc - run.report.variantAuc;
            const bool withinTolerance = drop <= params.aucTolerance;
            run.report.registered = withinTolerance || params.keepFailed;
            run.report.outcome = withinTolerance
                ? QStringLiteral("registered: AUC drop %1 is within the tolerance %2").arg(drop, 0, 'f', 4).arg(params.aucTolerance)
                : QStringLiteral("AUC drop %1 exceeds the tolerance %2%3").arg(drop, 0, 'f', 4).arg(params.aucTolerance)
                      .arg(params.keepFailed ? QStringLiteral("; registered anyway as requested") : QStringLiteral("; not registered"));
        }
    } catch (const c10::Error& error) {
        run.report.outcome = QStringLiteral("failed: %1").arg(QString::fromStdString(error.what_without_backtrace()));
    } catch (const std::exception& error) {
        // TorchScript compilation errors are std::exception, not c10::Error.
        run.report.outcome = QStringLiteral("failed: %1").arg(QString::fromUtf8(error.what()));
    }
    run.report.seconds = clock.elapsed() / 1000.0;
    if (run.report.registered) {
        if (Status saved = registerVariant(run, partPath, archivePath); !saved)
            return OptimizeResult::failure(saved.error());
    }
    QFile::remove(partPath);
    if (Status written = writeReport(run.report, baseline); !written)
        return OptimizeResult::failure(written.error());
    qCInfo(lcModels).noquote() << params.method << "of" << baseline.id << "->" << run.report.outcome;
    return run.report;
}

} // namespace dermaedge
