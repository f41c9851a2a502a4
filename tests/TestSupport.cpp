#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QTest>

namespace dermaedge::test {

QImage syntheticLesion(int width, int height, QColor lesion)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(225, 180, 160));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(lesion);
    painter.drawEllipse(QRectF(width * 0.25, height * 0.3, width * 0.5, height * 0.4));
    painter.setBrush(QColor(0, 0, 255));
    painter.drawRect(QRect(0, 0, qMax(2, width / 8), qMax(2, height / 8)));
    painter.end();
    return image;
}

NetworkSpec tinyNetworkSpec(quint64 seed)
{
    NetworkSpec spec;
    spec.stemChannels = 4;
    spec.stageChannels = {4, 8};
    spec.seed = seed;
    return spec;
}

ModelManifest writeTinyModel(const QString& folder, const QString& id, int inputSize, quint64 seed)
{
    QDir().mkpath(folder);
    const NetworkSpec spec = tinyNetworkSpec(seed);
    const QString archive = QDir(folder).absoluteFilePath(id + QStringLiteral(".pt"));
    const Status saved = saveUntrainedNetwork(spec, archive);
    if (!saved)
        qFatal("cannot write tiny model: %s", qPrintable(saved.error()));

    ModelManifest manifest;
    manifest.id = id;
    manifest.displayName = QStringLiteral("Tiny test model ") + id;
    manifest.kind = QStringLiteral("fp32");
    manifest.archive = QFileInfo(archive).fileName();
    manifest.sha256 = sha256OfFile(archive).value();
    manifest.threshold = 0.5;
    manifest.preprocessing.inputSize = inputSize;
    manifest.preprocessing.resizeShorter = inputSize;
    const QString manifestPath = QDir(folder).absoluteFilePath(id + QStringLiteral(".json"));
    if (!saveManifest(manifest, manifestPath))
        qFatal("cannot write tiny manifest");
    return loadManifest(manifestPath).value();
}

QImage trainingLesion(bool malignant, QRandomGenerator& random)
{
    QImage image(48, 48, QImage::Format_RGB888);
    image.fill(QColor(220 + random.bounded(20), 170 + random.bounded(20), 150));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    const int x = 8 + random.bounded(12);
    const int y = 8 + random.bounded(12);
    if (malignant) {
        painter.setBrush(QColor(60 + random.bounded(30), 30, 25));
        painter.drawRect(x, y, 16 + random.bounded(8), 12 + random.bounded(10));
        painter.setBrush(QColor(20, 20, 60));
        painter.drawEllipse(x + 4, y + 2, 8, 8);
    } else {
        painter.setBrush(QColor(170 + random.bounded(30), 120, 90));
        painter.drawEllipse(x, y, 16 + random.bounded(6), 16 + random.bounded(6));
    }
    return image;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString datasetFolder()
{
    const QString folder = QStringLiteral(DERMAEDGE_DATASET_DIR);
    return QFileInfo(folder + QStringLiteral("/benign")).isDir() ? QDir::cleanPath(folder) : QString();
}

} // namespace dermaedge::test
