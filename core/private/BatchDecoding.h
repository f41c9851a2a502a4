#pragma once

#include "ModelManifest.h"
#include "Preprocess.h"

#include <QImage>
#include <QString>

#include <opencv2/core.hpp>

namespace dermaedge::detail {

/// One image file decoded and preprocessed for the network, or the reason it
/// could not be.
struct DecodedInput
{
    int index = -1; ///< position in the batch's file list
    QString path;
    InputTensor input;     ///< empty on failure
    QImage thumbnail;      ///< null unless requested and decoding succeeded
    QString error;         ///< names the file and the cause; empty on success
    double decodeMs = 0.0; ///< reading, decoding, preprocessing and the thumbnail

    bool ok() const { return error.isEmpty(); }
};

/// Normalizes a square 8-bit RGB image to the network's CHW float layout,
/// ((value / 255) - mean) / std per channel, in single precision.
///
/// This is the arithmetic of normalizedTensor() written as plain loops, so
/// that decoding threads run no LibTorch operation: those would start
/// LibTorch's intra-op thread pool there and compete with inference.
InputTensor normalizedInput(const cv::Mat& rgb, const Preprocessing& preprocessing);

/// Decodes `path`, resizes and crops it as `preprocessing` specifies and
/// normalizes it. With `thumbnailSize` > 0 it also makes a thumbnail whose
/// longer side has that many pixels. OpenCV and standard exceptions become
/// errors that name the file.
DecodedInput decodeInput(int index, const QString& path, const Preprocessing& preprocessing,
                         int thumbnailSize);

} // namespace dermaedge::detail
