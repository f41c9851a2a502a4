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
    // two throw-away passes keep that cost out of the first screening.
    try {
        const int side = manifest.preprocessing.inputSize;
        c10::InferenceMode guard;
        for (int run = 0; run < 2; ++run)
            d->module.forward({torch::zeros({1, 3, side, side})});
    } catch (const c10::Error& error) {
        return LoadResult::failure(QStringLiteral("%1: fails on an input of the manifest's size (%2)")
                                       .arg(manifest.archivePath(),
                                            QString::fromStdString(error.what_without_backtrace())));
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
        const torch::Tensor output = d->module.forward({input}).toTensor();
        result.networkMs = double(network.nsecsElapsed()) / 1e6;
        if (output.numel() < 1 || output.numel() > 2)
            return Result<ScreeningResult>::failure(
                QStringLiteral("model returned %1 values; expected one logit or two class scores")
                    .arg(output.numel()));
        const torch::Tensor flat = output.to(torch::kFloat64).flatten();
        // Two outputs are class logits: their difference is the melanoma logit.
        const double logit = flat.numel() == 2 ? (flat[1] - flat[0]).item<double>()
                                               : flat[0].item<double>();
        if (!std::isfinite(logit))
            return Result<ScreeningResult>::failure(QStringLiteral("model returned a non-finite value"));
        result.probability = sigmoid(logit / d->manifest.temperature);
    } catch (const c10::Error& error) {
        return Result<ScreeningResult>::failure(
            QStringLiteral("inference failed (%1)")
                .arg(QString::fromStdString(error.what_without_backtrace())));
    } catch (const cv::Exception& error) {
        return Result<ScreeningResult>::failure(
            QStringLiteral("preprocessing failed (%1)").arg(QString::fromStdString(error.msg)));
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
