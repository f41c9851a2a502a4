#include "Saliency.h"

#include <torch/csrc/jit/runtime/graph_executor.h>

#include <cmath>
#include <map>

namespace dermaedge::detail {

namespace {

// Runs the unfrozen stages in the plain interpreter. The profiling graph
// executor made the first 5 explanations slow (0.4 to 0.8 s each against 20 to
// 100 ms later, measured with `dermaedge-cli explain` on a busy 2-core machine).
// Debian's LibTorch 1.13.1 keeps this switch in thread-local storage, so
// models on other threads keep their optimization.
struct InterpreterOnly
{
    torch::jit::GraphOptimizerEnabledGuard guard{false};
};

torch::Tensor runTrunk(const StagedNetwork& stages, const torch::Tensor& input)
{
    InterpreterOnly interpreterOnly;
    torch::Tensor x = input;
    for (torch::jit::Module part : stages.trunk)
        x = part.forward({x}).toTensor();
    return x;
}

// The head as NetworkBuilder writes it: global average pooling, flatten, fc.
// Dropout before fc is the identity in eval mode, so it is left out.
torch::Tensor runHead(const StagedNetwork& stages, const torch::Tensor& features)
{
    InterpreterOnly interpreterOnly;
    torch::jit::Module head = stages.head;
    const torch::Tensor pooled = torch::adaptive_avg_pool2d(features, {1, 1}).flatten(1);
    return melanomaLogit(head.forward({pooled}).toTensor());
}

// Divides a map that is zero or positive by its maximum. Stretching the
// minimum to 0 instead would paint a region that raised the score almost as
// much as the peak in the coldest colour.
SaliencyMap normalized(const torch::Tensor& map, double logit)
{
    SaliencyMap result;
    result.logit = logit;
    const double high = map.max().item<double>();
    if (!(high > 1e-12)) {
        result.map = torch::zeros_like(map).to(torch::kFloat32).contiguous();
        result.flat = true;
        return result;
    }
    result.map = (map / high).clamp(0.0, 1.0).to(torch::kFloat32).contiguous();
    return result;
}

} // namespace

std::optional<StagedNetwork> findStages(const torch::jit::Module& module)
{
    std::map<std::string, torch::jit::Module> children;
    for (const auto& child : module.named_children())
        children.emplace(child.name, child.value);

    StagedNetwork stages;
    for (const char* name : {"stem_conv", "stem_bn", "stem_relu"}) {
        const auto it = children.find(name);
        if (it == children.end())
            return std::nullopt;
        stages.trunk.push_back(it->second);
    }
    for (int index = 1;; ++index) {
        const std::string name = "layer" + std::to_string(index);
        const auto it = children.find(name);
        if (it == children.end())
            break;
        stages.trunk.push_back(it->second);
        stages.lastStageName = name;
    }
    const auto head = children.find("fc");
    if (stages.lastStageName.empty() || head == children.end())
        return std::nullopt;
    stages.head = head->second;
    // Any further child would be a layer this reading of the network skips.
    if (children.size() != stages.trunk.size() + 1)
        return std::nullopt;
    return stages;
}

bool verifyStages(torch::jit::Module& module, const StagedNetwork& stages, const torch::Tensor& input)
{
    torch::NoGradGuard noGrad;
    InterpreterOnly interpreterOnly;
    const double full = melanomaLogit(module.forward({input}).toTensor()).item<double>();
    const double staged = runHead(stages, runTrunk(stages, input)).item<double>();
    return std::abs(full - staged) <= 1e-4 * (1.0 + std::abs(full));
}

torch::Tensor melanomaLogit(const torch::Tensor& output)
{
    const torch::Tensor flat = output.flatten();
    TORCH_CHECK(flat.numel() == 1 || flat.numel() == 2, "model returned ", flat.numel(),
                " values; expected one logit or two class scores");
    return flat.numel() == 2 ? flat[1] - flat[0] : flat[0];
}

SaliencyMap gradCam(const StagedNetwork& stages, const torch::Tensor& input)
{
    torch::Tensor features;
    {
        // Only the head needs gradients, because they are taken with respect to the
        // last stage's output, not the weights or the input.
        torch::NoGradGuard noGrad;
        features = runTrunk(stages, input);
    }
    TORCH_CHECK(features.dim() == 4, "the last stage returned ", features.dim(),
                " dimensions; expected a [1, C, H, W] feature map");
    features = features.detach().requires_grad_(true);

    torch::Tensor logit;
    {
        torch::AutoGradMode enableGrad(true);
        logit = runHead(stages, features);
        logit.backward();
    }
    const torch::Tensor gradient = features.grad();
    torch::NoGradGuard noGrad;
    const torch::Tensor weights = gradient.mean({2, 3}, /*keepdim=*/true);
    torch::Tensor cam = torch::relu((weights * features.detach()).sum(1, /*keepdim=*/true));
    cam = at::upsample_bilinear2d(cam, {input.size(2), input.size(3)}, /*align_corners=*/false);
    return normalized(cam[0][0], logit.item<double>());
}

SaliencyMap inputGradient(torch::jit::Module& module, const torch::Tensor& input)
{
    InterpreterOnly interpreterOnly;
    torch::Tensor pixels = input.detach().clone().requires_grad_(true);
    torch::Tensor logit;
    {
        torch::AutoGradMode enableGrad(true);
        logit = melanomaLogit(module.forward({pixels}).toTensor());
        logit.backward();
    }
    torch::NoGradGuard noGrad;
    torch::Tensor saliency = pixels.grad().abs().amax(1, /*keepdim=*/true);
    // Raw pixel gradients are speckled, so a small box filter shows regions instead.
    saliency = torch::avg_pool2d(saliency, {5, 5}, {1, 1}, {2, 2}, /*ceil_mode=*/false,
                                 /*count_include_pad=*/false);
    return normalized(saliency[0][0], logit.item<double>());
}

} // namespace dermaedge::detail
