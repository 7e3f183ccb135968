#pragma once

#include "base/celllabel.h"
#include "project/projectstore.h"

#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QThreadPool>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace wbc {

class BoxItem;
class SaliencyLegend;

// The selected field at full resolution: smooth zoom (wheel, zoomIn/zoomOut, fit), pan by
// dragging the background, and its white cells as boxes, each tagged with its number and label.
// The viewer keeps a cell selection that labelling keys act on: a current cell (highlighted,
// Tab / Shift+Tab move it through the field's cells in store order) and the selected cells
// (click selects one, Ctrl+click toggles, Shift+click adds). Showing a field makes its first
// unlabelled cell current (else its first), before the picture has even decoded, so a key always
// has a target. Boxes can be moved or resized with the mouse, drawn in "add box" mode and
// deleted; the viewer only reports these edits (boxAdded/boxEdited/boxDeleteRequested) and the
// owner applies them through ProjectCommands. Images are decoded on the viewer's own thread pool
// (never queued behind a long job's tasks on the global pool: loading a training run's cells,
// predicting, importing); a late result for an image no longer shown is dropped. GUI thread.
class CellViewer : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CellViewer(QWidget *parent = nullptr);
    ~CellViewer() override;

    // Shows an image file (decoded asynchronously) with its white cells (ProjectStore::
    // whiteCells order) and their current labels (by cell id; missing: unlabelled). imageId 0
    // clears.
    void showImage(qint64 imageId, const QString &path, const QList<CellRecord> &cells,
                   const QHash<qint64, CellLabel> &labels = {});
    // New cells or labels for the shown image: the current cell and the selection stay where
    // their cells still exist.
    void setCells(const QList<CellRecord> &cells, const QHash<qint64, CellLabel> &labels = {});
    qint64 imageId() const { return m_imageId; }
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    const QList<CellRecord> &cells() const { return m_cells; }
    CellLabel cellLabel(qint64 cellId) const { return m_labels.value(cellId); }
    // 1-based place of a cell in the field; 0 when it is not shown.
    int cellNumber(qint64 cellId) const;

    // The cell keys act on and Tab moves from; 0 when the field has no cell.
    qint64 currentCellId() const { return m_current; }
    qint64 selectedCellId() const { return m_current; }
    // The selected cells in field order (the current one among them).
    QList<qint64> selectedCellIds() const;
    // Makes a cell current and the only one selected; false when it is not shown.
    bool selectCell(qint64 cellId);
    // Selects these cells (those shown); the first becomes current unless current is among them.
    void setSelectedCells(const QList<qint64> &cellIds, qint64 current = 0);
    // Tab / Shift+Tab: the next or previous cell, wrapping; false without cells.
    bool selectNextCell();
    bool selectPreviousCell();
    // The next unlabelled cell after the current one, wrapping; false when every cell has a label.
    bool selectNextUnlabelledCell();
    int boxCount() const;
    // The tag text of a cell's box ("2 L"), empty while the picture loads or for unknown cells.
    QString boxTag(qint64 cellId) const;

    // A translucent picture over part of the image (the model's saliency map), in image pixels;
    // cleared when another image is shown. A null image clears it.
    void setOverlay(qint64 imageId, const QImage &overlay, const QRect &where);
    bool hasOverlay() const { return m_overlayItem != nullptr; }
    // The overlay's key and opacity slider, in the viewer's bottom left corner while there is an
    // overlay; the opacity (0..1) applies to the overlay at once and is remembered.
    SaliencyLegend *overlayLegend() const { return m_legend; }
    double overlayOpacity() const;

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
    void selectAllCells();

Q_SIGNALS:
    void imageLoaded(qint64 imageId);
    void loadFailed(qint64 imageId, const QString &message);
    void boxAdded(qint64 imageId, const QRect &box);
    void boxEdited(qint64 cellId, const QRect &box);
    void boxDeleteRequested(qint64 cellId);
    // The current cell or the selection changed (also when another field is shown).
    void currentCellChanged(qint64 cellId);
    void cellSelectionChanged();
    void zoomChanged(double zoom);
    void addBoxModeChanged(bool on);

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void setZoom(double zoom, bool keepFit = false);
    void placeLegend();
    void applyImage(const QImage &image);
    void rebuildBoxes();
    void updateBoxStates();
    BoxItem *boxFor(qint64 cellId) const;
    int indexOf(qint64 cellId) const;
    qint64 firstCellToLabel() const;
    void boxPressed(BoxItem *box, Qt::KeyboardModifiers modifiers);
    // Sets the selection and current cell and tells listeners what changed.
    void changeSelection(QList<qint64> selected, qint64 current);

    QGraphicsScene *m_scene;
    QGraphicsPixmapItem *m_pixmapItem = nullptr;
    QGraphicsPixmapItem *m_overlayItem = nullptr;
    SaliencyLegend *m_legend = nullptr;
    QGraphicsRectItem *m_rubberBand = nullptr;
    QPointF m_rubberStart;
    QImage m_image;
    QList<CellRecord> m_cells; // white cells, in the store's order
    QHash<qint64, CellLabel> m_labels;
    QList<qint64> m_selected; // in field order
    qint64 m_current = 0;
    qint64 m_imageId = 0;
    quint64 m_request = 0;
    bool m_fit = true;
    bool m_addMode = false;
    // Last member: destroyed first, it waits for a decode still running.
    QThreadPool m_pool;
};

} // namespace wbc
