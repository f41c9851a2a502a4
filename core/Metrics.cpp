#include "Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace dermaedge {

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });

    // Mann-Whitney U with mid-ranks for tied scores.
    double positiveRankSum = 0.0;
    double positives = 0.0;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && scores[order[j + 1]] == scores[order[i]])
            ++j;
        const double midRank = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k) {
            if (labels[order[k]] == 1) {
                positiveRankSum += midRank;
                positives += 1.0;
            }
        }
        i = j + 1;
    }
    const double negatives = double(n) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return (positiveRankSum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

double aucStandardError(double auc, int positives, int negatives)
{
    if (std::isnan(auc) || positives <= 0 || negatives <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double q1 = auc / (2.0 - auc);
    const double q2 = 2.0 * auc * auc / (1.0 + auc);
    const double variance = (auc * (1.0 - auc) + (positives - 1.0) * (q1 - auc * auc)
                             + (negatives - 1.0) * (q2 - auc * auc))
                            / (double(positives) * double(negatives));
    return std::sqrt(std::max(0.0, variance));
}

BinaryMetrics binaryMetrics(const std::vector<double>& probabilities, const std::vector<int>& labels,
                            double threshold)
{
    BinaryMetrics m;
    const size_t n = std::min(probabilities.size(), labels.size());
    for (size_t i = 0; i < n; ++i) {
        const bool predicted = probabilities[i] >= threshold;
        if (labels[i] == 1)
            predicted ? ++m.truePositives : ++m.falseNegatives;
        else
            predicted ? ++m.falsePositives : ++m.trueNegatives;
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const int positives = m.truePositives + m.falseNegatives;
    const int negatives = m.trueNegatives + m.falsePositives;
    m.sensitivity = positives > 0 ? double(m.truePositives) / positives : nan;
    m.specificity = negatives > 0 ? double(m.trueNegatives) / negatives : nan;
    m.balancedAccuracy = (m.sensitivity + m.specificity) / 2.0;
    const int predictedPositives = m.truePositives + m.falsePositives;
    const int predictedNegatives = m.trueNegatives + m.falseNegatives;
    m.ppv = predictedPositives > 0 ? double(m.truePositives) / predictedPositives : nan;
    m.npv = predictedNegatives > 0 ? double(m.trueNegatives) / predictedNegatives : nan;
    return m;
}

QStringList undefinedMetrics(const BinaryMetrics& m, double auc)
{
    const bool noPositives = m.truePositives + m.falseNegatives == 0;
    const bool noNegatives = m.trueNegatives + m.falsePositives == 0;
    const QString noClass = noPositives && noNegatives ? QStringLiteral("without images")
                            : noPositives              ? QStringLiteral("without malignant images")
                                                       : QStringLiteral("without benign images");
    QStringList undefined;
    if (std::isnan(auc))
        undefined << QStringLiteral("AUC: undefined %1").arg(noClass);
    if (std::isnan(m.sensitivity))
        undefined << QStringLiteral("sensitivity: undefined without malignant images");
    if (std::isnan(m.specificity))
        undefined << QStringLiteral("specificity: undefined without benign images");
    if (std::isnan(m.balancedAccuracy))
        undefined << QStringLiteral("balanced accuracy: undefined %1").arg(noClass);
    if (std::isnan(m.ppv))
        undefined << QStringLiteral("PPV: undefined without malignant decisions");
    if (std::isnan(m.npv))
        undefined << QStringLiteral("NPV: undefined without benign decisions");
    return undefined;
}

std::vector<RocCurvePoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels)
{
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    double positives = 0.0;
    for (size_t i = 0; i < n; ++i)
        positives += labels[i] == 1 ? 1.0 : 0.0;
    const double negatives = double(n) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return {};

    // Lowering the threshold past each group of tied scores adds the whole group at once.
    std::vector<RocCurvePoint> all{{0.0, 0.0, std::nextafter(scores[order.front()], HUGE_VAL)}};
    double truePositives = 0.0;
    double falsePositives = 0.0;
    for (size_t i = 0; i < n;) {
        const double threshold = scores[order[i]];
        for (; i < n && scores[order[i]] == threshold; ++i)
            (labels[order[i]] == 1 ? truePositives : falsePositives) += 1.0;
        all.push_back({falsePositives / negatives, truePositives / positives, threshold});
    }

    // A point between two others on one straight line adds nothing to the curve.
    std::vector<RocCurvePoint> compact{all.front()};
    for (size_t i = 1; i + 1 < all.size(); ++i) {
        const RocCurvePoint& a = compact.back();
        const RocCurvePoint& b = all[i];
        const RocCurvePoint& c = all[i + 1];
        const double cross = (b.fpr - a.fpr) * (c.tpr - a.tpr) - (b.tpr - a.tpr) * (c.fpr - a.fpr);
        if (std::abs(cross) > 1e-12)
            compact.push_back(b);
    }
    compact.push_back(all.back());
    return compact;
}

std::vector<size_t> paretoFront(const std::vector<double>& cost, const std::vector<double>& benefit)
{
    const size_t n = std::min(cost.size(), benefit.size());
    std::vector<size_t> candidates;
    for (size_t i = 0; i < n; ++i) {
        if (!std::isnan(cost[i]) && !std::isnan(benefit[i]))
            candidates.push_back(i);
    }
    // By ascending cost, then descending benefit: a point is optimal when its
    // benefit beats every cheaper (or equally cheap, better) point's.
    std::sort(candidates.begin(), candidates.end(), [&](size_t a, size_t b) {
        return cost[a] != cost[b] ? cost[a] < cost[b] : benefit[a] > benefit[b];
    });
    std::vector<size_t> front;
    double bestBenefit = -std::numeric_limits<double>::infinity();
    for (size_t i : candidates) {
        if (benefit[i] > bestBenefit) {
            front.push_back(i);
            bestBenefit = benefit[i];
        }
    }
    return front;
}

double expectedCalibrationError(const std::vector<double>& probabilities,
                                const std::vector<int>& labels, int bins)
{
    const size_t n = std::min(probabilities.size(), labels.size());
    if (n == 0 || bins <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> confidenceSum(size_t(bins), 0.0);
    std::vector<double> positiveCount(size_t(bins), 0.0);
    std::vector<double> count(size_t(bins), 0.0);
    for (size_t i = 0; i < n; ++i) {
        const double p = std::clamp(probabilities[i], 0.0, 1.0);
        const size_t bin = std::min(size_t(bins) - 1, size_t(p * bins));
        confidenceSum[bin] += p;
        positiveCount[bin] += labels[i] == 1 ? 1.0 : 0.0;
        count[bin] += 1.0;
    }
    double error = 0.0;
    for (size_t b = 0; b < size_t(bins); ++b) {
        if (count[b] > 0)
            error += std::abs(confidenceSum[b] - positiveCount[b]) / double(n);
    }
    return error;
}

double thresholdForSensitivity(const std::vector<double>& probabilities,
                               const std::vector<int>& labels, double minSensitivity)
{
    std::vector<double> positives;
    for (size_t i = 0; i < std::min(probabilities.size(), labels.size()); ++i) {
        if (labels[i] == 1)
            positives.push_back(probabilities[i]);
    }
    if (positives.empty())
        return 0.5;
    std::sort(positives.begin(), positives.end(), std::greater<>());
    // The k-th highest positive score keeps k positives at or above the threshold.
    const size_t needed = size_t(std::ceil(minSensitivity * double(positives.size())));
    const double kthPositive = positives[std::clamp<size_t>(needed, 1, positives.size()) - 1];

    // A threshold equal to a score flips that image on the smallest rounding
    // difference, for example between the trainer's and the screening's decoding.
    // Halfway to the next lower score gives the same decisions with a margin.
    // Without a lower score, halfway to 0 keeps every image at or above it.
    double nextLower = 0.0;
    for (size_t i = 0; i < std::min(probabilities.size(), labels.size()); ++i) {
        if (probabilities[i] < kthPositive && probabilities[i] > nextLower)
            nextLower = probabilities[i];
    }
    return (kthPositive + nextLower) / 2.0;
}

double fitTemperature(const std::vector<double>& logits, const std::vector<int>& labels)
{
    const size_t n = std::min(logits.size(), labels.size());
    auto negativeLogLikelihood = [&](double temperature) {
        double sum = 0.0;
        for (size_t i = 0; i < n; ++i) {
            const double z = logits[i] / temperature;
            // log(1 + exp(-|z|)) + max(z, 0) - y*z, stable for large |z|
            sum += std::log1p(std::exp(-std::abs(z))) + std::max(z, 0.0) - labels[i] * z;
        }
        return sum;
    };
    // The likelihood is unimodal in log T; golden-section search over T in [0.05, 20].
    double low = std::log(0.05);
    double high = std::log(20.0);
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    for (int iteration = 0; iteration < 100; ++iteration) {
        const double a = high - ratio * (high - low);
        const double b = low + ratio * (high - low);
        if (negativeLogLikelihood(std::exp(a)) < negativeLogLikelihood(std::exp(b)))
            high = b;
        else
            low = a;
    }
    return n == 0 ? 1.0 : std::exp((low + high) / 2.0);
}

} // namespace dermaedge
