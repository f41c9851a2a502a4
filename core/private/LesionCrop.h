#pragma once

#include <opencv2/core.hpp>

namespace dermaedge::detail {

/// Lesion location, in the pixels of the searched image.
struct LesionRegion
{
    cv::Rect frame;      ///< square to analyse: the lesion box widened by the margin
    cv::Rect lesionBox;  ///< bounding box of the lesion; empty when none was found
    bool found = false;  ///< false: `frame` is the centred square of the whole image
};

/// Lesion share of the image above which the lesion fills the photo, so the
/// centred square is kept. A dark spot below kMinLesionShare is too small to frame.
inline constexpr double kMaxLesionShare = 0.7;
inline constexpr double kMinLesionShare = 0.005;

/// Finds the pigmented lesion of a dermoscopic RGB image and returns the square
/// that frames it with `margin` (a fraction of the box's longer side) on each
/// side, clamped to the image. The lesion is the darker class of an Otsu
/// threshold on the blurred luminance of a small copy. A black dermatoscope
/// vignette touching the border is left out. Of the dark regions, the one with
/// the largest area weighted by closeness to the centre is taken. Without a plausible lesion the centred square of the whole image is
/// returned, so the caller's centre crop is unchanged.
LesionRegion findLesion(const cv::Mat& rgb, double margin);

/// The part of `rgb` that preprocessing resizes: the lesion frame when
/// `margin` is positive, otherwise the whole image.
cv::Mat lesionFrame(const cv::Mat& rgb, double margin);

} // namespace dermaedge::detail
