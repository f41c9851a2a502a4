#include "BatchDecoding.h"

#include "OpenCvImage.h"
#include "TorchImage.h"

#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

namespace dermaedge::detail {

namespace {

QImage makeThumbnail(const cv::Mat& rgb, int longerSide)
{
    const double scale = double(longerSide) / std::max(rgb.cols, rgb.rows);
    if (scale >= 1.0)
        return matToImage(rgb);
    const int width = std::max(1, int(std::lround(rgb.cols * scale)));
    const int height = std::max(1, int(std::lround(rgb.rows * scale)));
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    return matToImage(small);
}

} // namespace

InputTensor normalizedInput(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    InputTensor tensor;
    tensor.channels = 3;
    tensor.height = rgb.rows;
    tensor.width = rgb.cols;
    const size_t plane = size_t(rgb.rows) * size_t(rgb.cols);
    tensor.values.resize(3 * plane);
    for (int channel = 0; channel < 3; ++channel) {
        const float mean = preprocessing.mean[size_t(channel)];
        const float std = preprocessing.std[size_t(channel)];
        float* target = tensor.values.data() + size_t(channel) * plane;
        for (int y = 0; y < rgb.rows; ++y) {
            const uchar* row = rgb.ptr<uchar>(y);
            for (int x = 0; x < rgb.cols; ++x)
                *target++ = (float(row[3 * x + channel]) / 255.0f - mean) / std;
        }
    }
    return tensor;
}

DecodedInput decodeInput(int index, const QString& path, const Preprocessing& preprocessing,
                         int thumbnailSize)
{
    QElapsedTimer timer;
    timer.start();
    DecodedInput decoded;
    decoded.index = index;
    decoded.path = path;
    try {
        const Result<cv::Mat> image = decodeImageFile(path);
        if (!image) {
            decoded.error = image.error();
            return decoded;
        }
        const cv::Mat square = networkSquare(image.value(), preprocessing);
        decoded.input = normalizedInput(square, preprocessing);
        if (thumbnailSize > 0)
            decoded.thumbnail = makeThumbnail(image.value(), thumbnailSize);
    } catch (const cv::Exception& error) {
        decoded.error = QStringLiteral("%1: preprocessing failed (%2)")
                            .arg(path, QString::fromStdString(error.msg));
    } catch (const std::exception& error) {
        // std::bad_alloc for an image that fits the pixel limit but not in memory.
        decoded.error = QStringLiteral("%1: cannot be decoded (%2)")
                            .arg(path, QString::fromLocal8Bit(error.what()));
    }
    decoded.decodeMs = double(timer.nsecsElapsed()) / 1e6;
    return decoded;
}

} // namespace dermaedge::detail
