#pragma once

#include "ImageTransform.h"
#include "ModelManifest.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

namespace dermaedge::detail {

/// Divides each channel of 0..1 RGB values [3, H, W] by its Shades of Gray
/// illuminant estimate, (mean of x^power)^(1/power), and maps it to a fixed
/// grey, so a colour cast or exposure change of the camera is removed.
/// normalizedChw() applies the same to screened images.
torch::Tensor shadesOfGray(const torch::Tensor& chw, int power);

/// Converts 8-bit RGB pixels (HWC) to a normalized float tensor of shape [3, H, W]
/// (see normalizedChw()).
torch::Tensor normalizedTensor(const cv::Mat& rgb, const Preprocessing& preprocessing);

/// Full preprocessing of one image into a [1, 3, S, S] network input.
torch::Tensor networkInput(const cv::Mat& rgb, const Preprocessing& preprocessing);

} // namespace dermaedge::detail
