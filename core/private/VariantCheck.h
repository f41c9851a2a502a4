#pragma once

#include <torch/script.h>

#include <vector>

namespace dermaedge::detail {

/// Computes the melanoma logit of each input, batch by batch, without changing
/// the module's training flag (frozen and quantized modules have none).
/// Models with two class scores give the difference of the two.
std::vector<double> logitsOf(torch::jit::Module& module, const torch::Tensor& inputs, int batchSize = 32);

/// Agreement of two logit vectors: cosine similarity, share of equal decisions
/// and the largest probability gap. Decisions compare sigmoid(logit / temperature)
/// with `referenceThreshold` for the reference and `candidateThreshold` for the candidate.
struct Agreement
{
    double cosine = 0.0;
    double decisions = 0.0;
    double maxProbabilityDelta = 0.0;
};

Agreement compareLogits(const std::vector<double>& reference, const std::vector<double>& candidate,
                        double temperature, double referenceThreshold, double candidateThreshold);

} // namespace dermaedge::detail
