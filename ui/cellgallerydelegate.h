#pragma once

#include <QCache>
#include <QPalette>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace wbc {

// Paints one tile of the cell gallery from CellGalleryModel roles: the cell's crop (a grey
// placeholder while it loads, a note when the field cannot be read), the label as a filled badge
// with its code (bottom left), the active model's prediction as an outlined badge with its
// confidence (bottom right), a red frame when the two disagree, and the field's file name below.
// Selection fills the tile with the palette's highlight; keyboard focus adds a ring. Every tile
// has the same size (the views use uniform item sizes). A finished tile is painted once into a
// pixmap kept in a small LRU (keyed by everything it shows), so repaints after a scroll or a
// relabel are blits. GUI thread; owned by its view.
class CellGalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr qint64 kTileCacheKiB = 32 * 1024; // about 500 tiles

    explicit CellGalleryDelegate(QObject *parent = nullptr);

    // The size of every tile for a font.
    static QSize tileSize(const QFont &font);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintTile(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index,
        const QImage &crop,
        bool selected,
        QPalette::ColorGroup group) const;

    mutable QCache<QString, QPixmap> m_tiles; // cost in KiB
};

} // namespace wbc
