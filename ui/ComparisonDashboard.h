#pragma once

#include "Comparison.h"
#include "ModelRegistry.h"
#include "Result.h"
#include "ResultStore.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QChartView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace dermaedge {

class ComparisonTableModel;
class MeasurementRunner;
struct MeasurementOutcome;

/// Window that compares every model variant side by side: a table of speed,
/// size and accuracy metrics and charts of them, filled from the results
/// store and updated as new benchmarks or evaluations finish.
///
/// Runs start from the window, one at a time (a benchmark never overlaps an
/// evaluation), on the global thread pool with progress and Cancel. Each
/// finished variant's result is saved to the store and shown at once.
class ComparisonDashboard : public QWidget
{
    Q_OBJECT

public:
    /// Opens the store at `storePath`; when that fails the window still
    /// works, shows why, and does not save results.
    ComparisonDashboard(ModelRegistry registry, const QString& storePath, QWidget* parent = nullptr);
    /// Cancels a running job and waits for it.
    ~ComparisonDashboard() override;

    ComparisonTableModel* tableModel() const { return m_model; }
    /// Empty when the store opened, else the reason it did not.
    QString storeError() const { return m_storeError; }

    void setDataFolder(const QString& folder);
    void setBenchmarkRuns(int runs);
    void setMaxImages(int images);
    /// Parameters the next benchmark will use.
    BenchmarkParams benchmarkParams() const;

    /// Starts a run of every variant, baseline first. Returns false, with the
    /// reason in the status line, when a run is already going or the input is invalid.
    bool startBenchmark();
    bool startEvaluation();
    void cancel();
    bool isRunning() const;

    /// Reads the stored results again and judges them against the current settings.
    void reload();

    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;

Q_SIGNALS:
    /// Emitted when a benchmark or evaluation run has ended.
    void runFinished(bool cancelled);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Thread count of benchmarks, as set in the settings, for labels.
    static QString threadsText();
    QWidget* createRunControls();
    QWidget* createCharts();
    QWidget* createButtons();
    void restoreControlsFromStore();
    void chooseDataFolder();
    void chooseExport(bool pdf);
    void onVariantFinished(const MeasurementOutcome& outcome);
    void onRunFinished(bool cancelled);
    void updateRunningState();
    void rebuildCharts();
    void fitColumns();
    void showStatus(const QString& message, bool error = false);
    ComparisonContext context() const;
    QString contextLine() const;

    ModelRegistry m_registry;
    std::unique_ptr<ResultStore> m_store;
    QString m_storeError;
    ComparisonTableModel* m_model = nullptr;
    MeasurementRunner* m_runner = nullptr;
    QStringList m_runErrors;
    bool m_closeWhenStopped = false;

    QLabel* m_storeLabel = nullptr;
    QSpinBox* m_runsSpin = nullptr;
    QLineEdit* m_dataFolderEdit = nullptr;
    QCheckBox* m_modelSplitsCheck = nullptr;
    QSpinBox* m_maxImagesSpin = nullptr;
    QPushButton* m_benchmarkButton = nullptr;
    QPushButton* m_evaluateButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    std::vector<QChartView*> m_chartViews;
};

} // namespace dermaedge
