#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QFontMetricsF;
class QPainter;

namespace wbc {

// The rounded label badges the thumbnail and gallery delegates paint ("N", "E 57%"): one look,
// two sizes. GUI thread (painting).
struct BadgeStyle
{
    qreal radius = 4;        // corner radius
    qreal padding = 10;      // added to the text's width
    qreal extraHeight = 2;   // added to the font's height
};

// base scaled by `scale` (at least 7 pt / 9 px), optionally bold.
QFont scaledFont(const QFont &base, double scale, bool bold);

QSizeF badgeSize(const QFontMetricsF &fm, const QString &text, const BadgeStyle &style);

// A badge anchored at a corner of `area` in the painter's font, with a thin light outline (or
// `border`) that keeps dark badges apart from dark image content; returns the rect it took.
QRectF drawBadge(QPainter *p,
                 const QRectF &area,
                 Qt::Alignment corner,
                 const QString &text,
                 const QColor &fill,
                 const QColor &textColor,
                 const BadgeStyle &style,
                 const QColor &border = {});

} // namespace wbc
