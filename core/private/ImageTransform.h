#pragma once

#include "ModelManifest.h"

#include <opencv2/core.hpp>

#include <vector>

namespace dermaedge::detail {

/// Resizes an RGB image so its shorter side is `shorter` pixels (area
/// interpolation when shrinking), then cuts the centred `crop` x `crop` square.
/// An image whose longer side exceeds kMaxPreprocessAspect times its shorter
/// side is first cut to that ratio around its centre, so that the resized copy
/// stays small. The centred square then differs only by interpolation rounding.
cv::Mat resizeAndCrop(const cv::Mat& rgb, int shorter, int crop);

/// The network's square input in 8-bit RGB: the lesion frame (when the
/// preprocessing crops lesions) or the whole image, through resizeAndCrop().
cv::Mat networkSquare(const cv::Mat& rgb, const Preprocessing& preprocessing);

/// Largest ratio of longer to shorter side that resizeAndCrop() resizes whole.
inline constexpr int kMaxPreprocessAspect = 4;

/// Grey level each channel's Shades of Gray illuminant estimate is mapped to.
/// Values above 1 stay, because clipping would lose detail.
inline constexpr double kShadesOfGrayGrey = 0.6;
/// Smallest illuminant estimate, so a black channel is not divided by zero.
inline constexpr double kShadesOfGrayFloor = 1e-4;

/// Converts 8-bit RGB pixels (HWC) to normalized floats in CHW order:
/// (value / 255 - mean) / std per channel, as the manifest specifies. With a
/// Shades of Gray power, each channel is first divided by its illuminant
/// estimate (mean of x^power)^(1/power) and mapped to kShadesOfGrayGrey, so a
/// colour cast or exposure change of the camera is removed.
std::vector<float> normalizedChw(const cv::Mat& rgb, const Preprocessing& preprocessing);

} // namespace dermaedge::detail
