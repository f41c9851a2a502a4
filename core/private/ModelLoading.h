#pragma once

#include "ModelManifest.h"
#include "Result.h"

#include <QString>

#include <torch/script.h>

namespace dermaedge::detail {

/// Checks that the manifest's archive exists, is not larger than 2 GiB, and
/// matches the manifest's SHA-256. Failures name the archive file.
Status verifyArchive(const ModelManifest& manifest);

/// Returns true for manifest kinds whose archive contains quantized operators.
bool isQuantizedKind(const QString& kind);

/// Loads the archive on the CPU and switches it to eval mode, without
/// freezing. For quantized kinds it first selects the quantized engine
/// (selectQuantizedEngine()), because packed weights are re-packed for the
/// engine current at load time.
/// Throws c10::Error when the archive is not a usable TorchScript file.
torch::jit::Module loadEvalModule(const ModelManifest& manifest);

/// Freezes a loaded module and, for non-quantized kinds, runs
/// optimize_for_inference on it: the module the Classifier runs.
/// Throws c10::Error on failure.
torch::jit::Module prepareForInference(const torch::jit::Module& loaded, const QString& kind);

} // namespace dermaedge::detail
