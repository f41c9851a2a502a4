#pragma once

#include "ModelRegistry.h"

#include <QImage>
#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;

namespace dermaedge {

class CameraCapture;
class CaseWorkflow;
class ExplanationController;
class ImageView;
class OperatingPointMenu;
class ResultPanel;
class ScreeningRunner;
struct ScreeningOutcome;
struct ScreeningRequest;

/// Main window: an image view, the result panel and a picker for the model
/// variant. Opening an image decodes it and screens it on a worker thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ModelRegistry registry, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Decodes and screens `path` without blocking. When a screening is already
    /// running, the file waits for it, replacing any file that was waiting.
    /// screeningFinished() reports the outcome, which the result panel shows.
    void openImage(const QString& path);
    /// Opens a stored copy, such as a case image, under the name the user knows
    /// it by. The copy stays out of the recent files.
    void openImageAs(const QString& path, const QString& name);

    ResultPanel* resultPanel() const { return m_resultPanel; }
    ImageView* imageView() const { return m_imageView; }
    ExplanationController* explanation() const { return m_explanation; }
    CameraCapture* cameraCapture() const { return m_camera; }
    OperatingPointMenu* operatingPointMenu() const { return m_operatingPoints; }
    CaseWorkflow* caseWorkflow() const { return m_cases; }
    /// The last successful screening, or null when the last one failed or none ran.
    const ScreeningOutcome* lastScreening() const { return m_lastOutcome.get(); }
    /// Path of the image shown, or empty when none is.
    QString currentImagePath() const { return m_currentPath; }
    bool isScreening() const;
    /// Id of the variant selected in the picker, or empty when none is registered.
    QString selectedModelId() const;
    /// Rescans the model folders and refills the variant picker, keeping the selection.
    void refreshModels();

Q_SIGNALS:
    /// Emitted when a screening ends, with `ok` false when it failed.
    void screeningFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void fillVariantPicker();
    void connectRunner();
    void restoreWindowSettings();

    void showOpenDialog();
    void rebuildRecentMenu();
    void showAbout();
    void showCreateVariantDialog();
    void showBatchScreenWindow();
    void onVariantChanged(int index);
    void onScreeningStarted(const QString& path, const QString& variantName);
    void onScreeningQueued(const QString& path, const QString& replacedPath);
    void onScreeningFinished(const ScreeningOutcome& outcome);
    void showImageFrom(const ScreeningOutcome& outcome);
    /// Shows the last successful screening at the chosen operating point.
    void showLastResult();
    void updateWindowTitle(const QString& path);
    void updateViewActions();

    /// Builds a request for the selected variant. With `reuseDecodedImage`, the
    /// image on screen is reused when `path` is the file it came from.
    ScreeningRequest makeRequest(const QString& path, bool reuseDecodedImage) const;
    std::optional<ModelManifest> selectedManifest() const;
    QString noModelMessage() const;
    /// Name of the image at `path` in titles and messages.
    QString shownName(const QString& path) const;

    ModelRegistry m_registry;
    ImageView* m_imageView = nullptr;
    ResultPanel* m_resultPanel = nullptr;
    ScreeningRunner* m_runner = nullptr;
    ExplanationController* m_explanation = nullptr;
    CameraCapture* m_camera = nullptr;
    OperatingPointMenu* m_operatingPoints = nullptr;
    CaseWorkflow* m_cases = nullptr;
    QComboBox* m_variantPicker = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_zoomLabel = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_createVariantAction = nullptr;

    QString m_currentPath;
    QHash<QString, QString> m_shownNames; ///< absolute path of a stored copy -> name shown
    QImage m_currentImage;
    std::unique_ptr<ScreeningOutcome> m_lastOutcome; ///< last successful screening
};

} // namespace dermaedge
