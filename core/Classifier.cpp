#include "Classifier.h"

#include "Logging.h"
#include "private/ModelLoading.h"
#include "private/OpenCvImage.h"
#include "private/QuantizePasses.h"
#include "private/TorchImage.h"

#include <QElapsedTimer>
#include <QThread>

#include <opencv2/core/version.hpp>
#include <torch/script.h>
#include <torch/version.h>
#include <ATen/Parallel.h>

#include <cmath>
#include <cstring>

namespace dermaedge {

struct Classifier::Private
{
    ModelManifest manifest;
    torch::jit::Module module;
};

namespace {

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

QString shapeText(const torch::Tensor& tensor)
{
    QStringList sizes;
    for (const int64_t size : tensor.sizes())
        sizes << QString::number(size);
    return QStringLiteral("[%1]").arg(sizes.join(QStringLiteral(", ")));
}

// Reads the melanoma logit from a forward pass on one image: either one logit
// or two class logits, whose difference is the melanoma logit. On failure the
// message describes what the model returned, e.g. "a Tuple instead of a tensor".
Result<double> melanomaLogit(const c10::IValue& output)
{
    if (!output.isTensor())
        return Result<double>::failure(QStringLiteral("a %1 instead of a tensor")
                                           .arg(QString::fromStdString(output.tagKind())));
    const torch::Tensor tensor = output.toTensor();
    if (tensor.numel() < 1 || tensor.numel() > 2)
        return Result<double>::failure(
            QStringLiteral("%1 values (shape %2) instead of one logit or two class scores")
                .arg(tensor.numel())
                .arg(shapeText(tensor)));
    const torch::Tensor flat = tensor.to(torch::kFloat64).flatten();
    const double logit = flat.numel() == 2 ? (flat[1] - flat[0]).item<double>() : flat[0].item<double>();
    if (!std::isfinite(logit))
        return Result<double>::failure(QStringLiteral("a non-finite value (%1)").arg(logit));
    return logit;
}

// Applies the manifest's temperature and threshold to the melanoma logit.
Result<ScreeningResult> resultFromLogit(const ModelManifest& manifest, double logit)
{
    if (!std::isfinite(logit))
        return Result<ScreeningResult>::failure(QStringLiteral("model returned a non-finite value"));
    ScreeningResult result;
    result.modelId = manifest.id;
    result.threshold = manifest.threshold;
    result.probability = sigmoid(logit / manifest.temperature);
    result.malignant = result.probability >= result.threshold;
    return result;
}

// The melanoma logit of each row of a [N, 1] or [N, 2] output. Two outputs are
// class logits: their difference is the melanoma logit.
std::vector<double> melanomaLogits(const torch::Tensor& output, int64_t rows)
{
    const torch::Tensor values = output.to(torch::kFloat64).reshape({rows, -1}).contiguous();
    const int64_t columns = values.size(1);
    const double* data = values.data_ptr<double>();
    std::vector<double> logits;
    for (int64_t row = 0; row < rows; ++row) {
        const double* scores = data + row * columns;
        logits.push_back(columns == 2 ? scores[1] - scores[0] : scores[0]);
    }
    return logits;
}

bool matchesInputSize(const InputTensor& input, int side)
{
    return input.channels == 3 && input.height == side && input.width == side &&
           input.values.size() == size_t(3) * size_t(side) * size_t(side);
}

} // namespace

Classifier::Classifier(std::unique_ptr<Private> d) : d(std::move(d)) {}

Classifier::~Classifier() = default;

const ModelManifest& Classifier::manifest() const
{
    return d->manifest;
}

Result<std::unique_ptr<Classifier>> Classifier::load(const ModelManifest& manifest,
                                                     const ClassifierOptions& options)
{
    using LoadResult = Result<std::unique_ptr<Classifier>>;
    if (options.verifyChecksum) {
        if (Status verified = detail::verifyArchive(manifest); !verified)
            return LoadResult::failure(verified.error());
    }
    setInferenceThreads(options.threads);

    auto d = std::make_unique<Private>();
    d->manifest = manifest;
    QElapsedTimer timer;
    timer.start();
    try {
        d->module = detail::prepareForInference(detail::loadEvalModule(manifest), manifest.kind);
    } catch (const c10::Error& error) {
        return LoadResult::failure(QStringLiteral("%1: not a usable TorchScript model (%2)")
                                       .arg(manifest.archivePath(),
                                            QString::fromStdString(error.what_without_backtrace())));
    } catch (const std::exception& error) {
        return LoadResult::failure(QStringLiteral("%1: cannot be loaded (%2)")
                                       .arg(manifest.archivePath(), QString::fromUtf8(error.what())));
    }
    // The graph executor profiles the first runs and optimizes after them, so
    // two throw-away passes keep that cost out of the first screening. They
    // also reject a model whose output cannot be read as a melanoma logit.
    try {
        const int side = manifest.preprocessing.inputSize;
        c10::InferenceMode guard;
        for (int run = 0; run < 2; ++run) {
            const auto logit = melanomaLogit(d->module.forward({torch::zeros({1, 3, side, side})}));
            if (!logit)
                return LoadResult::failure(QStringLiteral("%1: the model returns %2 for a blank %3 x %3 input")
                                               .arg(manifest.archivePath(), logit.error())
                                               .arg(side));
        }
    } catch (const c10::Error& error) {
        return LoadResult::failure(QStringLiteral("%1: fails on an input of the manifest's size (%2)")
                                       .arg(manifest.archivePath(),
                                            QString::fromStdString(error.what_without_backtrace())));
    } catch (const std::exception& error) {
        return LoadResult::failure(QStringLiteral("%1: fails on an input of the manifest's size (%2)")
                                       .arg(manifest.archivePath(), QString::fromUtf8(error.what())));
    }
    qCInfo(lcInference) << "loaded model" << manifest.id << "in" << timer.elapsed() << "ms";
    return std::unique_ptr<Classifier>(new Classifier(std::move(d)));
}

Result<ScreeningResult> Classifier::screenFile(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto image = detail::decodeImageFile(path);
    if (!image)
        return Result<ScreeningResult>::failure(image.error());
    auto result = screenImage(detail::matToImage(image.value()));
    if (!result)
        return Result<ScreeningResult>::failure(QStringLiteral("%1: %2").arg(path, result.error()));
    result->totalMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

Result<ScreeningResult> Classifier::screenImage(const QImage& rgb)
{
    QElapsedTimer timer;
    timer.start();
    if (rgb.isNull())
        return Result<ScreeningResult>::failure(QStringLiteral("image is empty"));

    double logit = 0.0;
    double networkMs = 0.0;
    try {
        const torch::Tensor input =
            detail::networkInput(detail::imageToMat(rgb), d->manifest.preprocessing);
        c10::InferenceMode guard;
        QElapsedTimer network;
        network.start();
        const c10::IValue output = d->module.forward({input});
        networkMs = double(network.nsecsElapsed()) / 1e6;
        const auto melanoma = melanomaLogit(output);
        if (!melanoma)
            return Result<ScreeningResult>::failure(
                QStringLiteral("model %1 returned %2").arg(d->manifest.id, melanoma.error()));
        logit = melanoma.value();
    } catch (const c10::Error& error) {
        return Result<ScreeningResult>::failure(
            QStringLiteral("inference failed (%1)")
                .arg(QString::fromStdString(error.what_without_backtrace())));
    } catch (const cv::Exception& error) {
        return Result<ScreeningResult>::failure(
            QStringLiteral("preprocessing failed (%1)").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception& error) {
        return Result<ScreeningResult>::failure(
            QStringLiteral("inference failed (%1)").arg(QString::fromUtf8(error.what())));
    }
    Result<ScreeningResult> result = resultFromLogit(d->manifest, logit);
    if (result) {
        result->networkMs = networkMs;
        result->totalMs = double(timer.nsecsElapsed()) / 1e6;
    }
    return result;
}

std::vector<Result<ScreeningResult>> Classifier::screenInputs(const std::vector<InputTensor>& inputs)
{
    const int side = d->manifest.preprocessing.inputSize;
    std::vector<Result<ScreeningResult>> results(
        inputs.size(), Result<ScreeningResult>::failure(QString()));
    std::vector<size_t> valid;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const InputTensor& input = inputs[i];
        if (matchesInputSize(input, side))
            valid.push_back(i);
        else
            results[i] = Result<ScreeningResult>::failure(
                QStringLiteral("input of %1 x %2 x %3 values does not match the model's 3 x %4 x %4")
                    .arg(input.channels)
                    .arg(input.height)
                    .arg(input.width)
                    .arg(side));
    }
    if (valid.empty())
        return results;

    const auto count = int64_t(valid.size());
    const size_t inputValues = size_t(3) * size_t(side) * size_t(side);
    try {
        torch::Tensor batch = torch::empty({count, 3, side, side}, torch::kFloat32);
        float* target = batch.data_ptr<float>();
        for (size_t i = 0; i < valid.size(); ++i)
            std::memcpy(target + i * inputValues, inputs[valid[i]].values.data(),
                        inputValues * sizeof(float));
        c10::InferenceMode guard;
        QElapsedTimer network;
        network.start();
        const torch::Tensor output = d->module.forward({batch}).toTensor();
        const double networkMs = double(network.nsecsElapsed()) / 1e6 / double(count);
        if (output.numel() != count && output.numel() != 2 * count) {
            const QString message =
                QStringLiteral("model returned %1 values for %2 images; expected one logit or two "
                               "class scores per image")
                    .arg(output.numel())
                    .arg(count);
            for (size_t index : valid)
                results[index] = Result<ScreeningResult>::failure(message);
            return results;
        }
        const std::vector<double> logits = melanomaLogits(output, count);
        for (size_t i = 0; i < valid.size(); ++i) {
            Result<ScreeningResult>& result = results[valid[i]];
            result = resultFromLogit(d->manifest, logits[i]);
            if (result) {
                result->networkMs = networkMs;
                result->totalMs = networkMs;
            }
        }
    } catch (const c10::Error& error) {
        const QString message = QStringLiteral("inference failed (%1)")
                                    .arg(QString::fromStdString(error.what_without_backtrace()));
        for (size_t index : valid)
            results[index] = Result<ScreeningResult>::failure(message);
    }
    return results;
}

void setInferenceThreads(int threads)
{
    const int count = threads > 0 ? threads : QThread::idealThreadCount();
    if (at::get_num_threads() != count)
        at::set_num_threads(count);
}

QString runtimeVersions()
{
    return QStringLiteral("LibTorch %1, OpenCV %2, Qt %3")
        .arg(QStringLiteral(TORCH_VERSION), QStringLiteral(CV_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace dermaedge
