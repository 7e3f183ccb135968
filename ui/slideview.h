#pragma once

#include <optional>

#include <QImage>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include "slidecelllayer.h"
#include "slidetilecache.h"

namespace wbc {

class SlideOverview;
class SlideReader;
class SlideTileLoader;

// A whole-slide image (scanned smear) with its white cells. Shows 512-pixel tiles of the pyramid
// level that fits the zoom; tiles decode on the SlideTileLoader's pool, never on the GUI thread,
// into a cache bounded in bytes, and a tile not decoded yet is drawn from the finest coarser tile
// (or the thumbnail) that is cached, so panning never waits. Zoom with the wheel or +/- around
// the cursor, from the whole slide to full resolution and beyond; pan by dragging or with the
// arrow keys; the overview inset (top right) shows where the view is and moves it. Nothing of
// level-0 size is ever allocated: a 100,000 x 100,000 slide is shown like any other.
// The cells (boxes in level-0 pixels, from the project) are drawn at every zoom in their label's
// colour; a click selects one (Ctrl+click toggles, Shift+click adds), Tab / Shift+Tab step through
// them in store order and bring the current one into view. The view only keeps the selection:
// labelling keys are the main window's (MainWindow::labelSelection), as for the field viewer.
// GUI thread; owns the loader, the cache and the overview.
class SlideView : public QWidget
{
    Q_OBJECT

public:
    explicit SlideView(QWidget *parent = nullptr);
    ~SlideView() override;

    // Opens a slide file (asynchronously: slideOpened or loadFailed follows) with its white cells
    // and their current labels (by cell id; missing: unlabelled). imageId 0 clears.
    void showSlide(qint64 imageId,
        const QString &path,
        const QList<CellRecord> &cells,
        const QHash<qint64, CellLabel> &labels = {});
    // New cells or labels of the shown slide: the selection stays where its cells still exist.
    void setCells(const QList<CellRecord> &cells, const QHash<qint64, CellLabel> &labels = {});
    qint64 imageId() const { return m_imageId; }
    QString path() const { return m_path; }
    // Whether the slide is open (its reader ready): tiles and size are known.
    bool isOpen() const;
    const SlideReader *reader() const;
    QSizeF slideSize() const { return m_slideSize; }

    const QList<CellRecord> &cells() const { return m_layer.cells(); }
    CellLabel cellLabel(qint64 cellId) const { return m_layer.label(cellId); }
    int cellNumber(qint64 cellId) const { return m_layer.indexOf(cellId) + 1; }
    qint64 currentCellId() const { return m_current; }
    QList<qint64> selectedCellIds() const { return m_selected; }
    // Makes a cell current and the only one selected, and brings it into view.
    bool selectCell(qint64 cellId);
    bool selectNextCell();
    bool selectPreviousCell();
    bool selectNextUnlabelledCell();
    // The cell under a point of the widget, 0 when none.
    qint64 cellAt(const QPoint &pos) const;

    // Screen pixels per level-0 pixel; fitScale() shows the whole slide.
    double scale() const { return m_scale; }
    double fitScale() const;
    void setScale(double scale, const QPointF &anchor = QPointF(-1, -1));
    // The level-0 point at the widget's centre.
    QPointF center() const { return m_center; }
    void centerOn(const QPointF &level0);
    // Moves the view by a distance in screen pixels.
    void panBy(const QPointF &screen);
    // The part of the slide in view, level-0 pixels.
    QRectF visibleRect() const;
    QPointF mapToSlide(const QPointF &widget) const;
    QPointF mapFromSlide(const QPointF &level0) const;
    // The pyramid level tiles are drawn from at this zoom.
    int currentLevel() const;
    // Visible tiles of the current level not yet decoded; 0 when the view is sharp.
    int missingTileCount() const;
    bool isLoading() const; // tiles queued or decoding

    // The scale bar's length (1, 2 or 5 times a power of ten micrometres, 48 to 120 screen
    // pixels long); 0 when the slide does not say its pixel size.
    double scaleBarMicrons() const;

    SlideTileCache &tileCache() { return m_cache; }
    SlideTileLoader *loader() const { return m_loader; }
    SlideOverview *overview() const { return m_overview; }
    // The slide's counting area (level-0 pixels), outlined over the slide; nullopt: none.
    void setCountingArea(const std::optional<QRect> &area);
    std::optional<QRect> countingArea() const { return m_countingArea; }
    // The longest paintEvent so far, in milliseconds (the GUI thread's share of a frame).
    double longestPaintMs() const { return m_longestPaintMs; }
    void resetPaintStats() { m_longestPaintMs = 0; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void zoomToActualSize();
    void selectAllCells();

Q_SIGNALS:
    void slideOpened(qint64 imageId);
    void loadFailed(qint64 imageId, const QString &message);
    void currentCellChanged(qint64 cellId);
    void cellSelectionChanged();
    void zoomChanged(double scale);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onOpened(const QImage &thumbnail);
    void drawCountingArea(QPainter &p) const;
    void onTileReady(const SlideTileKey &key, const QImage &tile);
    QTransform toScreen() const;
    // The tiles of a level that meet the visible part of the slide.
    QList<SlideTileKey> visibleTiles(int level) const;
    QRectF tileLevel0Rect(const SlideTileKey &key) const;
    // Draws what is cached of the slide over `level0` (a missing tile's place), coarse to fine.
    void drawFallback(QPainter &p, const QRectF &level0, int level);
    // A decoded tile at its place, scaled once per zoom (m_scaled).
    void drawTile(QPainter &p, const SlideTileKey &key, const QImage &tile, const QRectF &level0);
    void drawPart(
        QPainter &p, const QImage &image, const QRectF &imageLevel0, const QRectF &level0);
    void requestTiles(const QList<SlideTileKey> &missing, int level);
    void clampCenter();
    void viewChanged();
    void ensureVisible(qint64 cellId);
    void changeSelection(QList<qint64> selected, qint64 current);
    void placeOverview();
    void drawScaleBar(QPainter &p);

    SlideTileLoader *m_loader;
    SlideOverview *m_overview;
    SlideTileCache m_cache;
    SlideCellLayer m_layer;
    QSet<SlideTileKey> m_failed; // tiles the reader could not decode: not asked for again
    QHash<SlideTileKey, QImage> m_scaled; // tiles in view scaled to m_scaledFor
    double m_scaledFor = 0;
    QImage m_thumbnail;
    QString m_path;
    QString m_error; // why the slide is not shown
    qint64 m_imageId = 0;
    QSizeF m_slideSize;
    QPointF m_center;
    double m_scale = 1.0;
    bool m_fit = true; // follow the widget's size until the user zooms
    QList<qint64> m_selected;
    qint64 m_current = 0;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_pressed = false;
    double m_longestPaintMs = 0;
    std::optional<QRect> m_countingArea;
};

} // namespace wbc
