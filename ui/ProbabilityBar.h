#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

namespace dermaedge {

/// Color of a melanoma probability: red at or above the decision threshold,
/// amber from half the threshold up to it, green below. Amber is a visual hint
/// only, because the decision itself uses the threshold alone.
QColor riskColor(double probability, double threshold);

/// Horizontal bar showing a probability in 0..1, filled in its risk color,
/// with a tick at the decision threshold.
class ProbabilityBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProbabilityBar(QWidget* parent = nullptr);

    /// Shows `probability` against `threshold`. Without a probability only the
    /// empty track and the threshold tick are drawn.
    void setProbability(std::optional<double> probability, double threshold);

    std::optional<double> probability() const { return m_probability; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<double> m_probability;
    double m_threshold = 0.5;
};

} // namespace dermaedge
