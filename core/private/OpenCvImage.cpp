#include "OpenCvImage.h"

#include "ImageIo.h"
#include "Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <cstring>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace dermaedge::detail {

namespace {

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}

// The messages below go through QCoreApplication::translate because the GUI shows
// them. The CLI installs no translator, so it prints them in English.
Result<QByteArray> readFileBytes(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("dermaedge::ImageIo", "%1: file not found").arg(path));
    if (info.isDir())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("dermaedge::ImageIo", "%1: is a folder, not an image file")
                .arg(path));
    if (info.size() == 0)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("dermaedge::ImageIo", "%1: file is empty").arg(path));
    if (info.size() > kMaxImageFileBytes)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("dermaedge::ImageIo",
                                        "%1: file is too large (%2 MB; the limit is %3 MB)")
                .arg(path)
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxImageFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("dermaedge::ImageIo", "%1: cannot be read (%2)")
                .arg(path, file.errorString()));
    return file.readAll();
}

// Reads the pixel size from the header only, so that decompression bombs are
// rejected before any pixel buffer is allocated.
Status checkHeaderSize(const QString& path, const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid())
        return Status::success(); // format without a cheap size query; OpenCV's own limit applies
    if (qint64(size.width()) * size.height() > kMaxImagePixels)
        return Status::failure(
            QCoreApplication::translate(
                "dermaedge::ImageIo",
                "%1: image is too large (%2 x %3 pixels; the limit is %4 megapixels)")
                .arg(path)
                .arg(size.width())
                .arg(size.height())
                .arg(kMaxImagePixels / 1'000'000));
    return Status::success();
}

// libjpeg fills the missing part of a truncated JPEG with grey and only warns,
// so a JPEG without its end-of-image marker is rejected rather than screened.
bool isTruncatedJpeg(const QByteArray& bytes)
{
    const bool isJpeg = bytes.startsWith("\xFF\xD8");
    if (!isJpeg)
        return false;
    const int tail = qMax(0, int(bytes.size()) - 64);
    return bytes.lastIndexOf("\xFF\xD9") < tail;
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

} // namespace

Result<cv::Mat> decodeImageFile(const QString& path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return Result<cv::Mat>::failure(bytes.error());
    if (Status header = checkHeaderSize(path, bytes.value()); !header)
        return Result<cv::Mat>::failure(header.error());
    if (isTruncatedJpeg(bytes.value()))
        return Result<cv::Mat>::failure(
            QCoreApplication::translate("dermaedge::ImageIo",
                                        "%1: JPEG data is truncated (no end-of-image marker)")
                .arg(path));

    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(bytes->size()), CV_8UC1, bytes->data());
        // ANYDEPTH keeps 16-bit data for a correct scale-down; without
        // IMREAD_UNCHANGED OpenCV applies the EXIF orientation.
        decoded = cv::imdecode(buffer, cv::IMREAD_ANYDEPTH | cv::IMREAD_COLOR);
    } catch (const cv::Exception& error) {
        return Result<cv::Mat>::failure(
            QCoreApplication::translate("dermaedge::ImageIo", "%1: cannot be decoded (%2)")
                .arg(path, QString::fromStdString(error.msg)));
    }
    if (decoded.empty())
        return Result<cv::Mat>::failure(
            QCoreApplication::translate("dermaedge::ImageIo",
                                        "%1: not a readable image (unknown format or corrupt data)")
                .arg(path));
    if (qint64(decoded.cols) * decoded.rows > kMaxImagePixels)
        return Result<cv::Mat>::failure(
            QCoreApplication::translate("dermaedge::ImageIo",
                                        "%1: image is too large (%2 x %3 pixels)")
                .arg(path)
                .arg(decoded.cols)
                .arg(decoded.rows));

    qCDebug(lcImage) << "decoded" << displayName(path) << decoded.cols << "x" << decoded.rows;
    return toRgb8(decoded);
}

QImage matToImage(const cv::Mat& rgb)
{
    QImage image(rgb.cols, rgb.rows, QImage::Format_RGB888);
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
