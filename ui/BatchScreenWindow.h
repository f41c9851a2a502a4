#pragma once

#include "ModelManifest.h"
#include "Result.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dermaedge {

class BatchResultFilter;
class BatchResultModel;
class BatchScreenRunner;
struct BatchItemResult;
struct BatchRunOutcome;

/// Window that screens every image of a folder and lists the results in a
/// sortable, filterable table with thumbnails. The screening runs off the GUI
/// thread and can be cancelled; rows appear while it runs.
class BatchScreenWindow : public QWidget
{
    Q_OBJECT

public:
    /// Offers the variants in `models`, with `modelId` selected when it is one of them.
    BatchScreenWindow(std::vector<ModelManifest> models, const QString& modelId,
                      QWidget* parent = nullptr);
    ~BatchScreenWindow() override;

    void setFolder(const QString& folder);
    void setRecursive(bool recursive);
    /// Starts screening the chosen folder with the chosen variant; returns
    /// false, with the reason in the status line, when it cannot start.
    bool startScreening();
    void cancelScreening();
    bool isScreening() const;

    /// Writes the rows the table shows, in its order, as CSV.
    Status exportCsv(const QString& path) const;

    BatchResultModel* resultModel() const { return m_model; }
    BatchResultFilter* filterModel() const { return m_filter; }
    QTableView* tableView() const { return m_table; }

Q_SIGNALS:
    /// The user double-clicked a row to see its image in the main window.
    void openImageRequested(const QString& path);
    /// Emitted when a screening ends, with `ok` false when it failed or was cancelled.
    void screeningFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createSourceRow();
    QWidget* createFilterRow();
    QWidget* createFooter();
    void setUpTable();

    void chooseFolder();
    void showExportDialog();
    void onResultsArrived(const std::vector<BatchItemResult>& items);
    void onProgress(qint64 done, qint64 total, const QString& message);
    void onFinished(const BatchRunOutcome& outcome);
    void onRowActivated(const QModelIndex& index);
    void updateControls();
    void updateCountLabel();
    const ModelManifest* selectedManifest() const;

    std::vector<ModelManifest> m_models;
    BatchResultModel* m_model = nullptr;
    BatchResultFilter* m_filter = nullptr;
    BatchScreenRunner* m_runner = nullptr;
    QString m_runningVariantName;

    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QCheckBox* m_recursiveCheck = nullptr;
    QComboBox* m_variantPicker = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QCheckBox* m_aboveThresholdCheck = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
};

} // namespace dermaedge
