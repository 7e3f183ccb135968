#include "slidecelllayer.h"

#include <cmath>

#include <QPainter>
#include <QSet>

#include "celllabelstyle.h"

namespace wbc {

void SlideCellLayer::setCells(
    const QList<CellRecord> &cells, const QHash<qint64, CellLabel> &labels)
{
    m_cells.clear();
    m_indexById.clear();
    m_buckets.clear();
    m_maxSide = 0;
    m_labels = labels;
    for (const CellRecord &c : cells) {
        if (c.isWholeField() || c.box.isEmpty())
            continue; // a slide's cells have boxes; a whole-field record has nothing to draw
        const int index = int(m_cells.size());
        m_cells.append(c);
        m_indexById.insert(c.id, index);
        m_buckets[bucketKey(c.box.x() / kBucket, c.box.y() / kBucket)].append(index);
        m_maxSide = std::max({ m_maxSide, c.box.width(), c.box.height() });
    }
}

QList<int> SlideCellLayer::cellsIn(const QRectF &level0) const
{
    QList<int> found;
    if (m_cells.isEmpty() || level0.isEmpty())
        return found;
    // A box whose corner lies up to m_maxSide left of or above the rectangle still reaches in.
    const qint64 bx0 = qint64(std::floor((level0.left() - m_maxSide) / kBucket));
    const qint64 by0 = qint64(std::floor((level0.top() - m_maxSide) / kBucket));
    const qint64 bx1 = qint64(std::floor(level0.right() / kBucket));
    const qint64 by1 = qint64(std::floor(level0.bottom() / kBucket));
    if ((bx1 - bx0 + 1) * (by1 - by0 + 1) > m_buckets.size()) { // the whole slide in view
        for (int i = 0; i < m_cells.size(); ++i)
            if (level0.intersects(QRectF(m_cells[i].box)))
                found.append(i);
        return found;
    }
    for (qint64 bx = bx0; bx <= bx1; ++bx)
        for (qint64 by = by0; by <= by1; ++by) {
            const auto it = m_buckets.constFind(bucketKey(bx, by));
            if (it == m_buckets.cend())
                continue;
            for (int i : *it)
                if (level0.intersects(QRectF(m_cells[i].box)))
                    found.append(i);
        }
    return found;
}

qint64 SlideCellLayer::cellAt(const QPointF &level0, double tolerance) const
{
    const QRectF around(
        level0 - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    qint64 best = 0;
    double bestDistance = 0;
    for (int i : cellsIn(around.adjusted(-1, -1, 1, 1))) {
        const QRectF box
            = QRectF(m_cells[i].box).adjusted(-tolerance, -tolerance, tolerance, tolerance);
        if (!box.contains(level0))
            continue;
        const QPointF d = box.center() - level0;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (!best || distance < bestDistance) {
            best = m_cells[i].id;
            bestDistance = distance;
        }
    }
    return best;
}

void SlideCellLayer::paint(QPainter &p,
    const QTransform &toScreen,
    const QRectF &visible,
    const QList<qint64> &selected,
    qint64 current) const
{
    const QColor halo(255, 213, 79); // the current cell, as in the field viewer
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetrics metrics(font);
    p.setRenderHint(QPainter::Antialiasing);
    const QSet<qint64> selectedSet(selected.cbegin(), selected.cend());
    const QList<int> shown = cellsIn(visible);
    for (int i : shown) {
        const CellRecord &c = m_cells[i];
        const CellLabel label = m_labels.value(c.id);
        const QColor colour = cellstyle::labelColor(label);
        const bool isSelected = selectedSet.contains(c.id);
        const bool isCurrent = c.id == current;
        const QRectF box = toScreen.mapRect(QRectF(c.box));
        if (box.width() < 10 || box.height() < 10) { // far out: a dot that keeps its size
            const double radius = isSelected ? 6 : 4;
            if (isCurrent) {
                p.setPen(Qt::NoPen);
                p.setBrush(halo);
                p.drawEllipse(box.center(), radius + 3, radius + 3);
            }
            p.setPen(QPen(isSelected ? Qt::white : QColor(0, 0, 0, 160), 1.5));
            p.setBrush(colour);
            p.drawEllipse(box.center(), radius, radius);
            continue;
        }
        p.setBrush(Qt::NoBrush);
        if (isCurrent) {
            p.setPen(QPen(halo, 6));
            p.drawRect(box);
        }
        if (isSelected) {
            QColor fill = colour;
            fill.setAlpha(50);
            p.setBrush(fill);
        }
        p.setPen(QPen(colour, isSelected ? 3.5 : 2));
        p.drawRect(box);
        if (box.width() < 24)
            continue;
        // The label's code on its colour, above the box (inside when the box is at the top).
        const QString code = cellstyle::labelCode(label);
        const QSizeF tag(metrics.horizontalAdvance(code) + 8, metrics.height() + 2);
        QRectF tagRect(box.topLeft() - QPointF(0, tag.height()), tag);
        if (tagRect.top() < 0)
            tagRect.moveTop(box.top());
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(tagRect);
        p.setPen(cellstyle::labelTextColor(label));
        p.drawText(tagRect, Qt::AlignCenter, code);
    }
}

} // namespace wbc
