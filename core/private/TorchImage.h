#pragma once

#include "ModelManifest.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

namespace dermaedge::detail {

/// Resizes an RGB image so its shorter side is `shorter` pixels (area
/// interpolation when shrinking), then cuts the centred `crop` x `crop` square.
cv::Mat resizeAndCrop(const cv::Mat& rgb, int shorter, int crop);

/// Divides each channel of 0..1 RGB values [3, H, W] by its Shades of Gray
/// illuminant estimate, (mean of x^power)^(1/power), and maps it to a fixed
/// grey, so a colour cast or exposure change of the camera is removed.
torch::Tensor shadesOfGray(const torch::Tensor& chw, int power);

/// Converts 8-bit RGB pixels (HWC) to a normalized float tensor of shape [3, H, W].
torch::Tensor normalizedTensor(const cv::Mat& rgb, const Preprocessing& preprocessing);

/// Full preprocessing of one image into a [1, 3, S, S] network input.
torch::Tensor networkInput(const cv::Mat& rgb, const Preprocessing& preprocessing);

} // namespace dermaedge::detail
