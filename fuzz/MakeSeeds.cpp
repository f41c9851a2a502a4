// Writes the seed corpora of the fuzz targets: small images of every
// supported format and pixel layout, and model manifests. Nothing here is
// committed, because scripts/dermaedge-setup fuzz runs this before fuzzing.
//
//   dermaedge_fuzz_seeds OUTPUT_FOLDER [MODELS_FOLDER]
// writes OUTPUT_FOLDER/images and OUTPUT_FOLDER/manifests. The *.json files
// of MODELS_FOLDER are copied as extra manifest seeds.

#include "../tests/ImageFixtures.h"
#include "ModelManifest.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPainter>

#include <cstdio>

using namespace dermaedge;

namespace {

QImage lesion(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(225, 180, 160));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(90, 50, 40));
    painter.drawEllipse(QRectF(width * 0.25, height * 0.3, width * 0.5, height * 0.4));
    painter.setBrush(QColor(0, 0, 255));
    painter.drawRect(0, 0, qMax(2, width / 8), qMax(2, height / 8));
    return image;
}

bool write(const QString& path, const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        std::fprintf(stderr, "skipped %s: the format cannot be written here\n", qPrintable(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "%s: cannot be written (%s)\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

QByteArray progressiveJpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(true);
    return writer.write(image) ? bytes : QByteArray();
}

void writeImageSeeds(const QDir& folder)
{
    const QImage image = lesion(40, 30);
    write(folder.filePath(QStringLiteral("rgb.png")), test::encodeImage(image, "png"));
    write(folder.filePath(QStringLiteral("grey.png")),
          test::encodeImage(image.convertToFormat(QImage::Format_Grayscale8), "png"));
    write(folder.filePath(QStringLiteral("grey16.png")),
          test::encodeImage(image.convertToFormat(QImage::Format_Grayscale16), "png"));
    write(folder.filePath(QStringLiteral("rgba64.png")),
          test::encodeImage(image.convertToFormat(QImage::Format_RGBA64), "png"));
    write(folder.filePath(QStringLiteral("palette.png")),
          test::encodeImage(image.convertToFormat(QImage::Format_Indexed8), "png"));
    write(folder.filePath(QStringLiteral("baseline.jpg")), test::encodeImage(image, "jpeg", 80));
    write(folder.filePath(QStringLiteral("progressive.jpg")), progressiveJpeg(image));
    write(folder.filePath(QStringLiteral("exif.jpg")),
          test::withExifOrientation(test::encodeImage(image, "jpeg", 80), 6));
    write(folder.filePath(QStringLiteral("cmyk.jpg")), test::cmykJpeg(image, 80));
    write(folder.filePath(QStringLiteral("rgb.bmp")), test::encodeImage(image, "bmp"));
    write(folder.filePath(QStringLiteral("rgb.tif")), test::tiffRgb(image));
    write(folder.filePath(QStringLiteral("bigtiff.tif")), test::tiffRgb(image, true));
    write(folder.filePath(QStringLiteral("lossless.webp")), test::encodeImage(image, "webp", 100));
    write(folder.filePath(QStringLiteral("lossy.webp")), test::encodeImage(image, "webp", 60));
    write(folder.filePath(QStringLiteral("bomb.png")), test::pngClaiming(30000, 30000));
}

void writeManifestSeeds(const QDir& folder, const QString& modelsFolder)
{
    ModelManifest manifest;
    manifest.id = QStringLiteral("seed-fp32");
    manifest.displayName = QStringLiteral("Seed model");
    manifest.kind = QStringLiteral("fp32");
    manifest.archive = QStringLiteral("seed-fp32.pt");
    manifest.sha256 = QString(64, u'a');
    manifest.provenance.command = QStringLiteral("dermaedge-cli train --data FOLDER");
    manifest.metrics.insert(QStringLiteral("validation_auc"), 0.9);
    write(folder.filePath(QStringLiteral("fp32.json")), manifestToJson(manifest));
    manifest.kind = QStringLiteral("int8-static");
    manifest.preprocessing.resizeShorter = 146;
    write(folder.filePath(QStringLiteral("int8.json")), manifestToJson(manifest));

    if (modelsFolder.isEmpty())
        return;
    const QDir models(modelsFolder);
    for (const QString& name : models.entryList({QStringLiteral("*.json")}, QDir::Files))
        QFile::copy(models.filePath(name), folder.filePath(name));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: dermaedge_fuzz_seeds OUTPUT_FOLDER [MODELS_FOLDER]\n");
        return 2;
    }
    const QDir output(arguments.at(1));
    output.mkpath(QStringLiteral("images"));
    output.mkpath(QStringLiteral("manifests"));
    writeImageSeeds(QDir(output.filePath(QStringLiteral("images"))));
    writeManifestSeeds(QDir(output.filePath(QStringLiteral("manifests"))), arguments.value(2));
    return 0;
}
