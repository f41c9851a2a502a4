#include "ComparisonDashboard.h"

#include "ComparisonCharts.h"
#include "ComparisonExport.h"
#include "ComparisonTableModel.h"
#include "Logging.h"
#include "MeasurementRunner.h"
#include "ReportJson.h"
#include "Settings.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dermaedge {

namespace {

constexpr int kVariantColumnWidth = 280;

} // namespace

ComparisonDashboard::ComparisonDashboard(ModelRegistry registry, const QString& storePath, QWidget* parent)
    : QWidget(parent, Qt::Window), m_registry(std::move(registry)), m_model(new ComparisonTableModel(this)),
      m_runner(new MeasurementRunner(this))
{
    setWindowTitle(tr("Compare Model Variants – DermaEdge"));
    auto store = ResultStore::open(storePath);
    if (store)
        m_store = std::move(store).value();
    else
        m_storeError = store.error();

    auto* notice = new QLabel(tr("<b>Decision support only, not a diagnosis.</b> Speed is measured on this "
                                 "computer; accuracy on the labelled images you choose. Amber cells were measured "
                                 "under other conditions than the current ones (their status column says which); "
                                 "a red speed cell marks a variant slower than the baseline."));
    notice->setWordWrap(true);
    m_storeLabel = new QLabel(m_store ? tr("Results are saved in %1.").arg(QDir::toNativeSeparators(m_store->path()))
                                      : tr("Results cannot be saved: %1").arg(m_storeError));
    m_storeLabel->setWordWrap(true);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(true);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_table, tr("&Table"));
    m_tabs->addTab(createCharts(), tr("C&harts"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addWidget(createRunControls());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_storeLabel);
    layout->addWidget(createButtons());

    connect(m_runner, &MeasurementRunner::variantFinished, this, &ComparisonDashboard::onVariantFinished);
    connect(m_runner, &MeasurementRunner::finished, this, &ComparisonDashboard::onRunFinished);
    connect(m_runner, &MeasurementRunner::progress, this, [this](int done, int total, const QString& message) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
        if (!message.isEmpty())
            m_statusLabel->setText(message);
    });
    restoreControlsFromStore();
    reload();
    updateRunningState();
    resize(1320, 860);
}

// Sets the run controls to the settings of the newest stored results, so
// that they show as current when nothing has changed since.
void ComparisonDashboard::restoreControlsFromStore()
{
    if (!m_store)
        return;
    const QSignalBlocker runsBlocker(m_runsSpin);
    const QSignalBlocker splitsBlocker(m_modelSplitsCheck);
    const QSignalBlocker imagesBlocker(m_maxImagesSpin);
    const auto benchmarks = m_store->results(ResultKind::Benchmark);
    if (benchmarks && !benchmarks->empty())
        m_runsSpin->setValue(benchmarks->front().key.settings.value(QStringLiteral("runs")).toInt(m_runsSpin->value()));
    const auto evaluations = m_store->results(ResultKind::Evaluation);
    if (evaluations && !evaluations->empty()) {
        const StoredResult& newest = evaluations->front();
        m_dataFolderEdit->setText(newest.payload.value(QStringLiteral("data")).toString());
        m_maxImagesSpin->setValue(newest.key.settings.value(QStringLiteral("max_images")).toInt());
        m_modelSplitsCheck->setChecked(!newest.payload.value(QStringLiteral("split")).toString().isEmpty());
    }
}

ComparisonDashboard::~ComparisonDashboard()
{
    // The runner's destructor cancels and waits; its results must not reach this half-destroyed window.
    m_runner->disconnect(this);
}

void ComparisonDashboard::setDataFolder(const QString& folder)
{
    m_dataFolderEdit->setText(folder);
    reload();
}

void ComparisonDashboard::setBenchmarkRuns(int runs)
{
    m_runsSpin->setValue(runs);
}

void ComparisonDashboard::setMaxImages(int images)
{
    m_maxImagesSpin->setValue(images);
}

BenchmarkParams ComparisonDashboard::benchmarkParams() const
{
    BenchmarkParams params;
    params.runs = m_runsSpin->value();
    params.threads = Settings().threads();
    return params;
}

ComparisonContext ComparisonDashboard::context() const
{
    ComparisonContext context;
    context.benchmark = benchmarkParams();
    const QString folder = m_dataFolderEdit->text().trimmed();
    context.evaluation.dataFolder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    context.evaluation.maxImages = m_maxImagesSpin->value();
    context.evaluation.threads = Settings().threads();
    context.useModelSplits = m_modelSplitsCheck->isChecked();
    return context;
}

void ComparisonDashboard::reload()
{
    if (isRunning())
        return; // the running job's results arrive into the current rows
    auto rows = loadComparison(m_registry, m_store.get(), context());
    if (!rows) {
        showStatus(rows.error(), true);
        rows = loadComparison(m_registry, nullptr, context());
    }
    m_model->setRows(std::move(rows).value());
    fitColumns();
    rebuildCharts();
}

void ComparisonDashboard::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Long variant names wrap instead of pushing the metrics out of sight.
    m_table->setColumnWidth(ComparisonTableModel::VariantColumn,
                            std::min(m_table->columnWidth(ComparisonTableModel::VariantColumn), kVariantColumnWidth));
    m_table->resizeRowsToContents();
}

bool ComparisonDashboard::isRunning() const
{
    return m_runner->isRunning();
}

bool ComparisonDashboard::startBenchmark()
{
    if (isRunning()) {
        showStatus(tr("A run is in progress; wait for it or cancel it first."), true);
        return false;
    }
    std::vector<ModelManifest> models;
    for (const VariantResults& row : m_model->rows())
        models.push_back(row.manifest);
    reload();
    m_runErrors.clear();
    if (!m_runner->startBenchmark(models, benchmarkParams())) {
        showStatus(tr("No model variants to benchmark."), true);
        return false;
    }
    showStatus(tr("Benchmarking %n variant(s), one after another. Screening images meanwhile would slow "
                  "the benchmark down.", nullptr, int(models.size())));
    updateRunningState();
    return true;
}

bool ComparisonDashboard::startEvaluation()
{
    if (isRunning()) {
        showStatus(tr("A run is in progress; wait for it or cancel it first."), true);
        return false;
    }
    if (m_dataFolderEdit->text().trimmed().isEmpty())
        chooseDataFolder();
    const ComparisonContext current = context();
    if (current.evaluation.dataFolder.isEmpty() || !QFileInfo(current.evaluation.dataFolder).isDir()) {
        showStatus(tr("Choose a folder of labelled images (benign/ and malignant/ subfolders) first."), true);
        return false;
    }
    std::vector<ModelManifest> models;
    for (const VariantResults& row : m_model->rows())
        models.push_back(row.manifest);
    reload();
    m_runErrors.clear();
    if (!m_runner->startEvaluation(models, current.evaluation, current.useModelSplits)) {
        showStatus(tr("No model variants to evaluate."), true);
        return false;
    }
    showStatus(tr("Evaluating %n variant(s) on %1.", nullptr, int(models.size()))
                   .arg(QDir::toNativeSeparators(current.evaluation.dataFolder)));
    updateRunningState();
    return true;
}

void ComparisonDashboard::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    showStatus(tr("Cancelling after the current step…"));
}

void ComparisonDashboard::onVariantFinished(const MeasurementOutcome& outcome)
{
    if (!outcome.ok()) {
        m_runErrors << tr("%1: %2").arg(outcome.manifest.id, outcome.error);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<VariantResults>& rows = m_model->mutableRows();
    QJsonObject payload;
    if (outcome.benchmark) {
        applyBenchmark(rows, *outcome.benchmark, now);
        payload = benchmarkReportToJson(*outcome.benchmark);
    } else {
        applyEvaluation(rows, *outcome.evaluation, outcome.key.datasetLabel, now);
        payload = evaluationReportToJson(*outcome.evaluation, true);
    }
    if (m_store) {
        if (auto saved = m_store->save(outcome.key, payload, now); !saved)
            m_runErrors << saved.error();
    }
    m_model->refreshAll();
    fitColumns();
    rebuildCharts();
}

void ComparisonDashboard::onRunFinished(bool cancelled)
{
    updateRunningState();
    const bool benchmark = m_runner->kind() == ResultKind::Benchmark;
    QString message = cancelled ? (benchmark ? tr("Benchmark cancelled.") : tr("Evaluation cancelled."))
                                : (benchmark ? tr("Benchmark finished.") : tr("Evaluation finished."));
    if (!m_runErrors.isEmpty()) {
        message += u' ' + m_runErrors.constFirst();
        if (m_runErrors.size() > 1)
            message += u' ' + tr("(and %n more problem(s); the log lists them)", nullptr, int(m_runErrors.size() - 1));
        for (const QString& error : std::as_const(m_runErrors))
            qCWarning(lcResults).noquote() << "comparison run:" << error;
    }
    double busiest = -1.0;
    for (const VariantResults& row : m_model->rows()) {
        if (benchmark && row.benchmark && !row.benchmarkStale)
            busiest = std::max(busiest, row.benchmark->otherProcessesCores);
    }
    if (busiest >= kBusyComputerCores)
        message += u' ' + tr("Other programs kept up to %1 core(s) busy meanwhile, so the latencies are slower "
                             "and noisier than on an idle computer.").arg(QLocale().toString(busiest, 'f', 1));
    showStatus(message, !m_runErrors.isEmpty());
    Q_EMIT runFinished(cancelled);
    if (m_closeWhenStopped)
        close();
}

void ComparisonDashboard::updateRunningState()
{
    const bool running = isRunning();
    m_benchmarkButton->setEnabled(!running);
    m_evaluateButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_runsSpin->setEnabled(!running);
    m_dataFolderEdit->setEnabled(!running);
    m_modelSplitsCheck->setEnabled(!running);
    m_maxImagesSpin->setEnabled(!running);
    if (!running) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
    }
}

void ComparisonDashboard::rebuildCharts()
{
    const std::vector<VariantResults>& rows = m_model->rows();
    QChart* charts[] = {ComparisonCharts::latency(rows), ComparisonCharts::size(rows), ComparisonCharts::auc(rows),
                        ComparisonCharts::tradeOff(rows), ComparisonCharts::roc(rows)};
    for (size_t i = 0; i < m_chartViews.size(); ++i) {
        QChart* old = m_chartViews[i]->chart();
        m_chartViews[i]->setChart(charts[i]); // the view releases the old chart without deleting it
        delete old;
    }
}

void ComparisonDashboard::showStatus(const QString& message, bool error)
{
    m_statusLabel->setText(message);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ComparisonDashboard::chooseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose Labelled Images"),
                                                             m_dataFolderEdit->text());
    if (!folder.isEmpty())
        setDataFolder(folder);
}

QString ComparisonDashboard::contextLine() const
{
    const MachineInfo machine = currentMachine();
    QString line = tr("Computer: %1, %n core(s), %2. Benchmark: %3 runs, %4.", nullptr, machine.cores)
                       .arg(machine.cpuModel, machine.libraries)
                       .arg(m_runsSpin->value())
                       .arg(threadsText());
    for (const VariantResults& row : m_model->rows()) {
        if (!row.evaluation || row.evaluation->results.empty())
            continue;
        const BinaryMetrics& m = row.evaluation->results.front().atThreshold;
        line += u' ' + tr("Evaluated on %n image(s) (melanomas: %1) of %2.", nullptr, row.evaluation->images)
                           .arg(m.truePositives + m.falseNegatives)
                           .arg(QDir::toNativeSeparators(row.evaluationDataset));
        break;
    }
    return line + u' ' + tr("Exported %1.").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
}

void ComparisonDashboard::chooseExport(bool pdf)
{
    const QString filter = pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)");
    const QString suggested = QDir(Settings().lastFolder()).filePath(pdf ? QStringLiteral("variant-comparison.pdf")
                                                                        : QStringLiteral("variant-comparison.csv"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), suggested, filter);
    if (path.isEmpty())
        return;
    const Status written = pdf ? exportPdf(path) : exportCsv(path);
    showStatus(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : written.error(), !written);
}

Status ComparisonDashboard::exportCsv(const QString& path) const
{
    return ComparisonExport::writeCsv(*m_model, path);
}

Status ComparisonDashboard::exportPdf(const QString& path) const
{
    return ComparisonExport::writePdf(*m_model, contextLine(), path);
}

void ComparisonDashboard::closeEvent(QCloseEvent* event)
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancel();
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace dermaedge
