#pragma once

#include <QStringList>

#include <vector>

namespace dermaedge {

/// Area under the ROC curve; ties count one half. Returns NaN when either
/// class is absent. Labels are 0 or 1; scores are any real numbers.
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

/// Standard error of a ROC AUC from the numbers of positives and negatives
/// (Hanley and McNeil, Radiology 143:29-36, 1982). It treats the two
/// classes' scores as independent samples, so it is an approximation; NaN
/// when the AUC is NaN or a class is empty.
double aucStandardError(double auc, int positives, int negatives);

/// Counts and rates of decisions at a threshold (score >= threshold is positive).
struct BinaryMetrics
{
    int truePositives = 0;
    int falsePositives = 0;
    int trueNegatives = 0;
    int falseNegatives = 0;
    double sensitivity = 0.0; ///< NaN without positives
    double specificity = 0.0; ///< NaN without negatives
    double balancedAccuracy = 0.0; ///< NaN unless both classes are present
    double ppv = 0.0; ///< positive predictive value, TP / (TP + FP); NaN without positive decisions
    double npv = 0.0; ///< negative predictive value, TN / (TN + FN); NaN without negative decisions
};

BinaryMetrics binaryMetrics(const std::vector<double>& probabilities,
                            const std::vector<int>& labels, double threshold);

/// Names the metrics of `m` and `auc` that are undefined (NaN), each with the
/// reason, e.g. "AUC: undefined without malignant images". Empty when all are defined.
QStringList undefinedMetrics(const BinaryMetrics& m, double auc);

/// One point of a ROC curve: the rates when score >= threshold counts as positive.
struct RocCurvePoint
{
    double fpr = 0.0;
    double tpr = 0.0;
    double threshold = 0.0;
};

/// ROC curve from (0, 0) to (1, 1), one point per distinct score taken as the
/// threshold, without the points that lie on a straight segment between their
/// neighbours (so the curve is exact but compact). The first point's threshold
/// is the next double above the highest score. Empty when either class is absent.
std::vector<RocCurvePoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels);

/// Indices of the Pareto-optimal points when `cost` is to be low and
/// `benefit` high (e.g. latency and AUC): no other point has a cost at most
/// as high and a benefit at least as high with one of them strictly better.
/// Sorted by ascending cost. Points with a NaN coordinate are never optimal.
std::vector<size_t> paretoFront(const std::vector<double>& cost, const std::vector<double>& benefit);

/// Expected calibration error over `bins` equal-width probability bins.
double expectedCalibrationError(const std::vector<double>& probabilities,
                                const std::vector<int>& labels, int bins = 10);

/// Threshold whose sensitivity is at least `minSensitivity`: halfway between the
/// lowest positive score it must keep and the next lower score of any image, so
/// that it keeps the decisions of the highest such threshold with a margin.
double thresholdForSensitivity(const std::vector<double>& probabilities,
                               const std::vector<int>& labels, double minSensitivity);

/// Temperature T minimizing the negative log-likelihood of sigmoid(logit / T).
double fitTemperature(const std::vector<double>& logits, const std::vector<int>& labels);

} // namespace dermaedge
