// libFuzzer target: image decoding and preprocessing, as dermaedge-cli screen
// runs them before the network. Any input must either be rejected with a
// message that names it or yield a valid 8-bit RGB image and a finite network
// input. Anything else aborts, so that libFuzzer saves the input.

#include "Preprocess.h"
#include "private/OpenCvImage.h"

#include <QByteArray>

#include <opencv2/core/utility.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {

// Well below kMaxImagePixels, so that a header claiming a large but allowed
// size does not make every run allocate hundreds of megabytes.
constexpr qint64 kFuzzMaxPixels = 4'000'000;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cv::setNumThreads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dermaedge;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto decoded = detail::decodeImageBytes(bytes, QStringLiteral("fuzz-input"), kFuzzMaxPixels);
    if (!decoded) {
        check(decoded.error().startsWith(QStringLiteral("fuzz-input: ")));
        return 0;
    }
    const cv::Mat& rgb = decoded.value();
    check(rgb.type() == CV_8UC3 && !rgb.empty() && qint64(rgb.total()) <= kFuzzMaxPixels);

    const QImage image = detail::matToImage(rgb);
    check(image.width() == rgb.cols && image.height() == rgb.rows);
    Preprocessing preprocessing;
    preprocessing.inputSize = 32;
    preprocessing.resizeShorter = 36;
    const auto input = preprocessImage(image, preprocessing);
    check(input.ok() && input->values.size() == size_t(3 * 32 * 32));
    for (float value : input->values)
        check(std::isfinite(value));
    return 0;
}
