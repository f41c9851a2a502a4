#pragma once

#include "ModelManifest.h"
#include "Optimizer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace dermaedge {

/// Dialog that builds a cheaper variant of a baseline model with optimizeModel().
///
/// The job runs on the global thread pool. Progress messages reach the dialog
/// through queued calls, and Cancel sets a flag that the job polls between
/// steps. The variant is written to ModelRegistry::userModelsFolder().
class CreateVariantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateVariantDialog(ModelManifest baseline, QWidget* parent = nullptr);
    /// Cancels a running job and waits for it, because it calls back into the dialog.
    ~CreateVariantDialog() override;

    /// Returns the parameters set in the form, with the user's models folder as output folder.
    OptimizeParams params() const;

    void setMethod(const QString& method);
    void setDataFolder(const QString& folder);

    /// Checks the form and starts the job. Returns false and shows why when it cannot start.
    bool start();
    /// Asks a running job to stop. optimizationFinished() follows when it has stopped.
    void cancel();
    bool isRunning() const;

    /// Outcome of the last finished job, or empty when it failed or none has finished.
    const std::optional<OptimizeReport>& lastReport() const { return m_lastReport; }

public Q_SLOTS:
    /// Closes the dialog. While a job runs, it first requests confirmation to cancel it and closes once it has stopped.
    void reject() override;

Q_SIGNALS:
    /// Emitted when a job ends. `ok` is false when it failed or was cancelled.
    void optimizationFinished(bool ok);
    /// Emitted when the job registered `variantId` in the user's models folder.
    void variantRegistered(const QString& variantId);

private:
    /// Job result passed to the GUI thread, because Result<T> is not default-constructible.
    struct JobOutput
    {
        std::optional<OptimizeReport> report;
        QString error;
    };

    QWidget* createBaselineGroup();
    QWidget* createDataGroup();
    QWidget* createMethodGroup();
    QWidget* createAcceptanceGroup();
    QWidget* createProgressGroup();
    void chooseFolder(QLineEdit* edit, const QString& title, const QString& settingsKey);
    void loadDefaults();

    void updateMethodControls();
    void updateRunningState();
    void showProgress(qint64 done, qint64 total, const QString& message);
    void showError(const QString& message);
    void onJobFinished();
    void showReport(const OptimizeReport& report);
    QString validateForm() const;

    ModelManifest m_baseline;
    QFutureWatcher<JobOutput> m_watcher;
    std::atomic<bool> m_cancelRequested{false};
    bool m_closeWhenStopped = false;
    std::optional<OptimizeReport> m_lastReport;

    QComboBox* m_methodCombo = nullptr;
    QLineEdit* m_dataFolderEdit = nullptr;
    QLineEdit* m_calibrationFolderEdit = nullptr;
    QPushButton* m_calibrationBrowseButton = nullptr;
    QSpinBox* m_calibrationImagesSpin = nullptr;
    QComboBox* m_observerCombo = nullptr;
    QDoubleSpinBox* m_sparsitySpin = nullptr;
    QDoubleSpinBox* m_channelFractionSpin = nullptr;
    QSpinBox* m_fineTuneEpochsSpin = nullptr;
    QDoubleSpinBox* m_distillWeightSpin = nullptr;
    QDoubleSpinBox* m_aucToleranceSpin = nullptr;
    QCheckBox* m_keepFailedCheck = nullptr;
    QWidget* m_form = nullptr;

    QProgressBar* m_progressBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTextBrowser* m_reportView = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace dermaedge
