#pragma once

#include "Dataset.h"
#include "JobControl.h"
#include "ModelManifest.h"

#include <QStringList>

#include <torch/types.h>

#include <random>
#include <vector>

namespace dermaedge::detail {

/// Decoded images of one subset, held in memory as 8-bit tensors.
struct ImageSet
{
    torch::Tensor pixels;   ///< [N, 3, S, S] uint8: the whole image resized to S and centre-cropped
    torch::Tensor inputs;   ///< [N, 3, I, I] float: the exact inference input, for validation
    torch::Tensor labels;   ///< [N] float, 1 = malignant
    std::vector<QString> paths;
    std::vector<std::uint64_t> hashes; ///< dHash per image, for duplicate grouping
};

/// Decodes images; unreadable files are appended to `skipped` with their error.
/// `storeSize` is the side kept for augmentation (0 skips `pixels`); `inputs`
/// is filled only when `withInputs` is set. Returns an empty set when cancelled.
ImageSet decodeImages(const std::vector<LabelledImage>& items, const Preprocessing& preprocessing,
                      int storeSize, bool withInputs, QStringList& skipped,
                      const ProgressCallback& progress, const CancelCallback& cancel);

/// Builds one augmented, normalized training batch from stored pixels:
/// random resized crop (scale 0.5..1, aspect 3:4..4:3), flips, 90-degree
/// rotations and mild brightness, contrast and saturation jitter. With a
/// positive `temperatureJitter`, red and blue are also scaled in opposite
/// directions by up to that fraction, as another camera's white balance would.
/// With `cameraChanges`, each image may also be zoomed out onto its border
/// colour, blurred, or lowered in resolution, as other dermatoscopes do.
torch::Tensor augmentedBatch(const torch::Tensor& pixels, const std::vector<int64_t>& indices,
                             const Preprocessing& preprocessing, std::mt19937_64& random,
                             double temperatureJitter = 0.0, bool cameraChanges = false);

/// A batch blended with a shuffled copy of itself (mixup).
struct MixedBatch
{
    torch::Tensor inputs;          ///< weight * inputs + (1 - weight) * inputs[partners]
    torch::Tensor targets;         ///< the labels blended the same way
    double weight = 1.0;           ///< drawn from Beta(alpha, alpha)
    std::vector<int64_t> partners; ///< a permutation of the batch rows
};

/// Blends one batch with a shuffled copy of itself (mixup). One weight applies
/// to the whole batch, and each row is paired with a row of the same batch.
MixedBatch mixBatch(const torch::Tensor& inputs, const torch::Tensor& targets, double alpha,
                    std::mt19937_64& random);

} // namespace dermaedge::detail
