// The main window's actions, menus, tool bar and status bar, built once by
// its constructor, and the Open Recent menu, rebuilt each time it opens.

#include "CameraCapture.h"
#include "CaseWorkflow.h"
#include "ComparisonDashboard.h"
#include "ExplanationController.h"
#include "ImageView.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "OperatingPointMenu.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace dermaedge {

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a dermoscopic image and screen it"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_imageView, &ImageView::zoomIn);

    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_imageView, &ImageView::zoomOut);

    m_fitAction = new QAction(tr("&Fit to Window"), this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    connect(m_fitAction, &QAction::triggered, m_imageView, &ImageView::fitToWindow);

    m_actualSizeAction = new QAction(tr("&Actual Size (100 %)"), this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_actualSizeAction, &QAction::triggered, m_imageView, &ImageView::showActualSize);

    m_aboutAction = new QAction(tr("&About DermaEdge"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_createVariantAction = new QAction(tr("&Create Variant…"), this);
    m_createVariantAction->setStatusTip(tr("Build a quantized or pruned variant of the selected "
                                           "model and check it on labelled images"));
    connect(m_createVariantAction, &QAction::triggered, this, &MainWindow::showCreateVariantDialog);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_camera->action());
    QAction* screenFolder = fileMenu->addAction(tr("Screen &Folder…"));
    screenFolder->setObjectName(QStringLiteral("screenFolderAction"));
    screenFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    screenFolder->setStatusTip(tr("Screen every image in a folder and list the results"));
    connect(screenFolder, &QAction::triggered, this, &MainWindow::showBatchScreenWindow);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    fileMenu->addSeparator();
    m_cases->addActionsTo(fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_fitAction);
    viewMenu->addAction(m_actualSizeAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_explanation->toggleAction());
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu(this));

    QMenu* modelsMenu = menuBar()->addMenu(tr("&Models"));
    modelsMenu->addAction(m_createVariantAction);
    modelsMenu->addMenu(m_operatingPoints);
    // One comparison window at most, so that two runs never measure at the same time.
    modelsMenu->addAction(tr("C&ompare Variants…"), this, [this] {
        auto* dashboard = findChild<ComparisonDashboard*>();
        if (!dashboard) {
            dashboard = new ComparisonDashboard(m_registry, ResultStore::defaultPath(), this);
            dashboard->setAttribute(Qt::WA_DeleteOnClose);
        }
        dashboard->show();
        dashboard->raise();
    });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOutAction);
    toolBar->addAction(m_zoomInAction);
    toolBar->addAction(m_fitAction);
    toolBar->addAction(m_actualSizeAction);
    toolBar->addSeparator();

    auto* label = new QLabel(tr("Model variant:"), toolBar);
    label->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(label);
    m_variantPicker = new QComboBox(toolBar);
    m_variantPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_variantPicker->setMinimumContentsLength(16);
    label->setBuddy(m_variantPicker);
    toolBar->addWidget(m_variantPicker);
}

void MainWindow::createStatusBar()
{
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_imageView, &ImageView::zoomChanged, this, [this](double factor) {
        m_zoomLabel->setText(tr("Zoom %1 %").arg(QLocale().toString(factor * 100.0, 'f', 0)));
    });

    const auto& models = m_registry.models();
    QString message = models.empty()
                          ? noModelMessage()
                          : tr("%n model variant(s) available.", nullptr, int(models.size()));
    if (!m_registry.problems().empty()) {
        message += QLatin1Char(' ') + tr("%n model manifest(s) could not be read and were "
                                         "skipped; the log lists them.",
                                         nullptr, int(m_registry.problems().size()));
    }
    statusBar()->showMessage(message);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // Accelerators &1..&9 for the first nine entries.
        const QString prefix = i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QString();
        QAction* action = m_recentMenu->addAction(prefix + QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openImage(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Recent Files"));
    connect(clear, &QAction::triggered, this, [] { Settings().clearRecentFiles(); });
}

} // namespace dermaedge
