// The widgets of the comparison window, built once by its constructor.

#include "ComparisonCharts.h"
#include "ComparisonDashboard.h"
#include "Settings.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace dermaedge {

namespace {

constexpr int kMaxBenchmarkRuns = 10'000;

} // namespace

QString ComparisonDashboard::threadsText()
{
    const int threads = Settings().threads();
    return threads > 0 ? tr("%n thread(s)", nullptr, threads)
                       : tr("all %n core(s)", nullptr, QThread::idealThreadCount());
}

QWidget* ComparisonDashboard::createRunControls()
{
    auto* speed = new QGroupBox(tr("Speed on this computer"));
    auto* speedLayout = new QHBoxLayout(speed);
    m_runsSpin = new QSpinBox;
    m_runsSpin->setRange(1, kMaxBenchmarkRuns);
    m_runsSpin->setValue(BenchmarkParams().runs);
    m_runsSpin->setToolTip(tr("Timed runs per series, after %1 untimed warm-up runs.").arg(BenchmarkParams().warmupRuns));
    auto* runsLabel = new QLabel(tr("&Runs:"));
    runsLabel->setBuddy(m_runsSpin);
    m_benchmarkButton = new QPushButton(tr("Run &Benchmark"));
    speedLayout->addWidget(runsLabel);
    speedLayout->addWidget(m_runsSpin);
    speedLayout->addWidget(new QLabel(threadsText()));
    speedLayout->addWidget(m_benchmarkButton);
    connect(m_benchmarkButton, &QPushButton::clicked, this, &ComparisonDashboard::startBenchmark);
    connect(m_runsSpin, &QSpinBox::valueChanged, this, [this] { reload(); });

    auto* accuracy = new QGroupBox(tr("Accuracy on labelled images"));
    auto* accuracyLayout = new QHBoxLayout(accuracy);
    m_dataFolderEdit = new QLineEdit;
    m_dataFolderEdit->setPlaceholderText(tr("Folder with benign/ and malignant/ subfolders"));
    auto* browse = new QPushButton(tr("Br&owse…"));
    m_modelSplitsCheck = new QCheckBox(tr("Only held-out &validation images"));
    m_modelSplitsCheck->setChecked(true);
    m_modelSplitsCheck->setToolTip(tr("Use only the images each model was not trained on, as listed by the split "
                                      "file beside it. Without a split file every image is used."));
    m_maxImagesSpin = new QSpinBox;
    m_maxImagesSpin->setRange(0, 1'000'000);
    m_maxImagesSpin->setSpecialValueText(tr("all"));
    auto* maxLabel = new QLabel(tr("&Images:"));
    maxLabel->setBuddy(m_maxImagesSpin);
    m_evaluateButton = new QPushButton(tr("Run &Evaluation"));
    accuracyLayout->addWidget(m_dataFolderEdit, 1);
    accuracyLayout->addWidget(browse);
    accuracyLayout->addWidget(m_modelSplitsCheck);
    accuracyLayout->addWidget(maxLabel);
    accuracyLayout->addWidget(m_maxImagesSpin);
    accuracyLayout->addWidget(m_evaluateButton);
    connect(browse, &QPushButton::clicked, this, &ComparisonDashboard::chooseDataFolder);
    connect(m_evaluateButton, &QPushButton::clicked, this, &ComparisonDashboard::startEvaluation);
    connect(m_dataFolderEdit, &QLineEdit::editingFinished, this, [this] { reload(); });
    connect(m_modelSplitsCheck, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_maxImagesSpin, &QSpinBox::valueChanged, this, [this] { reload(); });

    m_progressBar = new QProgressBar;
    m_progressBar->setTextVisible(false);
    m_statusLabel = new QLabel;
    m_statusLabel->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("&Cancel Run"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ComparisonDashboard::cancel);

    auto* controls = new QWidget;
    auto* grid = new QGridLayout(controls);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(speed, 0, 0);
    grid->addWidget(accuracy, 0, 1);
    grid->setColumnStretch(1, 1);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progressBar, 1);
    progress->addWidget(m_cancelButton);
    grid->addLayout(progress, 1, 0, 1, 2);
    grid->addWidget(m_statusLabel, 2, 0, 1, 2);
    return controls;
}

QWidget* ComparisonDashboard::createCharts()
{
    auto* page = new QWidget;
    auto* grid = new QGridLayout(page);
    for (int i = 0; i < 5; ++i) {
        auto* view = new QChartView(new QChart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 240);
        m_chartViews.push_back(view);
        grid->addWidget(view, i / 3, i % 3);
    }
    auto* guide = new QLabel(ComparisonCharts::guideHtml());
    guide->setWordWrap(true);
    guide->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(guide, 1, 2);
    return page;
}

QWidget* ComparisonDashboard::createButtons()
{
    auto* buttons = new QWidget;
    auto* layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* csv = new QPushButton(tr("Export &CSV…"));
    auto* pdf = new QPushButton(tr("Export &PDF…"));
    auto* close = new QPushButton(tr("Close"));
    layout->addWidget(csv);
    layout->addWidget(pdf);
    layout->addStretch(1);
    layout->addWidget(close);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    return buttons;
}

} // namespace dermaedge
