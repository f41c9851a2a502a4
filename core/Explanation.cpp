#include "Explainer.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace dermaedge {

namespace {

struct ColourStop
{
    float position;
    int red;
    int green;
    int blue;
};

// A jet-like scale: blue for the lowest values through cyan and yellow to red for the highest.
constexpr std::array<ColourStop, 5> kStops{{{0.0f, 0, 0, 255},
                                            {0.35f, 0, 255, 255},
                                            {0.6f, 255, 255, 0},
                                            {0.8f, 255, 128, 0},
                                            {1.0f, 255, 0, 0}}};

} // namespace

QString explanationMethodName(ExplanationMethod method)
{
    switch (method) {
    case ExplanationMethod::GradCam:
        return QStringLiteral("Grad-CAM");
    case ExplanationMethod::InputGradient:
        return QStringLiteral("input-gradient saliency");
    }
    return {};
}

QRgb heatmapColour(float value)
{
    const float v = std::isfinite(value) ? std::clamp(value, 0.0f, 1.0f) : 0.0f;
    size_t upper = 1;
    while (upper + 1 < kStops.size() && kStops[upper].position < v)
        ++upper;
    const ColourStop& a = kStops[upper - 1];
    const ColourStop& b = kStops[upper];
    const float t = std::clamp((v - a.position) / (b.position - a.position), 0.0f, 1.0f);
    auto mix = [t](int from, int to) { return int(std::lround(from + (to - from) * t)); };
    const int alpha = int(std::lround(255.0f * v));
    return qPremultiply(qRgba(mix(a.red, b.red), mix(a.green, b.green), mix(a.blue, b.blue), alpha));
}

namespace {

QRgb fadedColour(QRgb premultiplied, double fade)
{
    if (fade >= 1.0)
        return premultiplied;
    auto scaled = [fade](int channel) { return int(std::lround(channel * fade)); };
    return qRgba(scaled(qRed(premultiplied)), scaled(qGreen(premultiplied)), scaled(qBlue(premultiplied)),
                 scaled(qAlpha(premultiplied)));
}

} // namespace

double heatmapStrength(double probability, double threshold)
{
    if (!std::isfinite(probability) || !std::isfinite(threshold) || threshold <= 0.0)
        return 1.0;
    return std::clamp(probability / threshold, kFaintestHeatmap, 1.0);
}

QPointF Explanation::peakPosition() const
{
    if (isNull())
        return {};
    const auto peak = std::max_element(values.begin(), values.end());
    const int index = int(peak - values.begin());
    const double x = (index % width + 0.5) * inputRect.width() / width;
    const double y = (index / width + 0.5) * inputRect.height() / height;
    return inputRect.topLeft() + QPointF(x, y);
}

QImage Explanation::heatmapImage() const
{
    if (isNull())
        return {};
    // The colours keep their meaning, with red at the map's peak. Only the alpha fades.
    const double fade = std::clamp(strength, 0.0, 1.0);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = fadedColour(heatmapColour(valueAt(x, y)), fade);
    }
    return image;
}

QImage Explanation::renderOverlay(const QImage& image, double opacity) const
{
    QImage result = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (isNull() || result.isNull())
        return result;
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    painter.drawImage(inputRect, heatmapImage());
    painter.setOpacity(1.0);
    // The outline shows which part of a non-square image the network saw.
    QPen pen(Qt::white, std::max(1.0, image.width() / 300.0), Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(inputRect);
    painter.end();
    return result;
}

} // namespace dermaedge
