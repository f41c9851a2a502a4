#pragma once

#include <torch/script.h>

#include <optional>
#include <string>
#include <vector>

namespace dermaedge::detail {

/// A DermaEdge network split into the parts Grad-CAM calls one by one: the
/// trunk up to and including the last convolutional stage, and the linear
/// head that follows global average pooling.
struct StagedNetwork
{
    std::vector<torch::jit::Module> trunk; ///< stem_conv, stem_bn, stem_relu, layer1..layerN
    std::string lastStageName;             ///< e.g. "layer4"
    torch::jit::Module head;               ///< fc
};

/// Returns the parts of `module` when it has the submodules NetworkBuilder
/// creates (stem_conv, stem_bn, stem_relu, layer1..layerN, fc), else nullopt.
/// It checks names only, and verifyStages() checks that the parts compute the
/// module's own output.
std::optional<StagedNetwork> findStages(const torch::jit::Module& module);

/// Returns true when calling the parts in order gives the same logit as the
/// module's forward() on `input`, within a relative tolerance of 1e-4.
/// Throws c10::Error when a part fails on the input.
bool verifyStages(torch::jit::Module& module, const StagedNetwork& stages,
                  const torch::Tensor& input);

/// The melanoma logit of a network output: the single value, or the
/// difference of two class scores (malignant minus benign), as the Classifier
/// computes it. Throws c10::Error for any other number of values.
torch::Tensor melanomaLogit(const torch::Tensor& output);

/// A saliency map at the input's resolution, divided by its maximum.
struct SaliencyMap
{
    torch::Tensor map; ///< [H, W] float, 0..1
    double logit = 0.0;
    bool flat = false; ///< no value is above zero, so the map is all zeros
};

/// Grad-CAM of the melanoma logit on the output of the last stage.
/// Throws c10::Error on failure.
SaliencyMap gradCam(const StagedNetwork& stages, const torch::Tensor& input);

/// Absolute input gradient of the melanoma logit, the largest over the colour
/// channels, smoothed with a 5x5 box filter. Throws c10::Error on failure.
SaliencyMap inputGradient(torch::jit::Module& module, const torch::Tensor& input);

} // namespace dermaedge::detail
