#pragma once

#include "base/celllabel.h"

#include <QGraphicsRectItem>
#include <QString>

#include <functional>

namespace wbc {

// One white cell's box in the CellViewer's scene: styled by where it came from (annotation: solid
// green, detection: dashed magenta, a person's: solid cyan), with a tag above it naming the cell
// (its number in a field of several) and its label (class code on the class colour, "?" while
// unlabelled). The viewer owns the selection: a selected box is drawn thick and filled, the
// current one (what Tab moves from) also gets a yellow halo. A press reports itself (for the
// selection), dragging the inside moves the box and dragging a corner resizes it, once the mouse
// has moved past the drag distance; a finished move/resize is reported once, on release.
// Owned by the viewer's scene; GUI thread.
class BoxItem : public QGraphicsRectItem
{
public:
    BoxItem(qint64 cellId, const QRectF &rect, const QString &source, double score);

    qint64 cellId() const { return m_cellId; }
    QString source() const { return m_source; }
    QRectF sceneBox() const { return mapRectToScene(rect()); }

    // number: the cell's place in its field, 1-based; 0 leaves it out (a single-cell field).
    void setLabel(const CellLabel &label, int number);
    CellLabel label() const { return m_label; }
    // What the tag shows: "N", "2 L", "?".
    QString tagText() const;
    void setSelectionState(bool selected, bool current);
    bool isCellSelected() const { return m_selected; }
    bool isCurrent() const { return m_current; }
    // The view's zoom changed: the tag and handles keep their size on screen.
    void zoomChanged() { prepareGeometryChange(); }

    void setEditedCallback(std::function<void(BoxItem *)> callback)
    {
        m_edited = std::move(callback);
    }
    void setPressedCallback(std::function<void(BoxItem *, Qt::KeyboardModifiers)> callback)
    {
        m_pressed = std::move(callback);
    }

    // The corner (0..3: top left, top right, bottom right, bottom left) a press at this scene
    // position resizes: anywhere on its handle or a few pixels around it; -1: none (it moves).
    int cornerAtScene(const QPointF &scenePos) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    int cornerAt(const QPointF &pos) const; // -1 none, 0..3 tl, tr, br, bl
    double viewScale() const;
    double handleSize() const; // the drawn corner handles' side, in item units
    double grabRadius() const; // how far from a corner a press still grabs it
    // The tag in item coordinates (above the box, or inside when the box touches the top).
    QRectF tagRect() const;
    QSizeF tagScreenSize() const;
    void updateToolTip();

    qint64 m_cellId;
    QString m_source;
    double m_score;
    CellLabel m_label;
    int m_number = 0;
    bool m_selected = false;
    bool m_current = false;
    int m_resizeCorner = -1;
    bool m_dragging = false;
    bool m_pressedHere = false;
    QRectF m_pressRect;
    QPointF m_pressPos;
    std::function<void(BoxItem *)> m_edited;
    std::function<void(BoxItem *, Qt::KeyboardModifiers)> m_pressed;
};

} // namespace wbc
