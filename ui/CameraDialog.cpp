#include "CameraDialog.h"

#include <QCamera>
#include <QCameraDevice>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImageCapture>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace dermaedge {

CameraDialog::CameraDialog(QWidget* parent)
    : QDialog(parent), m_session(std::make_unique<QMediaCaptureSession>()),
      m_imageCapture(new QImageCapture(this))
{
    setWindowTitle(tr("Capture from Camera"));
    auto* layout = new QVBoxLayout(this);

    auto* pickerLabel = new QLabel(tr("&Camera:"), this);
    m_cameraPicker = new QComboBox(this);
    pickerLabel->setBuddy(m_cameraPicker);
    layout->addWidget(pickerLabel);
    layout->addWidget(m_cameraPicker);

    m_preview = new QVideoWidget(this);
    m_preview->setMinimumSize(480, 360);
    m_preview->setAccessibleName(tr("Camera preview"));
    layout->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_captureButton = buttons->addButton(tr("Ca&pture"), QDialogButtonBox::ActionRole);
    m_captureButton->setDefault(true);
    connect(m_captureButton, &QPushButton::clicked, this, &CameraDialog::capture);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_session->setImageCapture(m_imageCapture);
    m_session->setVideoOutput(m_preview);
    connect(m_imageCapture, &QImageCapture::imageCaptured, this, &CameraDialog::onImageCaptured);
    connect(m_imageCapture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString& message) {
                showProblem(tr("The still could not be taken: %1").arg(message));
            });
    connect(m_imageCapture, &QImageCapture::readyForCaptureChanged, m_captureButton,
            &QPushButton::setEnabled);

    fillCameraList();
    connect(m_cameraPicker, &QComboBox::currentIndexChanged, this, &CameraDialog::selectCamera);
    selectCamera(m_cameraPicker->currentIndex());
}

CameraDialog::~CameraDialog() = default;

bool CameraDialog::hasCamera()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraDialog::fillCameraList()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    const QCameraDevice preferred = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& camera : cameras) {
        m_cameraPicker->addItem(camera.description(), QVariant::fromValue(camera));
        if (camera == preferred)
            m_cameraPicker->setCurrentIndex(m_cameraPicker->count() - 1);
    }
    if (cameras.isEmpty()) {
        m_cameraPicker->addItem(tr("No camera found"));
        m_cameraPicker->setEnabled(false);
    }
}

// NOTE: only the path without a camera has run (in tests and under Xvfb). The
// preview and Capture with a real camera are written to the Qt 6.4 API but untried.
void CameraDialog::selectCamera(int index)
{
    m_captureButton->setEnabled(false);
    m_camera.reset();
    const QVariant data = m_cameraPicker->itemData(index);
    if (!data.canConvert<QCameraDevice>()) {
        showProblem(tr("No camera found. Connect a camera, or open an image file instead."));
        return;
    }
    m_camera = std::make_unique<QCamera>(data.value<QCameraDevice>());
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) {
                showProblem(tr("The camera failed: %1").arg(message));
            });
    m_session->setCamera(m_camera.get());
    m_camera->start();
    m_status->setText(tr("Place the dermatoscope on the lesion and press Capture. The still is "
                         "saved to the captures folder and screened."));
}

void CameraDialog::capture()
{
    if (!m_imageCapture->isReadyForCapture()) {
        showProblem(tr("The camera is not ready yet; wait for the preview and try again."));
        return;
    }
    m_captureButton->setEnabled(false);
    m_status->setText(tr("Taking the still…"));
    m_imageCapture->capture();
}

void CameraDialog::onImageCaptured(int, const QImage& image)
{
    if (image.isNull()) {
        showProblem(tr("The camera returned an empty still; try again."));
        m_captureButton->setEnabled(m_imageCapture->isReadyForCapture());
        return;
    }
    m_image = image.convertToFormat(QImage::Format_RGB888);
    if (m_camera)
        m_camera->stop();
    accept();
}

void CameraDialog::showProblem(const QString& message)
{
    m_status->setText(message);
}

} // namespace dermaedge
