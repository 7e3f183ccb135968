#pragma once

#include "project/projectstore.h"

#include <QGraphicsView>
#include <QImage>
#include <QPointer>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace wbc {

class BoxItem;

// The selected image at full resolution: smooth zoom (wheel, zoomIn/zoomOut, fit), pan by
// dragging the background, cell boxes drawn by source (annotation, detection, person) with the
// selected one highlighted. Boxes can be moved or resized with the mouse, drawn in "add box"
// mode and deleted; the viewer only reports these edits (boxAdded/boxEdited/
// boxDeleteRequested) and the owner applies them through ProjectCommands. Images are decoded on
// a worker thread; a late result for an image no longer shown is dropped. GUI thread.
class CellViewer : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CellViewer(QWidget *parent = nullptr);
    ~CellViewer() override;

    // Shows an image file (decoded asynchronously) with its boxes; imageId 0 clears.
    void showImage(qint64 imageId, const QString &path, const QList<CellRecord> &cells);
    void setCells(const QList<CellRecord> &cells);
    qint64 imageId() const { return m_imageId; }
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    qint64 selectedCellId() const;
    void selectCell(qint64 cellId);
    int boxCount() const;
    // A translucent picture over part of the image (the model's saliency map), in image pixels;
    // cleared when another image is shown. A null image clears it.
    void setOverlay(qint64 imageId, const QImage &overlay, const QRect &where);
    bool hasOverlay() const { return m_overlayItem != nullptr; }

    double zoom() const { return transform().m11(); }
    bool isFitting() const { return m_fit; }
    bool isAddBoxMode() const { return m_addMode; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void zoomToActualSize();
    void setAddBoxMode(bool on);
    void deleteSelectedBox();

Q_SIGNALS:
    void imageLoaded(qint64 imageId);
    void loadFailed(qint64 imageId, const QString &message);
    void boxAdded(qint64 imageId, const QRect &box);
    void boxEdited(qint64 cellId, const QRect &box);
    void boxDeleteRequested(qint64 cellId);
    void zoomChanged(double zoom);
    void addBoxModeChanged(bool on);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void setZoom(double zoom, bool keepFit = false);
    void applyImage(const QImage &image);

    QGraphicsScene *m_scene;
    QGraphicsPixmapItem *m_pixmapItem = nullptr;
    QGraphicsPixmapItem *m_overlayItem = nullptr;
    QGraphicsRectItem *m_rubberBand = nullptr;
    QPointF m_rubberStart;
    QImage m_image;
    QList<CellRecord> m_cells;
    qint64 m_imageId = 0;
    quint64 m_request = 0;
    bool m_fit = true;
    bool m_addMode = false;
};

} // namespace wbc
