// CellGalleryModel: drag and drop of cells between the gallery's groups (a drop on another
// class's group relabels them), within one project's window.
#include "cellgallerymodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include "project/projectstore.h"

namespace wbc {

QStringList CellGalleryModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData *CellGalleryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (const GalleryCell *c = cellAt(index); c && !ids.contains(c->cell.id))
            ids.append(c->cell.id);
    }
    if (ids.isEmpty() || !m_store)
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_store->path() << ids;
    auto *data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

QList<qint64> CellGalleryModel::cellIdsIn(const QMimeData *data) const
{
    if (!data || !m_store || !data->hasFormat(kMimeType))
        return {};
    QDataStream in(data->data(kMimeType));
    QString path;
    QList<qint64> ids;
    in >> path >> ids;
    if (in.status() != QDataStream::Ok || path != m_store->path())
        return {}; // another window's project
    return ids;
}

bool CellGalleryModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (!(action & supportedDropActions()))
        return false;
    return groupAcceptsDrops(groupOf(parent)) && !cellIdsIn(data).isEmpty();
}

bool CellGalleryModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int group = groupOf(parent);
    const CellLabel label = groupLabel(group);
    QList<qint64> ids;
    for (qint64 id : cellIdsIn(data)) {
        const auto it = m_positionOfCell.constFind(id);
        if (it != m_positionOfCell.cend() && !(m_cells.at(*it).label == label))
            ids.append(id); // already in that class: nothing to do
    }
    if (ids.isEmpty())
        return false;
    return relabel(ids, label, ids.size() == 1 ? LabelOrigin::Key : LabelOrigin::Bulk);
}

Qt::DropActions CellGalleryModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CellGalleryModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace wbc
