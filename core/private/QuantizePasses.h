#pragma once

#include "JobControl.h"
#include "Observers.h"
#include "Result.h"

#include <QStringList>

#include <torch/script.h>

#include <vector>

namespace dermaedge::detail {

/// A quantized module and what stayed in floating point.
struct QuantizedModule
{
    torch::jit::Module module;
    int quantizedOps = 0;    ///< quantized:: operators in the final graph
    QStringList fp32Layers;  ///< float convolutions and linear layers left, with the reason
};

/// Selects the INT8 engine: oneDNN when this LibTorch has it, else QNNPACK.
/// Returns the engine's name, or an empty string when none is available.
/// Quantized archives must be loaded after this call, because their packed
/// weights are re-packed for the engine current at load time.
QString selectQuantizedEngine();

/// Graph-mode static post-training quantization: conv-bn folding, observers,
/// calibration on `batches`, quantize/dequantize insertion and finalization.
Result<QuantizedModule> quantizeStatic(const torch::jit::Module& fp32,
                                       const std::vector<torch::Tensor>& batches,
                                       ActivationObserver observer, bool perChannelWeights,
                                       const ProgressCallback& progress,
                                       const CancelCallback& cancel);

/// Dynamic quantization: INT8 weights for Linear layers, activations
/// quantized at run time. Convolutions stay FP32.
Result<QuantizedModule> quantizeDynamic(const torch::jit::Module& fp32);

} // namespace dermaedge::detail
