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

    ScreeningResult result;
    result.modelId = d->manifest.id;
    result.threshold = d->manifest.threshold;
    try {
        const torch::Tensor input =
            detail::networkInput(detail::imageToMat(rgb), d->manifest.preprocessing);
        c10::InferenceMode guard;
        QElapsedTimer network;
        network.start();
        const c10::IValue output = d->module.forward({input});
        result.networkMs = double(network.nsecsElapsed()) / 1e6;
        const auto logit = melanomaLogit(output);
        if (!logit)
            return Result<ScreeningResult>::failure(
                QStringLiteral("model %1 returned %2").arg(d->manifest.id, logit.error()));
        result.probability = sigmoid(logit.value() / d->manifest.temperature);
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
    result.malignant = result.probability >= result.threshold;
    result.totalMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
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
