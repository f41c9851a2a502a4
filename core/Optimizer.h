#pragma once

#include "JobControl.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dermaedge {

/// Distillation weight that front ends give the distill method when the user sets none.
inline constexpr double kDefaultDistillWeight = 0.7;

/// Parameters of one optimization run; every field but the folders has a usable default.
struct OptimizeParams
{
    /// int8-static, int8-dynamic, prune-unstructured, prune-structured,
    /// prune-structured-int8 or distill (a narrower student trained from
    /// scratch on the baseline's soft targets, as wide as structured pruning leaves it)
    QString method = QStringLiteral("int8-static");
    QString outputFolder;   ///< where the variant goes; empty uses the user's models folder
    QString variantId;      ///< empty derives "<baseline id>-<method>"
    QString dataFolder;     ///< labelled folder (benign/, malignant/) for validation and fine-tuning
    QString splitCsv;       ///< split written by training; empty looks for "<baseline id>-split.csv"
    QString calibrationFolder; ///< images for INT8 calibration; empty draws them from the training split
    int calibrationImages = 256;
    QString observer = QStringLiteral("percentile"); ///< percentile or minmax (activations)
    bool perChannelWeights = true;
    double sparsity = 0.5;       ///< fraction of weights zeroed by unstructured pruning
    double channelFraction = 0.5; ///< fraction of channels removed by structured pruning
    int fineTuneEpochs = 3;      ///< epochs of fine-tuning after pruning (0 skips)
    double fineTuneLearningRate = 5e-4;
    /// Colour-temperature augmentation while fine-tuning (largest opposite
    /// scaling of red and blue; 0 turns it off), for robustness to other cameras.
    double fineTuneTemperatureJitter = 0.0;
    /// Share of the fine-tuning loss taken from the baseline's softened
    /// probabilities (knowledge distillation); 0 learns from the labels alone.
    /// The distill method needs it above 0.
    double distillWeight = 0.0;
    double distillTemperature = 2.0; ///< divides both networks' logits in the distillation loss
    int validationImages = 0;    ///< 0 uses the whole validation subset
    double aucTolerance = 0.005; ///< largest accepted validation AUC drop against the baseline
    bool keepFailed = false;     ///< register the variant even when it misses the tolerance
    /// Minimum sensitivity on the validation images for which the variant's
    /// threshold is chosen, as training chose the baseline's. 0 keeps the
    /// baseline's threshold.
    double minSensitivity = 0.9;
    int threads = 0;
    quint64 seed = 42;
    QString command;             ///< command line recorded in the manifest
};

/// Outcome and measurements of one optimization run.
struct OptimizeReport
{
    QString method;
    QString variantId;
    QString manifestPath;  ///< empty when the variant was not registered
    QString reportPath;    ///< JSON report in reports/ of the output folder, written whether or not the variant was registered
    bool registered = false;
    QString outcome;       ///< one sentence: registered, or why not
    double baselineAuc = 0.0;
    double variantAuc = 0.0;
    double threshold = 0.0;         ///< the variant's threshold (see OptimizeParams::minSensitivity)
    double sensitivity = 0.0;       ///< on validation at the variant's threshold
    double specificity = 0.0;       ///< on validation at the variant's threshold
    double decisionAgreement = 0.0; ///< share of validation images with the same decision, each model at its threshold
    double logitCosine = 0.0;       ///< cosine similarity of baseline and variant logits
    double maxProbabilityDelta = 0.0;
    qint64 baselineBytes = 0;
    qint64 variantBytes = 0;
    qint64 variantCompressedBytes = 0;
    double sparsity = 0.0;          ///< share of zero weights in convolutions and linear layers
    QStringList warnings;           ///< layers left in FP32, skipped images, ...
    QJsonObject details;            ///< method-specific facts (engine, observer, channels ...)
    double seconds = 0.0;
};

/// Builds a cheaper variant of `baseline`, reloads it from disk, checks it
/// against the baseline on validation images, and registers it when its AUC
/// drop is within the tolerance. A report is written in every case except
/// invalid parameters and cancellation, which leave nothing behind.
Result<OptimizeReport> optimizeModel(const ModelManifest& baseline, const OptimizeParams& params,
                                     const ProgressCallback& progress = {},
                                     const CancelCallback& cancel = {});

/// Methods optimizeModel() accepts.
QStringList optimizeMethods();

} // namespace dermaedge
