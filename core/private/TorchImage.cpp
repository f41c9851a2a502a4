#include "TorchImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dermaedge::detail {

cv::Mat resizeAndCrop(const cv::Mat& rgb, int shorter, int crop)
{
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

torch::Tensor shadesOfGray(const torch::Tensor& chw, int power)
{
    const torch::Tensor illuminant =
        chw.pow(double(power)).mean({1, 2}).pow(1.0 / power).clamp_min(1e-4);
    // Each channel's estimate maps to the same grey level, so a cast that scales
    // one channel leaves no trace. Values above 1 stay, because clipping would lose detail.
    constexpr double kGrey = 0.6;
    return chw * (kGrey / illuminant).view({3, 1, 1});
}

torch::Tensor normalizedTensor(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    cv::Mat contiguous = rgb.isContinuous() ? rgb : rgb.clone();
    torch::Tensor hwc = torch::from_blob(contiguous.data, {contiguous.rows, contiguous.cols, 3},
                                         torch::kUInt8);
    torch::Tensor chw = hwc.permute({2, 0, 1}).to(torch::kFloat32).div_(255.0f);
    if (preprocessing.shadesOfGrayPower > 0)
        chw = shadesOfGray(chw, preprocessing.shadesOfGrayPower);
    const auto& mean = preprocessing.mean;
    const auto& std = preprocessing.std;
    torch::Tensor meanTensor = torch::tensor({mean[0], mean[1], mean[2]}).view({3, 1, 1});
    torch::Tensor stdTensor = torch::tensor({std[0], std[1], std[2]}).view({3, 1, 1});
    return chw.sub_(meanTensor).div_(stdTensor).contiguous();
}

torch::Tensor networkInput(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    const cv::Mat square =
        resizeAndCrop(rgb, preprocessing.resizeShorter, preprocessing.inputSize);
    return normalizedTensor(square, preprocessing).unsqueeze(0);
}

} // namespace dermaedge::detail
