#pragma once

#include "ModelManifest.h"
#include "OperatingPoints.h"

#include <QMenu>

#include <optional>

class QActionGroup;

namespace dermaedge {

/// User-facing name of a threshold preset, e.g. "Balanced (Youden)".
QString presetDisplayName(OperatingPreset preset);

/// One line describing an operating point: its threshold and, when measured,
/// its validation sensitivity and specificity.
QString operatingPointSummary(const OperatingPoint& point);

/// Menu of threshold presets for the selected model variant. Each entry shows
/// the preset's threshold and validation sensitivity and specificity; presets
/// the model's manifest cannot resolve are disabled. The chosen preset is
/// stored in Settings and applies to every variant that can resolve it.
class OperatingPointMenu : public QMenu
{
    Q_OBJECT

public:
    explicit OperatingPointMenu(QWidget* parent = nullptr);

    /// Rebuilds the entries for `manifest`; without one only the title remains.
    void setModel(const std::optional<ModelManifest>& manifest);

    /// The chosen preset, as stored in Settings.
    OperatingPreset chosenPreset() const;

    /// The chosen preset resolved on `manifest`, or the manifest's own
    /// threshold when the manifest cannot resolve it.
    OperatingPoint pointFor(const ModelManifest& manifest) const;

Q_SIGNALS:
    /// Emitted when the user picks another preset.
    void presetChanged();

private:
    void choose(OperatingPreset preset);

    QActionGroup* m_group = nullptr;
};

} // namespace dermaedge
