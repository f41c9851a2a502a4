#include "Preprocess.h"

#include "private/OpenCvImage.h"
#include "private/TorchImage.h"

#include <cstring>

namespace dermaedge {

Result<InputTensor> preprocessImage(const QImage& rgb, const Preprocessing& preprocessing)
{
    if (rgb.isNull())
        return Result<InputTensor>::failure(QStringLiteral("image is empty"));
    if (preprocessing.inputSize <= 0 || preprocessing.resizeShorter < preprocessing.inputSize)
        return Result<InputTensor>::failure(
            QStringLiteral("invalid preprocessing: input size %1, resize %2")
                .arg(preprocessing.inputSize)
                .arg(preprocessing.resizeShorter));

    const torch::Tensor tensor =
        detail::networkInput(detail::imageToMat(rgb), preprocessing).squeeze(0).contiguous();
    InputTensor result;
    result.channels = int(tensor.size(0));
    result.height = int(tensor.size(1));
    result.width = int(tensor.size(2));
    result.values.resize(size_t(tensor.numel()));
    std::memcpy(result.values.data(), tensor.data_ptr<float>(), result.values.size() * sizeof(float));
    return result;
}

} // namespace dermaedge
