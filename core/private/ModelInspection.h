#pragma once

#include <QStringList>

#include <torch/script.h>

namespace dermaedge::detail {

/// Parameter counts of a module, with what could not be counted.
struct ParameterCount
{
    qint64 total = 0;
    qint64 nonZero = 0;
    QStringList notes;
};

/// Counts the parameters of a loaded, not frozen module. These are its
/// parameters and the weights and biases inside packed quantized layers
/// (unpacked with their `unpack` method). A frozen archive keeps its weights
/// as constants of the forward graph, so constants that are the weight or
/// bias of a convolution, linear or normalization layer count too. A parameter or packed layer counts
/// once however often it is used, a graph constant once per use. A quantized
/// weight counts as zero when it dequantizes to 0. Packed objects without
/// `unpack` are left out and named in the notes.
ParameterCount countParameters(const torch::jit::Module& module);

/// Multiply-accumulate count of a forward pass, with what could not be counted.
struct MacCount
{
    qint64 macs = -1; ///< -1 when a matrix operator could not be counted
    QStringList notes;
};

/// Counts the multiply-accumulates of one forward pass of `input` by running
/// a copy of the module's inlined forward graph that also returns the output
/// and weight of every convolution, linear layer and matrix product.
///
/// Each such operator costs output elements x fan-in, where the fan-in is
/// Cin / groups x kh x kw for a convolution, in_features for a linear layer
/// and the contracted dimension for a matrix product. Packed quantized
/// convolutions and linear layers (quantized::conv*, quantized::linear*)
/// are unpacked to read their weight shape. Batch norms, activations,
/// pooling and additions are not counted. Returns -1 with a note when the
/// graph has a transposed convolution, another matrix operator, or a counted
/// operator inside control flow. Throws c10::Error when the graph fails to run.
MacCount countMultiplyAccumulates(const torch::jit::Module& module, const torch::Tensor& input);

} // namespace dermaedge::detail
