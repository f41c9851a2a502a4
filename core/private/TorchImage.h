#pragma once

#include "ImageTransform.h"
#include "ModelManifest.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

namespace dermaedge::detail {

/// Converts 8-bit RGB pixels (HWC) to a normalized float tensor of shape [3, H, W]
/// (see normalizedChw()).
torch::Tensor normalizedTensor(const cv::Mat& rgb, const Preprocessing& preprocessing);

/// Full preprocessing of one image into a [1, 3, S, S] network input.
torch::Tensor networkInput(const cv::Mat& rgb, const Preprocessing& preprocessing);

} // namespace dermaedge::detail
