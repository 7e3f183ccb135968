#pragma once

#include <QStyledItemDelegate>

namespace wbc {

// Paints one tile of the cell gallery from CellGalleryModel roles: the cell's crop (a grey
// placeholder while it loads, a note when the field cannot be read), the label as a filled badge
// with its code (bottom left), the active model's prediction as an outlined badge with its
// confidence (bottom right), a red frame when the two disagree, and the field's file name below.
// Selection fills the tile with the palette's highlight; keyboard focus adds a ring. Every tile
// has the same size (the views use uniform item sizes). GUI thread; owned by its view.
class CellGalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellGalleryDelegate(QObject *parent = nullptr);

    // The size of every tile for a font.
    static QSize tileSize(const QFont &font);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wbc
