#include "BatchScreenWindow.h"

#include "BatchResultModel.h"
#include "BatchScreenRunner.h"
#include "Settings.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dermaedge {

namespace {

constexpr int kThumbnailSize = 56;

/// Returns the first dragged local folder, or an empty string.
QString firstFolder(const QMimeData* mimeData)
{
    if (!mimeData || !mimeData->hasUrls())
        return {};
    for (const QUrl& url : mimeData->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

BatchScreenWindow::BatchScreenWindow(std::vector<ModelManifest> models, const QString& modelId,
                                     QWidget* parent)
    : QWidget(parent, Qt::Window), m_models(std::move(models)), m_model(new BatchResultModel(this)),
      m_filter(new BatchResultFilter(this)), m_runner(new BatchScreenRunner(this))
{
    setWindowTitle(tr("Screen Folder – DermaEdge"));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);

    auto* notice = new QLabel(
        tr("Decision support only, not a diagnosis. The final judgement rests with the clinician."),
        this);
    notice->setWordWrap(true);
    QFont bold = notice->font();
    bold.setBold(true);
    notice->setFont(bold);

    m_table = new QTableView(this);
    setUpTable();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSourceRow());
    layout->addWidget(notice);
    layout->addWidget(createFilterRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(createFooter());

    for (const ModelManifest& manifest : m_models)
        m_variantPicker->addItem(manifest.displayName, manifest.id);
    m_variantPicker->setCurrentIndex(qMax(0, m_variantPicker->findData(modelId)));

    connect(m_runner, &BatchScreenRunner::resultsArrived, this,
            &BatchScreenWindow::onResultsArrived);
    connect(m_runner, &BatchScreenRunner::progressChanged, this, &BatchScreenWindow::onProgress);
    connect(m_runner, &BatchScreenRunner::finished, this, &BatchScreenWindow::onFinished);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BatchScreenWindow::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchScreenWindow::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            &BatchScreenWindow::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &BatchScreenWindow::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &BatchScreenWindow::updateCountLabel);

    m_statusLabel->setText(m_models.empty()
                               ? tr("No model variants found, so nothing can be screened.")
                               : tr("Choose a folder, or drop one onto this window."));
    updateControls();
    updateCountLabel();
    resize(1000, 640);
}

BatchScreenWindow::~BatchScreenWindow() = default;

QWidget* BatchScreenWindow::createSourceRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* folderLabel = new QLabel(tr("&Folder:"), row);
    m_folderEdit = new QLineEdit(row);
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderEdit->setPlaceholderText(tr("Folder with dermoscopic images"));
    m_folderEdit->setClearButtonEnabled(true);
    folderLabel->setBuddy(m_folderEdit);
    m_browseButton = new QPushButton(tr("&Browse…"), row);
    m_recursiveCheck = new QCheckBox(tr("Include &subfolders"), row);
    m_recursiveCheck->setObjectName(QStringLiteral("recursiveCheck"));

    auto* variantLabel = new QLabel(tr("Model &variant:"), row);
    m_variantPicker = new QComboBox(row);
    m_variantPicker->setObjectName(QStringLiteral("variantPicker"));
    m_variantPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_variantPicker->setMinimumContentsLength(24);
    variantLabel->setBuddy(m_variantPicker);

    m_startButton = new QPushButton(tr("S&creen"), row);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), row);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    // Row 0: the folder. Row 1: how to screen it, and the buttons that start and stop.
    auto* options = new QHBoxLayout;
    options->addWidget(m_recursiveCheck);
    options->addSpacing(16);
    options->addWidget(variantLabel);
    options->addWidget(m_variantPicker);
    options->addStretch(1);
    options->addWidget(m_startButton);
    options->addWidget(m_cancelButton);
    layout->addWidget(folderLabel, 0, 0);
    layout->addWidget(m_folderEdit, 0, 1);
    layout->addWidget(m_browseButton, 0, 2);
    layout->addLayout(options, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_browseButton, &QPushButton::clicked, this, &BatchScreenWindow::chooseFolder);
    connect(m_startButton, &QPushButton::clicked, this, &BatchScreenWindow::startScreening);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchScreenWindow::cancelScreening);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, &BatchScreenWindow::startScreening);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &BatchScreenWindow::updateControls);
    connect(m_variantPicker, &QComboBox::currentIndexChanged, this,
            &BatchScreenWindow::updateControls);
    return row;
}

QWidget* BatchScreenWindow::createFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filterLabel = new QLabel(tr("F&ilter:"), row);
    m_filterEdit = new QLineEdit(row);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Part of a file path or error message"));
    m_filterEdit->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filterEdit);
    m_aboveThresholdCheck = new QCheckBox(tr("&Above threshold only"), row);
    m_aboveThresholdCheck->setObjectName(QStringLiteral("aboveThresholdCheck"));
    m_countLabel = new QLabel(row);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    layout->addWidget(filterLabel);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(m_aboveThresholdCheck);
    layout->addSpacing(12);
    layout->addWidget(m_countLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &BatchResultFilter::setText);
    connect(m_aboveThresholdCheck, &QCheckBox::toggled, m_filter,
            &BatchResultFilter::setAboveThresholdOnly);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &BatchScreenWindow::updateCountLabel);
    connect(m_aboveThresholdCheck, &QCheckBox::toggled, this, &BatchScreenWindow::updateCountLabel);
    return row;
}

QWidget* BatchScreenWindow::createFooter()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_progressBar = new QProgressBar(row);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(260);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_statusLabel = new QLabel(row);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_exportButton = new QPushButton(tr("&Export CSV…"), row);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the rows the table shows, in its order, as a CSV file"));

    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_exportButton);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchScreenWindow::showExportDialog);
    return row;
}

void BatchScreenWindow::setUpTable()
{
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchResultModel::ImageColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(kThumbnailSize + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(BatchResultModel::ImageColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(BatchResultModel::ImageColumn, kThumbnailSize + 12);
    m_table->setColumnWidth(BatchResultModel::FileColumn, 160);
    m_table->setColumnWidth(BatchResultModel::ProbabilityColumn, 150);
    m_table->setColumnWidth(BatchResultModel::DecisionColumn, 240);
    m_table->setColumnWidth(BatchResultModel::VariantColumn, 200);
    header->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a row to open its image in the main window"));
    connect(m_table, &QTableView::doubleClicked, this, &BatchScreenWindow::onRowActivated);
    connect(m_table, &QTableView::activated, this, &BatchScreenWindow::onRowActivated);
}

void BatchScreenWindow::setFolder(const QString& folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

void BatchScreenWindow::setRecursive(bool recursive)
{
    m_recursiveCheck->setChecked(recursive);
}

bool BatchScreenWindow::isScreening() const
{
    return m_runner->isRunning();
}

const ModelManifest* BatchScreenWindow::selectedManifest() const
{
    const int index = m_variantPicker->currentIndex();
    return index >= 0 && size_t(index) < m_models.size() ? &m_models[size_t(index)] : nullptr;
}

bool BatchScreenWindow::startScreening()
{
    if (isScreening())
        return false;
    const ModelManifest* manifest = selectedManifest();
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    if (!manifest || folder.isEmpty()) {
        m_statusLabel->setText(!manifest ? tr("No model variant is selected.")
                                         : tr("Choose a folder to screen first."));
        return false;
    }
    BatchScreeningParams params;
    params.folder = folder;
    params.recursive = m_recursiveCheck->isChecked();
    params.manifest = *manifest;
    params.pipeline.inferenceThreads = Settings().threads();
    params.pipeline.thumbnailSize = kThumbnailSize;

    m_model->clear();
    m_model->setBaseFolder(folder);
    m_runningVariantName = manifest->displayName;
    m_runner->start(params);
    Settings().setLastFolder(folder);
    m_progressBar->setRange(0, 0); // busy until the files are counted
    m_statusLabel->setText(tr("Loading %1…").arg(manifest->displayName));
    updateControls();
    return true;
}

void BatchScreenWindow::cancelScreening()
{
    if (!isScreening())
        return;
    m_runner->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void BatchScreenWindow::chooseFolder()
{
    const QString start =
        m_folderEdit->text().isEmpty() ? Settings().lastFolder() : m_folderEdit->text();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose Folder to Screen"), start);
    if (!folder.isEmpty())
        setFolder(folder);
}

void BatchScreenWindow::onResultsArrived(const std::vector<BatchItemResult>& items)
{
    m_model->appendResults(items, m_runningVariantName);
}

void BatchScreenWindow::onProgress(qint64 done, qint64 total, const QString& /*message*/)
{
    m_progressBar->setRange(0, int(qMax<qint64>(1, total)));
    m_progressBar->setValue(int(done));
    m_statusLabel->setText(tr("Screened %1 of %2 files…").arg(done).arg(total));
}

void BatchScreenWindow::onFinished(const BatchRunOutcome& outcome)
{
    const int done = m_model->rowCount();
    m_progressBar->setRange(0, qMax(1, done));
    m_progressBar->setValue(outcome.ok ? qMax(1, done) : done);
    if (outcome.ok) {
        int above = 0;
        for (int row = 0; row < done; ++row)
            above +=
                m_model->row(row).item.ok() && m_model->row(row).item.result->malignant ? 1 : 0;
        m_statusLabel->setText(
            tr("Screened %n file(s) in %1 s: %2 above threshold, %3 could not be screened.",
               nullptr, outcome.summary.total)
                .arg(QLocale().toString(outcome.summary.seconds, 'f', 1))
                .arg(above)
                .arg(outcome.summary.failed));
    } else if (outcome.cancelled) {
        m_statusLabel->setText(
            tr("Cancelled after %n file(s); the table lists them.", nullptr, done));
    } else {
        m_statusLabel->setText(tr("Screening failed: %1").arg(outcome.error));
    }
    updateControls();
    Q_EMIT screeningFinished(outcome.ok);
}

void BatchScreenWindow::onRowActivated(const QModelIndex& index)
{
    const QString path = index.data(BatchResultModel::PathRole).toString();
    if (!path.isEmpty())
        Q_EMIT openImageRequested(path);
}

Status BatchScreenWindow::exportCsv(const QString& path) const
{
    return saveCsvFile(path, m_model->toCsv(m_filter->visibleSourceRows()));
}

void BatchScreenWindow::showExportDialog()
{
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text());
    const QString suggested = QDir(folder.isEmpty() ? Settings().lastFolder() : folder)
                                  .filePath(tr("screening-results.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = exportCsv(path); !saved) {
        QMessageBox::warning(this, tr("Export Failed"), saved.error());
        return;
    }
    m_statusLabel->setText(tr("Saved %n row(s) to %1.", nullptr, m_filter->rowCount())
                               .arg(QDir::toNativeSeparators(path)));
}

void BatchScreenWindow::updateControls()
{
    const bool running = isScreening();
    const bool canStart =
        !running && selectedManifest() && !m_folderEdit->text().trimmed().isEmpty();
    m_startButton->setEnabled(canStart);
    m_cancelButton->setEnabled(running);
    m_folderEdit->setEnabled(!running);
    m_browseButton->setEnabled(!running);
    m_recursiveCheck->setEnabled(!running);
    m_variantPicker->setEnabled(!running && !m_models.empty());
    m_exportButton->setEnabled(!running && m_model->rowCount() > 0);
}

void BatchScreenWindow::updateCountLabel()
{
    m_countLabel->setText(tr("Shown: %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void BatchScreenWindow::closeEvent(QCloseEvent* event)
{
    // The runner's destructor waits for the job, so ask it to stop now.
    m_runner->cancel();
    QWidget::closeEvent(event);
}

void BatchScreenWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isScreening() && !firstFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void BatchScreenWindow::dropEvent(QDropEvent* event)
{
    const QString folder = firstFolder(event->mimeData());
    if (folder.isEmpty() || isScreening()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setFolder(folder);
    startScreening();
}

} // namespace dermaedge
