#include "CameraCapture.h"

#include "CameraDialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace dermaedge {

CameraCapture::CameraCapture(QWidget* dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent), m_action(new QAction(this)),
      m_devices(new QMediaDevices(this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_action, &QAction::triggered, this, &CameraCapture::capture);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraCapture::updateAction);
    updateAction();
}

void CameraCapture::updateAction()
{
    const bool available = CameraDialog::hasCamera();
    m_action->setEnabled(available);
    m_action->setText(available ? tr("Capture from &Camera…")
                                : tr("Capture from &Camera (No Camera Found)"));
    m_action->setToolTip(available ? tr("Take a still with a camera and screen it")
                                   : tr("No camera is connected. Connect a camera or a "
                                        "dermatoscope adapter to capture images."));
    m_action->setStatusTip(m_action->toolTip());
}

QString CameraCapture::capturesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/captures");
}

QString CameraCapture::saveCapture(const QImage& image, const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: the folder cannot be created").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString stem = QStringLiteral("capture-%1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = QDir(folder).absoluteFilePath(stem + QStringLiteral(".png"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).absoluteFilePath(QStringLiteral("%1-%2.png").arg(stem).arg(n));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("%1: the still cannot be written (%2)")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return path;
}

void CameraCapture::capture()
{
    updateAction();
    if (!CameraDialog::hasCamera()) {
        QMessageBox::information(m_dialogParent, tr("Capture from Camera"), m_action->toolTip());
        return;
    }
    CameraDialog dialog(m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.capturedImage().isNull())
        return;
    QString error;
    const QString path = saveCapture(dialog.capturedImage(), capturesFolder(), &error);
    if (path.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Capture from Camera"), error);
        return;
    }
    Q_EMIT imageSaved(path);
}

} // namespace dermaedge
