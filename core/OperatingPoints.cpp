#include "OperatingPoints.h"

#include <algorithm>
#include <cmath>

namespace dermaedge {

namespace {

constexpr double kTargetSensitivity = 0.95;
constexpr double kTargetSpecificity = 0.90;

} // namespace

QString operatingPresetKey(OperatingPreset preset)
{
    switch (preset) {
    case OperatingPreset::ManifestDefault:
        return QStringLiteral("manifest-default");
    case OperatingPreset::Sensitivity95:
        return QStringLiteral("sensitivity-0.95");
    case OperatingPreset::Balanced:
        return QStringLiteral("balanced-youden");
    case OperatingPreset::Specificity90:
        return QStringLiteral("specificity-0.90");
    }
    return {};
}

OperatingPreset operatingPresetFromKey(const QString& key)
{
    for (OperatingPreset preset : operatingPresets()) {
        if (operatingPresetKey(preset) == key)
            return preset;
    }
    return OperatingPreset::ManifestDefault;
}

std::vector<OperatingPreset> operatingPresets()
{
    return {OperatingPreset::ManifestDefault, OperatingPreset::Sensitivity95,
            OperatingPreset::Balanced, OperatingPreset::Specificity90};
}

std::optional<OperatingPoint> resolveOperatingPoint(const ModelManifest& manifest,
                                                    OperatingPreset preset)
{
    const std::vector<RocPoint>& points = manifest.validationRoc.points;
    std::optional<RocPoint> point;
    switch (preset) {
    case OperatingPreset::ManifestDefault: {
        OperatingPoint result;
        result.threshold = manifest.threshold;
        if (const auto measured = pointAt(points, manifest.threshold)) {
            result.sensitivity = measured->sensitivity;
            result.specificity = measured->specificity;
        }
        return result;
    }
    case OperatingPreset::Sensitivity95:
        point = pointForSensitivity(points, kTargetSensitivity);
        break;
    case OperatingPreset::Balanced:
        point = youdenPoint(points);
        break;
    case OperatingPreset::Specificity90:
        point = pointForSpecificity(points, kTargetSpecificity);
        break;
    }
    if (!point)
        return std::nullopt;
    return OperatingPoint{preset, point->threshold, point->sensitivity, point->specificity};
}

std::optional<RocPoint> pointForSensitivity(const std::vector<RocPoint>& points, double minSensitivity)
{
    std::optional<RocPoint> best;
    for (const RocPoint& point : points) {
        if (point.sensitivity >= minSensitivity && (!best || point.threshold > best->threshold))
            best = point;
    }
    return best;
}

std::optional<RocPoint> pointForSpecificity(const std::vector<RocPoint>& points, double minSpecificity)
{
    std::optional<RocPoint> best;
    for (const RocPoint& point : points) {
        if (point.specificity >= minSpecificity && (!best || point.threshold < best->threshold))
            best = point;
    }
    return best;
}

std::optional<RocPoint> youdenPoint(const std::vector<RocPoint>& points)
{
    std::optional<RocPoint> best;
    for (const RocPoint& point : points) {
        const double index = point.sensitivity + point.specificity;
        if (!best)
            best = point;
        const double bestIndex = best->sensitivity + best->specificity;
        if (index > bestIndex || (index == bestIndex && point.threshold > best->threshold))
            best = point;
    }
    return best;
}

std::optional<RocPoint> pointAt(const std::vector<RocPoint>& points, double threshold)
{
    for (const RocPoint& point : points) {
        if (std::abs(point.threshold - threshold) <= 1e-9)
            return point;
    }
    return std::nullopt;
}

std::vector<RocPoint> measureRocPoints(const std::vector<double>& probabilities,
                                       const std::vector<int>& labels,
                                       const std::vector<double>& extraThresholds)
{
    const size_t n = std::min(probabilities.size(), labels.size());
    std::vector<double> thresholds = extraThresholds;
    double positives = 0.0;
    for (size_t i = 0; i < n; ++i) {
        if (labels[i] == 1) {
            thresholds.push_back(probabilities[i]);
            positives += 1.0;
        }
    }
    const double negatives = double(n) - positives;
    std::sort(thresholds.begin(), thresholds.end(), std::greater<>());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    if (positives == 0.0 || negatives == 0.0)
        return {};

    std::vector<RocPoint> points;
    for (double threshold : thresholds) {
        double truePositives = 0.0;
        double trueNegatives = 0.0;
        for (size_t i = 0; i < n; ++i) {
            const bool flagged = probabilities[i] >= threshold;
            if (labels[i] == 1 && flagged)
                truePositives += 1.0;
            else if (labels[i] != 1 && !flagged)
                trueNegatives += 1.0;
        }
        points.push_back({threshold, truePositives / positives, trueNegatives / negatives});
    }
    return points;
}

RiskCategory riskCategory(double probability, double threshold)
{
    if (probability >= threshold)
        return RiskCategory::High;
    if (probability >= threshold / 2.0)
        return RiskCategory::Intermediate;
    return RiskCategory::Low;
}

} // namespace dermaedge
