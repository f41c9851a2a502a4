#pragma once

#include "JobControl.h"
#include "Metrics.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dermaedge {

/// Simulated change of acquisition device, applied to each image before preprocessing.
/// Names: none, warm (colour temperature shifted to red), cool (shifted to blue),
/// low-resolution (downscaled to a quarter of the pixels and back), jpeg-30 (re-encoded at
/// JPEG quality 30), wide-field (lesion shrunk to 60% of the side inside a larger canvas).
QStringList deviceShiftNames();

/// Parameters of an evaluation; every field but the data folder has a usable default.
struct EvaluateParams
{
    QString dataFolder;   ///< labelled folder (benign/, malignant/)
    QString splitCsv;     ///< when set, only the split's validation images are used
    QStringList shifts{QStringLiteral("none")}; ///< names from deviceShiftNames()
    int maxImages = 0;    ///< 0 uses all
    int threads = 0;
};

/// Accuracy of a model on one version of the data.
struct ShiftMetrics
{
    QString shift;
    double auc = 0.0;
    double ece = 0.0;
    BinaryMetrics atThreshold;
    std::vector<double> probabilities; ///< one per screened image, in the order of EvaluationReport::labels
};

/// Result of evaluating one model.
struct EvaluationReport
{
    QString modelId;
    int images = 0;
    QStringList unreadable; ///< files that could not be decoded, each with its error
    std::vector<int> labels; ///< label of each screened image (1 malignant)
    std::vector<ShiftMetrics> results; ///< in the order of EvaluateParams::shifts
};

/// Screens every labelled image (once per requested shift) with the model and
/// computes ROC AUC, calibration error and the decision metrics at the
/// manifest's threshold. Unreadable images are listed and skipped.
Result<EvaluationReport> evaluateModel(const ModelManifest& manifest, const EvaluateParams& params,
                                       const ProgressCallback& progress = {},
                                       const CancelCallback& cancel = {});

} // namespace dermaedge
