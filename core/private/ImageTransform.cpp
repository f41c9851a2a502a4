#include "ImageTransform.h"

#include "LesionCrop.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dermaedge::detail {

namespace {

// Cuts the centred part of a very elongated image down to kMaxPreprocessAspect,
// so that a 1 x 60000 pixel strip is not scaled up to gigabytes before cropping.
cv::Mat limitAspect(const cv::Mat& rgb)
{
    const int shorterSide = std::min(rgb.cols, rgb.rows);
    const qint64 maxLonger = qint64(shorterSide) * kMaxPreprocessAspect;
    if (rgb.cols > maxLonger)
        return rgb(cv::Rect(int((rgb.cols - maxLonger) / 2), 0, int(maxLonger), rgb.rows));
    if (rgb.rows > maxLonger)
        return rgb(cv::Rect(0, int((rgb.rows - maxLonger) / 2), rgb.cols, int(maxLonger)));
    return rgb;
}

} // namespace

cv::Mat resizeAndCrop(const cv::Mat& source, int shorter, int crop)
{
    const cv::Mat rgb = limitAspect(source);
    const double scale = double(shorter) / std::min(rgb.cols, rgb.rows);
    const int width = std::max(crop, int(std::lround(rgb.cols * scale)));
    const int height = std::max(crop, int(std::lround(rgb.rows * scale)));
    cv::Mat resized;
    if (width == rgb.cols && height == rgb.rows)
        resized = rgb;
    else
        cv::resize(rgb, resized, cv::Size(width, height), 0, 0,
                   scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Rect centre((width - crop) / 2, (height - crop) / 2, crop, crop);
    return resized(centre).clone();
}

cv::Mat networkSquare(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    return resizeAndCrop(lesionFrame(rgb, preprocessing.lesionCropMargin), preprocessing.resizeShorter,
                         preprocessing.inputSize);
}

namespace {

// Factor that maps the channel's Shades of Gray illuminant estimate to kShadesOfGrayGrey.
float shadesOfGrayGain(const cv::Mat& rgb, int channel, int power)
{
    double sum = 0.0;
    for (int y = 0; y < rgb.rows; ++y) {
        const uchar* row = rgb.ptr<uchar>(y);
        for (int x = 0; x < rgb.cols; ++x)
            sum += std::pow(double(row[3 * x + channel]) / 255.0, power);
    }
    const double pixels = std::max(1.0, double(rgb.rows) * double(rgb.cols));
    const double illuminant = std::max(kShadesOfGrayFloor, std::pow(sum / pixels, 1.0 / power));
    return float(kShadesOfGrayGrey / illuminant);
}

} // namespace

std::vector<float> normalizedChw(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    CV_Assert(rgb.type() == CV_8UC3);
    const size_t plane = size_t(rgb.rows) * size_t(rgb.cols);
    std::vector<float> values(3 * plane);
    for (int channel = 0; channel < 3; ++channel) {
        const float mean = preprocessing.mean[size_t(channel)];
        const float std = preprocessing.std[size_t(channel)];
        const float gain = preprocessing.shadesOfGrayPower > 0
                               ? shadesOfGrayGain(rgb, channel, preprocessing.shadesOfGrayPower)
                               : 1.0f;
        float* out = values.data() + size_t(channel) * plane;
        for (int y = 0; y < rgb.rows; ++y) {
            const uchar* row = rgb.ptr<uchar>(y);
            for (int x = 0; x < rgb.cols; ++x)
                *out++ = (float(row[3 * x + channel]) / 255.0f * gain - mean) / std;
        }
    }
    return values;
}

} // namespace dermaedge::detail
