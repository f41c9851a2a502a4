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
