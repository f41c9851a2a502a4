#pragma once

#include "Result.h"

#include <QImage>
#include <QString>

#include <opencv2/core.hpp>

namespace dermaedge::detail {

/// Decodes an image file into an 8-bit, 3-channel RGB cv::Mat (see loadImageRgb()).
Result<cv::Mat> decodeImageFile(const QString& path);

/// Deep-copies an 8-bit RGB cv::Mat into a QImage::Format_RGB888 image.
QImage matToImage(const cv::Mat& rgb);

/// Wraps or converts a QImage as an 8-bit RGB cv::Mat (deep copy).
cv::Mat imageToMat(const QImage& image);

} // namespace dermaedge::detail
