#include "HeatmapControls.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace dermaedge {

HeatmapControls::HeatmapControls(QAction* toggleAction, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);

    auto* heading = new QLabel(tr("Explanation"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(heading, 0, 0, 1, 2);

    m_showBox = new QCheckBox(tr("Show heatmap (%1)")
                                  .arg(toggleAction->shortcut().toString(QKeySequence::NativeText)),
                              this);
    m_showBox->setChecked(toggleAction->isChecked());
    m_showBox->setToolTip(toggleAction->toolTip());
    connect(m_showBox, &QCheckBox::toggled, toggleAction, &QAction::setChecked);
    connect(toggleAction, &QAction::toggled, m_showBox, &QCheckBox::setChecked);
    layout->addWidget(m_showBox, 1, 0, 1, 2);

    auto* caption = new QLabel(tr("Opacity:"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 100);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(20);
    m_slider->setAccessibleName(tr("Heatmap opacity"));
    caption->setBuddy(m_slider);
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int value) { Q_EMIT opacityChanged(value / 100.0); });
    layout->addWidget(caption, 2, 0);
    layout->addWidget(m_slider, 2, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Explanation status"));
    layout->addWidget(m_status, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    setToolTip(tr("Red marks the regions that raised the melanoma score most, through yellow and "
                  "cyan to faint blue. Regions that did not raise it keep their colours. A heatmap "
                  "shows where the model looked, not why, and is no proof of a finding."));
}

double HeatmapControls::opacity() const
{
    return m_slider->value() / 100.0;
}

void HeatmapControls::setOpacity(double opacity)
{
    m_slider->setValue(int(std::lround(opacity * 100.0)));
}

void HeatmapControls::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString HeatmapControls::statusText() const
{
    return m_status->text();
}

} // namespace dermaedge
