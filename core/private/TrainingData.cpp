#include "TrainingData.h"

#include "LesionCrop.h"
#include "OpenCvImage.h"
#include "Split.h"
#include "TorchImage.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dermaedge::detail {

namespace {

torch::Tensor normalize(torch::Tensor batch, const Preprocessing& preprocessing)
{
    const auto& m = preprocessing.mean;
    const auto& s = preprocessing.std;
    const torch::Tensor mean = torch::tensor({m[0], m[1], m[2]}).view({1, 3, 1, 1});
    const torch::Tensor std = torch::tensor({s[0], s[1], s[2]}).view({1, 3, 1, 1});
    return (batch - mean) / std;
}

// Mild colour jitter on 0..1 RGB values of one image [3, H, W].
torch::Tensor jitterColour(torch::Tensor image, std::mt19937_64& random)
{
    std::uniform_real_distribution<float> factor(0.85f, 1.15f);
    image = image * factor(random); // brightness
    const torch::Tensor mean = image.mean();
    image = (image - mean) * factor(random) + mean; // contrast
    const torch::Tensor grey = image.mean(0, true);
    image = (image - grey) * factor(random) + grey; // saturation
    return image.clamp(0.0, 1.0);
}

// Bilinear resize of one [3, H, W] image to [3, side, side].
torch::Tensor resizedSquare(const torch::Tensor& image, int64_t side)
{
    namespace F = torch::nn::functional;
    return F::interpolate(image.unsqueeze(0), F::InterpolateFuncOptions()
                                                  .size(std::vector<int64_t>{side, side})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false))
        .squeeze(0);
}

torch::Tensor randomResizedCrop(const torch::Tensor& image, int outSize, std::mt19937_64& random)
{
    const int64_t side = image.size(1);
    std::uniform_real_distribution<double> area(0.5, 1.0);
    std::uniform_real_distribution<double> logAspect(std::log(3.0 / 4.0), std::log(4.0 / 3.0));
    const double target = area(random) * double(side * side);
    const double aspect = std::exp(logAspect(random));
    const int64_t width = std::clamp<int64_t>(std::lround(std::sqrt(target * aspect)), 8, side);
    const int64_t height = std::clamp<int64_t>(std::lround(std::sqrt(target / aspect)), 8, side);
    const int64_t x = std::uniform_int_distribution<int64_t>(0, side - width)(random);
    const int64_t y = std::uniform_int_distribution<int64_t>(0, side - height)(random);
    return resizedSquare(image.slice(1, y, y + height).slice(2, x, x + width), outSize);
}

// Camera changes a photo from another clinic may carry, each applied with
// probability kCameraChangeRate: a lower magnification (the image shrunk
// onto a canvas of its border colour), a soft focus (Gaussian blur) and a
// lower resolution (shrunk and enlarged again).
constexpr double kCameraChangeRate = 0.3;

torch::Tensor zoomOut(const torch::Tensor& image, std::mt19937_64& random)
{
    const int64_t side = image.size(1);
    const int64_t inner = std::max<int64_t>(
        8, std::lround(side * std::uniform_real_distribution<double>(0.6, 0.95)(random)));
    const torch::Tensor small = resizedSquare(image, inner);
    // The mean colour of the border is the skin around the lesion.
    const torch::Tensor border = torch::cat({image.select(1, 0), image.select(1, side - 1),
                                             image.select(2, 0), image.select(2, side - 1)},
                                            1)
                                     .mean(1)
                                     .view({3, 1, 1});
    torch::Tensor canvas = border.expand({3, side, side}).clone();
    const int64_t offset = (side - inner) / 2;
    canvas.slice(1, offset, offset + inner)
        .slice(2, offset, offset + inner)
        .copy_(small);
    return canvas;
}

torch::Tensor gaussianBlur(const torch::Tensor& image, double sigma)
{
    const int64_t radius = std::max<int64_t>(1, std::lround(2.0 * sigma));
    const torch::Tensor x = torch::arange(-radius, radius + 1, torch::kFloat32);
    torch::Tensor kernel = torch::exp(-(x * x) / float(2.0 * sigma * sigma));
    kernel = kernel / kernel.sum();
    namespace F = torch::nn::functional;
    torch::Tensor out =
        F::pad(image.unsqueeze(0),
               F::PadFuncOptions({radius, radius, radius, radius}).mode(torch::kReflect));
    out = F::conv2d(out, kernel.view({1, 1, 1, -1}).expand({3, 1, 1, -1}),
                    F::Conv2dFuncOptions().groups(3));
    out = F::conv2d(out, kernel.view({1, 1, -1, 1}).expand({3, 1, -1, 1}),
                    F::Conv2dFuncOptions().groups(3));
    return out.squeeze(0);
}

torch::Tensor lowerResolution(const torch::Tensor& image, std::mt19937_64& random)
{
    const int64_t side = image.size(1);
    const int64_t small = std::max<int64_t>(
        8, std::lround(side * std::uniform_real_distribution<double>(0.35, 0.7)(random)));
    return resizedSquare(resizedSquare(image, small), side);
}

torch::Tensor changeCamera(torch::Tensor image, std::mt19937_64& random)
{
    std::bernoulli_distribution happens(kCameraChangeRate);
    if (happens(random))
        image = zoomOut(image, random);
    if (happens(random))
        image = gaussianBlur(image, std::uniform_real_distribution<double>(0.5, 1.5)(random));
    if (happens(random))
        image = lowerResolution(image, random);
    return image.clamp(0.0, 1.0);
}

} // namespace

ImageSet decodeImages(const std::vector<LabelledImage>& items, const Preprocessing& preprocessing,
                      int storeSize, bool withInputs, QStringList& skipped,
                      const ProgressCallback& progress, const CancelCallback& cancel)
{
    ImageSet set;
    std::vector<torch::Tensor> pixels;
    std::vector<torch::Tensor> inputs;
    std::vector<float> labels;
    for (size_t i = 0; i < items.size(); ++i) {
        if (cancel && cancel())
            return {};
        auto mat = decodeImageFile(items[i].path);
        if (!mat) {
            skipped << mat.error();
            continue;
        }
        if (storeSize > 0) {
            const cv::Mat frame = lesionFrame(mat.value(), preprocessing.lesionCropMargin);
            const cv::Mat square = resizeAndCrop(frame, storeSize, storeSize);
            pixels.push_back(torch::from_blob(square.data, {storeSize, storeSize, 3}, torch::kUInt8)
                                 .permute({2, 0, 1})
                                 .clone());
        }
        if (withInputs)
            inputs.push_back(networkInput(mat.value(), preprocessing).squeeze(0));
        labels.push_back(float(items[i].label));
        set.paths.push_back(items[i].path);
        set.hashes.push_back(differenceHash(matToImage(resizeAndCrop(mat.value(), 64, 64))));
        if (progress && (i % 50 == 0 || i + 1 == items.size()))
            progress({qint64(i + 1), qint64(items.size()), QStringLiteral("decoding images")});
    }
    if (!pixels.empty())
        set.pixels = torch::stack(pixels);
    if (!inputs.empty())
        set.inputs = torch::stack(inputs);
    set.labels = torch::tensor(labels);
    return set;
}

torch::Tensor augmentedBatch(const torch::Tensor& pixels, const std::vector<int64_t>& indices,
                             const Preprocessing& preprocessing, std::mt19937_64& random,
                             double temperatureJitter, bool cameraChanges)
{
    std::uniform_real_distribution<double> temperature(-temperatureJitter, temperatureJitter);
    std::vector<torch::Tensor> images;
    images.reserve(indices.size());
    std::bernoulli_distribution coin(0.5);
    std::uniform_int_distribution<int> quarterTurns(0, 3);
    for (int64_t index : indices) {
        torch::Tensor image = pixels[index].to(torch::kFloat32).div_(255.0f);
        image = randomResizedCrop(image, preprocessing.inputSize, random);
        if (coin(random))
            image = image.flip({2});
        if (coin(random))
            image = image.flip({1});
        image = torch::rot90(image, quarterTurns(random), {1, 2});
        if (cameraChanges)
            image = changeCamera(image, random);
        if (temperatureJitter > 0.0) {
            const double shift = temperature(random);
            const torch::Tensor gains =
                torch::tensor({float(1.0 + shift), 1.0f, float(1.0 - shift)}).view({3, 1, 1});
            image = (image * gains).clamp(0.0, 1.0);
        }
        image = jitterColour(image, random);
        // Colour constancy comes after the simulated camera changes, as in screening.
        if (preprocessing.shadesOfGrayPower > 0)
            image = shadesOfGray(image, preprocessing.shadesOfGrayPower);
        images.push_back(image);
    }
    return normalize(torch::stack(images), preprocessing).contiguous();
}

MixedBatch mixBatch(const torch::Tensor& inputs, const torch::Tensor& targets, double alpha,
                    std::mt19937_64& random)
{
    MixedBatch mixed;
    // A Beta(alpha, alpha) weight is one Gamma(alpha) draw divided by the sum of two.
    std::gamma_distribution<double> gamma(alpha, 1.0);
    const double first = gamma(random);
    const double second = gamma(random);
    mixed.weight = first + second > 0.0 ? first / (first + second) : 1.0;
    mixed.partners.resize(size_t(inputs.size(0)));
    std::iota(mixed.partners.begin(), mixed.partners.end(), int64_t(0));
    std::shuffle(mixed.partners.begin(), mixed.partners.end(), random);
    const torch::Tensor order = torch::tensor(mixed.partners);
    const auto weight = float(mixed.weight);
    mixed.inputs = inputs * weight + inputs.index_select(0, order) * (1.0f - weight);
    mixed.targets = targets * weight + targets.index_select(0, order) * (1.0f - weight);
    return mixed;
}

} // namespace dermaedge::detail
