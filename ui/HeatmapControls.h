#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QSlider;

namespace dermaedge {

/// Result-panel section for the explanation heatmap: a "Show heatmap" check
/// box that mirrors a toggle action, an opacity slider and a status line that
/// names the explaining model and method.
class HeatmapControls : public QWidget
{
    Q_OBJECT

public:
    /// `toggleAction` must be checkable; the check box follows it both ways.
    explicit HeatmapControls(QAction* toggleAction, QWidget* parent = nullptr);

    /// Opacity as a fraction 0..1.
    double opacity() const;
    void setOpacity(double opacity);

    void setStatus(const QString& text);
    QString statusText() const;

    QSlider* opacitySlider() const { return m_slider; }

Q_SIGNALS:
    void opacityChanged(double opacity);

private:
    QCheckBox* m_showBox = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace dermaedge
