#include "badgepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace wbc {

QFont scaledFont(const QFont &base, double scale, bool bold)
{
    QFont font = base;
    font.setBold(bold);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * scale));
    else
        font.setPixelSize(std::max(9, int(font.pixelSize() * scale)));
    return font;
}

QSizeF badgeSize(const QFontMetricsF &fm, const QString &text, const BadgeStyle &style)
{
    return QSizeF(std::max(fm.height() + 2, fm.horizontalAdvance(text) + style.padding),
                  fm.height() + style.extraHeight);
}

QRectF drawBadge(QPainter *p,
                 const QRectF &area,
                 Qt::Alignment corner,
                 const QString &text,
                 const QColor &fill,
                 const QColor &textColor,
                 const BadgeStyle &style,
                 const QColor &border)
{
    const QSizeF size = badgeSize(QFontMetricsF(p->font()), text, style);
    const qreal x = corner & Qt::AlignRight ? area.right() - size.width() : area.left();
    const qreal y = corner & Qt::AlignBottom ? area.bottom() - size.height() : area.top();
    const QRectF rect(QPointF(x, y), size);
    QPainterPath path;
    path.addRoundedRect(rect, style.radius, style.radius);
    p->setPen(border.isValid() ? QPen(border, 1.5) : QPen(QColor(255, 255, 255, 200), 1));
    p->setBrush(fill);
    p->drawPath(path);
    p->setPen(textColor);
    p->drawText(rect, Qt::AlignCenter, text);
    return rect;
}

} // namespace wbc
