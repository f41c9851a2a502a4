#pragma once

#include "ImageIo.h"
#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <opencv2/core.hpp>

namespace dermaedge::detail {

/// Decodes an image file into an 8-bit, 3-channel RGB cv::Mat (see loadImageRgb()).
Result<cv::Mat> decodeImageFile(const QString& path);

/// Decodes the bytes of an image file; `name` is used only in error messages.
/// The header is checked against `maxPixels` and kMaxImageSide before any
/// pixel buffer is allocated, and the file's integrity before decoding.
Result<cv::Mat> decodeImageBytes(const QByteArray& bytes, const QString& name,
                                 qint64 maxPixels = kMaxImagePixels);

/// Deep-copies an 8-bit RGB cv::Mat into a QImage::Format_RGB888 image;
/// returns a null image when the allocation fails.
QImage matToImage(const cv::Mat& rgb);

/// Wraps or converts a QImage as an 8-bit RGB cv::Mat (deep copy).
cv::Mat imageToMat(const QImage& image);

} // namespace dermaedge::detail
