#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QTransform>

#include "base/celllabel.h"
#include "project/projectstore.h"

class QPainter;

namespace wbc {

// The white cells of the shown slide, for the SlideView: their boxes (level-0 pixels) in a grid
// of buckets so that a view of a few hundred pixels finds its cells without walking all of them,
// their current labels, what a click hits, and how they are drawn at any zoom (a box with its
// label's colour and code when it is large enough on screen, a dot of that colour when it is not).
// A value the view owns; GUI thread.
class SlideCellLayer
{
public:
    void setCells(const QList<CellRecord> &cells, const QHash<qint64, CellLabel> &labels);
    // Labels only (the same cells).
    void setLabels(const QHash<qint64, CellLabel> &labels) { m_labels = labels; }
    const QList<CellRecord> &cells() const { return m_cells; }
    CellLabel label(qint64 cellId) const { return m_labels.value(cellId); }
    // Index in cells(), -1 when the cell is not there.
    int indexOf(qint64 cellId) const { return m_indexById.value(cellId, -1); }

    // Indices of the cells whose boxes meet a rectangle (level-0 pixels).
    QList<int> cellsIn(const QRectF &level0) const;
    // The cell under a point (level-0 pixels), within `tolerance` level-0 pixels of its box (a box
    // smaller than a few screen pixels is still hit); the nearest centre wins. 0: none.
    qint64 cellAt(const QPointF &level0, double tolerance) const;

    // Draws the cells meeting `visible` (level-0 pixels) through `toScreen` (level 0 to widget).
    void paint(QPainter &p,
        const QTransform &toScreen,
        const QRectF &visible,
        const QList<qint64> &selected,
        qint64 current) const;

private:
    static constexpr int kBucket = 1024; // level-0 pixels on each side of a bucket
    static qint64 bucketKey(qint64 bx, qint64 by) { return (bx << 32) | (by & 0xffffffff); }

    QList<CellRecord> m_cells;
    QHash<qint64, CellLabel> m_labels;
    QHash<qint64, int> m_indexById;
    QHash<qint64, QList<int>> m_buckets; // by the bucket of a box's top-left corner
    int m_maxSide = 0; // the largest box's side: how far a box reaches out of its bucket
};

} // namespace wbc
