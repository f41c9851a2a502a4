#include "CreateVariantDialog.h"

#include "OptimizeReportHtml.h"

#include "ModelRegistry.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dermaedge {

namespace {

const QString kDataFolderKey = QStringLiteral("createVariant/dataFolder");
const QString kCalibrationFolderKey = QStringLiteral("createVariant/calibrationFolder");

bool usesCalibration(const QString& method)
{
    return method == QStringLiteral("int8-static") || method == QStringLiteral("prune-structured-int8");
}

bool usesChannelFraction(const QString& method)
{
    return method.startsWith(QStringLiteral("prune-structured")) || method == QStringLiteral("distill");
}

bool usesFineTuning(const QString& method)
{
    return method.startsWith(QStringLiteral("prune-")) || method == QStringLiteral("distill");
}

/// Places `edit` and its "Browse…" button in one row.
QWidget* folderRow(QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

CreateVariantDialog::CreateVariantDialog(ModelManifest baseline, QWidget* parent)
    : QDialog(parent), m_baseline(std::move(baseline))
{
    setWindowTitle(tr("Create Model Variant"));

    m_form = new QWidget;
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(createMethodGroup());
    formLayout->addWidget(createDataGroup());
    formLayout->addWidget(createAcceptanceGroup());

    auto* buttons = new QDialogButtonBox;
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_cancelButton = buttons->addButton(tr("Cancel O&ptimization"), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &CreateVariantDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &CreateVariantDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createBaselineGroup());
    layout->addWidget(m_form);
    layout->addWidget(createProgressGroup(), 1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<JobOutput>::finished, this, &CreateVariantDialog::onJobFinished);
    loadDefaults();
    updateMethodControls();
    updateRunningState();
    // Only the report view shrinks when the screen is shorter than the size hint.
    resize(680, qMin(sizeHint().height(), screen()->availableGeometry().height() * 9 / 10));
    m_methodCombo->setFocus();
}

CreateVariantDialog::~CreateVariantDialog()
{
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

QWidget* CreateVariantDialog::createBaselineGroup()
{
    auto* group = new QGroupBox(tr("Baseline"));
    auto* form = new QFormLayout(group);
    auto* baselineLabel = new QLabel(tr("%1 (%2)").arg(m_baseline.displayName, m_baseline.id));
    baselineLabel->setObjectName(QStringLiteral("baselineLabel"));
    baselineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    baselineLabel->setToolTip(QDir::toNativeSeparators(m_baseline.archivePath()));
    form->addRow(tr("Model:"), baselineLabel);

    auto* outputLabel = new QLabel(QDir::toNativeSeparators(ModelRegistry::userModelsFolder()));
    outputLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outputLabel->setWordWrap(true);
    form->addRow(tr("Output folder:"), outputLabel);
    return group;
}

QWidget* CreateVariantDialog::createMethodGroup()
{
    auto* group = new QGroupBox(tr("Method"));
    auto* form = new QFormLayout(group);

    m_methodCombo = new QComboBox;
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    m_methodCombo->addItem(tr("INT8, static quantization (calibrated)"), QStringLiteral("int8-static"));
    m_methodCombo->addItem(tr("INT8, dynamic quantization"), QStringLiteral("int8-dynamic"));
    m_methodCombo->addItem(tr("Unstructured pruning (zeroed weights)"), QStringLiteral("prune-unstructured"));
    m_methodCombo->addItem(tr("Structured pruning (fewer channels)"), QStringLiteral("prune-structured"));
    m_methodCombo->addItem(tr("Structured pruning, then static INT8"),
                           QStringLiteral("prune-structured-int8"));
    m_methodCombo->addItem(tr("Distillation into a narrower network"), QStringLiteral("distill"));
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &CreateVariantDialog::updateMethodControls);
    form->addRow(tr("&Method:"), m_methodCombo);

    m_sparsitySpin = new QDoubleSpinBox;
    m_sparsitySpin->setObjectName(QStringLiteral("sparsitySpin"));
    m_sparsitySpin->setRange(0.01, 0.99);
    m_sparsitySpin->setSingleStep(0.05);
    m_sparsitySpin->setToolTip(tr("Fraction of convolution and linear weights set to zero"));
    form->addRow(tr("Sparsit&y:"), m_sparsitySpin);

    m_channelFractionSpin = new QDoubleSpinBox;
    m_channelFractionSpin->setObjectName(QStringLiteral("channelFractionSpin"));
    m_channelFractionSpin->setRange(0.01, 0.95);
    m_channelFractionSpin->setSingleStep(0.05);
    m_channelFractionSpin->setToolTip(tr("Fraction of channels removed from each pruned layer"));
    form->addRow(tr("C&hannel fraction:"), m_channelFractionSpin);

    m_fineTuneEpochsSpin = new QSpinBox;
    m_fineTuneEpochsSpin->setObjectName(QStringLiteral("fineTuneEpochsSpin"));
    m_fineTuneEpochsSpin->setRange(0, 100);
    m_fineTuneEpochsSpin->setSpecialValueText(tr("0 (no fine-tuning)"));
    m_fineTuneEpochsSpin->setToolTip(tr("Epochs of training on the data folder after pruning"));
    form->addRow(tr("&Fine-tune epochs:"), m_fineTuneEpochsSpin);

    m_distillWeightSpin = new QDoubleSpinBox;
    m_distillWeightSpin->setObjectName(QStringLiteral("distillWeightSpin"));
    m_distillWeightSpin->setRange(0.0, 1.0);
    m_distillWeightSpin->setSingleStep(0.1);
    m_distillWeightSpin->setSpecialValueText(tr("0 (labels only)"));
    m_distillWeightSpin->setToolTip(tr("Share of the training loss taken from the baseline's probabilities"));
    form->addRow(tr("&Distillation weight:"), m_distillWeightSpin);
    return group;
}

QWidget* CreateVariantDialog::createDataGroup()
{
    auto* group = new QGroupBox(tr("Data"));
    auto* form = new QFormLayout(group);

    m_dataFolderEdit = new QLineEdit;
    m_dataFolderEdit->setObjectName(QStringLiteral("dataFolderEdit"));
    m_dataFolderEdit->setPlaceholderText(tr("Folder with benign/ and malignant/ subfolders"));
    auto* dataBrowse = new QPushButton(tr("&Browse…"));
    connect(dataBrowse, &QPushButton::clicked, this, [this] {
        chooseFolder(m_dataFolderEdit, tr("Choose Labelled Data Folder"), kDataFolderKey);
    });
    // The label's buddy is the edit, not the row, so Alt+L focuses the edit.
    auto* dataLabel = new QLabel(tr("&Labelled data:"));
    dataLabel->setBuddy(m_dataFolderEdit);
    form->addRow(dataLabel, folderRow(m_dataFolderEdit, dataBrowse));

    m_calibrationFolderEdit = new QLineEdit;
    m_calibrationFolderEdit->setObjectName(QStringLiteral("calibrationFolderEdit"));
    m_calibrationFolderEdit->setPlaceholderText(tr("Optional. Empty uses the training split"));
    m_calibrationBrowseButton = new QPushButton(tr("B&rowse…"));
    connect(m_calibrationBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFolder(m_calibrationFolderEdit, tr("Choose Calibration Folder"), kCalibrationFolderKey);
    });
    auto* calibrationLabel = new QLabel(tr("C&alibration folder:"));
    calibrationLabel->setBuddy(m_calibrationFolderEdit);
    form->addRow(calibrationLabel, folderRow(m_calibrationFolderEdit, m_calibrationBrowseButton));

    m_calibrationImagesSpin = new QSpinBox;
    m_calibrationImagesSpin->setObjectName(QStringLiteral("calibrationImagesSpin"));
    m_calibrationImagesSpin->setRange(1, 100000);
    m_calibrationImagesSpin->setToolTip(tr("Maximum number of images used to calibrate INT8 activations"));
    form->addRow(tr("Calibration &images:"), m_calibrationImagesSpin);

    m_observerCombo = new QComboBox;
    m_observerCombo->setObjectName(QStringLiteral("observerCombo"));
    m_observerCombo->addItem(tr("Percentile (ignores outliers)"), QStringLiteral("percentile"));
    m_observerCombo->addItem(tr("Min/max"), QStringLiteral("minmax"));
    form->addRow(tr("Activation &observer:"), m_observerCombo);
    return group;
}

QWidget* CreateVariantDialog::createAcceptanceGroup()
{
    auto* group = new QGroupBox(tr("Acceptance"));
    auto* form = new QFormLayout(group);

    m_aucToleranceSpin = new QDoubleSpinBox;
    m_aucToleranceSpin->setObjectName(QStringLiteral("aucToleranceSpin"));
    m_aucToleranceSpin->setDecimals(3);
    m_aucToleranceSpin->setRange(0.0, 1.0);
    m_aucToleranceSpin->setSingleStep(0.001);
    m_aucToleranceSpin->setToolTip(tr("Largest accepted drop of the validation AUC against the baseline"));
    form->addRow(tr("AUC &tolerance:"), m_aucToleranceSpin);

    m_keepFailedCheck = new QCheckBox(tr("&Keep the variant even when it misses the tolerance"));
    m_keepFailedCheck->setObjectName(QStringLiteral("keepFailedCheck"));
    form->addRow(QString(), m_keepFailedCheck);
    return group;
}

QWidget* CreateVariantDialog::createProgressGroup()
{
    auto* group = new QGroupBox(tr("Progress"));
    auto* layout = new QVBoxLayout(group);
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_statusLabel = new QLabel(tr("Not started."));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportView = new QTextBrowser;
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_reportView->setMinimumHeight(90);
    m_reportView->setPlaceholderText(tr("The report appears here when the optimization ends."));
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_reportView, 1);
    return group;
}

void CreateVariantDialog::chooseFolder(QLineEdit* edit, const QString& title, const QString& settingsKey)
{
    QSettings settings;
    QString start = edit->text();
    if (start.isEmpty())
        start = settings.value(settingsKey).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, title, start);
    if (folder.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(folder));
    settings.setValue(settingsKey, folder);
}

void CreateVariantDialog::loadDefaults()
{
    const OptimizeParams defaults;
    setMethod(defaults.method);
    m_observerCombo->setCurrentIndex(qMax(0, m_observerCombo->findData(defaults.observer)));
    m_calibrationImagesSpin->setValue(defaults.calibrationImages);
    m_sparsitySpin->setValue(defaults.sparsity);
    m_channelFractionSpin->setValue(defaults.channelFraction);
    m_fineTuneEpochsSpin->setValue(defaults.fineTuneEpochs);
    m_distillWeightSpin->setValue(defaults.distillWeight);
    m_aucToleranceSpin->setValue(defaults.aucTolerance);
    m_keepFailedCheck->setChecked(defaults.keepFailed);

    const QSettings settings;
    m_dataFolderEdit->setText(QDir::toNativeSeparators(settings.value(kDataFolderKey).toString()));
    m_calibrationFolderEdit->setText(
        QDir::toNativeSeparators(settings.value(kCalibrationFolderKey).toString()));
}

OptimizeParams CreateVariantDialog::params() const
{
    OptimizeParams params;
    params.method = m_methodCombo->currentData().toString();
    params.outputFolder = ModelRegistry::userModelsFolder();
    params.dataFolder = QDir::fromNativeSeparators(m_dataFolderEdit->text().trimmed());
    if (usesCalibration(params.method)) {
        params.calibrationFolder = QDir::fromNativeSeparators(m_calibrationFolderEdit->text().trimmed());
        params.calibrationImages = m_calibrationImagesSpin->value();
        params.observer = m_observerCombo->currentData().toString();
    }
    params.sparsity = m_sparsitySpin->value();
    params.channelFraction = m_channelFractionSpin->value();
    params.fineTuneEpochs = m_fineTuneEpochsSpin->value();
    params.distillWeight = usesFineTuning(params.method) ? m_distillWeightSpin->value() : 0.0;
    params.aucTolerance = m_aucToleranceSpin->value();
    params.keepFailed = m_keepFailedCheck->isChecked();
    params.threads = Settings().threads();
    params.command = QStringLiteral("DermaEdge desktop: Models > Create Variant, method %1").arg(params.method);
    return params;
}

void CreateVariantDialog::setMethod(const QString& method)
{
    const int index = m_methodCombo->findData(method);
    if (index >= 0)
        m_methodCombo->setCurrentIndex(index);
}

void CreateVariantDialog::setDataFolder(const QString& folder)
{
    m_dataFolderEdit->setText(QDir::toNativeSeparators(folder));
}

void CreateVariantDialog::updateMethodControls()
{
    const QString method = m_methodCombo->currentData().toString();
    const bool calibration = usesCalibration(method);
    m_calibrationFolderEdit->setEnabled(calibration);
    m_calibrationBrowseButton->setEnabled(calibration);
    m_calibrationImagesSpin->setEnabled(calibration);
    m_observerCombo->setEnabled(calibration);
    m_sparsitySpin->setEnabled(method == QStringLiteral("prune-unstructured"));
    m_channelFractionSpin->setEnabled(usesChannelFraction(method));
    m_fineTuneEpochsSpin->setEnabled(usesFineTuning(method));
    m_distillWeightSpin->setEnabled(usesFineTuning(method));
    // A distilled student needs the teacher, so it starts from the usual weight.
    if (method == QStringLiteral("distill") && m_distillWeightSpin->value() <= 0.0)
        m_distillWeightSpin->setValue(kDefaultDistillWeight);
}

bool CreateVariantDialog::isRunning() const
{
    return m_watcher.isRunning();
}

QString CreateVariantDialog::validateForm() const
{
    const OptimizeParams form = params();
    if (form.dataFolder.isEmpty())
        return tr("Choose a labelled data folder with benign/ and malignant/ subfolders.");
    const QDir data(form.dataFolder);
    if (!data.exists())
        return tr("Data folder %1 does not exist.").arg(QDir::toNativeSeparators(form.dataFolder));
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        if (!QFileInfo(data.filePath(label)).isDir())
            return tr("Data folder %1 has no %2/ subfolder. It needs benign/ and malignant/ subfolders.")
                .arg(QDir::toNativeSeparators(form.dataFolder), label);
    }
    if (!form.calibrationFolder.isEmpty() && !QFileInfo(form.calibrationFolder).isDir())
        return tr("Calibration folder %1 does not exist. Clear the field to calibrate on the training split.")
            .arg(QDir::toNativeSeparators(form.calibrationFolder));
    return {};
}

bool CreateVariantDialog::start()
{
    if (isRunning())
        return false;
    const QString problem = validateForm();
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const OptimizeParams jobParams = params();
    QSettings().setValue(kDataFolderKey, jobParams.dataFolder);

    m_cancelRequested = false;
    m_lastReport.reset();
    m_reportView->clear();
    showProgress(0, 0, tr("Starting %1 of %2…").arg(m_methodCombo->currentText(), m_baseline.id));

    // The callbacks run on the worker thread. The destructor waits for the job,
    // so `this` outlives every call, and the queued calls run on the GUI thread.
    ProgressCallback progress = [this](const JobProgress& step) {
        QMetaObject::invokeMethod(
            this, [this, step] { showProgress(step.done, step.total, step.message); }, Qt::QueuedConnection);
    };
    CancelCallback cancelled = [this] { return m_cancelRequested.load(); };
    m_watcher.setFuture(QtConcurrent::run([baseline = m_baseline, jobParams, progress, cancelled] {
        JobOutput output;
        Result<OptimizeReport> result = optimizeModel(baseline, jobParams, progress, cancelled);
        if (result)
            output.report = std::move(result).value();
        else
            output.error = result.error();
        return output;
    }));
    updateRunningState();
    return true;
}

void CreateVariantDialog::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    m_statusLabel->setText(tr("Cancelling. The optimization stops after its current step…"));
    updateRunningState();
}

void CreateVariantDialog::reject()
{
    if (!isRunning()) {
        QDialog::reject();
        return;
    }
    if (!m_cancelRequested) {
        const auto answer = QMessageBox::question(
            this, tr("Optimization Running"),
            tr("An optimization is running. Cancel it and close the dialog when it has stopped?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        // The job may have ended while the question was open.
        if (!isRunning()) {
            QDialog::reject();
            return;
        }
        cancel();
    }
    m_closeWhenStopped = true;
}

void CreateVariantDialog::updateRunningState()
{
    const bool running = isRunning();
    m_form->setEnabled(!running);
    m_startButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_cancelRequested);
}

void CreateVariantDialog::showProgress(qint64 done, qint64 total, const QString& message)
{
    // A total of 0 means the step count is unknown, which a busy bar shows.
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    } else {
        m_progressBar->setRange(0, 0);
    }
    if (!message.isEmpty() && !m_cancelRequested)
        m_statusLabel->setText(message);
}

void CreateVariantDialog::showError(const QString& message)
{
    m_statusLabel->setText(tr("<b>Error:</b> %1").arg(message.toHtmlEscaped()));
}

void CreateVariantDialog::onJobFinished()
{
    const JobOutput output = m_watcher.result();
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(output.report ? 1 : 0);
    const bool wasCancelled = m_cancelRequested.exchange(false);
    updateRunningState();

    if (output.report) {
        m_lastReport = output.report;
        showReport(*output.report);
        m_statusLabel->setText(output.report->registered
                                   ? tr("Finished. Variant %1 was registered.").arg(output.report->variantId)
                                   : tr("Finished. Variant %1 was not registered.").arg(output.report->variantId));
    } else if (wasCancelled) {
        m_statusLabel->setText(tr("Optimization cancelled. Nothing was written."));
    } else {
        showError(tr("Optimization failed: %1").arg(output.error));
    }

    if (output.report && output.report->registered)
        Q_EMIT variantRegistered(output.report->variantId);
    Q_EMIT optimizationFinished(output.report.has_value());
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void CreateVariantDialog::showReport(const OptimizeReport& report)
{
    m_reportView->setHtml(optimizeReportHtml(report));
}

} // namespace dermaedge
