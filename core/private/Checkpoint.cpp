#include "Checkpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <torch/serialize.h>

#include <cstdio>
#include <sstream>

namespace dermaedge::detail {

namespace {

QJsonArray toJson(const std::vector<double>& values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

std::vector<double> fromJson(const QJsonArray& array)
{
    std::vector<double> values;
    for (const QJsonValue& value : array)
        values.push_back(value.toDouble());
    return values;
}

std::string loopStateJson(const QString& fingerprint, const TrainingState& state)
{
    std::ostringstream random;
    random << state.random;
    const QJsonObject object{{QStringLiteral("fingerprint"), fingerprint},
                             {QStringLiteral("epochs_done"), state.epochsDone},
                             {QStringLiteral("best_epoch"), state.bestEpoch},
                             {QStringLiteral("best_auc"), state.bestAuc},
                             {QStringLiteral("epochs_without_gain"), state.epochsWithoutGain},
                             {QStringLiteral("steps"), state.steps},
                             {QStringLiteral("losses"), toJson(state.losses)},
                             {QStringLiteral("aucs"), toJson(state.aucs)},
                             {QStringLiteral("random"), QString::fromStdString(random.str())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

QString checkpointPath(const TrainParams& params)
{
    return QDir(params.outputFolder)
        .absoluteFilePath(QStringLiteral("checkpoints/%1.ckpt").arg(params.modelId));
}

QString checkpointFingerprint(const TrainParams& params)
{
    const NetworkSpec& net = params.network;
    QStringList stages;
    for (int channels : net.stageChannels)
        stages << QString::number(channels);
    QStringList fields{QFileInfo(params.dataFolder).absoluteFilePath(),
                       QString::number(params.seed),
                       QString::number(params.maxImages),
                       QString::number(params.inputSize),
                       QString::number(params.epochs),
                       QString::number(params.batchSize),
                       QString::number(params.learningRate),
                       QString::number(params.temperatureJitter),
                       QString::number(params.shadesOfGrayPower),
                       QString::number(params.lesionCropMargin),
                       QString::number(int(params.cameraChanges)),
                       QString::number(net.stemChannels),
                       stages.join(QLatin1Char('-')),
                       QString::number(net.blocksPerStage),
                       QString::number(params.weightAverageDecay)};
    // These fields are appended only when used, so checkpoints of runs without them still resume.
    if (params.weightDecay != TrainParams().weightDecay)
        fields << QStringLiteral("weight decay ") + QString::number(params.weightDecay);
    if (params.mixupAlpha > 0.0)
        fields << QStringLiteral("mixup ") + QString::number(params.mixupAlpha);
    if (!params.teacherManifest.isEmpty())
        fields << QStringLiteral("teacher ") + QFileInfo(params.teacherManifest).absoluteFilePath()
                      + QLatin1Char(' ') + QString::number(params.distillWeight) + QLatin1Char(' ')
                      + QString::number(params.distillTemperature);
    return fields.join(QLatin1Char('|'));
}

Status saveCheckpoint(const QString& path, const QString& fingerprint, const torch::jit::Module& net,
                      torch::optim::AdamW& optimizer, const TrainingState& state)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(QStringLiteral("%1: cannot create the checkpoint folder").arg(path));
    const QString temporary = path + QStringLiteral(".part");
    try {
        torch::serialize::OutputArchive archive;
        for (const auto& parameter : net.named_parameters())
            archive.write("net/" + parameter.name, parameter.value.detach());
        for (const auto& buffer : net.named_buffers())
            archive.write("net/" + buffer.name, buffer.value.detach(), true);
        for (const auto& [name, tensor] : state.best.tensors())
            archive.write("best/" + name, tensor, true);
        for (const auto& [name, tensor] : state.average.tensors())
            archive.write("average/" + name, tensor, true);
        torch::serialize::OutputArchive optimizerArchive;
        optimizer.save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
        archive.write("torch_random", at::detail::getDefaultCPUGenerator().get_state(), true);
        archive.write("loop", c10::IValue(loopStateJson(fingerprint, state)));
        archive.save_to(temporary.toStdString());
    } catch (const c10::Error& error) {
        QFile::remove(temporary);
        return Status::failure(QStringLiteral("%1: cannot write the checkpoint (%2)")
                                   .arg(path, QString::fromStdString(error.what_without_backtrace())));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(QStringLiteral("%1: cannot replace the checkpoint").arg(path));
    }
    return Status::success();
}

Status loadCheckpoint(const QString& path, const QString& fingerprint, torch::jit::Module& net,
                      torch::optim::AdamW& optimizer, TrainingState& state)
{
    if (!QFileInfo(path).isFile())
        return Status::failure(QStringLiteral("%1: no checkpoint to resume from").arg(path));
    QJsonObject loop;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        c10::IValue loopValue;
        archive.read("loop", loopValue);
        loop = QJsonDocument::fromJson(QByteArray::fromStdString(loopValue.toStringRef())).object();
        if (loop.value(QStringLiteral("fingerprint")).toString() != fingerprint) {
            return Status::failure(
                QStringLiteral("%1: the checkpoint was made with other data or options; run with "
                               "the same options, or delete it to start again")
                    .arg(path));
        }
        torch::NoGradGuard noGrad;
        for (const auto& parameter : net.named_parameters()) {
            torch::Tensor value = parameter.value;
            archive.read("net/" + parameter.name, value);
        }
        for (const auto& buffer : net.named_buffers()) {
            torch::Tensor value = buffer.value;
            archive.read("net/" + buffer.name, value, true);
        }
        const WeightSnapshot shapes = WeightSnapshot::take(net);
        const auto readSnapshot = [&archive, &shapes](const std::string& prefix) {
            std::map<std::string, torch::Tensor> tensors;
            for (const auto& [name, tensor] : shapes.tensors()) {
                torch::Tensor value = tensor.clone();
                archive.read(prefix + name, value, true);
                tensors[name] = value;
            }
            return WeightSnapshot::fromTensors(std::move(tensors));
        };
        state.best = readSnapshot("best/");
        if (!state.average.isEmpty())
            state.average = readSnapshot("average/");
        torch::serialize::InputArchive optimizerArchive;
        archive.read("optimizer", optimizerArchive);
        optimizer.load(optimizerArchive);
        torch::Tensor generatorState;
        archive.read("torch_random", generatorState, true);
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        generator.set_state(generatorState);
    } catch (const c10::Error& error) {
        return Status::failure(QStringLiteral("%1: not a readable checkpoint (%2)")
                                   .arg(path, QString::fromStdString(error.what_without_backtrace())));
    }
    state.epochsDone = loop.value(QStringLiteral("epochs_done")).toInt();
    state.bestEpoch = loop.value(QStringLiteral("best_epoch")).toInt();
    state.bestAuc = loop.value(QStringLiteral("best_auc")).toDouble();
    state.epochsWithoutGain = loop.value(QStringLiteral("epochs_without_gain")).toInt();
    state.steps = loop.value(QStringLiteral("steps")).toInteger();
    state.losses = fromJson(loop.value(QStringLiteral("losses")).toArray());
    state.aucs = fromJson(loop.value(QStringLiteral("aucs")).toArray());
    std::istringstream random(loop.value(QStringLiteral("random")).toString().toStdString());
    random >> state.random;
    if (random.fail())
        return Status::failure(QStringLiteral("%1: the checkpoint's random state is damaged").arg(path));
    return Status::success();
}

} // namespace dermaedge::detail
