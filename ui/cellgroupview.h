#pragma once

#include <QListView>

#include "base/celllabel.h"

namespace wbc {

// The grid of one class group of the cell gallery: a QListView in icon mode over the group's row
// of CellGalleryModel (setRootIndex), with uniform tiles, no scroll bars of its own and a height
// that follows its content, so the gallery's scroll area scrolls every group as one page and
// the view paints (and so asks crops for) only the tiles on screen. All groups share one model
// and one selection model. The labeling keys (labelkeys.h) and Enter are the view's own while it
// has focus: it reports them (labelRequested, acceptRequested) instead of letting the window's
// shortcuts act on the slide browser. Up from the first row or down from the last asks for the
// neighbouring group (edgeReached). GUI thread; owned by the gallery.
class CellGroupView : public QListView
{
    Q_OBJECT

public:
    explicit CellGroupView(QWidget *parent = nullptr);

    // The tile grid (the delegate's tile size).
    void setTileSize(const QSize &size);
    // The height that shows every tile at a width, before the tiles are laid out; after a layout
    // the view sets its height from where its last tile went.
    int contentHeight(int width) const;
    void doItemsLayout() override;

    // The tile at the same column in the first (direction > 0) or last row, for arriving from
    // the neighbouring group.
    QModelIndex entryIndex(int direction, int x) const;
    // The label a key press sets, when it is a labeling key.
    static std::optional<CellLabel> labelForKey(const QKeyEvent *event);

Q_SIGNALS:
    void labelRequested(const CellLabel &label);
    void acceptRequested();
    // direction -1: up from the first row; +1: down from the last; x: where in the row.
    void edgeReached(int direction, int x);
    // The keyboard moved the current tile (the gallery scrolls it into view).
    void cursorMoved(const QModelIndex &current);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateHeight();

    bool m_dropTarget = false;
};

} // namespace wbc
