#include "Preprocess.h"

#include "private/ImageTransform.h"
#include "private/OpenCvImage.h"

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

    const cv::Mat square = detail::networkSquare(detail::imageToMat(rgb), preprocessing);
    InputTensor result;
    result.channels = 3;
    result.height = square.rows;
    result.width = square.cols;
    result.values = detail::normalizedChw(square, preprocessing);
    return result;
}

} // namespace dermaedge
