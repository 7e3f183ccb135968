#include "cellgallerydelegate.h"

#include <QPainter>
#include <QPainterPath>

#include "badgepainter.h"
#include "cellclassstyle.h"
#include "cellcroploader.h"
#include "cellgallerymodel.h"
#include "celllabelstyle.h"

namespace wbc {

namespace {

    constexpr int kPad = 4; // around the crop
    constexpr int kTextGap = 2; // between crop and file name
    constexpr int kInset = 3; // badges from the crop's edges
    constexpr qreal kRadius = 3; // tile and badge corners

    constexpr BadgeStyle kBadge{kRadius, 8, 1};

    QFont badgeFont(const QFont &base)
    {
        return scaledFont(base, 0.85, true);
    }

    QFont nameFont(const QFont &base)
    {
        return scaledFont(base, 0.85, false);
    }

} // namespace

CellGalleryDelegate::CellGalleryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_tiles(kTileCacheKiB)
{ }

QSize CellGalleryDelegate::tileSize(const QFont &font)
{
    const QFontMetrics fm(nameFont(font));
    const QSize crop = CellCropLoader::kCropSize;
    return QSize(crop.width() + 2 * kPad, kPad + crop.height() + kTextGap + fm.height() + kPad);
}

QSize CellGalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return tileSize(option.font);
}

void CellGalleryDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QRectF tile = QRectF(option.rect).adjusted(1, 1, -1, -1);
    if (selected) {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(group, QPalette::Highlight));
        p->drawRoundedRect(tile, kRadius, kRadius);
    } else if (option.state & QStyle::State_MouseOver) {
        QColor hover = pal.color(group, QPalette::Highlight);
        hover.setAlpha(40);
        p->setPen(Qt::NoPen);
        p->setBrush(hover);
        p->drawRoundedRect(tile, kRadius, kRadius);
    }

    // The rest (crop, badges, name) is the same on every repaint: painted once into a pixmap.
    // Asking for the crop on every paint keeps a tile that is still loading queued.
    const QImage crop = index.data(Qt::DecorationRole).value<QImage>();
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const QString key
        = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8x%9|%10|%11")
              .arg(index.data(CellGalleryModel::CellIdRole).toLongLong())
              .arg(index.data(CellGalleryModel::LabelRole).toString(),
                  index.data(CellGalleryModel::PredictionRole).toString())
              .arg(qRound(index.data(CellGalleryModel::ConfidenceRole).toDouble() * 100))
              .arg(crop.cacheKey())
              .arg(int(selected) * 2 + int(group == QPalette::Active))
              .arg(index.data(Qt::DisplayRole).toString())
              .arg(option.rect.width())
              .arg(option.rect.height())
              .arg(dpr)
              .arg(pal.cacheKey());
    if (!crop.isNull()) {
        if (const QPixmap *cached = m_tiles.object(key)) {
            p->drawPixmap(option.rect.topLeft(), *cached);
        } else {
            auto *pixmap = new QPixmap(option.rect.size() * dpr);
            pixmap->setDevicePixelRatio(dpr);
            pixmap->fill(Qt::transparent);
            {
                QPainter tp(pixmap);
                tp.setRenderHint(QPainter::Antialiasing);
                QStyleOptionViewItem at = option;
                at.rect.moveTopLeft(QPoint(0, 0));
                paintTile(&tp, at, index, crop, selected, group);
            }
            p->drawPixmap(option.rect.topLeft(), *pixmap);
            m_tiles.insert(
                key, pixmap, std::max<qsizetype>(1, pixmap->width() * pixmap->height() * 4 / 1024));
        }
    } else {
        paintTile(p, option, index, crop, selected, group);
    }

    if (option.state & QStyle::State_HasFocus) {
        QPen pen(pal.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight), 2);
        if (selected)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(tile.adjusted(1.5, 1.5, -1.5, -1.5), kRadius, kRadius);
    }
    p->restore();
}

void CellGalleryDelegate::paintTile(QPainter *p,
    const QStyleOptionViewItem &option,
    const QModelIndex &index,
    const QImage &crop,
    bool selected,
    QPalette::ColorGroup group) const
{
    const QPalette &pal = option.palette;
    const QSize cropSize = CellCropLoader::kCropSize;
    const QRectF box(option.rect.left() + (option.rect.width() - cropSize.width()) / 2,
        option.rect.top() + kPad,
        cropSize.width(),
        cropSize.height());
    if (!crop.isNull()) {
        p->drawImage(box, crop);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(group, QPalette::Midlight));
        p->drawRect(box);
        const auto state
            = CellGalleryModel::CropState(index.data(CellGalleryModel::CropStateRole).toInt());
        if (state == CellGalleryModel::CropState::Failed) {
            p->setFont(nameFont(option.font));
            p->setPen(pal.color(group, QPalette::Text));
            p->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, tr("Cannot read the image"));
        }
    }
    const bool disagrees = index.data(CellGalleryModel::DisagreesRole).toBool();
    p->setBrush(Qt::NoBrush);
    if (disagrees)
        p->setPen(QPen(cellstyle::multiFlagColor(), 2));
    else
        p->setPen(QPen(pal.color(group, QPalette::Mid), 1));
    p->drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));

    const QRectF badges = box.adjusted(kInset, kInset, -kInset, -kInset);
    p->setFont(badgeFont(option.font));
    const auto label = CellLabel::parse(index.data(CellGalleryModel::LabelRole).toString());
    if (label && !label->isUnlabelled())
        drawBadge(p,
            badges,
            Qt::AlignBottom | Qt::AlignLeft,
            cellstyle::labelCode(*label),
            cellstyle::labelColor(*label),
            cellstyle::labelTextColor(*label), kBadge);
    if (const auto cls = parseCellClass(index.data(CellGalleryModel::PredictionRole).toString())) {
        const QVariant confidence = index.data(CellGalleryModel::ConfidenceRole);
        QString text = cellstyle::classCode(*cls);
        if (confidence.isValid())
            text = tr("%1 %2%").arg(text).arg(qRound(confidence.toDouble() * 100));
        const QColor color = cellstyle::classColor(*cls);
        drawBadge(p,
            badges,
            Qt::AlignBottom | Qt::AlignRight,
            text,
            QColor(255, 255, 255, 235),
            color, kBadge,
            color);
    }

    const QFont font = nameFont(option.font);
    p->setFont(font);
    const QRectF textRect(option.rect.left() + kPad,
        box.bottom() + kTextGap,
        option.rect.width() - 2 * kPad,
        option.rect.bottom() - box.bottom() - kTextGap);
    const QString name = QFontMetrics(font).elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, int(textRect.width()));
    p->setPen(pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    p->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, name);
}

} // namespace wbc
