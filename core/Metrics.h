#pragma once

#include <vector>

namespace dermaedge {

/// Area under the ROC curve; ties count one half. Returns NaN when either
/// class is absent. Labels are 0 or 1; scores are any real numbers.
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

/// Counts and rates of decisions at a threshold (score >= threshold is positive).
struct BinaryMetrics
{
    int truePositives = 0;
    int falsePositives = 0;
    int trueNegatives = 0;
    int falseNegatives = 0;
    double sensitivity = 0.0; ///< NaN without positives
    double specificity = 0.0; ///< NaN without negatives
    double balancedAccuracy = 0.0;
};

BinaryMetrics binaryMetrics(const std::vector<double>& probabilities,
                            const std::vector<int>& labels, double threshold);

/// Expected calibration error over `bins` equal-width probability bins.
double expectedCalibrationError(const std::vector<double>& probabilities,
                                const std::vector<int>& labels, int bins = 10);

/// Highest threshold whose sensitivity is at least `minSensitivity`.
double thresholdForSensitivity(const std::vector<double>& probabilities,
                               const std::vector<int>& labels, double minSensitivity);

/// Temperature T minimizing the negative log-likelihood of sigmoid(logit / T).
double fitTemperature(const std::vector<double>& logits, const std::vector<int>& labels);

} // namespace dermaedge
