#pragma once

#include "ModelManifest.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dermaedge {

/// Threshold presets a user can pick instead of the manifest's threshold.
enum class OperatingPreset {
    ManifestDefault, ///< the manifest's own threshold
    Sensitivity95,   ///< highest threshold whose validation sensitivity is at least 0.95
    Balanced,        ///< threshold with the largest Youden index (sensitivity + specificity - 1)
    Specificity90,   ///< lowest threshold whose validation specificity is at least 0.90
};

/// A preset resolved for one model.
struct OperatingPoint
{
    OperatingPreset preset = OperatingPreset::ManifestDefault;
    double threshold = 0.5;
    /// Validation sensitivity and specificity at the threshold; empty when the
    /// manifest has no ROC point there.
    std::optional<double> sensitivity;
    std::optional<double> specificity;
};

/// Stable key of a preset for settings, e.g. "sensitivity-0.95".
QString operatingPresetKey(OperatingPreset preset);

/// The preset of a key; ManifestDefault for an unknown or empty key.
OperatingPreset operatingPresetFromKey(const QString& key);

/// Every preset, in menu order.
std::vector<OperatingPreset> operatingPresets();

/// Resolves `preset` on the manifest's validation ROC. ManifestDefault always
/// resolves (its rates are filled when a ROC point sits at the manifest's
/// threshold). The others need ROC points and return nullopt without them, or
/// when no point reaches the target.
std::optional<OperatingPoint> resolveOperatingPoint(const ModelManifest& manifest,
                                                    OperatingPreset preset);

/// Point with the highest threshold whose sensitivity is at least `minSensitivity`.
std::optional<RocPoint> pointForSensitivity(const std::vector<RocPoint>& points,
                                            double minSensitivity);

/// Point with the lowest threshold whose specificity is at least `minSpecificity`.
std::optional<RocPoint> pointForSpecificity(const std::vector<RocPoint>& points,
                                            double minSpecificity);

/// Point with the largest sensitivity + specificity; ties go to the higher threshold.
std::optional<RocPoint> youdenPoint(const std::vector<RocPoint>& points);

/// Point stored at `threshold` (within 1e-9), if any.
std::optional<RocPoint> pointAt(const std::vector<RocPoint>& points, double threshold);

/// Measures ROC points on labelled probabilities: one at each distinct
/// probability of a positive (label 1) and one at each of `extraThresholds`,
/// by falling threshold. Because sensitivity changes only at positive scores,
/// these points contain the best specificity for every reachable sensitivity.
std::vector<RocPoint> measureRocPoints(const std::vector<double>& probabilities,
                                       const std::vector<int>& labels,
                                       const std::vector<double>& extraThresholds = {});

/// Plain risk category of a probability relative to the decision threshold:
/// high at or above the threshold, intermediate from half the threshold up to
/// it, low below half the threshold.
enum class RiskCategory { Low, Intermediate, High };

RiskCategory riskCategory(double probability, double threshold);

} // namespace dermaedge
