#include "VariantCheck.h"

#include <algorithm>
#include <cmath>

namespace dermaedge::detail {

std::vector<double> logitsOf(torch::jit::Module& module, const torch::Tensor& inputs, int batchSize)
{
    c10::InferenceMode guard;
    std::vector<double> logits;
    for (int64_t start = 0; start < inputs.size(0); start += batchSize) {
        const torch::Tensor batch = inputs.slice(0, start, std::min(inputs.size(0), start + batchSize));
        torch::Tensor out = module.forward({batch}).toTensor().to(torch::kFloat64);
        // Two class scores per image become one melanoma logit, as in Classifier.
        if (out.dim() == 2 && out.size(1) == 2)
            out = out.select(1, 1) - out.select(1, 0);
        out = out.flatten();
        const double* values = out.contiguous().data_ptr<double>();
        logits.insert(logits.end(), values, values + out.numel());
    }
    return logits;
}

Agreement compareLogits(const std::vector<double>& reference, const std::vector<double>& candidate,
                        double temperature, double referenceThreshold, double candidateThreshold)
{
    Agreement agreement;
    const size_t n = std::min(reference.size(), candidate.size());
    double dot = 0.0;
    double normA = 0.0;
    double normB = 0.0;
    int same = 0;
    for (size_t i = 0; i < n; ++i) {
        dot += reference[i] * candidate[i];
        normA += reference[i] * reference[i];
        normB += candidate[i] * candidate[i];
        const double pa = 1.0 / (1.0 + std::exp(-reference[i] / temperature));
        const double pb = 1.0 / (1.0 + std::exp(-candidate[i] / temperature));
        same += (pa >= referenceThreshold) == (pb >= candidateThreshold) ? 1 : 0;
        agreement.maxProbabilityDelta = std::max(agreement.maxProbabilityDelta, std::abs(pa - pb));
    }
    agreement.cosine = normA > 0 && normB > 0 ? dot / std::sqrt(normA * normB) : 0.0;
    agreement.decisions = n == 0 ? 0.0 : double(same) / double(n);
    return agreement;
}

} // namespace dermaedge::detail
