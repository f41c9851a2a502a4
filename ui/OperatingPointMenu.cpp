#include "OperatingPointMenu.h"

#include "Settings.h"

#include <QActionGroup>
#include <QLocale>

namespace dermaedge {

namespace {

QString percent(double fraction)
{
    return OperatingPointMenu::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

} // namespace

QString presetDisplayName(OperatingPreset preset)
{
    switch (preset) {
    case OperatingPreset::ManifestDefault:
        return OperatingPointMenu::tr("Manifest default");
    case OperatingPreset::Sensitivity95:
        return OperatingPointMenu::tr("Sensitivity 0.95");
    case OperatingPreset::Balanced:
        return OperatingPointMenu::tr("Balanced (Youden)");
    case OperatingPreset::Specificity90:
        return OperatingPointMenu::tr("Specificity 0.90");
    }
    return {};
}

QString operatingPointSummary(const OperatingPoint& point)
{
    if (!point.sensitivity || !point.specificity) {
        return OperatingPointMenu::tr("threshold %1, validation rates not measured")
            .arg(percent(point.threshold));
    }
    return OperatingPointMenu::tr("threshold %1, sensitivity %2, specificity %3")
        .arg(percent(point.threshold), percent(*point.sensitivity), percent(*point.specificity));
}

OperatingPointMenu::OperatingPointMenu(QWidget* parent)
    : QMenu(tr("Operating &Point"), parent), m_group(new QActionGroup(this))
{
    setToolTipsVisible(true);
    m_group->setExclusive(true);
    setModel(std::nullopt);
}

OperatingPreset OperatingPointMenu::chosenPreset() const
{
    return operatingPresetFromKey(Settings().operatingPreset());
}

OperatingPoint OperatingPointMenu::pointFor(const ModelManifest& manifest) const
{
    if (auto point = resolveOperatingPoint(manifest, chosenPreset()))
        return *point;
    return *resolveOperatingPoint(manifest, OperatingPreset::ManifestDefault);
}

void OperatingPointMenu::setModel(const std::optional<ModelManifest>& manifest)
{
    clear();
    for (QAction* action : m_group->actions())
        m_group->removeAction(action);
    if (!manifest) {
        addAction(tr("No model variant selected"))->setEnabled(false);
        return;
    }

    const OperatingPoint effective = pointFor(*manifest);
    for (OperatingPreset preset : operatingPresets()) {
        const std::optional<OperatingPoint> point = resolveOperatingPoint(*manifest, preset);
        QAction* action = addAction(point ? tr("%1: %2").arg(presetDisplayName(preset),
                                                             operatingPointSummary(*point))
                                          : presetDisplayName(preset));
        action->setCheckable(true);
        action->setData(operatingPresetKey(preset));
        action->setEnabled(point.has_value());
        action->setChecked(preset == effective.preset);
        if (!point) {
            action->setToolTip(tr("Not available: the manifest of %1 has no validation ROC points. "
                                  "Measure them with 'dermaedge-cli evaluate --write-operating-points'.")
                                   .arg(manifest->id));
        }
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, preset] { choose(preset); });
    }
    addSeparator();
    QAction* note = addAction(manifest->validationRoc.isEmpty()
                                  ? tr("No validation ROC recorded for this variant")
                                  : tr("Rates from %n validation image(s) of %1", nullptr,
                                       manifest->validationRoc.images)
                                        .arg(manifest->validationRoc.split));
    note->setEnabled(false);
}

void OperatingPointMenu::choose(OperatingPreset preset)
{
    if (operatingPresetKey(preset) == Settings().operatingPreset())
        return;
    Settings().setOperatingPreset(operatingPresetKey(preset));
    Q_EMIT presetChanged();
}

} // namespace dermaedge
