#pragma once

#include "Dataset.h"
#include "JobControl.h"
#include "Metrics.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>
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
    /// Labelled folder (benign/, malignant/), or an ISIC-style CSV file read by readIsicCsv()
    QString dataFolder;
    QString imageFolder;  ///< images of a CSV data set; empty uses the CSV's folder
    QString splitCsv;     ///< when set, only the split's validation images are used
    QStringList shifts{QStringLiteral("none")}; ///< names from deviceShiftNames()
    int maxImages = 0;    ///< 0 uses all; otherwise this many evenly spaced images of the list
    int threads = 0;
};

/// An image whose decision differs between the baseline and a variant.
struct DecisionFlip
{
    QString file; ///< path relative to EvaluationReport::baseFolder
    int label = 0;
    double baselineProbability = 0.0;
    double variantProbability = 0.0;
    bool variantMalignant = false; ///< the baseline decided the opposite
};

/// Agreement of a variant's decisions with the baseline's on the images both evaluated.
struct DecisionAgreement
{
    QString baselineId;
    int compared = 0; ///< images present in both reports
    int flips = 0;
    double flipFraction = 0.0; ///< flips / compared; 0 when nothing was compared
    std::vector<DecisionFlip> flipped;
};

/// Accuracy of a model on one version of the data.
struct ShiftMetrics
{
    QString shift;
    double auc = 0.0; ///< NaN when either class is absent
    double ece = 0.0;
    BinaryMetrics atThreshold;
    std::vector<RocCurvePoint> roc;
    std::vector<double> probabilities; ///< one per EvaluationReport::images entry
    QStringList undefined; ///< undefinedMetrics(): each undefined metric with the reason
    std::optional<DecisionAgreement> agreement; ///< set by compareWithBaseline()
};

/// Result of evaluating one model.
struct EvaluationReport
{
    QString modelId;
    QString kind;
    double threshold = 0.5;
    QString dataFolder;  ///< EvaluateParams::dataFolder
    QString splitCsv;    ///< EvaluateParams::splitCsv
    QString baseFolder;  ///< folder that DecisionFlip::file and CSV paths are relative to
    QString datasetHash; ///< datasetHash() of the images listed, readable or not
    int images = 0;      ///< readable images
    QStringList unreadable; ///< files that could not be decoded, each with its error
    std::vector<LabelledImage> imageList; ///< the readable images, in evaluation order
    std::vector<ShiftMetrics> results; ///< in the order of EvaluateParams::shifts
};

/// Lists the labelled images an evaluation with `params` uses: the data set,
/// narrowed to the split's validation rows and to maxImages. `baseFolder` is
/// set to the folder relative paths are taken from.
Result<std::vector<LabelledImage>> evaluationImages(const EvaluateParams& params,
                                                    QString* baseFolder = nullptr);

/// datasetHash() of the images evaluationImages() lists for `params`, so a
/// stored result can be checked against the data set as it is now.
Result<QString> evaluationDatasetHash(const EvaluateParams& params);

/// The split CSV written when `model`, or the model named first in its
/// provenance source, was trained: "<id>-split.csv" beside the manifest.
/// Empty when neither exists.
QString defaultSplitFor(const ModelManifest& model);

/// Screens every labelled image (once per requested shift) with the model and
/// computes ROC AUC and curve, calibration error and the decision metrics at the
/// manifest's threshold. Unreadable images are listed and skipped.
Result<EvaluationReport> evaluateModel(const ModelManifest& manifest, const EvaluateParams& params,
                                       const ProgressCallback& progress = {},
                                       const CancelCallback& cancel = {});

/// Compares the decisions of `variant` with those of `baseline`, shift by
/// shift, on the images both contain (matched by path), and stores the result
/// in each ShiftMetrics::agreement of `variant`. Shifts that the baseline was
/// not evaluated under are left without agreement.
void compareWithBaseline(EvaluationReport& variant, const EvaluationReport& baseline);

/// Writes one CSV row per image and shift: file (relative to the base folder),
/// label, shift, then a probability and a decision column per report, in the
/// order given. Images missing from a report leave its cells empty. The file
/// is replaced atomically; the error names it.
Status writePredictionsCsv(const std::vector<EvaluationReport>& reports, const QString& path);

} // namespace dermaedge
