#include "CaseWorkflow.h"

#include "CaseStore.h"
#include "CasesWindow.h"
#include "ExplanationController.h"
#include "FollowUpView.h"
#include "MainWindow.h"
#include "OperatingPointMenu.h"
#include "ReportExportDialog.h"
#include "ScreeningRunner.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace dermaedge {

namespace {

constexpr int kStatusTimeoutMs = 8000;

QString percentText(double fraction)
{
    return CaseWorkflow::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

} // namespace

CaseWorkflow::CaseWorkflow(MainWindow* window) : QObject(window), m_window(window)
{
    createActions();
    connect(m_window, &MainWindow::screeningFinished, this, &CaseWorkflow::onScreeningFinished);
    updateActions();
}

CaseWorkflow::~CaseWorkflow()
{
    closeCaseWidgets();
}

void CaseWorkflow::createActions()
{
    m_saveAction = new QAction(tr("&Save to Case…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the image and its result as a visit of a patient's lesion"));
    connect(m_saveAction, &QAction::triggered, this, &CaseWorkflow::showSaveDialog);

    m_exportAction = new QAction(tr("&Export Report…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the result on screen as a PDF, HTML or CSV report"));
    connect(m_exportAction, &QAction::triggered, this, &CaseWorkflow::showExportDialog);

    m_casesAction = new QAction(tr("&Cases…"), this);
    m_casesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_casesAction->setStatusTip(tr("Show the saved patients and the follow-up of their lesions"));
    connect(m_casesAction, &QAction::triggered, this, &CaseWorkflow::showCasesWindow);
}

void CaseWorkflow::addActionsTo(QMenu* menu) const
{
    menu->addAction(m_saveAction);
    menu->addAction(m_exportAction);
    menu->addAction(m_casesAction);
}

void CaseWorkflow::updateActions()
{
    const ScreeningOutcome* outcome = m_window->lastScreening();
    const bool screened = outcome && outcome->ok();
    m_saveAction->setEnabled(screened);
    m_exportAction->setEnabled(screened);
}

void CaseWorkflow::setDatabasePath(const QString& path)
{
    closeCaseWidgets();
    m_store.reset();
    m_databasePath = path;
    m_case = {};
    m_casePath.clear();
    m_pendingOpen.reset();
    m_savedSerial = 0;
}

QString CaseWorkflow::databasePath() const
{
    return m_databasePath.isEmpty() ? CaseStore::defaultPath() : m_databasePath;
}

SaveToCaseDialog* CaseWorkflow::saveDialog() const
{
    return m_saveDialog;
}

ReportExportDialog* CaseWorkflow::exportDialog() const
{
    return m_exportDialog;
}

CasesWindow* CaseWorkflow::casesWindow() const
{
    return m_casesWindow;
}

void CaseWorkflow::closeCaseWidgets()
{
    delete m_casesWindow;
    delete m_saveDialog;
    delete m_exportDialog;
}

Result<CaseStore*> CaseWorkflow::store()
{
    if (!m_store) {
        auto opened = CaseStore::open(databasePath());
        if (!opened)
            return Result<CaseStore*>::failure(opened.error());
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

void CaseWorkflow::showStatus(const QString& message)
{
    m_window->statusBar()->showMessage(message, kStatusTimeoutMs);
}

void CaseWorkflow::onScreeningFinished(bool ok)
{
    const ScreeningOutcome* outcome = m_window->lastScreening();
    const QString path = ok && outcome ? outcome->path : QString();
    if (ok)
        ++m_screeningSerial;
    if (m_pendingOpen && !path.isEmpty() && path == m_pendingOpen->first) {
        m_case = m_pendingOpen->second;
        m_casePath = path;
        m_pendingOpen.reset();
    } else if (path.isEmpty() || path != m_casePath) {
        // Another image: the case belonged to the previous one. The same image
        // screened again with another variant keeps its case.
        m_case = {};
        m_casePath.clear();
    }
    updateActions();
}

std::optional<ScreeningResult> CaseWorkflow::shownResult() const
{
    const ScreeningOutcome* outcome = m_window->lastScreening();
    if (!outcome || !outcome->ok())
        return std::nullopt;
    ScreeningResult result = *outcome->result;
    const OperatingPoint point = m_window->operatingPointMenu()->pointFor(*outcome->manifest);
    result.threshold = point.threshold;
    result.malignant = result.probability >= point.threshold;
    return result;
}

void CaseWorkflow::showSaveDialog()
{
    const ScreeningOutcome* outcome = m_window->lastScreening();
    const std::optional<ScreeningResult> result = shownResult();
    if (!result || m_window->isScreening()) {
        showStatus(tr("Nothing to save: wait until the screening of an image has finished."));
        return;
    }
    if (m_savedSerial == m_screeningSerial) {
        const auto answer = QMessageBox::question(
            m_window, tr("Save to Case"),
            tr("This result is already saved as the visit of %1. Save it again as another visit?")
                .arg(m_case.visitDate.toString(Qt::ISODate)));
        if (answer != QMessageBox::Yes)
            return;
    }
    auto opened = store();
    if (!opened) {
        QMessageBox::warning(m_window, tr("Save to Case"),
                             tr("The case database cannot be opened.\n\n%1").arg(opened.error()));
        return;
    }

    PendingScreening pending;
    pending.imagePath = outcome->path;
    pending.result = ResultRecord::fromScreening(*result, outcome->manifest->kind);
    pending.summary = tr("%1: melanoma probability %2 (threshold %3) with %4.")
                          .arg(QFileInfo(outcome->path).fileName(), percentText(result->probability),
                               percentText(result->threshold), outcome->manifest->displayName);
    CaseContext preselect = m_case;
    if (!preselect.isValid()) {
        const Settings settings;
        preselect.patientId = settings.lastPatientId();
        preselect.lesionId = settings.lastLesionId();
    }

    delete m_saveDialog;
    auto* dialog = new SaveToCaseDialog(*opened.value(), pending, preselect, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 serial = m_screeningSerial;
    connect(dialog, &QDialog::accepted, this, [this, dialog, serial, path = outcome->path] {
        // The screening on screen may have changed while the dialog was open.
        if (serial == m_screeningSerial) {
            m_savedSerial = serial;
            m_casePath = path;
        }
        onCaseSaved(dialog->savedCase());
    });
    m_saveDialog = dialog;
    dialog->open();
}

void CaseWorkflow::onCaseSaved(const CaseContext& saved)
{
    if (m_savedSerial == m_screeningSerial)
        m_case = saved;
    Settings().setLastCase(saved.patientId, saved.lesionId);
    showStatus(tr("Saved as the visit of %1.").arg(saved.visitDate.toString(Qt::ISODate)));
    if (m_casesWindow) {
        m_casesWindow->refresh();
        m_casesWindow->selectLesion(saved.lesionId);
    }
}

void CaseWorkflow::showCasesWindow()
{
    auto opened = store();
    if (!opened) {
        QMessageBox::warning(m_window, tr("Cases"),
                             tr("The case database cannot be opened.\n\n%1").arg(opened.error()));
        return;
    }
    if (!m_casesWindow) {
        m_casesWindow = new CasesWindow(*opened.value(), m_window);
        m_casesWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_casesWindow, &CasesWindow::openRequested, this, &CaseWorkflow::openVisitImage);
        const qint64 lesionId = m_case.isValid() ? m_case.lesionId : Settings().lastLesionId();
        if (lesionId != 0)
            m_casesWindow->selectLesion(lesionId);
    }
    m_casesWindow->show();
    m_casesWindow->raise();
    m_casesWindow->activateWindow();
}

void CaseWorkflow::openVisitImage(const VisitImage& image)
{
    const QString path = QFileInfo(image.path).absoluteFilePath();
    m_pendingOpen.emplace(path, CaseContext{image.patientId, image.lesionId, image.visitId,
                                            image.visitDate, image.sourceName});
    m_window->openImageAs(path, image.sourceName);
    m_window->raise();
    m_window->activateWindow();
}

std::optional<ReportHeatmap> CaseWorkflow::shownHeatmap() const
{
    const ExplanationController* explanation = m_window->explanation();
    const ScreeningOutcome* outcome = m_window->lastScreening();
    if (!outcome || explanation->isBusy() || !explanation->explanation()
        || !explanation->toggleAction()->isChecked())
        return std::nullopt;
    // The explanation of an earlier image stays until the new one arrives.
    if (explanation->explanation()->imageSize != outcome->image.size())
        return std::nullopt;
    return makeReportHeatmap(*explanation->explanation(), explanation->controls()->opacity());
}

QString CaseWorkflow::reportContentsNote() const
{
    const ExplanationController* explanation = m_window->explanation();
    QString heatmap;
    if (shownHeatmap())
        heatmap = tr("The report includes the heatmap shown on screen.");
    else if (explanation->isBusy())
        heatmap = tr("The heatmap is still being computed, so the report will not include it.");
    else if (explanation->explanation() && !explanation->toggleAction()->isChecked())
        heatmap = tr("The heatmap is hidden (View > Show Heatmap), so the report will not include it.");
    else
        heatmap = tr("There is no heatmap for this result, so the report will not include it.");
    const QString caseData = m_case.isValid()
                                 ? tr("It includes the case data of the visit of %1.")
                                       .arg(m_case.visitDate.toString(Qt::ISODate))
                                 : tr("The result is not saved to a case, so the report has no case data.");
    return heatmap + QLatin1Char(' ') + caseData;
}

Result<ReportData> CaseWorkflow::currentReportData()
{
    const ScreeningOutcome* outcome = m_window->lastScreening();
    const std::optional<ScreeningResult> result = shownResult();
    if (!result)
        return Result<ReportData>::failure(tr("No result is shown, so there is nothing to report."));
    ReportData data = makeReportData(*result, *outcome->manifest, outcome->image, shownHeatmap());
    data.sourceFileName = QFileInfo(outcome->path).fileName();
    if (!m_case.isValid())
        return data;

    auto opened = store();
    if (!opened)
        return Result<ReportData>::failure(opened.error());
    if (Status added = addCaseData(*opened.value(), m_case.lesionId, data); !added)
        return Result<ReportData>::failure(added.error());
    data.visitDate = m_case.visitDate;
    // A visit's image is stored under its digest; the report names the file it came from.
    if (!m_case.sourceName.isEmpty())
        data.sourceFileName = m_case.sourceName;
    return data;
}

Status CaseWorkflow::exportReport(const QString& path, ReportFormat format, bool deidentify)
{
    const Result<ReportData> data = currentReportData();
    if (!data)
        return Status::failure(tr("%1: the report was not written (%2)").arg(path, data.error()));
    ReportOptions options;
    options.deidentify = deidentify;
    return writeReport(data.value(), format, path, options);
}

void CaseWorkflow::showExportDialog()
{
    if (!shownResult()) {
        showStatus(tr("Nothing to export: open and screen an image first."));
        return;
    }
    delete m_exportDialog;
    auto* dialog = new ReportExportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString folder = Settings().lastReportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setDirectory(folder);
    dialog->selectFile(tr("dermaedge-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    dialog->setContentsNote(reportContentsNote());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        finishExport(dialog->selectedPath(), dialog->selectedFormat(), dialog->removesIdentifyingData());
    });
    m_exportDialog = dialog;
    dialog->open();
}

void CaseWorkflow::finishExport(const QString& path, ReportFormat format, bool deidentify)
{
    if (path.isEmpty())
        return;
    Settings().setLastReportFolder(QFileInfo(path).absolutePath());
    if (Status written = exportReport(path, format, deidentify); !written) {
        QMessageBox::warning(m_window, tr("Export Report"),
                             tr("The report was not written.\n\n%1").arg(written.error()));
        return;
    }
    showStatus(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace dermaedge
