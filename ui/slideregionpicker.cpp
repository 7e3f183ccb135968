#include "slideregionpicker.h"

#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>

#include "slideview.h"

namespace wbc {

SlideRegionPicker::SlideRegionPicker(SlideView *view)
    : QObject(view)
    , m_view(view)
    , m_band(new QRubberBand(QRubberBand::Rectangle, view))
{
    m_view->installEventFilter(this);
}

void SlideRegionPicker::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    m_dragging = false;
    m_band->hide();
    m_view->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    Q_EMIT activeChanged(on);
}

bool SlideRegionPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active || watched != m_view)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            return true;
        m_origin = e->position().toPoint();
        m_dragging = true;
        m_band->setGeometry(QRect(m_origin, QSize()));
        m_band->show();
        return true;
    }
    case QEvent::MouseMove:
        if (m_dragging)
            m_band->setGeometry(
                QRect(m_origin, static_cast<QMouseEvent *>(event)->position().toPoint())
                    .normalized());
        return true;
    case QEvent::MouseButtonRelease: {
        if (!m_dragging)
            return true;
        m_dragging = false;
        const QPointF end = static_cast<QMouseEvent *>(event)->position();
        const QPointF a = m_view->mapToSlide(QPointF(m_origin));
        const QPointF b = m_view->mapToSlide(end);
        const QRectF slide(QPointF(0, 0), m_view->slideSize());
        const QRectF picked = QRectF(a, b).normalized().intersected(slide);
        const QRect level0(QPoint(int(std::floor(picked.left())), int(std::floor(picked.top()))),
            QPoint(int(std::ceil(picked.right())) - 1, int(std::ceil(picked.bottom())) - 1));
        setActive(false);
        // A click, not a drag: nothing picked.
        if (level0.width() > 1 && level0.height() > 1)
            Q_EMIT regionPicked(level0);
        return true;
    }
    case QEvent::MouseButtonDblClick:
        return true;
    case QEvent::Wheel: // zooming under a rectangle being drawn would move it off its place
        return m_dragging;
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            setActive(false);
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wbc
