// Support code of the trainer: weight snapshots, data sampling, calibration
// and writing the archive, manifest and model card.

#include "AtomicFile.h"
#include "Logging.h"
#include "Metrics.h"
#include "ModelManifest.h"
#include "private/TrainerSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <torch/csrc/jit/python/update_graph_executor_opt.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace dermaedge::detail {

TrainingExecutorMode::TrainingExecutorMode()
{
    torch::jit::setGraphExecutorOptimize(false);
}

TrainingExecutorMode::~TrainingExecutorMode()
{
    torch::jit::setGraphExecutorOptimize(true);
}

WeightSnapshot WeightSnapshot::take(const torch::jit::Module& module)
{
    WeightSnapshot snapshot;
    for (const auto& parameter : module.named_parameters())
        snapshot.m_tensors[parameter.name] = parameter.value.detach().clone();
    for (const auto& buffer : module.named_buffers())
        snapshot.m_tensors[buffer.name] = buffer.value.detach().clone();
    return snapshot;
}

WeightSnapshot WeightSnapshot::fromTensors(std::map<std::string, torch::Tensor> tensors)
{
    WeightSnapshot snapshot;
    snapshot.m_tensors = std::move(tensors);
    return snapshot;
}

void WeightSnapshot::blend(const torch::jit::Module& module, double decay)
{
    torch::NoGradGuard noGrad;
    const auto mix = [this, decay](const std::string& name, const torch::Tensor& value) {
        torch::Tensor& average = m_tensors.at(name);
        if (average.is_floating_point())
            average.mul_(decay).add_(value.detach(), 1.0 - decay);
        else
            average.copy_(value);
    };
    for (const auto& parameter : module.named_parameters())
        mix(parameter.name, parameter.value);
    for (const auto& buffer : module.named_buffers())
        mix(buffer.name, buffer.value);
}

double averageDecayAt(double decay, int64_t step)
{
    return std::min(decay, (1.0 + double(step)) / (10.0 + double(step)));
}

void WeightSnapshot::restore(torch::jit::Module& module) const
{
    torch::NoGradGuard noGrad;
    for (const auto& parameter : module.named_parameters())
        parameter.value.copy_(m_tensors.at(parameter.name));
    for (const auto& buffer : module.named_buffers())
        buffer.value.copy_(m_tensors.at(buffer.name));
}

Preprocessing trainingPreprocessing(int inputSize, int shadesOfGrayPower, double lesionCropMargin)
{
    Preprocessing preprocessing;
    preprocessing.inputSize = inputSize;
    preprocessing.resizeShorter = inputSize;
    preprocessing.shadesOfGrayPower = shadesOfGrayPower;
    preprocessing.lesionCropMargin = lesionCropMargin;
    return preprocessing;
}

std::vector<LabelledImage> sampleImages(const std::vector<LabelledImage>& items, int maxImages,
                                        quint64 seed)
{
    std::vector<LabelledImage> sampled = items;
    if (maxImages <= 0 || size_t(maxImages) >= items.size())
        return sampled;
    std::mt19937_64 random(seed);
    std::shuffle(sampled.begin(), sampled.end(), random);
    sampled.resize(size_t(maxImages));
    return sampled;
}

std::vector<int> validationMask(const std::vector<QString>& paths, const DataSplit& split)
{
    QSet<QString> validation;
    for (const LabelledImage& item : split.validation)
        validation.insert(item.path);
    std::vector<int> mask;
    for (const QString& path : paths)
        mask.push_back(validation.contains(path) ? 1 : 0);
    return mask;
}

std::vector<double> calibratedProbabilities(const std::vector<double>& logits, double temperature)
{
    std::vector<double> out;
    for (double logit : logits)
        out.push_back(1.0 / (1.0 + std::exp(-logit / temperature)));
    return out;
}

namespace {

Status writeModelCard(const QString& path, const ModelManifest& manifest, const TrainParams& params,
                      const TrainReport& report, const QString& splitPath)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    QTextStream out(&file);
    const NetworkSpec& spec = params.network;
    QStringList stages;
    for (int channels : spec.stageChannels)
        stages << QString::number(channels);
    out << "# Model card: " << manifest.displayName << "\n\n"
        << "Melanoma risk classifier for dermoscopic images. Decision support only, not a diagnosis.\n\n"
        << "## Data and licence\n"
        << "- Trained on `" << QFileInfo(params.dataFolder).fileName() << "`: ISIC Archive dermoscopic images "
        << "(Kaggle \"Skin Cancer: Malignant vs. Benign\", 224x224 JPEG; malignant = melanoma).\n"
        << "- The images carry the ISIC Archive terms (CC-BY-NC or CC-0 per image). These weights "
        << "inherit the restriction: **non-commercial research use only**, credit the ISIC Archive.\n"
        << "- Split: " << report.trainImages << " training and " << report.validationImages
        << " validation images, stratified by class, seed " << params.seed << "; near-duplicates "
        << "(dHash distance <= " << params.duplicateHashBits << " bits) kept on one side. "
        << "Saved as `" << QFileInfo(splitPath).fileName() << "`.\n";
    if (!report.skippedImages.isEmpty())
        out << "- Skipped " << report.skippedImages.size() << " unreadable images.\n";
    out << "\n## Architecture\n"
        << "ResNet-style: 3x3 stride-2 stem (" << spec.stemChannels << " channels), stages of "
        << spec.blocksPerStage << " basic block(s) with " << stages.join(QStringLiteral(", "))
        << " channels, global average pooling, one linear logit. "
        << "Input " << params.inputSize << "x" << params.inputSize << " RGB, ImageNet mean/std. "
        << "Parameters: " << parameterCount(spec) << "; MACs per image: "
        << multiplyAccumulates(spec, params.inputSize) << ".\n";
    if (params.shadesOfGrayPower > 0)
        out << "Shades of Gray colour constancy (Minkowski norm " << params.shadesOfGrayPower
            << ") in preprocessing.\n";
    if (params.cameraChanges)
        out << "Augmentation also zooms out, blurs and lowers the resolution of training images, "
            << "each with probability 0.3.\n";
    if (params.lesionCropMargin > 0.0)
        out << "Lesion-centred cropping in preprocessing: the lesion's bounding box widened by "
            << params.lesionCropMargin << " of its longer side on each side.\n";
    out << "\n## Validation metrics (own split)\n"
        << "| metric | value |\n|---|---|\n"
        << "| ROC AUC | " << QString::number(report.validationAuc, 'f', 4) << " |\n"
        << "| threshold (sensitivity >= " << params.minSensitivity << ") | "
        << QString::number(report.threshold, 'f', 4) << " |\n"
        << "| sensitivity | " << QString::number(report.sensitivity, 'f', 4) << " |\n"
        << "| specificity | " << QString::number(report.specificity, 'f', 4) << " |\n"
        << "| balanced accuracy | " << QString::number(report.balancedAccuracy, 'f', 4) << " |\n"
        << "| temperature | " << QString::number(report.temperature, 'f', 4) << " |\n"
        << "| ECE before / after temperature scaling | " << QString::number(report.eceBefore, 'f', 4)
        << " / " << QString::number(report.eceAfter, 'f', 4) << " |\n\n"
        << "## Training\n"
        << "- Command: `" << params.command << "`\n"
        << "- Epochs run: " << report.epochsRun << " (best " << report.bestEpoch << "), AdamW lr "
        << params.learningRate << " with warm-up and cosine decay, weight decay " << params.weightDecay
        << ", batch " << params.batchSize << ", seed " << params.seed << ".\n";
    if (params.weightAverageDecay > 0.0)
        out << "- Weight averaging: an exponential moving average of the weights (decay "
            << params.weightAverageDecay << ") after every step; validation, the best epoch and "
            << "the saved model use the averaged weights.\n";
    if (params.mixupAlpha > 0.0)
        out << "- Mixup: each batch blended with a shuffled copy of itself, images and labels, by a "
            << "weight drawn from Beta(" << params.mixupAlpha << ", " << params.mixupAlpha << ").\n";
    if (!params.teacherManifest.isEmpty())
        out << "- Distillation: " << params.distillWeight << " of the loss from the softened "
            << "probabilities (temperature " << params.distillTemperature << ") of the teacher `"
            << QFileInfo(params.teacherManifest).fileName() << "`.\n";
    out << "- Training time: " << QString::number(report.trainingSeconds / 60.0, 'f', 1)
        << " min on " << QThread::idealThreadCount() << " CPU threads.\n"
        << "- Software: DermaEdge " << DERMAEDGE_VERSION << ".\n";
    out.flush();
    if (!file.commit())
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    return Status::success();
}

QJsonObject metricsObject(const TrainReport& report)
{
    return QJsonObject{{QStringLiteral("validation_auc"), report.validationAuc},
                       {QStringLiteral("balanced_accuracy"), report.balancedAccuracy},
                       {QStringLiteral("sensitivity"), report.sensitivity},
                       {QStringLiteral("specificity"), report.specificity},
                       {QStringLiteral("ece_before_calibration"), report.eceBefore},
                       {QStringLiteral("ece"), report.eceAfter},
                       {QStringLiteral("validation_images"), report.validationImages},
                       {QStringLiteral("training_seconds"), report.trainingSeconds}};
}

} // namespace

Result<TrainReport> finishTraining(torch::jit::Module& net, const TrainParams& params,
                                   const Preprocessing& preprocessing,
                                   const torch::Tensor& validationInputs,
                                   const std::vector<int>& validationLabels,
                                   const QString& splitPath, TrainReport report)
{
    using TrainResult = Result<TrainReport>;
    const std::vector<double> logits = predictLogits(net, validationInputs, 64);
    report.validationAuc = rocAuc(logits, validationLabels);
    report.eceBefore = expectedCalibrationError(calibratedProbabilities(logits, 1.0), validationLabels);
    report.temperature = fitTemperature(logits, validationLabels);
    const std::vector<double> calibrated = calibratedProbabilities(logits, report.temperature);
    report.eceAfter = expectedCalibrationError(calibrated, validationLabels);
    report.threshold = thresholdForSensitivity(calibrated, validationLabels, params.minSensitivity);
    const BinaryMetrics metrics = binaryMetrics(calibrated, validationLabels, report.threshold);
    report.sensitivity = metrics.sensitivity;
    report.specificity = metrics.specificity;
    report.balancedAccuracy = metrics.balancedAccuracy;

    const QDir folder(params.outputFolder);
    report.archivePath = folder.absoluteFilePath(params.modelId + QStringLiteral(".pt"));
    report.manifestPath = folder.absoluteFilePath(params.modelId + QStringLiteral(".json"));
    report.modelCardPath = folder.absoluteFilePath(params.modelId + QStringLiteral(".md"));
    const QString temporary = report.archivePath + QStringLiteral(".part");
    try {
        net.eval();
        net.save(temporary.toStdString());
    } catch (const c10::Error& error) {
        return TrainResult::failure(QStringLiteral("%1: cannot be saved (%2)")
                                        .arg(report.archivePath, QString::fromStdString(error.msg())));
    }
    if (Status replaced = replaceFile(temporary, report.archivePath); !replaced)
        return TrainResult::failure(replaced.error());

    ModelManifest manifest;
    manifest.id = params.modelId;
    manifest.displayName = params.displayName;
    manifest.kind = QStringLiteral("fp32");
    manifest.archive = QFileInfo(report.archivePath).fileName();
    auto digest = sha256OfFile(report.archivePath);
    if (!digest)
        return TrainResult::failure(digest.error());
    manifest.sha256 = digest.value();
    manifest.threshold = report.threshold;
    manifest.temperature = report.temperature;
    manifest.preprocessing = preprocessing;
    manifest.provenance = {params.command, QFileInfo(params.dataFolder).fileName(),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                           QStringLiteral("DermaEdge " DERMAEDGE_VERSION)};
    manifest.metrics = metricsObject(report);
    if (Status saved = saveManifest(manifest, report.manifestPath); !saved)
        return TrainResult::failure(saved.error());
    if (Status card = writeModelCard(report.modelCardPath, manifest, params, report, splitPath); !card)
        return TrainResult::failure(card.error());
    qCInfo(lcTraining) << "saved" << report.archivePath << "validation AUC" << report.validationAuc;
    return report;
}

} // namespace dermaedge::detail
