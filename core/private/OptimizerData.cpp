#include "OptimizerData.h"

#include "Dataset.h"
#include "ImageIo.h"
#include "Split.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <torch/torch.h>

#include <algorithm>
#include <random>

namespace dermaedge::detail {

namespace {

Result<DataSplit> resolveSplit(const ModelManifest& baseline, const OptimizeParams& params)
{
    QString csv = params.splitCsv;
    if (csv.isEmpty()) {
        const QString beside = QFileInfo(baseline.manifestPath).absolutePath() + u'/' + baseline.id
                               + QStringLiteral("-split.csv");
        if (QFileInfo::exists(beside))
            csv = beside;
    }
    if (!csv.isEmpty())
        return loadSplit(csv, params.dataFolder);

    // Without the training split, validation is a seeded fifth of the data
    // folder; the model may have seen these images, so the check is weaker.
    auto items = readClassFolders(params.dataFolder);
    if (!items)
        return Result<DataSplit>::failure(items.error());
    std::vector<LabelledImage> shuffled = items.value();
    std::mt19937_64 random(params.seed);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    DataSplit split;
    const size_t validation = shuffled.size() / 5;
    split.validation.assign(shuffled.begin(), shuffled.begin() + std::ptrdiff_t(validation));
    split.train.assign(shuffled.begin() + std::ptrdiff_t(validation), shuffled.end());
    return split;
}

std::vector<LabelledImage> calibrationItems(const OptimizeParams& params,
                                            const std::vector<LabelledImage>& trainItems)
{
    std::vector<LabelledImage> items;
    if (!params.calibrationFolder.isEmpty()) {
        QStringList files;
        QDirIterator it(params.calibrationFolder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (hasImageExtension(path))
                files << path;
        }
        files.sort();
        for (const QString& path : std::as_const(files))
            items.push_back({path, 0});
    } else {
        items = trainItems;
    }
    std::mt19937_64 random(params.seed + 1);
    std::shuffle(items.begin(), items.end(), random);
    if (items.size() > size_t(params.calibrationImages))
        items.resize(size_t(params.calibrationImages));
    return items;
}

QString hashFiles(const std::vector<QString>& paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<OptimizerData> loadOptimizerData(const ModelManifest& baseline, const OptimizeParams& params,
                                        bool needCalibration, const ProgressCallback& progress,
                                        const CancelCallback& cancel)
{
    auto split = resolveSplit(baseline, params);
    if (!split)
        return Result<OptimizerData>::failure(split.error());
    OptimizerData data;
    data.trainItems = split->train;
    std::vector<LabelledImage> validationItems = split->validation;
    if (params.validationImages > 0 && validationItems.size() > size_t(params.validationImages)) {
        std::mt19937_64 random(params.seed);
        std::shuffle(validationItems.begin(), validationItems.end(), random);
        validationItems.resize(size_t(params.validationImages));
    }
    data.validation = decodeImages(validationItems, baseline.preprocessing, 0, true, data.warnings,
                                   progress, cancel);
    if (cancel && cancel())
        return Result<OptimizerData>::failure(QStringLiteral("optimization cancelled while reading images"));
    if (data.validation.paths.size() < 2)
        return Result<OptimizerData>::failure(
            QStringLiteral("%1: only %2 of %3 validation images could be read; the split lists paths "
                           "relative to the data folder the baseline was trained on (%4)")
                .arg(params.dataFolder)
                .arg(data.validation.paths.size())
                .arg(validationItems.size())
                .arg(data.warnings.isEmpty() ? QStringLiteral("no image listed") : data.warnings.constFirst()));
    for (int64_t i = 0; i < data.validation.labels.size(0); ++i)
        data.validationLabels.push_back(int(data.validation.labels[i].item<float>()));

    if (!needCalibration)
        return data;
    const std::vector<LabelledImage> calibration = calibrationItems(params, data.trainItems);
    ImageSet calibrationSet = decodeImages(calibration, baseline.preprocessing, 0, true, data.warnings,
                                           progress, cancel);
    if (cancel && cancel())
        return Result<OptimizerData>::failure(QStringLiteral("optimization cancelled while reading images"));
    if (calibrationSet.paths.empty())
        return Result<OptimizerData>::failure(QStringLiteral("no readable calibration image in %1")
                                                  .arg(params.calibrationFolder.isEmpty() ? params.dataFolder : params.calibrationFolder));
    for (int64_t start = 0; start < calibrationSet.inputs.size(0); start += 32)
        data.calibrationBatches.push_back(
            calibrationSet.inputs.slice(0, start, std::min<int64_t>(calibrationSet.inputs.size(0), start + 32)));
    data.calibrationSource = params.calibrationFolder.isEmpty() ? QStringLiteral("training split")
                                                                : params.calibrationFolder;
    data.calibrationCount = int(calibrationSet.paths.size());
    data.calibrationHash = hashFiles(calibrationSet.paths);
    return data;
}

} // namespace dermaedge::detail
