#pragma once

#include <torch/script.h>

#include <memory>
#include <string>

namespace dermaedge::detail {

/// Estimator of activation ranges during INT8 calibration.
enum class ActivationObserver {
    MinMax,     ///< the extreme values seen over all calibration batches
    Percentile, ///< the 0.01 and 99.99 percentiles, averaged over batches
};

/// Builds the observer modules that LibTorch 1.13's graph-mode quantization
/// passes clone for every observed value. The passes read the attributes
/// `dtype` (a ScalarType as int), `qscheme` (a QScheme as int) and `ch_axis`,
/// and call `calculate_qparams()`, which must return a (scale, zero_point) pair.
/// TorchScript compiled from C++ has no `torch.quint8`, so dtypes are int literals.
class ObserverFactory
{
public:
    ObserverFactory();

    /// Per-tensor affine quint8 observer for activations.
    torch::jit::Module activation(ActivationObserver kind);

    /// Symmetric qint8 observer for weights, per output channel or per tensor.
    torch::jit::Module weight(bool perChannel);

    /// Placeholder for dynamically quantized activations (scale chosen at run time).
    torch::jit::Module dynamicPlaceholder();

private:
    torch::jit::Module newObserver(const std::string& className, int dtype, int qscheme, int axis);

    std::shared_ptr<torch::jit::CompilationUnit> m_unit;
};

} // namespace dermaedge::detail
