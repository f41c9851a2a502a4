#pragma once

#include "Network.h"
#include "Result.h"

#include <torch/script.h>

#include <map>
#include <string>

namespace dermaedge::detail {

/// Zero masks of an unstructured pruning, by parameter name (1 keeps, 0 prunes).
using PruningMasks = std::map<std::string, torch::Tensor>;

/// Zeroes the `sparsity` share of smallest-magnitude weights over all
/// convolutions and linear layers together (global magnitude pruning), in place.
/// Returns the masks so that fine-tuning can keep pruned weights at zero.
PruningMasks pruneGlobalMagnitude(torch::jit::Module& module, double sparsity);

/// Multiplies every masked parameter by its mask again (after an optimizer step).
void applyMasks(torch::jit::Module& module, const PruningMasks& masks);

/// Share of exactly-zero weights in convolutions and linear layers.
double weightSparsity(const torch::jit::Module& module);

/// Reads the NetworkSpec of a module built by NetworkBuilder from its
/// parameter shapes. Fails for other architectures, naming what is missing.
Result<NetworkSpec> inferNetworkSpec(const torch::jit::Module& module);

/// A network rebuilt with fewer channels and the spec it was built from.
struct PrunedNetwork
{
    torch::jit::Module module;
    NetworkSpec spec;
};

/// Prunes channels of a NetworkBuilder network. The `fraction` of channels
/// with the smallest filter L1 norms goes from every inner block width and
/// every residual stream. Channels that several convolutions write into one
/// residual stream are ranked by their summed norms. Kept widths are rounded
/// to multiples of 8 (at least 8, or the whole width when it is smaller).
/// The narrower network is rebuilt and the kept weights are copied into it.
Result<PrunedNetwork> pruneChannels(const torch::jit::Module& module, double fraction);

} // namespace dermaedge::detail
