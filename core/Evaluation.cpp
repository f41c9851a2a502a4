#include "Evaluation.h"

#include "Dataset.h"
#include "Split.h"
#include "private/ModelLoading.h"
#include "private/OpenCvImage.h"
#include "private/TorchImage.h"
#include "private/VariantCheck.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
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

// Decoded images with their labels; undecodable files go to report.unreadable.
struct DecodedImages
{
    std::vector<cv::Mat> images;
    std::vector<int> labels;
};

// Returns nothing when `cancel` stopped it. Progress counts one step per file of `total`.
std::optional<DecodedImages> decodeAll(const std::vector<LabelledImage>& items, EvaluationReport& report,
                                       qint64 total, const ProgressCallback& progress,
                                       const CancelCallback& cancel)
{
    DecodedImages decoded;
    for (size_t i = 0; i < items.size(); ++i) {
        if (cancel && cancel())
            return std::nullopt;
        if (progress && i % 50 == 0)
            progress({qint64(i), total, QStringLiteral("decoding images")});
        const LabelledImage& item = items[i];
        auto mat = detail::decodeImageFile(item.path);
        if (!mat) {
            report.unreadable << mat.error();
            continue;
        }
        decoded.images.push_back(mat.value());
        decoded.labels.push_back(item.label);
        report.imageList.push_back(item);
    }
    report.images = int(decoded.images.size());
    return decoded;
}

ShiftMetrics metricsOf(const QString& shift, std::vector<double> probabilities, const std::vector<int>& labels,
                       double threshold)
{
    ShiftMetrics metrics;
    metrics.shift = shift;
    metrics.auc = rocAuc(probabilities, labels);
    metrics.ece = expectedCalibrationError(probabilities, labels);
    metrics.atThreshold = binaryMetrics(probabilities, labels, threshold);
    metrics.roc = rocCurve(probabilities, labels);
    metrics.undefined = undefinedMetrics(metrics.atThreshold, metrics.auc);
    metrics.probabilities = std::move(probabilities);
    return metrics;
}

} // namespace

QStringList deviceShiftNames()
{
    return {QStringLiteral("none"), QStringLiteral("warm"), QStringLiteral("cool"),
            QStringLiteral("low-resolution"), QStringLiteral("jpeg-30"), QStringLiteral("wide-field")};
}

Result<std::vector<LabelledImage>> evaluationImages(const EvaluateParams& params, QString* baseFolder)
{
    using ListResult = Result<std::vector<LabelledImage>>;
    const QFileInfo data(params.dataFolder);
    const bool isCsv = data.isFile() && data.suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
    const QString base = isCsv ? (params.imageFolder.isEmpty() ? data.absolutePath() : params.imageFolder)
                               : params.dataFolder;
    if (baseFolder != nullptr)
        *baseFolder = base;

    std::vector<LabelledImage> items;
    if (!params.splitCsv.isEmpty()) {
        auto split = loadSplit(params.splitCsv, base);
        if (!split)
            return ListResult::failure(split.error());
        items = std::move(split->validation);
    } else if (isCsv) {
        auto dataset = readIsicCsv(params.dataFolder, base);
        if (!dataset)
            return ListResult::failure(dataset.error());
        for (const QString& row : std::as_const(dataset->skippedRows))
            qCInfo(lcModels) << "evaluation data:" << params.dataFolder << row;
        items = std::move(dataset->images);
    } else {
        auto folder = readClassFolders(params.dataFolder);
        if (!folder)
            return folder;
        items = std::move(folder).value();
    }
    // Evenly spaced rows keep each class's share, whereas the first rows of a
    // list sorted by folder would be of one class only.
    if (params.maxImages > 0 && items.size() > size_t(params.maxImages)) {
        std::vector<LabelledImage> subset;
        const size_t count = size_t(params.maxImages);
        for (size_t i = 0; i < count; ++i)
            subset.push_back(items[i * items.size() / count]);
        items = std::move(subset);
    }
    return items;
}

Result<QString> evaluationDatasetHash(const EvaluateParams& params)
{
    QString baseFolder;
    auto items = evaluationImages(params, &baseFolder);
    if (!items)
        return Result<QString>::failure(items.error());
    return datasetHash(items.value(), baseFolder);
}

QString defaultSplitFor(const ModelManifest& model)
{
    const QDir folder = QFileInfo(model.manifestPath).absoluteDir();
    for (const QString& id : {model.id, model.provenance.source.section(u' ', 0, 0)}) {
        const QString candidate = folder.absoluteFilePath(id + QStringLiteral("-split.csv"));
        if (!id.isEmpty() && QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
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
    EvaluationReport report;
    report.modelId = manifest.id;
    report.kind = manifest.kind;
    report.threshold = manifest.threshold;
    report.dataFolder = params.dataFolder;
    report.splitCsv = params.splitCsv;
    auto items = evaluationImages(params, &report.baseFolder);
    if (!items)
        return EvaluationResult::failure(items.error());
    report.datasetHash = datasetHash(items.value(), report.baseFolder);
    if (Status verified = detail::verifyArchive(manifest); !verified)
        return EvaluationResult::failure(verified.error());
    at::set_num_threads(params.threads > 0 ? params.threads : QThread::idealThreadCount());

    // Decoding counts as one pass over the files, each shift as another.
    const qint64 listed = qint64(items->size());
    const qint64 total = qint64(params.shifts.size() + 1) * listed;
    const std::optional<DecodedImages> decoded = decodeAll(items.value(), report, total, progress, cancel);
    if (!decoded)
        return EvaluationResult::failure(QStringLiteral("evaluation cancelled"));
    if (decoded->images.empty())
        return EvaluationResult::failure(QStringLiteral("%1: no readable labelled image").arg(params.dataFolder));

    const std::vector<cv::Mat>& images = decoded->images;
    try {
        torch::jit::Module module = detail::prepareForInference(detail::loadEvalModule(manifest), manifest.kind);
        for (int s = 0; s < params.shifts.size(); ++s) {
            std::vector<torch::Tensor> inputs;
            for (size_t i = 0; i < images.size(); ++i) {
                if (cancel && cancel())
                    return EvaluationResult::failure(QStringLiteral("evaluation cancelled"));
                inputs.push_back(detail::networkInput(applyShift(images[i], params.shifts[s]),
                                                      manifest.preprocessing).squeeze(0));
                if (progress && i % 50 == 0)
                    progress({qint64(s + 1) * listed + qint64(i), total,
                              params.shifts[s] == QStringLiteral("none")
                                  ? QStringLiteral("screening the images")
                                  : QStringLiteral("screening the images with the %1 shift").arg(params.shifts[s])});
            }
            const std::vector<double> logits = detail::logitsOf(module, torch::stack(inputs));
            std::vector<double> probabilities;
            for (double logit : logits)
                probabilities.push_back(1.0 / (1.0 + std::exp(-logit / manifest.temperature)));
            report.results.push_back(metricsOf(params.shifts[s], std::move(probabilities), decoded->labels,
                                               manifest.threshold));
        }
    } catch (const c10::Error& error) {
        return EvaluationResult::failure(QStringLiteral("%1: evaluation failed (%2)")
                                             .arg(manifest.archivePath(),
                                                  QString::fromStdString(error.what_without_backtrace())));
    } catch (const cv::Exception& error) {
        return EvaluationResult::failure(QStringLiteral("image transformation failed (%1)")
                                             .arg(QString::fromStdString(error.msg)));
    }
    if (progress)
        progress({total, total, QStringLiteral("evaluated %1").arg(manifest.id)});
    return report;
}

} // namespace dermaedge
