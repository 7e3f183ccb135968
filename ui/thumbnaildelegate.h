#pragma once

#include <QStyledItemDelegate>

namespace wbc {

// Paints one item of the image browser's grid from ImageListModel roles: the thumbnail (aspect
// kept), the file name (elided in the middle), one coloured badge per white cell with its
// label's short code ("N L" for two cells, "?" for a cell without a label, "+3" for what does
// not fit), a red "MULTI" / grey "NONE" corner tag from the multi-cell flag, and an outlined
// badge for a classifier's prediction when there is one.
// Selection fills the cell with the palette's highlight; keyboard focus adds a ring. Coordinates
// are logical pixels, so it is sharp at any devicePixelRatio. GUI thread; owned by its view.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kThumbWidth = 160;
    static constexpr int kThumbHeight = 120;

    explicit ThumbnailDelegate(QObject *parent = nullptr);

    // The size of every cell for a font (the grid is uniform).
    static QSize cellSize(const QFont &font);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wbc
