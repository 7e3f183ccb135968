#include "auditqueuemodel.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QSet>

#include "cellclassstyle.h"
#include "reviewmodel.h"
#include "thumbnailloader.h"

namespace wbc {

AuditQueueModel::AuditQueueModel(ThumbnailLoader *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailLoader::thumbnailReady, this, [this](qint64 imageId) {
            for (int r = 0; r < m_rows.size(); ++r) {
                if (m_rows.at(r).cell.imageId == imageId)
                    Q_EMIT dataChanged(index(r, File), index(r, File), { Qt::DecorationRole });
            }
        });
    }
}

void AuditQueueModel::setProject(ProjectStore *store)
{
    m_store = store;
    reload();
}

AuditQueueModel::Row AuditQueueModel::makeRow(const AuditCellRecord &cell) const
{
    Row row;
    row.cell = cell;
    row.label = m_store->currentCellLabel(cell.cellId);
    if (const std::optional<ImageRecord> image = m_store->image(cell.imageId)) {
        row.file = QFileInfo(image->path).fileName();
        row.path = m_store->absolutePath(*image);
        row.key = image->sha256;
        row.imageSize = QSize(image->width, image->height);
    }
    const QList<CellRecord> cells = m_store->whiteCells(cell.imageId);
    row.fieldCells = int(cells.size());
    for (int i = 0; i < cells.size(); ++i) {
        if (cells.at(i).id == cell.cellId) {
            row.number = i + 1;
            row.box = cells.at(i).isWholeField() ? QRect() : cells.at(i).box;
        }
    }
    return row;
}

void AuditQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_suspects.clear();
    m_queue = AuditQueue();
    if (m_store && m_store->isOpen()) {
        m_queue = readAuditQueue(*m_store);
        m_suspects = m_queue.all;
        for (const AuditCellRecord &c : std::as_const(m_queue.open))
            m_rows.append(makeRow(c));
    }
    endResetModel();
}

void AuditQueueModel::refreshImage(qint64 imageId)
{
    if (!m_store || !m_queue.auditId)
        return;
    // The image's suspects, decided or not, in rank order.
    QList<AuditCellRecord> ofImage;
    for (const AuditCellRecord &c : std::as_const(m_suspects)) {
        if (c.imageId == imageId)
            ofImage.append(c);
    }
    if (ofImage.isEmpty())
        return;
    QSet<qint64> open;
    for (const AuditCellRecord &c : std::as_const(ofImage)) {
        const std::optional<CellLabelRecord> newest = m_store->currentCellLabel(c.cellId);
        if (m_store->cell(c.cellId) && !isAuditDecision(newest, m_queue.createdAt))
            open.insert(c.cellId);
    }
    // Rows that left the queue, then rows that came back, each at its rank's place.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (m_rows.at(r).cell.imageId == imageId && !open.contains(m_rows.at(r).cell.cellId)) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (const AuditCellRecord &c : std::as_const(ofImage)) {
        if (!open.contains(c.cellId))
            continue;
        const int existing = rowOfCell(c.cellId);
        if (existing >= 0) { // still open: its label may have changed
            m_rows[existing].label = m_store->currentCellLabel(c.cellId);
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        int at = 0;
        while (at < m_rows.size() && m_rows.at(at).cell.rank < c.rank)
            ++at;
        beginInsertRows({}, at, at);
        m_rows.insert(at, makeRow(c));
        endInsertRows();
    }
    QList<AuditCellRecord> openCells;
    for (const Row &row : std::as_const(m_rows))
        openCells.append(row.cell);
    m_queue.open = openCells;
}

qint64 AuditQueueModel::cellIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).cell.cellId : 0;
}

int AuditQueueModel::rowOfCell(qint64 cellId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).cell.cellId == cellId)
            return r;
    }
    return -1;
}

int AuditQueueModel::rowOfImage(qint64 imageId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).cell.imageId == imageId)
            return r;
    }
    return -1;
}

CellLabel AuditQueueModel::labelOf(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (r.label && !r.label->label.isUnlabelled())
        return r.label->label;
    return CellLabel::parse(r.cell.label).value_or(CellLabel());
}

int AuditQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditQueueModel::picture(const Row &row) const
{
    if (!m_thumbnails || row.path.isEmpty())
        return {};
    const QPixmap pixmap = m_thumbnails->thumbnail(row.cell.imageId, row.path, row.key);
    if (pixmap.isNull())
        return {};
    if (row.box.isEmpty() || row.imageSize.width() <= 0)
        return QIcon(pixmap);
    const double scale = double(pixmap.width()) / row.imageSize.width();
    const int margin = std::max(row.box.width(), row.box.height()) / 6;
    const QRectF cut = QRectF(row.box.adjusted(-margin, -margin, margin, margin));
    const QRect inThumb
        = QRectF(cut.x() * scale, cut.y() * scale, cut.width() * scale, cut.height() * scale)
              .toAlignedRect()
              .intersected(pixmap.rect());
    return QIcon(inThumb.isEmpty() ? pixmap : pixmap.copy(inThumb));
}

QVariant AuditQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return row.cell.rank;
        case File:
            return row.file;
        case Cell:
            return tr("%1 of %2").arg(row.number).arg(row.fieldCells);
        case Label:
            return labelOf(index.row()).displayName();
        case Suggested:
            return auditClassDisplayName(row.cell.suggested);
        case Probabilities:
            return probabilitiesText(row.cell);
        case Score:
            return QLocale().toString(row.cell.score, 'f', 3);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == File)
            return row.path;
        if (column == Label && !(labelOf(index.row()).name() == row.cell.label))
            return tr("Labelled %1 when audited").arg(auditClassDisplayName(row.cell.label));
        if (column == Probabilities || column == Suggested || column == Score)
            return tr("Out-of-fold probabilities (fold %1's model never saw this cell): %2\n"
                      "Label quality %3: lower is more likely wrong")
                .arg(row.cell.fold)
                .arg(probabilitiesText(row.cell), QLocale().toString(row.cell.score, 'f', 3));
        return {};
    case Qt::DecorationRole:
        return column == File ? picture(row) : QVariant();
    case Qt::ForegroundRole:
        if (column == Label) {
            if (const auto cls = labelOf(index.row()).cellClass())
                return cellstyle::classColor(*cls);
        }
        if (column == Suggested) {
            if (const auto cls = parseCellClass(row.cell.suggested))
                return cellstyle::classColor(*cls);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Rank || column == Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReviewModel::ImageIdRole:
        return row.cell.imageId;
    case ReviewModel::CellIdRole:
        return row.cell.cellId;
    case ReviewModel::SortRole:
        return row.cell.rank;
    default:
        return {};
    }
}

QVariant AuditQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case File:
        return tr("Image");
    case Cell:
        return tr("Cell");
    case Label:
        return tr("Label");
    case Suggested:
        return tr("Suggested");
    case Probabilities:
        return tr("Out-of-fold probabilities");
    case Score:
        return tr("Quality");
    default:
        return {};
    }
}

} // namespace wbc
