#pragma once

#include "Classifier.h"
#include "ModelManifest.h"
#include "OperatingPoints.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace dermaedge {

class ProbabilityBar;

/// Side panel with the outcome of the last screening: probability, decision,
/// threshold, model variant and timing, or the error. A notice that the output
/// is decision support and not a diagnosis stays visible in every state.
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);

    /// Shows the empty state, before any image is opened.
    void showPlaceholder();

    /// Shows that `fileName` is being screened with the variant `variantName`.
    void showBusy(const QString& fileName, const QString& variantName);

    void showResult(const QString& fileName, const ScreeningResult& result,
                    const ModelManifest& manifest);

    /// Shows a result decided at `point` instead of the manifest's threshold:
    /// the decision, threshold and risk category follow the operating point.
    void showResult(const QString& fileName, const ScreeningResult& result,
                    const ModelManifest& manifest, const OperatingPoint& point);

    /// Adds a section (for example the heatmap controls) below the result.
    /// The panel takes ownership of `section`.
    void addSection(QWidget* section);

    /// Shows `message`, which names the file and the cause, in place of a result.
    void showError(const QString& fileName, const QString& message);

    QString probabilityText() const; ///< e.g. "73.4 %"; empty without a result
    QString decisionText() const;    ///< empty without a result
    QString thresholdText() const;
    QString riskText() const;           ///< e.g. "Intermediate"; empty without a result
    QString operatingPointText() const; ///< preset name, threshold and validation rates
    QString modelText() const;
    QString timingText() const;
    QString errorText() const;       ///< empty unless the last screening failed
    QString noticeText() const;

private:
    QWidget* createResultSection();
    void clearValues();
    QLabel* addValueRow(QGridLayout* grid, const QString& label);

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_fileLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QWidget* m_resultSection = nullptr;
    ProbabilityBar* m_bar = nullptr;
    QLabel* m_probabilityLabel = nullptr;
    QLabel* m_decisionLabel = nullptr;
    QLabel* m_thresholdLabel = nullptr;
    QLabel* m_riskLabel = nullptr;
    QLabel* m_operatingPointLabel = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_timingLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
};

} // namespace dermaedge
