#pragma once

#include <QDialog>
#include <QImage>

#include <memory>

class QCamera;
class QComboBox;
class QImageCapture;
class QLabel;
class QMediaCaptureSession;
class QPushButton;
class QVideoWidget;

namespace dermaedge {

/// Dialog that lists the cameras, shows a live preview of the chosen one and
/// takes a still with Capture. The dialog accepts once a still has arrived;
/// capturedImage() then returns it. Without a camera it shows "No camera
/// found" and Capture stays disabled.
class CameraDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CameraDialog(QWidget* parent = nullptr);
    ~CameraDialog() override;

    QImage capturedImage() const { return m_image; }

    /// Returns true when the system lists at least one camera.
    static bool hasCamera();

private:
    void fillCameraList();
    void selectCamera(int index);
    void capture();
    void onImageCaptured(int id, const QImage& image);
    void showProblem(const QString& message);

    QComboBox* m_cameraPicker = nullptr;
    QVideoWidget* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_captureButton = nullptr;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    QImageCapture* m_imageCapture = nullptr;
    QImage m_image;
};

} // namespace dermaedge
