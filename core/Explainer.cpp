#include "Explainer.h"

#include "Classifier.h"
#include "Logging.h"
#include "private/LesionCrop.h"
#include "private/ModelLoading.h"
#include "private/OpenCvImage.h"
#include "private/Saliency.h"
#include "private/TorchImage.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace dermaedge {

struct Explainer::Private
{
    ModelManifest manifest;
    torch::jit::Module module;
    std::optional<detail::StagedNetwork> stages; ///< set when Grad-CAM applies
    QString note;
};

namespace {

const QString kFp32Kind = QStringLiteral("fp32");

// The part of an image that resizeAndCrop() keeps, in the image's pixels.
QRectF inputRectFor(const QSize& size, const Preprocessing& preprocessing)
{
    const int crop = preprocessing.inputSize;
    const double scale = double(preprocessing.resizeShorter) / std::min(size.width(), size.height());
    const int width = std::max(crop, int(std::lround(size.width() * scale)));
    const int height = std::max(crop, int(std::lround(size.height() * scale)));
    const double scaleX = double(width) / size.width();
    const double scaleY = double(height) / size.height();
    return QRectF(((width - crop) / 2) / scaleX, ((height - crop) / 2) / scaleY, crop / scaleX,
                  crop / scaleY);
}

// The analysed part of the image: resizeAndCrop()'s square of the lesion frame
// or of the whole image.
QRectF analysedRect(const cv::Mat& image, const Preprocessing& preprocessing)
{
    const cv::Rect frame = preprocessing.lesionCropMargin > 0.0
                               ? detail::findLesion(image, preprocessing.lesionCropMargin).frame
                               : cv::Rect(0, 0, image.cols, image.rows);
    return inputRectFor(QSize(frame.width, frame.height), preprocessing).translated(frame.x, frame.y);
}

// A fixed input that is neither constant nor symmetric, so a mismatch between
// the staged and the full forward pass shows in the logit.
torch::Tensor probeInput(int side)
{
    return torch::linspace(-2.0, 2.0, 3 * side * side).view({1, 3, side, side}).sin_().mul_(2.0);
}

QString quantizedModelError(const ModelManifest& manifest)
{
    const QString baseline = manifest.metrics.value(QStringLiteral("baseline_id")).toString();
    QString message = QStringLiteral("%1: model %2 is quantized (kind %3), and INT8 operators have "
                                     "no gradients to explain it with")
                          .arg(manifest.archivePath(), manifest.id, manifest.kind);
    if (!baseline.isEmpty())
        message += QStringLiteral("; explain it with its FP32 baseline %1").arg(baseline);
    return message;
}

} // namespace

Explainer::Explainer(std::unique_ptr<Private> d) : d(std::move(d)) {}

Explainer::~Explainer() = default;

const ModelManifest& Explainer::manifest() const
{
    return d->manifest;
}

ExplanationMethod Explainer::method() const
{
    return d->stages ? ExplanationMethod::GradCam : ExplanationMethod::InputGradient;
}

Result<std::unique_ptr<Explainer>> Explainer::load(const ModelManifest& manifest,
                                                   const ExplainOptions& options)
{
    using LoadResult = Result<std::unique_ptr<Explainer>>;
    if (detail::isQuantizedKind(manifest.kind))
        return LoadResult::failure(quantizedModelError(manifest));
    if (options.verifyChecksum) {
        if (Status verified = detail::verifyArchive(manifest); !verified)
            return LoadResult::failure(verified.error());
    }
    setInferenceThreads(options.threads);

    auto d = std::make_unique<Private>();
    d->manifest = manifest;
    try {
        // Not frozen: freezing inlines the submodules that Grad-CAM calls one by one.
        d->module = detail::loadEvalModule(manifest);
        for (torch::Tensor parameter : d->module.parameters())
            parameter.set_requires_grad(false);
        d->stages = detail::findStages(d->module);
        const torch::Tensor probe = probeInput(manifest.preprocessing.inputSize);
        if (d->stages && !detail::verifyStages(d->module, *d->stages, probe))
            d->stages.reset();
        if (!d->stages) {
            d->note = QStringLiteral("model %1 does not have DermaEdge's layer layout, so the heatmap "
                                     "shows input-gradient saliency instead of Grad-CAM")
                          .arg(manifest.id);
        }
        // A full pass with gradients checks that the model accepts the input size.
        if (d->stages)
            detail::gradCam(*d->stages, probe);
        else
            detail::inputGradient(d->module, probe);
    } catch (const c10::Error& error) {
        return LoadResult::failure(QStringLiteral("%1: cannot be explained (%2)")
                                       .arg(manifest.archivePath(),
                                            QString::fromStdString(error.what_without_backtrace())));
    } catch (const std::exception& error) {
        return LoadResult::failure(QStringLiteral("%1: cannot be loaded (%2)")
                                       .arg(manifest.archivePath(), QString::fromUtf8(error.what())));
    }
    qCInfo(lcInference).noquote() << "loaded" << manifest.id << "for"
                                  << explanationMethodName(d->stages ? ExplanationMethod::GradCam
                                                                     : ExplanationMethod::InputGradient);
    return std::unique_ptr<Explainer>(new Explainer(std::move(d)));
}

Result<Explanation> Explainer::explain(const QImage& rgb)
{
    if (rgb.isNull())
        return Result<Explanation>::failure(QStringLiteral("image is empty"));
    QElapsedTimer timer;
    timer.start();

    Explanation explanation;
    explanation.modelId = d->manifest.id;
    explanation.method = method();
    explanation.layerName = d->stages ? QString::fromStdString(d->stages->lastStageName) : QString();
    explanation.note = d->note;
    explanation.imageSize = rgb.size();
    try {
        const cv::Mat image = detail::imageToMat(rgb);
        explanation.inputRect = analysedRect(image, d->manifest.preprocessing);
        const torch::Tensor input = detail::networkInput(image, d->manifest.preprocessing);
        const detail::SaliencyMap map = d->stages ? detail::gradCam(*d->stages, input)
                                                  : detail::inputGradient(d->module, input);
        explanation.height = int(map.map.size(0));
        explanation.width = int(map.map.size(1));
        explanation.values.resize(size_t(map.map.numel()));
        std::memcpy(explanation.values.data(), map.map.data_ptr<float>(),
                    explanation.values.size() * sizeof(float));
        explanation.flat = map.flat;
        explanation.probability = 1.0 / (1.0 + std::exp(-map.logit / d->manifest.temperature));
        explanation.strength = heatmapStrength(explanation.probability, d->manifest.threshold);
    } catch (const c10::Error& error) {
        return Result<Explanation>::failure(
            QStringLiteral("explanation failed (%1)")
                .arg(QString::fromStdString(error.what_without_backtrace())));
    } catch (const cv::Exception& error) {
        return Result<Explanation>::failure(
            QStringLiteral("preprocessing failed (%1)").arg(QString::fromStdString(error.msg)));
    }
    qCDebug(lcInference) << "explained with" << d->manifest.id << "in" << timer.elapsed() << "ms";
    return explanation;
}

Result<Explanation> explain(const ModelManifest& fp32Manifest, const QImage& rgb,
                            const ExplainOptions& options)
{
    auto explainer = Explainer::load(fp32Manifest, options);
    if (!explainer)
        return Result<Explanation>::failure(explainer.error());
    return explainer.value()->explain(rgb);
}

bool isQuantizedModel(const ModelManifest& manifest)
{
    return detail::isQuantizedKind(manifest.kind);
}

Result<ModelManifest> explanationModelFor(const ModelManifest& screened,
                                          const std::vector<ModelManifest>& registered)
{
    if (screened.kind == kFp32Kind)
        return screened;
    QString baselineId = screened.metrics.value(QStringLiteral("baseline_id")).toString();
    if (baselineId.isEmpty())
        baselineId = screened.provenance.source.section(u' ', 0, 0);
    const QString expectedDigest = screened.metrics.value(QStringLiteral("baseline_sha256")).toString();

    const auto baseline = std::find_if(registered.begin(), registered.end(),
                                       [&](const ModelManifest& m) { return m.id == baselineId; });
    if (!baselineId.isEmpty() && baseline != registered.end()) {
        if (detail::isQuantizedKind(baseline->kind))
            return Result<ModelManifest>::failure(
                QStringLiteral("the baseline %1 of model %2 is itself quantized (kind %3), so "
                               "neither has gradients to explain with")
                    .arg(baseline->id, screened.id, baseline->kind));
        if (!expectedDigest.isEmpty() && baseline->sha256 != expectedDigest)
            return Result<ModelManifest>::failure(
                QStringLiteral("the registered baseline %1 is not the one model %2 was made from "
                               "(its SHA-256 differs), so its heatmap would not describe %2")
                    .arg(baseline->id, screened.id));
        return *baseline;
    }
    if (!detail::isQuantizedKind(screened.kind))
        return screened;
    return Result<ModelManifest>::failure(
        QStringLiteral("model %1 is quantized (kind %2) and has no gradients, and its FP32 "
                       "baseline %3 is not registered; add the baseline's manifest and archive to "
                       "a model folder to see heatmaps")
            .arg(screened.id, screened.kind,
                 baselineId.isEmpty() ? QStringLiteral("(not recorded)") : baselineId));
}

} // namespace dermaedge
