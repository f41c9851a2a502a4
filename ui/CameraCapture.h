#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QAction;
class QMediaDevices;
class QWidget;

namespace dermaedge {

/// The "Capture from Camera" action. While the system lists no camera it is
/// disabled and its text ends with "(No Camera Found)". The state follows
/// cameras being plugged in or removed. A still taken in CameraDialog is saved as PNG into
/// capturesFolder() and reported by imageSaved(), so that it is screened like
/// an opened file and stays available to the user.
class CameraCapture : public QObject
{
    Q_OBJECT

public:
    /// `dialogParent` is the window the dialog and messages belong to.
    explicit CameraCapture(QWidget* dialogParent);

    QAction* action() const { return m_action; }

    /// Folder where captured stills are written: <AppDataLocation>/captures.
    static QString capturesFolder();

    /// Writes `image` as a new PNG in `folder` (created when missing), named
    /// after the current time. Returns the path, or an error naming the file.
    static QString saveCapture(const QImage& image, const QString& folder, QString* error);

    /// Shows the camera dialog, or a message when there is no camera.
    void capture();

Q_SIGNALS:
    void imageSaved(const QString& path);

private:
    void updateAction();

    QWidget* m_dialogParent = nullptr;
    QAction* m_action = nullptr;
    QMediaDevices* m_devices = nullptr;
};

} // namespace dermaedge
