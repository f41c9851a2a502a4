#pragma once

#include "Network.h"

#include <torch/script.h>

#include <memory>

namespace dermaedge::detail {

/// Assembles the classifier of NetworkSpec as a torch::jit::Module whose
/// submodules mirror Python's scripted torch.nn modules.
///
/// The graph-mode quantization passes of LibTorch 1.13 recognize Conv2d,
/// BatchNorm2d, ReLU and Linear by their qualified class names, so those
/// submodules carry exactly those names (with the usual mangling suffix).
/// The module trains directly: its parameters require gradients and its
/// batch norms update their running statistics in training mode.
class NetworkBuilder
{
public:
    explicit NetworkBuilder(quint64 seed);

    torch::jit::Module build(const NetworkSpec& spec);

private:
    torch::jit::Module newModule(const std::string& qualifiedName);
    torch::jit::Module conv2d(int in, int out, int kernel, int stride);
    torch::jit::Module batchNorm(int channels, bool zeroGamma = false);
    torch::jit::Module relu();
    torch::jit::Module linear(int in, int out);
    torch::jit::Module basicBlock(int in, int inner, int out, int stride);
    torch::jit::Module stage(const NetworkSpec& spec, int index, int in, int stride);

    std::shared_ptr<torch::jit::CompilationUnit> m_unit;
};

} // namespace dermaedge::detail
