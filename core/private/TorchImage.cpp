#include "TorchImage.h"

namespace dermaedge::detail {

torch::Tensor shadesOfGray(const torch::Tensor& chw, int power)
{
    const torch::Tensor illuminant =
        chw.pow(double(power)).mean({1, 2}).pow(1.0 / power).clamp_min(kShadesOfGrayFloor);
    return chw * (kShadesOfGrayGrey / illuminant).view({3, 1, 1});
}

torch::Tensor normalizedTensor(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    std::vector<float> values = normalizedChw(rgb, preprocessing);
    return torch::from_blob(values.data(), {3, rgb.rows, rgb.cols}, torch::kFloat32).clone();
}

torch::Tensor networkInput(const cv::Mat& rgb, const Preprocessing& preprocessing)
{
    const cv::Mat square = networkSquare(rgb, preprocessing);
    return normalizedTensor(square, preprocessing).unsqueeze(0);
}

} // namespace dermaedge::detail
