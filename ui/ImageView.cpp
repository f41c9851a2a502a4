#include "ImageView.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dermaedge {

ImageView::ImageView(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(palette().color(QPalette::Dark));
    setFrameShape(QFrame::NoFrame);
    // Drops go to the main window, which opens the file.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setAccessibleName(tr("Image"));
}

void ImageView::setImage(const QImage& image)
{
    clear();
    // NOTE: the pixmap keeps full resolution, so a 100 MP image (the loader's limit)
    // takes about 400 MB here on top of the decoded QImage.
    m_pixmapItem = m_scene->addPixmap(QPixmap::fromImage(image));
    m_pixmapItem->setTransformationMode(Qt::SmoothTransformation);
    m_scene->setSceneRect(m_pixmapItem->boundingRect());
    fitToWindow();
}

void ImageView::clear()
{
    m_scene->clear();
    m_pixmapItem = nullptr;
    m_overlayItem = nullptr;
    m_scene->setSceneRect(QRectF());
    resetTransform();
    m_zoom = 1.0;
    m_fitToWindow = true;
    viewport()->update();
}

bool ImageView::hasImage() const
{
    return m_pixmapItem != nullptr;
}

void ImageView::setOverlay(const QImage& overlay, const QRectF& targetRect)
{
    clearOverlay();
    if (!hasImage() || overlay.isNull() || targetRect.isEmpty())
        return;
    m_overlayItem = m_scene->addPixmap(QPixmap::fromImage(overlay));
    m_overlayItem->setTransformationMode(Qt::SmoothTransformation);
    m_overlayItem->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    m_overlayItem->setZValue(1.0);
    m_overlayItem->setPos(targetRect.topLeft());
    m_overlayItem->setTransform(QTransform::fromScale(targetRect.width() / overlay.width(),
                                                      targetRect.height() / overlay.height()));
    m_overlayItem->setOpacity(m_overlayOpacity);
    m_overlayItem->setVisible(m_overlayVisible);
}

void ImageView::clearOverlay()
{
    if (!m_overlayItem)
        return;
    m_scene->removeItem(m_overlayItem);
    delete m_overlayItem;
    m_overlayItem = nullptr;
}

void ImageView::setOverlayVisible(bool visible)
{
    m_overlayVisible = visible;
    if (m_overlayItem)
        m_overlayItem->setVisible(visible);
}

void ImageView::setOverlayOpacity(double opacity)
{
    m_overlayOpacity = std::clamp(opacity, 0.0, 1.0);
    if (m_overlayItem)
        m_overlayItem->setOpacity(m_overlayOpacity);
}

QRectF ImageView::overlayRect() const
{
    return m_overlayItem ? m_overlayItem->sceneBoundingRect() : QRectF();
}

bool ImageView::isOverlayShown() const
{
    return m_overlayItem && m_overlayItem->isVisible() && m_overlayOpacity > 0.0;
}

void ImageView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void ImageView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void ImageView::fitToWindow()
{
    m_fitToWindow = true;
    applyFit();
}

void ImageView::showActualSize()
{
    setZoom(1.0);
}

void ImageView::setZoom(double factor)
{
    if (!hasImage())
        return;
    m_fitToWindow = false;
    m_zoom = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    Q_EMIT zoomChanged(m_zoom);
}

void ImageView::applyFit()
{
    if (!hasImage())
        return;
    const QRectF imageRect = m_pixmapItem->boundingRect();
    // A 2-pixel margin keeps rounding from making the image a pixel too large,
    // which would show scroll bars, shrink the viewport and trigger another fit.
    const QSize area = viewport()->size() - QSize(2, 2);
    if (imageRect.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return;
    const double scale = std::min(area.width() / imageRect.width(),
                                  area.height() / imageRect.height());
    m_zoom = std::clamp(scale, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    centerOn(m_pixmapItem);
    Q_EMIT zoomChanged(m_zoom);
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || !hasImage()) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch of a standard wheel is 120 units, and touchpads send smaller steps.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0)
        setZoom(m_zoom * std::pow(kZoomStep, notches));
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitToWindow)
        applyFit();
}

void ImageView::paintEvent(QPaintEvent* event)
{
    QGraphicsView::paintEvent(event);
    if (hasImage())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::BrightText));
    painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
                     Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Open a dermoscopic image (File > Open) or drop it here."));
}

} // namespace dermaedge
