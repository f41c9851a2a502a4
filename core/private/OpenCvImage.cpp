#include "OpenCvImage.h"

#include "ImageHeader.h"
#include "ImageIntegrity.h"
#include "Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <new>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace dermaedge::detail {

// The most common file errors go through QCoreApplication::translate because the
// GUI shows them. The CLI installs no translator, so it prints them in English.

namespace {

Result<QByteArray> readFileBytes(const QString& path)
{
    using BytesResult = Result<QByteArray>;
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return BytesResult::failure(QStringLiteral("%1: broken symbolic link (its target does not exist)").arg(path));
    if (!info.exists())
        return BytesResult::failure(QCoreApplication::translate("dermaedge::ImageIo", "%1: file not found").arg(path));
    if (info.isDir())
        return BytesResult::failure(QCoreApplication::translate("dermaedge::ImageIo", "%1: is a folder, not an image file").arg(path));
    if (!info.isFile())
        return BytesResult::failure(
            QStringLiteral("%1: not a regular file (a device, pipe or socket)").arg(path));
    const auto tooLarge = [&path](qint64 size) {
        return BytesResult::failure(QStringLiteral("%1: file is too large (%2 MB; the limit is %3 MB)")
                                        .arg(path)
                                        .arg(size / (1024 * 1024))
                                        .arg(kMaxImageFileBytes / (1024 * 1024)));
    };
    if (info.size() > kMaxImageFileBytes)
        return tooLarge(info.size());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BytesResult::failure(QCoreApplication::translate("dermaedge::ImageIo", "%1: cannot be read (%2)").arg(path, file.errorString()));
    // The file may change after the checks above, so read at most one byte past the limit.
    const QByteArray bytes = file.read(kMaxImageFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return BytesResult::failure(QStringLiteral("%1: read failed (%2)").arg(path, file.errorString()));
    if (bytes.size() > kMaxImageFileBytes)
        return tooLarge(bytes.size());
    if (bytes.isEmpty())
        return BytesResult::failure(QCoreApplication::translate("dermaedge::ImageIo", "%1: file is empty").arg(path));
    return bytes;
}

Status checkPixelLimits(const ImageHeader& header, qint64 maxPixels)
{
    if (header.width > kMaxImageSide || header.height > kMaxImageSide
        || header.width * header.height > maxPixels)
        return Status::failure(QStringLiteral("image is too large (%1 x %2 pixels in the %3 header; the "
                                              "limit is %4 megapixels and %5 pixels per side)")
                                   .arg(header.width)
                                   .arg(header.height)
                                   .arg(imageFormatName(header.format))
                                   .arg(double(maxPixels) / 1e6)
                                   .arg(kMaxImageSide));
    return Status::success();
}

// cv::imdecode picks its decoder from the data by trying each decoder's
// signature check in turn. OpenCV 4.6's WebP decoder declines a header that
// libwebp cannot parse, and two decoders further down the list look for a
// signature inside the file: GDCM's DICOM reader ("DICM" at byte 128) and
// GDAL's DTED reader ("DTED" at byte 140). Such a file would be decoded as a
// format whose size was never checked (a 132-byte WebP made GDCM allocate
// 3.7 GB), so it is rejected. JPEG, PNG, BMP and TIFF (BigTIFF included) are
// claimed by their own decoders, which come first and check the same
// signatures as readImageHeader().
// NOTE: the decoder order and signatures are those of OpenCV 4.6; check them
// again when moving to another OpenCV version.
Status checkNoOtherDecoder(const QByteArray& bytes, const ImageHeader& header)
{
    if (header.format != ImageFormat::WebP)
        return Status::success();
    if (bytes.mid(128, 4) == "DICM" || bytes.mid(140, 4) == "DTED")
        return Status::failure(
            QStringLiteral("WebP header is invalid (the file also carries a DICOM or DTED signature)"));
    return Status::success();
}

cv::Mat toRgb8(const cv::Mat& decoded)
{
    cv::Mat eightBit;
    if (decoded.depth() == CV_16U)
        decoded.convertTo(eightBit, CV_8U, 1.0 / 257.0);
    else if (decoded.depth() == CV_32F)
        decoded.convertTo(eightBit, CV_8U, 255.0);
    else if (decoded.depth() != CV_8U)
        decoded.convertTo(eightBit, CV_8U);
    else
        eightBit = decoded;

    cv::Mat rgb;
    switch (eightBit.channels()) {
    case 1:
        cv::cvtColor(eightBit, rgb, cv::COLOR_GRAY2RGB);
        break;
    case 4:
        cv::cvtColor(eightBit, rgb, cv::COLOR_BGRA2RGB);
        break;
    default:
        cv::cvtColor(eightBit, rgb, cv::COLOR_BGR2RGB);
        break;
    }
    return rgb;
}

// Decodes with OpenCV. ANYDEPTH keeps 16-bit data for a correct scale-down.
// Without IMREAD_UNCHANGED, OpenCV applies the EXIF orientation.
Result<cv::Mat> decodeChecked(const QByteArray& bytes, const ImageHeader& header, const QString& name)
{
    cv::Mat rgb;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
        const cv::Mat decoded = cv::imdecode(buffer, cv::IMREAD_ANYDEPTH | cv::IMREAD_COLOR);
        if (decoded.empty())
            return Result<cv::Mat>::failure(QStringLiteral("%1: %2 image data is damaged or truncated "
                                                           "(decoding failed)")
                                                .arg(name, imageFormatName(header.format)));
        // EXIF orientation may swap width and height. Any other difference
        // means the decoder read a different image than the header describes.
        const bool sameSize = decoded.cols == header.width && decoded.rows == header.height;
        const bool rotated = decoded.cols == header.height && decoded.rows == header.width;
        if (!sameSize && !rotated)
            return Result<cv::Mat>::failure(
                QStringLiteral("%1: decoded %2 x %3 pixels, but the header says %4 x %5")
                    .arg(name)
                    .arg(decoded.cols)
                    .arg(decoded.rows)
                    .arg(header.width)
                    .arg(header.height));
        rgb = toRgb8(decoded);
    } catch (const cv::Exception& error) {
        return Result<cv::Mat>::failure(
            QStringLiteral("%1: cannot be decoded (%2)").arg(name, QString::fromStdString(error.msg)));
    } catch (const std::bad_alloc&) {
        return Result<cv::Mat>::failure(
            QStringLiteral("%1: not enough memory to decode %2 x %3 pixels").arg(name).arg(header.width).arg(header.height));
    }
    return rgb;
}

} // namespace

Result<cv::Mat> decodeImageFile(const QString& path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return Result<cv::Mat>::failure(bytes.error());
    return decodeImageBytes(bytes.value(), path);
}

Result<cv::Mat> decodeImageBytes(const QByteArray& bytes, const QString& name, qint64 maxPixels)
{
    if (bytes.isEmpty())
        return Result<cv::Mat>::failure(QCoreApplication::translate("dermaedge::ImageIo", "%1: file is empty").arg(name));
    if (bytes.size() > kMaxImageFileBytes)
        return Result<cv::Mat>::failure(QStringLiteral("%1: file is too large").arg(name));
    const auto header = readImageHeader(bytes);
    if (!header)
        return Result<cv::Mat>::failure(QStringLiteral("%1: %2").arg(name, header.error()));
    if (Status limits = checkPixelLimits(header.value(), maxPixels); !limits)
        return Result<cv::Mat>::failure(QStringLiteral("%1: %2").arg(name, limits.error()));
    if (Status intact = checkImageIntegrity(bytes, header.value()); !intact)
        return Result<cv::Mat>::failure(QStringLiteral("%1: %2").arg(name, intact.error()));
    if (Status decoder = checkNoOtherDecoder(bytes, header.value()); !decoder)
        return Result<cv::Mat>::failure(QStringLiteral("%1: %2").arg(name, decoder.error()));

    auto rgb = decodeChecked(bytes, header.value(), name);
    if (rgb)
        qCDebug(lcImage).noquote() << "decoded" << imageFormatName(header->format) << rgb->cols << "x" << rgb->rows;
    return rgb;
}

QImage matToImage(const cv::Mat& rgb)
{
    QImage image(rgb.cols, rgb.rows, QImage::Format_RGB888);
    if (image.isNull())
        return image; // allocation failed
    for (int y = 0; y < rgb.rows; ++y)
        std::memcpy(image.scanLine(y), rgb.ptr(y), size_t(rgb.cols) * 3);
    return image;
}

cv::Mat imageToMat(const QImage& image)
{
    const QImage rgb = image.format() == QImage::Format_RGB888
                           ? image
                           : image.convertToFormat(QImage::Format_RGB888);
    cv::Mat mat(rgb.height(), rgb.width(), CV_8UC3);
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(mat.ptr(y), rgb.constScanLine(y), size_t(rgb.width()) * 3);
    return mat;
}

} // namespace dermaedge::detail
