#include "Trainer.h"

#include "Dataset.h"
#include "Logging.h"
#include "Metrics.h"
#include "Split.h"
#include "private/Checkpoint.h"
#include "private/ModelLoading.h"
#include "private/NetworkBuilder.h"
#include "private/TrainerSupport.h"
#include "private/TrainingData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <torch/torch.h>

#include <cmath>
#include <numeric>
#include <optional>
#include <random>

namespace dermaedge {

namespace {

std::vector<int64_t> indicesOf(const std::vector<int>& mask, int wanted)
{
    std::vector<int64_t> out;
    for (size_t i = 0; i < mask.size(); ++i) {
        if (mask[i] == wanted)
            out.push_back(int64_t(i));
    }
    return out;
}

// Lists the preprocessing settings in which teacher and student differ, empty when none do.
QString preprocessingDifferences(const Preprocessing& teacher, const Preprocessing& student)
{
    QStringList differences;
    const auto compare = [&differences](const QString& name, double inTeacher, double inStudent) {
        if (inTeacher != inStudent)
            differences << QStringLiteral("%1: teacher %2, this run %3").arg(name).arg(inTeacher).arg(inStudent);
    };
    compare(QStringLiteral("input size"), teacher.inputSize, student.inputSize);
    compare(QStringLiteral("Shades of Gray power"), teacher.shadesOfGrayPower, student.shadesOfGrayPower);
    compare(QStringLiteral("lesion crop margin"), teacher.lesionCropMargin, student.lesionCropMargin);
    if (teacher.mean != student.mean || teacher.std != student.std)
        differences << QStringLiteral("normalization mean or standard deviation");
    return differences.join(QStringLiteral(", "));
}

// Loads the teacher of distillation. Its inputs are the student's, so its
// preprocessing must be the same.
Result<torch::jit::Module> loadTeacher(const QString& manifestPath, const Preprocessing& student)
{
    using TeacherResult = Result<torch::jit::Module>;
    auto manifest = loadManifest(manifestPath);
    if (!manifest)
        return TeacherResult::failure(manifest.error());
    if (detail::isQuantizedKind(manifest->kind))
        return TeacherResult::failure(
            QStringLiteral("%1: the teacher must be an FP32 model, not %2").arg(manifestPath, manifest->kind));
    if (const QString differences = preprocessingDifferences(manifest->preprocessing, student);
        !differences.isEmpty()) {
        return TeacherResult::failure(
            QStringLiteral("%1: the teacher's preprocessing differs from this training run's (%2); "
                           "train with the teacher's preprocessing options")
                .arg(manifestPath, differences));
    }
    if (Status verified = detail::verifyArchive(manifest.value()); !verified)
        return TeacherResult::failure(verified.error());
    try {
        return TeacherResult(detail::loadEvalModule(manifest.value()));
    } catch (const c10::Error& error) {
        return TeacherResult::failure(QStringLiteral("%1: cannot be loaded as a TorchScript model (%2)")
                                          .arg(manifest->archivePath(),
                                               QString::fromStdString(error.what_without_backtrace())));
    }
}

} // namespace

namespace detail {

double scheduledRate(const TrainParams& params, double epoch)
{
    if (epoch < params.warmupEpochs)
        return params.learningRate * (epoch + 0.05) / params.warmupEpochs;
    const double progress =
        (epoch - params.warmupEpochs) / std::max(1.0, double(params.epochs - params.warmupEpochs));
    const double cosine = 0.5 * (1.0 + std::cos(M_PI * std::min(1.0, progress)));
    return params.learningRate * (0.02 + 0.98 * cosine);
}

namespace {

// Binary cross-entropy of the student's softened logits against the teacher's
// softened probabilities, times the temperature squared.
torch::Tensor softTargetLoss(const torch::Tensor& logits, const torch::Tensor& inputs,
                             const Distillation& distillation)
{
    const double temperature = distillation.temperature;
    torch::Tensor soft;
    {
        torch::NoGradGuard noGrad;
        soft = torch::sigmoid(distillation.teacher->forward({inputs}).toTensor() / temperature);
    }
    return torch::binary_cross_entropy_with_logits(logits / temperature, soft) * (temperature * temperature);
}

} // namespace

EpochOutcome trainOneEpoch(torch::jit::Module& net, torch::optim::AdamW& optimizer,
                           const detail::ImageSet& data, const std::vector<int64_t>& trainIndices,
                           const TrainParams& params, const Preprocessing& preprocessing, int epoch,
                           std::mt19937_64& random, const torch::Tensor& positiveWeight,
                           const ProgressCallback& progress, const CancelCallback& cancel,
                           const std::function<void()>& afterStep, const Distillation& distillation)
{
    std::vector<int64_t> order = trainIndices;
    std::shuffle(order.begin(), order.end(), random);
    const size_t batches = (order.size() + size_t(params.batchSize) - 1) / size_t(params.batchSize);
    EpochOutcome outcome;
    net.train(true);
    for (size_t b = 0; b < batches; ++b) {
        if (cancel && cancel()) {
            outcome.cancelled = true;
            break;
        }
        const auto begin = order.begin() + std::ptrdiff_t(b * size_t(params.batchSize));
        const auto end = order.begin() + std::ptrdiff_t(std::min(order.size(), (b + 1) * size_t(params.batchSize)));
        const std::vector<int64_t> indices(begin, end);
        if (indices.size() < 2)
            continue; // batch norm needs more than one sample
        const double rate = scheduledRate(params, epoch + double(b) / double(batches));
        for (auto& group : optimizer.param_groups())
            static_cast<torch::optim::AdamWOptions&>(group.options()).lr(rate);

        torch::Tensor inputs =
            detail::augmentedBatch(data.pixels, indices, preprocessing, random, params.temperatureJitter,
                                   params.cameraChanges);
        torch::Tensor targets = data.labels.index_select(0, torch::tensor(indices)).view({-1, 1});
        if (params.mixupAlpha > 0.0) {
            MixedBatch mixed = mixBatch(inputs, targets, params.mixupAlpha, random);
            inputs = std::move(mixed.inputs);
            targets = std::move(mixed.targets);
        }
        optimizer.zero_grad();
        const torch::Tensor logits = net.forward({inputs}).toTensor();
        torch::Tensor loss = torch::binary_cross_entropy_with_logits(
            logits, targets, {}, positiveWeight, at::Reduction::Mean);
        if (distillation.teacher && distillation.weight > 0.0)
            loss = (1.0 - distillation.weight) * loss
                   + distillation.weight * softTargetLoss(logits, inputs, distillation);
        loss.backward();
        optimizer.step();
        if (afterStep)
            afterStep();
        outcome.meanLoss += loss.item<double>() / double(batches);
        if (progress)
            progress({qint64(b + 1), qint64(batches),
                      QStringLiteral("epoch %1/%2, batch %3/%4, loss %5")
                          .arg(epoch + 1).arg(params.epochs).arg(b + 1).arg(batches)
                          .arg(loss.item<double>(), 0, 'f', 4)});
    }
    return outcome;
}

std::vector<double> predictLogits(torch::jit::Module& net, const torch::Tensor& inputs, int batchSize)
{
    net.eval();
    torch::NoGradGuard noGrad;
    std::vector<double> logits;
    for (int64_t start = 0; start < inputs.size(0); start += batchSize) {
        const torch::Tensor batch = inputs.slice(0, start, std::min(inputs.size(0), start + batchSize));
        const torch::Tensor out = net.forward({batch}).toTensor().to(torch::kFloat64).flatten();
        for (int64_t i = 0; i < out.size(0); ++i)
            logits.push_back(out[i].item<double>());
    }
    return logits;
}

LoopEnd runEpochs(const EpochLoop& loop, const TrainParams& params, TrainingState& state,
                  const QElapsedTimer& clock, const ProgressCallback& progress, const CancelCallback& cancel)
{
    for (int epoch = state.epochsDone; epoch < params.epochs; ++epoch) {
        QElapsedTimer epochClock;
        epochClock.start();
        const bool averaging = !state.average.isEmpty();
        const auto afterStep = [&state, &loop, &params, averaging] {
            if (averaging)
                state.average.blend(loop.net, averageDecayAt(params.weightAverageDecay, state.steps));
            ++state.steps;
        };
        const EpochOutcome outcome =
            trainOneEpoch(loop.net, loop.optimizer, loop.data, loop.trainIndices, params, loop.preprocessing,
                          epoch, state.random, loop.positiveWeight, progress, cancel, afterStep,
                          loop.distillation);
        if (outcome.cancelled)
            return LoopEnd::Stopped;
        // With averaging, the averaged weights are validated and kept. Training
        // goes on from the current ones.
        const WeightSnapshot current = averaging ? WeightSnapshot::take(loop.net) : WeightSnapshot();
        if (averaging)
            state.average.restore(loop.net);
        const double auc = rocAuc(predictLogits(loop.net, loop.validationInputs, 64), loop.validationLabels);
        state.epochsDone = epoch + 1;
        state.losses.push_back(outcome.meanLoss);
        state.aucs.push_back(auc);
        if (state.best.isEmpty() || auc > state.bestAuc) {
            state.bestAuc = auc;
            state.bestEpoch = epoch + 1;
            state.best = WeightSnapshot::take(loop.net);
            state.epochsWithoutGain = 0;
        } else {
            ++state.epochsWithoutGain;
        }
        if (averaging)
            current.restore(loop.net);
        // Training goes on without a checkpoint: only resuming needs it.
        if (Status saved = saveCheckpoint(loop.checkpointPath, loop.fingerprint, loop.net, loop.optimizer, state);
            !saved) {
            qCWarning(lcTraining).noquote() << saved.error();
        }
        const double seconds = epochClock.elapsed() / 1000.0;
        const QString summary = QStringLiteral("epoch %1/%2: loss %3, validation AUC %4 (best %5 at epoch %6), %7 s, ETA %8 min")
            .arg(epoch + 1).arg(params.epochs).arg(outcome.meanLoss, 0, 'f', 4).arg(auc, 0, 'f', 4)
            .arg(state.bestAuc, 0, 'f', 4).arg(state.bestEpoch).arg(seconds, 0, 'f', 1)
            .arg(seconds * (params.epochs - epoch - 1) / 60.0, 0, 'f', 1);
        qCInfo(lcTraining).noquote() << summary;
        if (progress)
            progress({qint64(epoch + 1), qint64(params.epochs), summary});
        if (state.epochsWithoutGain >= params.patience) {
            qCInfo(lcTraining) << "early stop: no validation AUC gain for" << params.patience << "epochs";
            return LoopEnd::Finished;
        }
        if (params.timeLimitMinutes > 0 && clock.elapsed() > params.timeLimitMinutes * 60'000) {
            qCInfo(lcTraining) << "stopping: time limit of" << params.timeLimitMinutes << "minutes reached";
            return LoopEnd::Stopped;
        }
    }
    return LoopEnd::Finished;
}

} // namespace detail

Result<TrainReport> trainClassifier(const TrainParams& params, const ProgressCallback& progress,
                                    const CancelCallback& cancel)
{
    using TrainResult = Result<TrainReport>;
    QElapsedTimer clock;
    clock.start();
    if (!QDir().mkpath(params.outputFolder))
        return TrainResult::failure(QStringLiteral("%1: cannot create the output folder").arg(params.outputFolder));
    torch::set_num_threads(params.threads > 0 ? params.threads : QThread::idealThreadCount());
    torch::manual_seed(params.seed);
    const detail::TrainingExecutorMode executorMode;
    // Denormal floats in gradients and optimizer state slow x86 arithmetic many times over.
    at::globalContext().setFlushDenormal(true);
    qCInfo(lcTraining) << "training with" << at::get_num_threads() << "threads";

    // A CSV file lists ISIC-style rows; a folder has one subfolder per class.
    TrainReport report;
    const bool fromCsv = QFileInfo(params.dataFolder).isFile();
    const QString imageRoot = !fromCsv ? params.dataFolder
                              : params.imageFolder.isEmpty() ? QFileInfo(params.dataFolder).absolutePath()
                                                             : params.imageFolder;
    std::vector<LabelledImage> listed;
    if (fromCsv) {
        auto csv = readIsicCsv(params.dataFolder, imageRoot);
        if (!csv)
            return TrainResult::failure(csv.error());
        listed = csv->images;
        report.skippedImages << csv->skippedRows;
    } else {
        auto folders = readClassFolders(params.dataFolder);
        if (!folders)
            return TrainResult::failure(folders.error());
        listed = folders.value();
    }
    std::vector<LabelledImage> items = detail::sampleImages(listed, params.maxImages, params.seed);

    const Preprocessing preprocessing = detail::trainingPreprocessing(params.inputSize, params.shadesOfGrayPower,
                                                                             params.lesionCropMargin);
    std::optional<torch::jit::Module> teacher;
    if (!params.teacherManifest.isEmpty()) {
        auto loaded = loadTeacher(params.teacherManifest, preprocessing);
        if (!loaded)
            return TrainResult::failure(loaded.error());
        teacher = std::move(loaded).value();
    }
    const int storeSize = int(std::lround(params.inputSize * 1.25));
    detail::ImageSet data = detail::decodeImages(items, preprocessing, storeSize, true, report.skippedImages,
                                         progress, cancel);
    if (cancel && cancel())
        return TrainResult::failure(QStringLiteral("training cancelled while decoding images"));
    // TrainReport::skippedImages keeps the files and errors. Image paths stay
    // out of the log because they can name patients.
    if (!report.skippedImages.isEmpty())
        qCWarning(lcTraining) << "skipped" << report.skippedImages.size() << "unreadable images";

    // Split with near-duplicates kept together, then save the split for audit and reuse.
    std::vector<LabelledImage> decoded;
    for (size_t i = 0; i < data.paths.size(); ++i)
        decoded.push_back({data.paths[i], int(data.labels[int64_t(i)].item<float>())});
    const std::vector<int> groups = groupNearDuplicates(data.hashes, params.duplicateHashBits);
    const DataSplit split = stratifiedGroupSplit(decoded, groups, params.validationFraction, params.seed);
    if (split.train.size() < 4 || split.validation.size() < 2)
        return TrainResult::failure(QStringLiteral("%1: too few readable images to train").arg(params.dataFolder));
    const QString splitPath = QDir(params.outputFolder).absoluteFilePath(params.modelId + QStringLiteral("-split.csv"));
    if (Status saved = saveSplit(split, splitPath, imageRoot); !saved)
        return TrainResult::failure(saved.error());
    const std::vector<int> isValidation = detail::validationMask(data.paths, split);
    const std::vector<int64_t> trainIndices = indicesOf(isValidation, 0);
    const std::vector<int64_t> validationIndices = indicesOf(isValidation, 1);
    report.trainImages = int(trainIndices.size());
    report.validationImages = int(validationIndices.size());
    const torch::Tensor validationInputs = data.inputs.index_select(0, torch::tensor(validationIndices));
    std::vector<int> validationLabels;
    for (int64_t index : validationIndices)
        validationLabels.push_back(int(data.labels[index].item<float>()));

    // Class imbalance: weight positives by the negative-to-positive ratio of the training set.
    const double positives = data.labels.index_select(0, torch::tensor(trainIndices)).sum().item<double>();
    const torch::Tensor positiveWeight =
        torch::tensor({(double(trainIndices.size()) - positives) / std::max(1.0, positives)}, torch::kFloat32);

    detail::NetworkBuilder builder(params.network.seed);
    torch::jit::Module net = builder.build(params.network);
    std::vector<torch::Tensor> parameters;
    for (const torch::Tensor& parameter : net.parameters())
        parameters.push_back(parameter);
    torch::optim::AdamW optimizer(parameters, torch::optim::AdamWOptions(params.learningRate)
                                                  .weight_decay(params.weightDecay));

    detail::TrainingState state;
    state.random.seed(params.seed);
    if (params.weightAverageDecay > 0.0)
        state.average = detail::WeightSnapshot::take(net);
    const QString checkpoint = detail::checkpointPath(params);
    const QString fingerprint = detail::checkpointFingerprint(params);
    if (params.resume) {
        if (Status loaded = detail::loadCheckpoint(checkpoint, fingerprint, net, optimizer, state); !loaded)
            return TrainResult::failure(loaded.error());
        report.resumedAfterEpoch = state.epochsDone;
        qCInfo(lcTraining) << "resuming after epoch" << state.epochsDone << "of" << params.epochs;
    }
    detail::Distillation distillation;
    if (teacher)
        distillation = {&*teacher, params.distillWeight, params.distillTemperature};
    const detail::EpochLoop loop{net, optimizer, data, trainIndices, validationInputs, validationLabels,
                                 preprocessing, positiveWeight, checkpoint, fingerprint, distillation};
    const detail::LoopEnd end = detail::runEpochs(loop, params, state, clock, progress, cancel);
    if (state.best.isEmpty())
        return TrainResult::failure(QStringLiteral("training cancelled before the first epoch finished"));
    // A run that ended by itself cannot be resumed meaningfully; a stopped one can.
    if (end == detail::LoopEnd::Finished)
        QFile::remove(checkpoint);
    state.best.restore(net);
    report.epochsRun = state.epochsDone;
    report.epochLosses = state.losses;
    report.epochAucs = state.aucs;
    report.validationAuc = state.bestAuc;
    report.bestEpoch = state.bestEpoch;
    report.trainingSeconds = clock.elapsed() / 1000.0;
    return detail::finishTraining(net, params, preprocessing, validationInputs, validationLabels,
                                  splitPath, std::move(report));
}

} // namespace dermaedge
