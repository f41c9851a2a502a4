#include "CliCommon.h"

#include "Trainer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

#include <atomic>
#include <csignal>

namespace dermaedge::cli {

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

} // namespace

int runTrain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train the melanoma classifier on a labelled folder with benign/ and malignant/ subfolders.\n"
        "Writes <id>.pt (TorchScript), <id>.json (manifest), <id>.md (model card) and "
        "<id>-split.csv into the output folder. Ctrl+C stops after the current batch and "
        "saves the best weights so far; --resume continues such a run from its checkpoint."));
    TrainParams params;
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Labelled image folder with benign/ and malignant/, or an ISIC-style CSV (required)."), QStringLiteral("DIR|CSV"));
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("Image folder of a CSV data set (default: the CSV's folder)."), QStringLiteral("DIR"));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("Output folder (default: the user's models folder)."), QStringLiteral("DIR"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Model id (default: %1).").arg(params.modelId), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("TEXT"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Maximum epochs (default: %1).").arg(params.epochs), QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch-size"), QStringLiteral("Images per batch (default: %1).").arg(params.batchSize), QStringLiteral("N"));
    const QCommandLineOption rate(QStringLiteral("lr"), QStringLiteral("Peak AdamW learning rate (default: %1).").arg(params.learningRate), QStringLiteral("RATE"));
    const QCommandLineOption weightDecay(QStringLiteral("weight-decay"), QStringLiteral("AdamW weight decay (default: %1).").arg(params.weightDecay), QStringLiteral("X"));
    const QCommandLineOption size(QStringLiteral("input-size"), QStringLiteral("Network input side in pixels (default: %1).").arg(params.inputSize), QStringLiteral("PX"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Channel multiplier of the network (default: 1.0 = 32-64-128-256)."), QStringLiteral("X"));
    const QCommandLineOption blocks(QStringLiteral("blocks"), QStringLiteral("Residual blocks per stage (default: %1).").arg(params.network.blocksPerStage), QStringLiteral("N"));
    const QCommandLineOption patience(QStringLiteral("patience"), QStringLiteral("Epochs without validation AUC gain before stopping (default: %1).").arg(params.patience), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed for split, weights and augmentation (default: %1).").arg(params.seed), QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("CPU threads (default: every core)."), QStringLiteral("N"));
    const QCommandLineOption maxImages(QStringLiteral("max-images"), QStringLiteral("Use a random sample of N images (default: all)."), QStringLiteral("N"));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"), QStringLiteral("Stop after the epoch that passes this many minutes (default: none)."), QStringLiteral("MIN"));
    const QCommandLineOption colourJitter(QStringLiteral("colour-jitter"), QStringLiteral("Largest opposite scaling of red and blue in augmentation, for other cameras' white balance (default: 0, off)."), QStringLiteral("X"));
    const QCommandLineOption shadesOfGray(QStringLiteral("shades-of-gray"), QStringLiteral("Shades of Gray colour constancy in preprocessing with this Minkowski norm, e.g. 6 (default: 0, off)."), QStringLiteral("P"));
    const QCommandLineOption lesionCrop(QStringLiteral("lesion-crop"), QStringLiteral("Crop each image to its lesion, widened by this fraction of the lesion's longer side on each side, e.g. 0.25 (default: 0, off)."), QStringLiteral("MARGIN"));
    const QCommandLineOption cameraChanges(QStringLiteral("camera-augmentation"), QStringLiteral("Also zoom out, blur and lower the resolution of training images, as other dermatoscopes do."));
    const QCommandLineOption weightAverage(QStringLiteral("weight-average"), QStringLiteral("Validate and save an exponential moving average of the weights with this decay per step, e.g. 0.998 (default: 0, off)."), QStringLiteral("DECAY"));
    const QCommandLineOption mixup(QStringLiteral("mixup"), QStringLiteral("Blend each batch with a shuffled copy of itself by a weight drawn from Beta(ALPHA, ALPHA), e.g. 0.2 (default: 0, off)."), QStringLiteral("ALPHA"));
    const QCommandLineOption teacher(QStringLiteral("teacher"), QStringLiteral("Also learn from the softened probabilities of this trained FP32 model (knowledge distillation); it needs the same preprocessing options."), QStringLiteral("ID|MANIFEST"));
    const QCommandLineOption distillWeight(QStringLiteral("distill-weight"), QStringLiteral("Share of the loss from the teacher (default: %1).").arg(params.distillWeight), QStringLiteral("X"));
    const QCommandLineOption distillTemperature(QStringLiteral("distill-temperature"), QStringLiteral("Temperature that softens both networks' logits in distillation (default: %1).").arg(params.distillTemperature), QStringLiteral("T"));
    const QCommandLineOption resume(QStringLiteral("resume"), QStringLiteral("Continue a stopped run from its checkpoint in <out>/checkpoints/; use the same options."));
    parser.addOptions({data, output, id, name, epochs, batch, rate, weightDecay, size, width, blocks, patience, seed, threads, maxImages, timeLimit, colourJitter, shadesOfGray, lesionCrop, cameraChanges, weightAverage, mixup, teacher, distillWeight, distillTemperature, resume, images});
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli train")); code >= 0)
        return code;
    if (!parser.isSet(data)) {
        err() << "Missing --data DIR|CSV: the folder with benign/ and malignant/ subfolders, or an ISIC-style CSV.\n";
        return ExitUsage;
    }
    double widthFactor = 1.0;
    const bool numbersOk = readNumber(parser, epochs, params.epochs, 1, 1000)
                           && readNumber(parser, batch, params.batchSize, 2, 1024)
                           && readNumber(parser, rate, params.learningRate, 1e-6, 1.0)
                           && readNumber(parser, weightDecay, params.weightDecay, 0, 1)
                           && readNumber(parser, size, params.inputSize, 16, 1024)
                           && readNumber(parser, width, widthFactor, 0.125, 4.0)
                           && readNumber(parser, blocks, params.network.blocksPerStage, 1, 8)
                           && readNumber(parser, patience, params.patience, 1, 1000)
                           && readNumber(parser, seed, params.seed, 0, 1e15)
                           && readNumber(parser, threads, params.threads, 0, 256)
                           && readNumber(parser, maxImages, params.maxImages, 0, 1e9)
                           && readNumber(parser, timeLimit, params.timeLimitMinutes, 0, 1e6)
                           && readNumber(parser, colourJitter, params.temperatureJitter, 0, 0.5)
                           && readNumber(parser, shadesOfGray, params.shadesOfGrayPower, 0, 32)
                           && readNumber(parser, lesionCrop, params.lesionCropMargin, 0, 2)
                           && readNumber(parser, weightAverage, params.weightAverageDecay, 0, 0.99999)
                           && readNumber(parser, mixup, params.mixupAlpha, 0, 10)
                           && readNumber(parser, distillWeight, params.distillWeight, 0, 1)
                           && readNumber(parser, distillTemperature, params.distillTemperature, 0.1, 100);
    if (!numbersOk)
        return ExitUsage;
    params.network.stemChannels = std::max(4, int(32 * widthFactor));
    for (int& channels : params.network.stageChannels)
        channels = std::max(4, int(channels * widthFactor));
    params.network.seed = params.seed;
    params.resume = parser.isSet(resume);
    params.cameraChanges = parser.isSet(cameraChanges);
    params.dataFolder = QDir(parser.value(data)).absolutePath();
    if (parser.isSet(images))
        params.imageFolder = QDir(parser.value(images)).absolutePath();
    if (parser.isSet(teacher)) {
        auto manifest = resolveModel(parser.value(teacher), ModelRegistry());
        if (!manifest) {
            err() << "Teacher: " << manifest.error() << "\n";
            return ExitFailure;
        }
        params.teacherManifest = manifest->manifestPath;
    } else if (parser.isSet(distillWeight) || parser.isSet(distillTemperature)) {
        err() << "--distill-weight and --distill-temperature need --teacher ID|MANIFEST.\n";
        return ExitUsage;
    }
    params.outputFolder = parser.isSet(output) ? parser.value(output) : ModelRegistry::userModelsFolder();
    if (parser.isSet(id))
        params.modelId = parser.value(id);
    if (parser.isSet(name))
        params.displayName = parser.value(name);
    QStringList recorded = arguments;
    recorded.replace(0, QStringLiteral("dermaedge-cli train"));
    params.command = recorded.join(u' ');

    // The progress lines below already show each epoch's summary.
    QLoggingCategory::setFilterRules(QStringLiteral("dermaedge.core.training.info=false"));
    std::signal(SIGINT, onInterrupt);
    const ProgressCallback progress = [](const JobProgress& step) {
        // Batch steps overwrite one terminal line; epoch summaries stay.
        if (step.message.startsWith(QStringLiteral("epoch")) && step.message.contains(QStringLiteral("AUC")))
            err() << "\r" << step.message << "\n";
        else
            err() << "\r" << step.message << "    ";
        err().flush();
    };
    const CancelCallback cancel = [] { return interrupted.load(); };
    auto report = trainClassifier(params, progress, cancel);
    std::signal(SIGINT, SIG_DFL);
    if (!report) {
        err() << "\nTraining failed: " << report.error() << "\n";
        return ExitFailure;
    }
    if (interrupted)
        err() << "\nInterrupted: saved the best weights so far.\n";
    const auto registered = ModelRegistry().find(params.modelId);
    if (registered && QFileInfo(registered->manifestPath) != QFileInfo(report->manifestPath))
        err() << "Warning: the model id \"" << params.modelId << "\" is also registered in "
              << registered->manifestPath << ", which takes precedence. Train again with --id NEW_ID "
              << "to use this model.\n";
    out() << "Saved model " << report->archivePath << "\n"
          << "  manifest " << report->manifestPath << "\n  model card " << report->modelCardPath << "\n"
          << "  validation AUC " << QString::number(report->validationAuc, 'f', 4) << ", balanced accuracy "
          << QString::number(report->balancedAccuracy, 'f', 4) << ", sensitivity "
          << QString::number(report->sensitivity, 'f', 4) << ", specificity "
          << QString::number(report->specificity, 'f', 4) << " at threshold "
          << QString::number(report->threshold, 'f', 4) << "\n  "
          << report->skippedImages.size() << " unreadable images skipped; trained in "
          << QString::number(report->trainingSeconds / 60.0, 'f', 1) << " min\n";
    return ExitOk;
}

} // namespace dermaedge::cli
