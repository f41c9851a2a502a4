#include "ResultPanel.h"

#include "OperatingPointMenu.h"
#include "ProbabilityBar.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace dermaedge {

namespace {

QString percentText(double fraction)
{
    return ResultPanel::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString millisecondsText(double milliseconds)
{
    return ResultPanel::tr("%1 ms").arg(QLocale().toString(milliseconds, 'f', 1));
}

QLabel* makeWrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ResultPanel::ResultPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;

    auto* heading = new QLabel(tr("Screening result"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_fileLabel = makeWrappingLabel(this);
    m_fileLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_fileLabel);

    // Screening time is unknown in advance, so the busy bar has no range.
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    layout->addWidget(m_busyBar);

    m_resultSection = createResultSection();
    layout->addWidget(m_resultSection);

    m_errorLabel = makeWrappingLabel(this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->setAccessibleName(tr("Error"));
    layout->addWidget(m_errorLabel);

    layout->addStretch(1);

    m_noticeLabel = makeWrappingLabel(this);
    m_noticeLabel->setText(
        tr("Decision support only, not a diagnosis. The final judgement rests with the clinician."));
    m_noticeLabel->setFrameShape(QFrame::StyledPanel);
    m_noticeLabel->setMargin(8);
    m_noticeLabel->setAutoFillBackground(true);
    m_noticeLabel->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_noticeLabel);

    setMinimumWidth(280);
    showPlaceholder();
}

QWidget* ResultPanel::createResultSection()
{
    auto* section = new QWidget(this);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(new QLabel(tr("Melanoma probability"), section));
    m_probabilityLabel = makeWrappingLabel(section);
    QFont probabilityFont = m_probabilityLabel->font();
    probabilityFont.setBold(true);
    probabilityFont.setPointSizeF(probabilityFont.pointSizeF() * 2.0);
    m_probabilityLabel->setFont(probabilityFont);
    m_probabilityLabel->setAccessibleName(tr("Melanoma probability"));
    layout->addWidget(m_probabilityLabel);

    m_bar = new ProbabilityBar(section);
    layout->addWidget(m_bar);

    // The decision gets a full-width line, because it is the output a reader acts on.
    m_decisionLabel = makeWrappingLabel(section);
    m_decisionLabel->setAccessibleName(tr("Decision"));
    layout->addWidget(m_decisionLabel);
    layout->addSpacing(8);

    auto* details = new QGridLayout;
    details->setColumnStretch(1, 1);
    m_riskLabel = addValueRow(details, tr("Risk category:"));
    m_riskLabel->setToolTip(tr("High: at or above the threshold. Intermediate: from half the "
                               "threshold up to it. Low: below half the threshold."));
    m_thresholdLabel = addValueRow(details, tr("Threshold:"));
    m_operatingPointLabel = addValueRow(details, tr("Operating point:"));
    m_modelLabel = addValueRow(details, tr("Model variant:"));
    m_timingLabel = addValueRow(details, tr("Inference time:"));
    layout->addLayout(details);
    return section;
}

QLabel* ResultPanel::addValueRow(QGridLayout* grid, const QString& label)
{
    const int row = grid->rowCount();
    auto* caption = new QLabel(label, this);
    grid->addWidget(caption, row, 0, Qt::AlignTop | Qt::AlignLeft);
    QLabel* value = makeWrappingLabel(this);
    grid->addWidget(value, row, 1, Qt::AlignTop);
    caption->setBuddy(value);
    return value;
}

void ResultPanel::clearValues()
{
    m_bar->setProbability(std::nullopt, 0.5);
    for (QLabel* label : {m_probabilityLabel, m_decisionLabel, m_thresholdLabel, m_riskLabel,
                          m_operatingPointLabel, m_modelLabel, m_timingLabel, m_errorLabel}) {
        label->clear();
    }
    m_decisionLabel->setStyleSheet(QString());
    m_busyBar->hide();
    m_resultSection->hide();
    m_errorLabel->hide();
}

void ResultPanel::showPlaceholder()
{
    clearValues();
    m_fileLabel->setText(tr("No image open. Open an image to screen it."));
}

void ResultPanel::showBusy(const QString& fileName, const QString& variantName)
{
    clearValues();
    if (variantName.isEmpty())
        m_fileLabel->setText(tr("Opening %1…").arg(fileName));
    else
        m_fileLabel->setText(tr("Screening %1 with %2…").arg(fileName, variantName));
    m_busyBar->show();
}

void ResultPanel::showResult(const QString& fileName, const ScreeningResult& result,
                             const ModelManifest& manifest)
{
    showResult(fileName, result, manifest,
               *resolveOperatingPoint(manifest, OperatingPreset::ManifestDefault));
}

void ResultPanel::showResult(const QString& fileName, const ScreeningResult& screened,
                             const ModelManifest& manifest, const OperatingPoint& point)
{
    ScreeningResult result = screened;
    result.threshold = point.threshold;
    result.malignant = result.probability >= point.threshold;
    clearValues();
    m_fileLabel->setText(fileName);
    m_resultSection->show();
    m_bar->setProbability(result.probability, result.threshold);
    m_probabilityLabel->setText(percentText(result.probability));

    m_decisionLabel->setText(result.malignant ? tr("Above threshold: refer for assessment")
                                              : tr("Below threshold"));
    // Darker than the bar, so that amber text stays readable on a light background.
    const QColor color = riskColor(result.probability, result.threshold).darker(130);
    m_decisionLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold; font-size: 120%;").arg(color.name()));

    m_thresholdLabel->setText(percentText(result.threshold));
    switch (riskCategory(result.probability, result.threshold)) {
    case RiskCategory::Low:
        m_riskLabel->setText(tr("Low (below half the threshold)"));
        break;
    case RiskCategory::Intermediate:
        m_riskLabel->setText(tr("Intermediate (from half the threshold up to it)"));
        break;
    case RiskCategory::High:
        m_riskLabel->setText(tr("High (at or above the threshold)"));
        break;
    }
    m_operatingPointLabel->setText(
        tr("%1\n%2").arg(presetDisplayName(point.preset), operatingPointSummary(point)));
    m_modelLabel->setText(tr("%1\nid: %2, kind: %3")
                              .arg(manifest.displayName, manifest.id, manifest.kind));
    m_timingLabel->setText(tr("%1 (network %2)")
                               .arg(millisecondsText(result.totalMs),
                                    millisecondsText(result.networkMs)));
}

void ResultPanel::showError(const QString& fileName, const QString& message)
{
    clearValues();
    m_fileLabel->setText(fileName);
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

QString ResultPanel::probabilityText() const
{
    return m_probabilityLabel->text();
}

QString ResultPanel::decisionText() const
{
    return m_decisionLabel->text();
}

QString ResultPanel::thresholdText() const
{
    return m_thresholdLabel->text();
}

void ResultPanel::addSection(QWidget* section)
{
    // Sections go after the error line and before the stretch and the notice.
    m_layout->insertWidget(m_layout->indexOf(m_errorLabel) + 1, section);
}

QString ResultPanel::riskText() const
{
    return m_riskLabel->text();
}

QString ResultPanel::operatingPointText() const
{
    return m_operatingPointLabel->text();
}

QString ResultPanel::modelText() const
{
    return m_modelLabel->text();
}

QString ResultPanel::timingText() const
{
    return m_timingLabel->text();
}

QString ResultPanel::errorText() const
{
    return m_errorLabel->text();
}

QString ResultPanel::noticeText() const
{
    return m_noticeLabel->text();
}

} // namespace dermaedge
