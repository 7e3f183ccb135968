#include "slideoverview.h"

#include <QMouseEvent>
#include <QPainter>

namespace wbc {

namespace {
    constexpr int kFrame = 2;
} // namespace

SlideOverview::SlideOverview(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Slide overview"));
    setToolTip(tr("Click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    hide(); // until there is a thumbnail
}

void SlideOverview::setThumbnail(const QImage &thumbnail, const QSizeF &slideSize, int maxSide)
{
    m_slideSize = slideSize;
    m_thumbnail = thumbnail.isNull()
        ? QImage()
        : thumbnail.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (m_thumbnail.isNull() || slideSize.isEmpty()) {
        hide();
        return;
    }
    setFixedSize(m_thumbnail.size() + QSize(2 * kFrame, 2 * kFrame));
    show();
    update();
}

void SlideOverview::setVisibleRect(const QRectF &level0)
{
    if (level0 == m_visible)
        return;
    m_visible = level0;
    update();
}

QRectF SlideOverview::pictureRect() const
{
    return QRectF(kFrame, kFrame, m_thumbnail.width(), m_thumbnail.height());
}

QPointF SlideOverview::toSlide(const QPointF &pos) const
{
    const QRectF r = pictureRect();
    if (r.isEmpty())
        return {};
    return QPointF((pos.x() - r.x()) * m_slideSize.width() / r.width(),
        (pos.y() - r.y()) * m_slideSize.height() / r.height());
}

QPointF SlideOverview::fromSlide(const QPointF &level0) const
{
    const QRectF r = pictureRect();
    if (m_slideSize.isEmpty())
        return {};
    return QPointF(r.x() + level0.x() * r.width() / m_slideSize.width(),
        r.y() + level0.y() * r.height() / m_slideSize.height());
}

void SlideOverview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x26, 0x32, 0x38, 220));
    p.drawImage(pictureRect().topLeft(), m_thumbnail);
    if (m_visible.isEmpty())
        return;
    const QRectF v = QRectF(fromSlide(m_visible.topLeft()), fromSlide(m_visible.bottomRight()))
                         .intersected(pictureRect());
    p.setRenderHint(QPainter::Antialiasing);
    // A view smaller than a pixel of the inset still shows where it is.
    QRectF shown = v;
    if (shown.width() < 5 || shown.height() < 5)
        shown = QRectF(v.center() - QPointF(2.5, 2.5), QSizeF(5, 5));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x26, 0x32, 0x38), 4)); // dark under the yellow: seen on any smear
    p.drawRect(shown);
    p.setBrush(QColor(255, 213, 79, 40));
    p.setPen(QPen(QColor(255, 213, 79), 2));
    p.drawRect(shown);
}

void SlideOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    Q_EMIT navigateRequested(toSlide(event->position()));
    event->accept();
}

void SlideOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    Q_EMIT navigateRequested(toSlide(event->position()));
    event->accept();
}

} // namespace wbc
