#pragma once

#include "Classifier.h"
#include "Report.h"
#include "SaveToCaseDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace dermaedge {

class CaseStore;
class CasesWindow;
class MainWindow;
class ReportExportDialog;
struct VisitImage;

/// Case records and reports for the screening shown in a MainWindow: the
/// "Save to Case…", "Export Report…" and "Cases…" actions, their dialogs and
/// the Cases window.
///
/// The case database is opened on first use, on the GUI thread, at
/// databasePath(). It remembers which case the screening on screen belongs to
/// (after saving it, or after opening a visit's image from the Cases window),
/// so that an exported report includes that case's data.
class CaseWorkflow : public QObject
{
    Q_OBJECT

public:
    explicit CaseWorkflow(MainWindow* window);
    /// Closes the Cases window and dialogs first, because they use the store.
    ~CaseWorkflow() override;

    QAction* saveAction() const { return m_saveAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* casesAction() const { return m_casesAction; }
    /// Adds the three actions to `menu`.
    void addActionsTo(QMenu* menu) const;

    /// Uses the database at `path`, or CaseStore::defaultPath() when empty.
    /// Closes the Cases window and clears the current case.
    void setDatabasePath(const QString& path);
    QString databasePath() const;

    /// Case of the screening on screen. It is invalid when the screening is not filed.
    const CaseContext& currentCase() const { return m_case; }

    /// The open dialog or window, or null.
    SaveToCaseDialog* saveDialog() const;
    ReportExportDialog* exportDialog() const;
    CasesWindow* casesWindow() const;

    /// Opens the dialogs and the window without blocking. When no screening is
    /// shown, the save and export dialogs stay closed and the status bar shows the reason.
    void showSaveDialog();
    void showExportDialog();
    void showCasesWindow();

    /// The report of the screening on screen: the result at the chosen
    /// operating point, the heatmap when it is shown, and the case data.
    Result<ReportData> currentReportData();
    /// Writes the report of the screening on screen atomically to `path`.
    Status exportReport(const QString& path, ReportFormat format, bool deidentify);

private:
    Result<CaseStore*> store();
    void createActions();
    void updateActions();
    void onScreeningFinished(bool ok);
    void onCaseSaved(const CaseContext& saved);
    void openVisitImage(const VisitImage& image);
    void finishExport(const QString& path, ReportFormat format, bool deidentify);
    void closeCaseWidgets();
    /// The last screening with the threshold of the chosen operating point, as the panel shows it.
    std::optional<ScreeningResult> shownResult() const;
    std::optional<ReportHeatmap> shownHeatmap() const;
    QString reportContentsNote() const;
    void showStatus(const QString& message);

    MainWindow* m_window = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_casesAction = nullptr;

    QString m_databasePath;
    std::unique_ptr<CaseStore> m_store;
    QPointer<SaveToCaseDialog> m_saveDialog;
    QPointer<ReportExportDialog> m_exportDialog;
    QPointer<CasesWindow> m_casesWindow;

    CaseContext m_case;
    QString m_casePath; ///< image path the current case belongs to
    /// A visit image asked for from the Cases window, filed when its screening arrives.
    std::optional<std::pair<QString, CaseContext>> m_pendingOpen;
    quint64 m_screeningSerial = 0; ///< counts successful screenings
    quint64 m_savedSerial = 0;     ///< serial of the last screening saved to a case
};

} // namespace dermaedge
