#pragma once

#include "ModelManifest.h"

#include <opencv2/core.hpp>

#include <vector>

namespace dermaedge::detail {

/// Resizes an RGB image so its shorter side is `shorter` pixels (area
/// interpolation when shrinking), then cuts the centred `crop` x `crop` square.
/// An image whose longer side exceeds kMaxPreprocessAspect times its shorter
/// side is first cut to that ratio around its centre, so that the resized copy
/// stays small; the centred square then differs only by interpolation rounding.
cv::Mat resizeAndCrop(const cv::Mat& rgb, int shorter, int crop);

/// Largest ratio of longer to shorter side that resizeAndCrop() resizes whole.
inline constexpr int kMaxPreprocessAspect = 4;

/// Converts 8-bit RGB pixels (HWC) to normalized floats in CHW order:
/// (value / 255 - mean) / std per channel, as the manifest specifies.
std::vector<float> normalizedChw(const cv::Mat& rgb, const Preprocessing& preprocessing);

} // namespace dermaedge::detail
