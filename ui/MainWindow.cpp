#include "MainWindow.h"

#include "BatchScreenWindow.h"
#include "CameraCapture.h"
#include "CaseWorkflow.h"
#include "Classifier.h"
#include "CreateVariantDialog.h"
#include "ExplanationController.h"
#include "ImageIo.h"
#include "ImageView.h"
#include "OperatingPointMenu.h"
#include "ResultPanel.h"
#include "ScreeningRunner.h"
#include "Settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>

namespace dermaedge {

namespace {

constexpr int kStatusTimeoutMs = 8000;
constexpr int kResultDockWidth = 360;

/// Returns the first local file among the dragged URLs that has an image extension.
QString firstImageFile(const QMimeData* mimeData)
{
    if (!mimeData || !mimeData->hasUrls())
        return {};
    for (const QUrl& url : mimeData->urls()) {
        if (url.isLocalFile() && hasImageExtension(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(ModelRegistry registry, QWidget* parent)
    : QMainWindow(parent), m_registry(std::move(registry)),
      m_imageView(new ImageView(this)), m_resultPanel(new ResultPanel),
      m_runner(new ScreeningRunner(this))
{
    m_explanation = new ExplanationController(m_imageView, this);
    m_resultPanel->addSection(m_explanation->controls());
    m_camera = new CameraCapture(this);
    connect(m_camera, &CameraCapture::imageSaved, this, &MainWindow::openImage);
    m_operatingPoints = new OperatingPointMenu(this);
    connect(m_operatingPoints, &OperatingPointMenu::presetChanged, this, &MainWindow::showLastResult);
    m_cases = new CaseWorkflow(this);
    setCentralWidget(m_imageView);
    setAcceptDrops(true);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_resultPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Without a horizontal scroll bar the dock must never be narrower than the panel.
    scroll->setMinimumWidth(m_resultPanel->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    // The panel carries the decision-support notice, so it cannot be closed.
    auto* dock = new QDockWidget(tr("Result"), this);
    dock->setObjectName(QStringLiteral("resultDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // Width for a first run. restoreWindowSettings() replaces it with the saved layout.
    resizeDocks({dock}, {kResultDockWidth}, Qt::Horizontal);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    fillVariantPicker();
    m_operatingPoints->setModel(selectedManifest());
    m_createVariantAction->setEnabled(!selectedModelId().isEmpty());
    connectRunner();
    restoreWindowSettings();
    updateWindowTitle(QString());
    updateViewActions();
    m_imageView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::fillVariantPicker()
{
    const QSignalBlocker blocker(m_variantPicker);
    m_variantPicker->clear();
    // refreshModels() fills the picker again, possibly after "No model variants found".
    m_variantPicker->setEnabled(true);
    m_variantPicker->setToolTip(QString());
    for (const ModelManifest& manifest : m_registry.models()) {
        m_variantPicker->addItem(manifest.displayName, manifest.id);
        m_variantPicker->setItemData(m_variantPicker->count() - 1,
                                     tr("id: %1, kind: %2").arg(manifest.id, manifest.kind),
                                     Qt::ToolTipRole);
    }
    if (m_variantPicker->count() == 0) {
        m_variantPicker->addItem(tr("No model variants found"));
        m_variantPicker->setEnabled(false);
        m_variantPicker->setToolTip(noModelMessage());
        return;
    }

    int index = m_variantPicker->findData(Settings().modelId());
    if (index < 0) {
        const std::optional<ModelManifest> fallback = m_registry.defaultModel();
        index = fallback ? m_variantPicker->findData(fallback->id) : 0;
    }
    m_variantPicker->setCurrentIndex(qMax(0, index));
    connect(m_variantPicker, &QComboBox::currentIndexChanged, this,
            &MainWindow::onVariantChanged, Qt::UniqueConnection);
}

void MainWindow::refreshModels()
{
    const QString selected = selectedModelId();
    m_registry.refresh();
    for (const RegistryProblem& problem : m_registry.problems())
        qWarning().noquote() << "Skipped model manifest" << problem.path << "-" << problem.message;
    fillVariantPicker();
    const int index = m_variantPicker->findData(selected);
    if (index >= 0) {
        const QSignalBlocker blocker(m_variantPicker);
        m_variantPicker->setCurrentIndex(index);
    }
    m_operatingPoints->setModel(selectedManifest());
    m_createVariantAction->setEnabled(!selectedModelId().isEmpty());
}

void MainWindow::connectRunner()
{
    connect(m_runner, &ScreeningRunner::started, this, &MainWindow::onScreeningStarted);
    connect(m_runner, &ScreeningRunner::queued, this, &MainWindow::onScreeningQueued);
    connect(m_runner, &ScreeningRunner::finished, this, &MainWindow::onScreeningFinished);
}

void MainWindow::restoreWindowSettings()
{
    const Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1100, 720);
    restoreState(settings.windowState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!firstImageFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = firstImageFile(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openImage(path);
}

void MainWindow::showOpenDialog()
{
    Settings settings;
    const QString filter = tr("Images (%1)").arg(supportedImagePatterns().join(QLatin1Char(' '))) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Image"), settings.lastFolder(), filter);
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    openImage(path);
}

void MainWindow::showAbout()
{
    QStringList folders;
    for (const QString& folder : m_registry.folders())
        folders << QDir::toNativeSeparators(folder).toHtmlEscaped();
    const QString text =
        tr("<h3>DermaEdge %1</h3>"
           "<p>Melanoma screening decision support for dermoscopic images.</p>"
           "<p><b>Decision support only, not a diagnosis. The final judgement rests with "
           "the clinician.</b></p>"
           "<p>Runtime: %2</p>"
           "<p>Model folders:<br>%3</p>")
            .arg(QStringLiteral(DERMAEDGE_VERSION), runtimeVersions().toHtmlEscaped(),
                 folders.join(QStringLiteral("<br>")));
    QMessageBox::about(this, tr("About DermaEdge"), text);
}

void MainWindow::showCreateVariantDialog()
{
    const std::optional<ModelManifest> baseline = selectedManifest();
    if (!baseline) {
        QMessageBox::information(this, tr("Create Variant"), noModelMessage());
        return;
    }
    auto* dialog = new CreateVariantDialog(*baseline, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateVariantDialog::variantRegistered, this, [this, dialog](const QString& variantId) {
        refreshModels();
        // The registry keeps the first manifest of an id, so a shipped variant can hide the new one.
        const std::optional<ModelManifest> listed = m_registry.find(variantId);
        const QString written = dialog->lastReport()->manifestPath;
        if (listed && QFileInfo(listed->manifestPath) != QFileInfo(written)) {
            QMessageBox::warning(dialog, tr("Variant Hidden"),
                                 tr("Variant %1 was written to %2, but the manifest %3 has the same id and "
                                    "takes precedence, so the model picker shows that one. Remove or rename "
                                    "one of them to use the new variant.")
                                     .arg(variantId, QDir::toNativeSeparators(written),
                                          QDir::toNativeSeparators(listed->manifestPath)));
            return;
        }
        statusBar()->showMessage(tr("Variant %1 is now in the model picker.").arg(variantId), kStatusTimeoutMs);
    });
    dialog->open();
}

void MainWindow::showBatchScreenWindow()
{
    auto* window = new BatchScreenWindow(m_registry.models(), selectedModelId(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &BatchScreenWindow::openImageRequested, this, &MainWindow::openImage);
    window->show();
}

bool MainWindow::isScreening() const
{
    return m_runner->isBusy();
}

QString MainWindow::selectedModelId() const
{
    return m_variantPicker->currentData().toString();
}

std::optional<ModelManifest> MainWindow::selectedManifest() const
{
    const QString id = selectedModelId();
    if (id.isEmpty())
        return std::nullopt;
    return m_registry.find(id);
}

QString MainWindow::noModelMessage() const
{
    const QStringList folders = m_registry.folders();
    return tr("No model variants found. Searched: %1. Put a model manifest (.json) and its "
              "archive into one of these folders, or set DERMAEDGE_MODELS_DIR to a folder "
              "that contains them.")
        .arg(folders.isEmpty() ? tr("no folders")
                               : QDir::toNativeSeparators(folders.join(QStringLiteral(", "))));
}

ScreeningRequest MainWindow::makeRequest(const QString& path, bool reuseDecodedImage) const
{
    ScreeningRequest request;
    request.path = path;
    if (reuseDecodedImage && path == m_currentPath)
        request.image = m_currentImage;
    request.manifest = selectedManifest();
    request.noModelMessage = noModelMessage();
    return request;
}

void MainWindow::openImage(const QString& path)
{
    if (path.isEmpty())
        return;
    // Opening a file always decodes it again, in case it changed on disk.
    m_runner->submit(makeRequest(QFileInfo(path).absoluteFilePath(), false));
}

void MainWindow::openImageAs(const QString& path, const QString& name)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!name.isEmpty())
        m_shownNames.insert(absolute, name);
    m_runner->submit(makeRequest(absolute, false));
}

QString MainWindow::shownName(const QString& path) const
{
    return m_shownNames.value(path, QFileInfo(path).fileName());
}

void MainWindow::onVariantChanged(int index)
{
    const QString id = m_variantPicker->itemData(index).toString();
    if (id.isEmpty())
        return;
    Settings().setModelId(id);
    m_operatingPoints->setModel(selectedManifest());

    // Screen the newest image again with the new variant: the queued one, else the
    // running one, else the one on screen.
    QString path = m_runner->queuedPath();
    if (path.isEmpty())
        path = m_runner->runningPath();
    if (path.isEmpty())
        path = m_currentPath;
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("Selected model variant %1.").arg(m_variantPicker->itemText(index)),
                                 kStatusTimeoutMs);
        return;
    }
    m_runner->submit(makeRequest(path, true));
}

void MainWindow::onScreeningStarted(const QString& path, const QString& variantName)
{
    const QString fileName = shownName(path);
    m_resultPanel->showBusy(fileName, variantName);
    statusBar()->showMessage(variantName.isEmpty()
                                 ? tr("Opening %1…").arg(fileName)
                                 : tr("Screening %1 with %2…").arg(fileName, variantName));
}

void MainWindow::onScreeningQueued(const QString& path, const QString& replacedPath)
{
    const QString fileName = shownName(path);
    QString message = tr("%1 will be screened when the current screening finishes.").arg(fileName);
    if (!replacedPath.isEmpty() && replacedPath != path) {
        message += QLatin1Char(' ') +
                   tr("It replaces %1, which will not be screened.")
                       .arg(shownName(replacedPath));
    }
    statusBar()->showMessage(message);
}

void MainWindow::onScreeningFinished(const ScreeningOutcome& outcome)
{
    const QString fileName = shownName(outcome.path);
    showImageFrom(outcome);
    updateWindowTitle(outcome.path);

    if (outcome.ok()) {
        m_lastOutcome = std::make_unique<ScreeningOutcome>(outcome);
        showLastResult();
        m_explanation->explain(outcome.image, *outcome.manifest, m_registry.models());
        statusBar()->showMessage(tr("Screened %1 in %2 ms.")
                                     .arg(fileName, QLocale().toString(outcome.result->totalMs, 'f', 1)),
                                 kStatusTimeoutMs);
    } else {
        m_lastOutcome.reset();
        m_explanation->clear();
        m_resultPanel->showError(fileName, outcome.error);
        statusBar()->showMessage(tr("Screening %1 failed; the result panel shows why.").arg(fileName));
    }
    updateViewActions();
    Q_EMIT screeningFinished(outcome.ok());
}

void MainWindow::showImageFrom(const ScreeningOutcome& outcome)
{
    if (outcome.image.isNull()) {
        m_currentPath.clear();
        m_currentImage = QImage();
        m_imageView->clear();
        m_zoomLabel->clear();
        return;
    }
    // Screening the same image again with another variant keeps the zoom.
    const bool sameImage = outcome.path == m_currentPath &&
                           outcome.image.cacheKey() == m_currentImage.cacheKey();
    m_currentPath = outcome.path;
    m_currentImage = outcome.image;
    if (!sameImage) {
        m_imageView->setImage(outcome.image);
        if (!m_shownNames.contains(outcome.path))
            Settings().addRecentFile(outcome.path);
    }
}

void MainWindow::showLastResult()
{
    // While a screening runs the panel shows it, and its result replaces this one.
    if (!m_lastOutcome || !m_lastOutcome->ok() || isScreening())
        return;
    const ModelManifest& manifest = *m_lastOutcome->manifest;
    m_resultPanel->showResult(shownName(m_lastOutcome->path), *m_lastOutcome->result,
                              manifest, m_operatingPoints->pointFor(manifest));
}

void MainWindow::updateWindowTitle(const QString& path)
{
    if (path.isEmpty())
        setWindowTitle(tr("DermaEdge"));
    else
        setWindowTitle(tr("%1 – DermaEdge").arg(shownName(path)));
}

void MainWindow::updateViewActions()
{
    const bool hasImage = m_imageView->hasImage();
    for (QAction* action : {m_zoomInAction, m_zoomOutAction, m_fitAction, m_actualSizeAction})
        action->setEnabled(hasImage);
}

} // namespace dermaedge
