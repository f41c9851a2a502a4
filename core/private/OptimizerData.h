#pragma once

#include "Optimizer.h"
#include "TrainingData.h"

#include <QJsonObject>
#include <QStringList>

#include <torch/script.h>

#include <vector>

namespace dermaedge::detail {

/// Images and facts an optimization run works on.
struct OptimizerData
{
    std::vector<LabelledImage> trainItems;
    ImageSet validation;               ///< with exact inference inputs
    std::vector<int> validationLabels;
    std::vector<torch::Tensor> calibrationBatches;
    QString calibrationSource;         ///< folder or "training split"
    int calibrationCount = 0;
    QString calibrationHash;           ///< SHA-256 over the calibration files' contents, in order
    QStringList warnings;
};

/// Loads validation images from the split (or a seeded sample of the data
/// folder) and, when `needCalibration`, the calibration batches.
Result<OptimizerData> loadOptimizerData(const ModelManifest& baseline, const OptimizeParams& params,
                                        bool needCalibration, const ProgressCallback& progress,
                                        const CancelCallback& cancel);

} // namespace dermaedge::detail
