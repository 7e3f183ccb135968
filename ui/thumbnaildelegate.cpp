#include "thumbnaildelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "badgepainter.h"
#include "cellclassstyle.h"
#include "celllabelstyle.h"
#include "imagelistmodel.h"

namespace wbc {

namespace {

    constexpr int kPad = 6; // around the thumbnail
    constexpr int kTextGap = 4; // between thumbnail and file name
    constexpr int kInset = 4; // badges from the thumbnail's edges
    constexpr qreal kRadius = 4; // cell and badge corners

    constexpr BadgeStyle kBadge{kRadius, 10, 2};

    QFont badgeFont(const QFont &base)
    {
        return scaledFont(base, 0.9, true);
    }

    // One badge per white cell along the bottom left, in the cells' order, up to `right`; what
    // does not fit is counted in a last "+n" badge.
    void drawCellBadges(QPainter *p, const QRectF &area, qreal right, const QStringList &names)
    {
        const QFontMetricsF fm(p->font());
        const qreal gap = 2;
        qreal x = area.left();
        for (int i = 0; i < names.size(); ++i) {
            const CellLabel label = CellLabel::parse(names.at(i)).value_or(CellLabel());
            const QString text = cellstyle::labelCode(label);
            const QString more = ThumbnailDelegate::tr("+%1").arg(names.size() - i);
            const bool last = i == names.size() - 1;
            // Room for this badge, and for a "+n" after it unless it is the last one.
            const qreal need = badgeSize(fm, text, kBadge).width()
                + (last ? 0 : gap + badgeSize(fm, more, kBadge).width());
            if (x + need > right && i > 0) {
                drawBadge(p,
                    QRectF(QPointF(x, area.top()), area.bottomRight()),
                    Qt::AlignBottom | Qt::AlignLeft,
                    more,
                    cellstyle::multiLabelColor(),
                    cellstyle::badgeTextColor(), kBadge);
                return;
            }
            const QRectF r = drawBadge(p,
                QRectF(QPointF(x, area.top()), area.bottomRight()),
                Qt::AlignBottom | Qt::AlignLeft,
                text,
                cellstyle::labelColor(label),
                cellstyle::labelTextColor(label), kBadge,
                label.isUnlabelled() ? QColor(0x26, 0x32, 0x38) : QColor());
            x = r.right() + gap;
        }
    }

} // namespace

ThumbnailDelegate::ThumbnailDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize ThumbnailDelegate::cellSize(const QFont &font)
{
    const QFontMetrics fm(font);
    return QSize(kThumbWidth + 2 * kPad, kPad + kThumbHeight + kTextGap + fm.height() + kPad);
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize(option.font);
}

void ThumbnailDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool active = option.state & QStyle::State_Active;
    const QPalette::ColorGroup group = active ? QPalette::Active : QPalette::Inactive;
    const QRectF cell = QRectF(option.rect).adjusted(1, 1, -1, -1);

    // Background: selection fills the whole cell; hover is a light tint.
    if (selected) {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(group, QPalette::Highlight));
        p->drawRoundedRect(cell, kRadius, kRadius);
    } else if (option.state & QStyle::State_MouseOver) {
        QColor hover = pal.color(group, QPalette::Highlight);
        hover.setAlpha(40);
        p->setPen(Qt::NoPen);
        p->setBrush(hover);
        p->drawRoundedRect(cell, kRadius, kRadius);
    }

    // Thumbnail, aspect kept, centred in its box.
    const QRectF box(
        option.rect.left() + kPad, option.rect.top() + kPad, kThumbWidth, kThumbHeight);
    QRectF imageRect = box;
    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!pixmap.isNull()) {
        const QSizeF size = QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
        const QSizeF fitted = size.scaled(box.size(), Qt::KeepAspectRatio);
        imageRect = QRectF(
            QPointF(box.center().x() - fitted.width() / 2, box.center().y() - fitted.height() / 2),
            fitted);
        p->drawPixmap(imageRect, pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    }
    p->setPen(QPen(pal.color(group, QPalette::Mid), 1));
    p->setBrush(Qt::NoBrush);
    p->drawRect(imageRect.adjusted(0.5, 0.5, -0.5, -0.5));

    const QRectF badges = imageRect.adjusted(kInset, kInset, -kInset, -kInset);
    p->setFont(badgeFont(option.font));

    // Multi-cell flag: a corner tag.
    const QString flag = index.data(ImageListModel::FlagRole).toString();
    if (flag == u"multi") {
        drawBadge(p,
            badges,
            Qt::AlignTop | Qt::AlignRight,
            tr("MULTI"),
            cellstyle::multiFlagColor(),
            cellstyle::badgeTextColor(), kBadge);
    } else if (flag == u"none") {
        drawBadge(p,
            badges,
            Qt::AlignTop | Qt::AlignRight,
            tr("NONE"),
            cellstyle::noCellFlagColor(),
            cellstyle::badgeTextColor(), kBadge);
    }

    // A prediction: outlined badge, bottom right, in the predicted class's colour.
    qreal cellBadgesRight = badges.right();
    const QString predicted = index.data(ImageListModel::PredictionRole).toString();
    if (const auto cls = parseCellClass(predicted)) {
        const QVariant confidence = index.data(ImageListModel::ConfidenceRole);
        QString text = cellstyle::classCode(*cls);
        if (confidence.isValid())
            text = tr("%1 %2%").arg(text).arg(qRound(confidence.toDouble() * 100));
        const QColor color = cellstyle::classColor(*cls);
        const QRectF r = drawBadge(p,
            badges,
            Qt::AlignBottom | Qt::AlignRight,
            text,
            QColor(255, 255, 255, 235),
            color, kBadge,
            color);
        cellBadgesRight = r.left() - 4;
    }

    // The white cells' labels: one filled badge per cell, bottom left ("?" while unlabelled).
    drawCellBadges(
        p, badges, cellBadgesRight, index.data(ImageListModel::CellLabelsRole).toStringList());

    // File name, elided in the middle so that numbers at the end stay readable.
    p->setFont(option.font);
    const QRectF textRect(option.rect.left() + kPad,
        box.bottom() + kTextGap,
        option.rect.width() - 2 * kPad,
        option.rect.bottom() - kPad / 2 - box.bottom() - kTextGap);
    const QString name = option.fontMetrics.elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, int(textRect.width()));
    p->setPen(pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    p->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, name);

    // Keyboard focus: a ring inside the cell, in a colour that contrasts with its background.
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(pal.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight), 2);
        if (selected)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(cell.adjusted(1.5, 1.5, -1.5, -1.5), kRadius, kRadius);
    }
    p->restore();
}

} // namespace wbc
