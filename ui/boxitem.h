#pragma once

#include <QGraphicsRectItem>
#include <QString>

#include <functional>

namespace wbc {

// One cell box in the CellViewer's scene: styled by where it came from (annotation: solid green,
// detection: dashed magenta, a person's: solid cyan), selectable, movable by dragging its inside
// and resizable by dragging a corner. Reports a finished move/resize once, on mouse release.
// Owned by the viewer's scene; GUI thread.
class BoxItem : public QGraphicsRectItem
{
public:
    BoxItem(qint64 cellId, const QRectF &rect, const QString &source, double score);

    qint64 cellId() const { return m_cellId; }
    QString source() const { return m_source; }
    QRectF sceneBox() const { return mapRectToScene(rect()); }
    void setEditedCallback(std::function<void(BoxItem *)> callback)
    {
        m_edited = std::move(callback);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QRectF boundingRect() const override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    int cornerAt(const QPointF &pos) const; // -1 none, 0..3 tl, tr, br, bl
    double handleSize() const;

    qint64 m_cellId;
    QString m_source;
    double m_score;
    int m_resizeCorner = -1;
    QRectF m_pressRect;
    QPointF m_pressPos;
    std::function<void(BoxItem *)> m_edited;
};

} // namespace wbc
