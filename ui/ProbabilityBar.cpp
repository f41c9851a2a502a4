#include "ProbabilityBar.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace dermaedge {

QColor riskColor(double probability, double threshold)
{
    if (probability >= threshold)
        return QColor(0xc6, 0x28, 0x28); // red
    if (probability >= threshold / 2.0)
        return QColor(0xe6, 0x8a, 0x00); // amber
    return QColor(0x2e, 0x7d, 0x32);     // green
}

ProbabilityBar::ProbabilityBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Melanoma probability"));
}

void ProbabilityBar::setProbability(std::optional<double> probability, double threshold)
{
    if (probability)
        probability = std::clamp(*probability, 0.0, 1.0);
    m_probability = probability;
    m_threshold = std::clamp(threshold, 0.0, 1.0);

    const QString thresholdText = QLocale().toString(m_threshold * 100.0, 'f', 1);
    if (m_probability) {
        const QString valueText = QLocale().toString(*m_probability * 100.0, 'f', 1);
        setToolTip(tr("Probability %1 %, threshold %2 %").arg(valueText, thresholdText));
    } else {
        setToolTip(QString());
    }
    setAccessibleDescription(toolTip());
    update();
}

QSize ProbabilityBar::sizeHint() const
{
    return {240, fontMetrics().height() + 8};
}

QSize ProbabilityBar::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 8};
}

void ProbabilityBar::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF track = QRectF(rect()).adjusted(1, 3, -1, -3);
    const qreal radius = 3.0;
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, radius, radius);

    painter.fillPath(trackPath, palette().color(QPalette::Midlight));
    if (m_probability) {
        QRectF filled = track;
        filled.setWidth(track.width() * *m_probability);
        painter.save();
        painter.setClipPath(trackPath);
        painter.fillRect(filled, riskColor(*m_probability, m_threshold));
        painter.restore();
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawPath(trackPath);

    // Threshold tick, a little taller than the track so it stays visible over the fill.
    const qreal x = track.left() + track.width() * m_threshold;
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2.0));
    painter.drawLine(QPointF(x, rect().top()), QPointF(x, rect().bottom()));
}

} // namespace dermaedge
