#include "boxitem.h"

#include "celllabelstyle.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace wbc {

namespace {

QColor colourFor(const QString &source)
{
    if (source == u"annotation")
        return QColor(40, 170, 60);
    if (source == u"detected")
        return QColor(200, 40, 200);
    return QColor(0, 170, 220); // user, field
}

const QColor kHalo(255, 214, 0, 230);      // the current cell
const QColor kNumberFill(0x26, 0x32, 0x38); // the cell's number in the tag

QFont tagFont()
{
    QFont font = QApplication::font();
    font.setBold(true);
    return font;
}

// Width of the number part of the tag, in screen pixels.
double numberWidth(const QFontMetricsF &fm, int number)
{
    return number > 0 ? std::max(fm.height(), fm.horizontalAdvance(QString::number(number)) + 8)
                      : 0.0;
}

} // namespace

BoxItem::BoxItem(qint64 cellId, const QRectF &rect, const QString &source, double score)
    : QGraphicsRectItem(rect)
    , m_cellId(cellId)
    , m_source(source)
    , m_score(score)
{
    setAcceptHoverEvents(true);
    setZValue(source == u"detected" ? 1 : 2);
    updateToolTip();
}

void BoxItem::setLabel(const CellLabel &label, int number)
{
    if (label == m_label && number == m_number)
        return;
    prepareGeometryChange(); // the tag's width follows its text
    m_label = label;
    m_number = number;
    updateToolTip();
    update();
}

QString BoxItem::tagText() const
{
    const QString code = cellstyle::labelCode(m_label);
    return m_number > 0 ? QStringLiteral("%1 %2").arg(m_number).arg(code) : code;
}

void BoxItem::setSelectionState(bool selected, bool current)
{
    if (selected == m_selected && current == m_current)
        return;
    m_selected = selected;
    m_current = current;
    setZValue((m_source == u"detected" ? 1 : 2) + (current ? 0.5 : 0.0));
    update();
}

void BoxItem::updateToolTip()
{
    QString source = QObject::tr("White cell drawn by a person");
    if (m_source == u"detected")
        source = QObject::tr("Detected white cell (confidence %1)").arg(m_score, 0, 'f', 2);
    else if (m_source == u"annotation")
        source = QObject::tr("Annotated white cell");
    else if (m_source == u"field")
        source = QObject::tr("The whole field as one cell");
    const QString label = m_label.isUnlabelled() ? QObject::tr("Unlabeled")
                                                 : m_label.displayName();
    setToolTip(m_number > 0 ? QObject::tr("Cell %1: %2\n%3").arg(m_number).arg(label, source)
                            : QObject::tr("%1\n%2").arg(label, source));
}

double BoxItem::viewScale() const
{
    const QList<QGraphicsView *> views = scene() ? scene()->views() : QList<QGraphicsView *>();
    const double scale = views.isEmpty() ? 1.0 : views.first()->transform().m11();
    return std::max(scale, 0.01);
}

double BoxItem::handleSize() const
{
    return 8.0 / viewScale(); // 8 screen pixels whatever the zoom
}

double BoxItem::grabRadius() const
{
    return handleSize() / 2 + 5.0 / viewScale(); // the whole handle and 5 pixels around it
}

QSizeF BoxItem::tagScreenSize() const
{
    const QFontMetricsF fm(tagFont());
    const double h = fm.height() + 4;
    const double labelWidth = std::max(h, fm.horizontalAdvance(cellstyle::labelCode(m_label)) + 10);
    return QSizeF(numberWidth(fm, m_number) + labelWidth, h);
}

QRectF BoxItem::tagRect() const
{
    const QSizeF size = tagScreenSize() / viewScale();
    const QRectF r = rect();
    // Above the box while it fits in the field, else just inside its top edge.
    const bool above = mapToScene(r.topLeft()).y() - size.height() >= 0;
    return QRectF(QPointF(r.left(), above ? r.top() - size.height() : r.top()), size);
}

QRectF BoxItem::boundingRect() const
{
    const double g = grabRadius() + 1.0 / viewScale();
    return rect().adjusted(-g, -g, g, g).united(tagRect());
}

QPainterPath BoxItem::shape() const
{
    // The box with a few pixels around its edges (to move it) and the corners' grab squares.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const double edge = 3.0 / viewScale();
    path.addRect(rect().adjusted(-edge, -edge, edge, edge));
    const double g = grabRadius();
    const QRectF r = rect();
    for (const QPointF &c : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})
        path.addRect(QRectF(c.x() - g, c.y() - g, 2 * g, 2 * g));
    path.addRect(tagRect());
    return path;
}

int BoxItem::cornerAt(const QPointF &pos) const
{
    // The nearest corner whose grab square (the handle and a margin) holds pos.
    const QRectF r = rect();
    const QPointF corners[4] = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    const double g = grabRadius();
    int nearest = -1;
    double best = 0;
    for (int i = 0; i < 4; ++i) {
        const QPointF d = pos - corners[i];
        const double distance = std::max(std::abs(d.x()), std::abs(d.y()));
        if (distance <= g && (nearest < 0 || distance < best)) {
            nearest = i;
            best = distance;
        }
    }
    return nearest;
}

int BoxItem::cornerAtScene(const QPointF &scenePos) const
{
    return cornerAt(mapFromScene(scenePos));
}

void BoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_current) {
        QPen halo(kHalo, 8.0);
        halo.setCosmetic(true);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect());
    }
    QPen pen(colourFor(m_source), m_selected ? 3.5 : 2.0);
    pen.setCosmetic(true);
    if (m_source == u"detected")
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(m_selected ? QColor(255, 255, 255, 40) : QColor(Qt::transparent));
    painter->drawRect(rect());
    if (m_current) {
        const double h = handleSize();
        painter->setBrush(colourFor(m_source));
        const QRectF r = rect();
        for (const QPointF &c : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})
            painter->drawRect(QRectF(c.x() - h / 2, c.y() - h / 2, h, h));
    }

    // The tag, drawn in screen pixels so it stays readable at any zoom.
    const double scale = viewScale();
    const QSizeF size = tagScreenSize();
    const QFont font = tagFont();
    const QFontMetricsF fm(font);
    painter->save();
    painter->translate(tagRect().topLeft());
    painter->scale(1.0 / scale, 1.0 / scale);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), size), 3, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(cellstyle::labelColor(m_label));
    painter->drawPath(path);
    const double numberW = numberWidth(fm, m_number);
    if (numberW > 0) {
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(QRectF(0, 0, numberW, size.height()), kNumberFill);
        painter->restore();
        painter->setPen(Qt::white);
        painter->drawText(QRectF(0, 0, numberW, size.height()), Qt::AlignCenter,
                          QString::number(m_number));
    }
    painter->setPen(cellstyle::labelTextColor(m_label));
    painter->drawText(QRectF(numberW, 0, size.width() - numberW, size.height()), Qt::AlignCenter,
                      cellstyle::labelCode(m_label));
    // A thin outline keeps the tag apart from the smear (dark for the light "unlabelled" tag).
    painter->setPen(QPen(m_label.isUnlabelled() ? kNumberFill : QColor(255, 255, 255, 200),
                         m_current ? 2.0 : 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
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
    if (m_pressed)
        m_pressed(this, event->modifiers());
    // Ctrl or Shift only change the selection; a plain press may go on to move or resize.
    m_pressedHere = !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier));
    m_dragging = false;
    m_resizeCorner = cornerAt(event->pos());
    m_pressRect = rect();
    m_pressPos = event->pos();
    event->accept();
}

void BoxItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressedHere)
        return;
    if (!m_dragging) {
        // A click that wobbles a pixel selects; it does not move the box.
        const QPointF moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (moved.manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
    }
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
    const bool edited = m_dragging && rect() != m_pressRect;
    m_dragging = false;
    m_pressedHere = false;
    m_resizeCorner = -1;
    if (edited && m_edited)
        m_edited(this); // last: the viewer may replace its boxes in reply
}

} // namespace wbc
