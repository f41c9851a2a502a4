#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QRectF>

class QGraphicsPixmapItem;
class QGraphicsScene;

namespace dermaedge {

/// Zoomable view of one image. It starts in fit-to-window mode, which follows
/// the view's size until the user zooms. Ctrl + mouse wheel zooms around the
/// cursor, and the plain wheel scrolls.
class ImageView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.01;
    static constexpr double kMaxZoom = 32.0;
    static constexpr double kZoomStep = 1.25;

    explicit ImageView(QWidget* parent = nullptr);

    /// Shows `image` fitted to the window.
    void setImage(const QImage& image);
    void clear();

    bool hasImage() const;

    /// Shows `overlay` stretched over `targetRect` (in image pixels) above the
    /// image, for example an explanation heatmap. setImage() and clear() remove it.
    void setOverlay(const QImage& overlay, const QRectF& targetRect);
    void clearOverlay();
    bool hasOverlay() const { return m_overlayItem != nullptr; }
    /// Visibility and opacity (0..1) apply to the current and later overlays.
    void setOverlayVisible(bool visible);
    bool isOverlayVisible() const { return m_overlayVisible; }
    void setOverlayOpacity(double opacity);
    double overlayOpacity() const { return m_overlayOpacity; }
    /// Returns true when an overlay exists and is drawn.
    bool isOverlayShown() const;
    /// Area the overlay covers, in image pixels; empty without an overlay.
    QRectF overlayRect() const;
    double zoomFactor() const { return m_zoom; } ///< 1.0 shows one image pixel per device-independent pixel
    bool isFitToWindow() const { return m_fitToWindow; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();

Q_SIGNALS:
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void setZoom(double factor);
    void applyFit();

    QGraphicsScene* m_scene = nullptr;
    QGraphicsPixmapItem* m_pixmapItem = nullptr;
    QGraphicsPixmapItem* m_overlayItem = nullptr;
    bool m_overlayVisible = true;
    double m_overlayOpacity = 0.5;
    double m_zoom = 1.0;
    bool m_fitToWindow = true;
};

} // namespace dermaedge
