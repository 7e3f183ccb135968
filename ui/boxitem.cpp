#include "boxitem.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wbc {

namespace {

QColor colourFor(const QString &source)
{
    if (source == u"annotation")
        return QColor(40, 170, 60);
    if (source == u"detected")
        return QColor(200, 40, 200);
    return QColor(0, 170, 220); // user
}

} // namespace

BoxItem::BoxItem(qint64 cellId, const QRectF &rect, const QString &source, double score)
    : QGraphicsRectItem(rect)
    , m_cellId(cellId)
    , m_source(source)
    , m_score(score)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(source == u"detected"
                   ? QObject::tr("Detected white cell (confidence %1)").arg(score, 0, 'f', 2)
               : source == u"annotation" ? QObject::tr("Annotated white cell")
                                         : QObject::tr("White cell drawn by a person"));
    setZValue(source == u"detected" ? 1 : 2);
}

double BoxItem::handleSize() const
{
    // Handles stay about 10 screen pixels whatever the zoom.
    const QList<QGraphicsView *> views = scene() ? scene()->views() : QList<QGraphicsView *>();
    const double scale = views.isEmpty() ? 1.0 : views.first()->transform().m11();
    return 10.0 / std::max(scale, 0.01);
}

QRectF BoxItem::boundingRect() const
{
    const double h = handleSize();
    return rect().adjusted(-h, -h, h, h);
}

int BoxItem::cornerAt(const QPointF &pos) const
{
    const QRectF r = rect();
    const QPointF corners[4] = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    const double h = handleSize();
    for (int i = 0; i < 4; ++i) {
        if (QLineF(pos, corners[i]).length() <= h)
            return i;
    }
    return -1;
}

void BoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen(colourFor(m_source), selected ? 3.5 : 2.0);
    pen.setCosmetic(true);
    if (m_source == u"detected")
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(selected ? QColor(255, 255, 255, 40) : QColor(Qt::transparent));
    painter->drawRect(rect());
    if (selected) {
        const double h = handleSize() * 0.6;
        painter->setBrush(colourFor(m_source));
        const QRectF r = rect();
        for (const QPointF &c : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})
            painter->drawRect(QRectF(c.x() - h / 2, c.y() - h / 2, h, h));
    }
}

void BoxItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int corner = cornerAt(event->pos());
    setCursor(corner == 0 || corner == 2   ? Qt::SizeFDiagCursor
              : corner == 1 || corner == 3 ? Qt::SizeBDiagCursor
                                           : Qt::SizeAllCursor);
}

void BoxItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    scene()->clearSelection();
    setSelected(true);
    m_resizeCorner = cornerAt(event->pos());
    m_pressRect = rect();
    m_pressPos = event->pos();
    event->accept();
}

void BoxItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF d = event->pos() - m_pressPos;
    QRectF r = m_pressRect;
    switch (m_resizeCorner) {
    case 0: r.setTopLeft(r.topLeft() + d); break;
    case 1: r.setTopRight(r.topRight() + d); break;
    case 2: r.setBottomRight(r.bottomRight() + d); break;
    case 3: r.setBottomLeft(r.bottomLeft() + d); break;
    default: r.translate(d); break;
    }
    prepareGeometryChange();
    setRect(r.normalized());
}

void BoxItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsRectItem::mouseReleaseEvent(event);
    if (rect() != m_pressRect && m_edited)
        m_edited(this);
    m_resizeCorner = -1;
}

} // namespace wbc
