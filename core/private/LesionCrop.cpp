#include "LesionCrop.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dermaedge::detail {

namespace {

// Longer side of the copy the lesion is searched in: enough for its outline,
// and small, so the search costs little beside decoding.
constexpr int kSearchSide = 160;
// Luminance (0..255) below which border-connected pixels count as vignette.
constexpr int kVignetteLevel = 40;

cv::Rect centredSquare(const cv::Size& size)
{
    const int side = std::min(size.width, size.height);
    return {(size.width - side) / 2, (size.height - side) / 2, side, side};
}

// Pixels of the dark vignette: very dark and connected to the image border.
cv::Mat vignetteMask(const cv::Mat& grey)
{
    cv::Mat dark = grey < kVignetteLevel;
    cv::Mat labels;
    const int count = cv::connectedComponents(dark, labels, 8, CV_32S);
    std::vector<uchar> touches(size_t(count), 0);
    for (int x = 0; x < labels.cols; ++x) {
        touches[size_t(labels.at<int>(0, x))] = 1;
        touches[size_t(labels.at<int>(labels.rows - 1, x))] = 1;
    }
    for (int y = 0; y < labels.rows; ++y) {
        touches[size_t(labels.at<int>(y, 0))] = 1;
        touches[size_t(labels.at<int>(y, labels.cols - 1))] = 1;
    }
    touches[0] = 0; // label 0 is every pixel that is not dark
    cv::Mat mask(grey.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < labels.rows; ++y)
        for (int x = 0; x < labels.cols; ++x)
            mask.at<uchar>(y, x) = touches[size_t(labels.at<int>(y, x))] ? 255 : 0;
    return mask;
}

// Otsu threshold over the pixels outside `excluded`; -1 when too few remain.
double otsuOutside(const cv::Mat& grey, const cv::Mat& excluded)
{
    std::vector<uchar> values;
    values.reserve(size_t(grey.total()));
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x)
            if (!excluded.at<uchar>(y, x))
                values.push_back(grey.at<uchar>(y, x));
    if (values.size() < grey.total() / 4)
        return -1.0;
    cv::Mat column(int(values.size()), 1, CV_8U, values.data());
    cv::Mat ignored;
    return cv::threshold(column, ignored, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
}

// Index of the component with the largest area weighted by closeness to the
// centre, or 0 when none is a plausible lesion.
int bestComponent(const cv::Mat& stats, const cv::Mat& centroids, const cv::Size& size)
{
    const double imageArea = double(size.area());
    const cv::Point2d centre(size.width / 2.0, size.height / 2.0);
    const double farthest = std::hypot(centre.x, centre.y);
    int best = 0;
    double bestScore = 0.0;
    for (int label = 1; label < stats.rows; ++label) {
        const double area = stats.at<int>(label, cv::CC_STAT_AREA);
        if (area < kMinLesionShare * imageArea)
            continue;
        const cv::Point2d at(centroids.at<double>(label, 0), centroids.at<double>(label, 1));
        const double closeness = 1.0 - std::hypot(at.x - centre.x, at.y - centre.y) / farthest;
        const double score = area * closeness * closeness;
        if (score > bestScore) {
            bestScore = score;
            best = label;
        }
    }
    return best;
}

// The square around `box` widened by `margin`, no larger than the image and
// shifted to lie inside it.
cv::Rect squareAround(const cv::Rect& box, double margin, const cv::Size& size)
{
    const int limit = std::min(size.width, size.height);
    const double widened = std::max(box.width, box.height) * (1.0 + 2.0 * margin);
    const int side = std::clamp(int(std::lround(widened)), std::min(limit, 8), limit);
    const int cx = box.x + box.width / 2;
    const int cy = box.y + box.height / 2;
    const int x = std::clamp(cx - side / 2, 0, size.width - side);
    const int y = std::clamp(cy - side / 2, 0, size.height - side);
    return {x, y, side, side};
}

} // namespace

LesionRegion findLesion(const cv::Mat& rgb, double margin)
{
    CV_Assert(rgb.type() == CV_8UC3 && !rgb.empty());
    LesionRegion region;
    region.frame = centredSquare(rgb.size());

    const double scale = std::min(1.0, double(kSearchSide) / std::max(rgb.cols, rgb.rows));
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(std::max(1, int(std::lround(rgb.cols * scale))),
                                    std::max(1, int(std::lround(rgb.rows * scale)))),
               0, 0, cv::INTER_AREA);
    if (small.cols < 8 || small.rows < 8)
        return region;
    cv::Mat grey;
    cv::cvtColor(small, grey, cv::COLOR_RGB2GRAY);
    cv::GaussianBlur(grey, grey, cv::Size(5, 5), 0);

    const cv::Mat vignette = vignetteMask(grey);
    const double level = otsuOutside(grey, vignette);
    if (level < 0)
        return region;
    cv::Mat lesion = (grey <= level) & ~vignette;
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5));
    cv::morphologyEx(lesion, lesion, cv::MORPH_OPEN, kernel);
    cv::morphologyEx(lesion, lesion, cv::MORPH_CLOSE, kernel);

    cv::Mat labels, stats, centroids;
    cv::connectedComponentsWithStats(lesion, labels, stats, centroids, 8, CV_32S);
    const int best = bestComponent(stats, centroids, small.size());
    if (best == 0 || stats.at<int>(best, cv::CC_STAT_AREA) > kMaxLesionShare * double(small.total()))
        return region;

    const double back = 1.0 / scale;
    const cv::Rect smallBox(stats.at<int>(best, cv::CC_STAT_LEFT), stats.at<int>(best, cv::CC_STAT_TOP),
                            stats.at<int>(best, cv::CC_STAT_WIDTH), stats.at<int>(best, cv::CC_STAT_HEIGHT));
    const cv::Rect box(int(std::floor(smallBox.x * back)), int(std::floor(smallBox.y * back)),
                       int(std::ceil(smallBox.width * back)), int(std::ceil(smallBox.height * back)));
    region.lesionBox = box & cv::Rect(0, 0, rgb.cols, rgb.rows);
    region.frame = squareAround(region.lesionBox, margin, rgb.size());
    region.found = true;
    return region;
}

cv::Mat lesionFrame(const cv::Mat& rgb, double margin)
{
    if (margin <= 0.0)
        return rgb;
    return rgb(findLesion(rgb, margin).frame);
}

} // namespace dermaedge::detail
