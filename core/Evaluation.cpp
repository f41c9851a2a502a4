#include "Evaluation.h"

#include "Dataset.h"
#include "Split.h"
#include "private/ModelLoading.h"
#include "private/OpenCvImage.h"
#include "private/TorchImage.h"
#include "private/VariantCheck.h"

#include <QThread>

#include <ATen/Parallel.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dermaedge {

namespace {

// Scales the red and blue channels in opposite directions, as a white
// balance set for another colour temperature would.
cv::Mat tint(const cv::Mat& rgb, double red, double blue)
{
    std::vector<cv::Mat> channels;
    cv::split(rgb, channels);
    channels[0].convertTo(channels[0], -1, red);
    channels[2].convertTo(channels[2], -1, blue);
    cv::Mat out;
    cv::merge(channels, out);
    return out;
}

cv::Mat applyShift(const cv::Mat& rgb, const QString& shift)
{
    if (shift == QStringLiteral("warm"))
        return tint(rgb, 1.15, 0.85);
    if (shift == QStringLiteral("cool"))
        return tint(rgb, 0.85, 1.15);
    if (shift == QStringLiteral("low-resolution")) {
        cv::Mat small;
        cv::Mat restored;
        cv::resize(rgb, small, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
        cv::resize(small, restored, rgb.size(), 0, 0, cv::INTER_LINEAR);
        return restored;
    }
    if (shift == QStringLiteral("jpeg-30")) {
        std::vector<uchar> bytes;
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, 30});
        cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_COLOR);
        cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
        return decoded;
    }
    if (shift == QStringLiteral("wide-field")) {
        // Another magnification: the same lesion fills 60% of a larger frame,
        // whose border repeats the image's edge pixels as surrounding skin.
        const int padX = int(std::lround(rgb.cols / 0.6 - rgb.cols)) / 2;
        const int padY = int(std::lround(rgb.rows / 0.6 - rgb.rows)) / 2;
        cv::Mat canvas;
        cv::copyMakeBorder(rgb, canvas, padY, padY, padX, padX, cv::BORDER_REFLECT_101);
        return canvas;
    }
    return rgb;
}

Result<std::vector<LabelledImage>> evaluationItems(const EvaluateParams& params)
{
    if (!params.splitCsv.isEmpty()) {
        auto split = loadSplit(params.splitCsv, params.dataFolder);
        if (!split)
            return Result<std::vector<LabelledImage>>::failure(split.error());
        return split->validation;
    }
    return readClassFolders(params.dataFolder);
}

} // namespace

QStringList deviceShiftNames()
{
    return {QStringLiteral("none"), QStringLiteral("warm"), QStringLiteral("cool"),
            QStringLiteral("low-resolution"), QStringLiteral("jpeg-30"), QStringLiteral("wide-field")};
}

Result<EvaluationReport> evaluateModel(const ModelManifest& manifest, const EvaluateParams& params,
                                       const ProgressCallback& progress, const CancelCallback& cancel)
{
    using EvaluationResult = Result<EvaluationReport>;
    for (const QString& shift : params.shifts) {
        if (!deviceShiftNames().contains(shift))
            return EvaluationResult::failure(QStringLiteral("unknown shift \"%1\"; expected one of %2")
                                                 .arg(shift, deviceShiftNames().join(QStringLiteral(", "))));
    }
    auto items = evaluationItems(params);
    if (!items)
        return EvaluationResult::failure(items.error());
    if (params.maxImages > 0 && items->size() > size_t(params.maxImages))
        items->resize(size_t(params.maxImages));
    if (Status verified = detail::verifyArchive(manifest); !verified)
        return EvaluationResult::failure(verified.error());
    at::set_num_threads(params.threads > 0 ? params.threads : QThread::idealThreadCount());

    EvaluationReport report;
    report.modelId = manifest.id;
    std::vector<cv::Mat> images;
    std::vector<int> labels;
    for (const LabelledImage& item : items.value()) {
        auto mat = detail::decodeImageFile(item.path);
        if (!mat) {
            report.unreadable << mat.error();
            continue;
        }
        images.push_back(mat.value());
        labels.push_back(item.label);
    }
    report.images = int(images.size());
    report.labels = labels;
    if (images.empty())
        return EvaluationResult::failure(QStringLiteral("%1: no readable labelled image").arg(params.dataFolder));

    try {
        torch::jit::Module module = detail::prepareForInference(detail::loadEvalModule(manifest), manifest.kind);
        const qint64 total = qint64(params.shifts.size()) * qint64(images.size());
        for (int s = 0; s < params.shifts.size(); ++s) {
            std::vector<torch::Tensor> inputs;
            for (size_t i = 0; i < images.size(); ++i) {
                if (cancel && cancel())
                    return EvaluationResult::failure(QStringLiteral("evaluation cancelled"));
                inputs.push_back(detail::networkInput(applyShift(images[i], params.shifts[s]),
                                                      manifest.preprocessing).squeeze(0));
                if (progress && i % 50 == 0)
                    progress({qint64(s) * qint64(images.size()) + qint64(i), total,
                              QStringLiteral("evaluating %1").arg(params.shifts[s])});
            }
            const std::vector<double> logits = detail::logitsOf(module, torch::stack(inputs));
            std::vector<double> probabilities;
            for (double logit : logits)
                probabilities.push_back(1.0 / (1.0 + std::exp(-logit / manifest.temperature)));
            ShiftMetrics metrics;
            metrics.shift = params.shifts[s];
            metrics.auc = rocAuc(probabilities, labels);
            metrics.ece = expectedCalibrationError(probabilities, labels);
            metrics.atThreshold = binaryMetrics(probabilities, labels, manifest.threshold);
            metrics.probabilities = std::move(probabilities);
            report.results.push_back(metrics);
        }
    } catch (const c10::Error& error) {
        return EvaluationResult::failure(QStringLiteral("%1: evaluation failed (%2)")
                                             .arg(manifest.archivePath(),
                                                  QString::fromStdString(error.what_without_backtrace())));
    } catch (const cv::Exception& error) {
        return EvaluationResult::failure(QStringLiteral("image transformation failed (%1)")
                                             .arg(QString::fromStdString(error.msg)));
    }
    return report;
}

} // namespace dermaedge
