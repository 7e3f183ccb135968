#include "adjudicationmodel.h"

#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPixmap>

#include "cellclassstyle.h"
#include "cellcroploader.h"
#include "review/agreement.h"
#include "reviewmodel.h"

namespace wbc {

namespace {

    AdjudicationModel::State stateOf(
        qint64 cellId, const QMap<QString, CellLabel> &labels, const CellLabelRecord *current)
    {
        if (current && current->origin == LabelOrigin::Adjudication
            && !current->label.isUnlabelled())
            return AdjudicationModel::State::Adjudicated;
        // The one definition of a disagreement: review/agreement.h.
        QList<AnnotatorLabel> ratings;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            ratings.append({ cellId, it.key(), it.value(), 0 });
        return disagreements(ratings, {}, true).isEmpty() ? AdjudicationModel::State::Agreed
                                                          : AdjudicationModel::State::ToDo;
    }

    QString labelText(const CellLabel &label)
    {
        return label.isUnlabelled() ? QStringLiteral("—") : label.displayName();
    }

} // namespace

AdjudicationModel::AdjudicationModel(CellCropLoader *crops, QObject *parent)
    : QAbstractTableModel(parent)
    , m_crops(crops)
{
    if (m_crops) {
        connect(m_crops, &CellCropLoader::cropReady, this, [this](qint64 cellId) {
            const int row = rowOfCell(cellId);
            if (row >= 0)
                Q_EMIT dataChanged(
                    index(row, kCellColumn), index(row, kCellColumn), { Qt::DecorationRole });
        });
    }
}

void AdjudicationModel::setProject(ProjectStore *store, bool read)
{
    m_store = store;
    m_chosen.reset();
    if (read) {
        reload();
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfCell.clear();
    m_annotators.clear();
    m_paths.clear();
    endResetModel();
}

void AdjudicationModel::setShowAdjudicated(bool on)
{
    if (m_showAdjudicated == on)
        return;
    m_showAdjudicated = on;
    reload();
}

void AdjudicationModel::showCells(const QList<qint64> &cellIds)
{
    m_chosen = cellIds;
    reload();
}

void AdjudicationModel::showAllDisagreements()
{
    m_chosen.reset();
    reload();
}

bool AdjudicationModel::placeRow(Row &row, const QList<CellRecord> &field) const
{
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i).id == row.cell.id) {
            row.cell = field.at(i);
            row.number = i + 1;
            row.fieldCells = int(field.size());
            return true;
        }
    }
    return false; // deleted, or not a white cell
}

void AdjudicationModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfCell.clear();
    m_annotators.clear();
    m_paths.clear();
    if (m_store && m_store->isOpen()) {
        const QList<AnnotatorLabel> labels = m_store->annotatorLabels();
        const QHash<qint64, CellLabelRecord> current = m_store->currentCellLabels();
        QHash<qint64, QMap<QString, CellLabel>> byCell;
        for (const AnnotatorLabel &l : labels) {
            byCell[l.cellId].insert(l.annotator, l.label);
            if (!m_annotators.contains(l.annotator))
                m_annotators.append(l.annotator);
        }
        std::sort(m_annotators.begin(), m_annotators.end());
        QList<qint64> ids;
        if (m_chosen) {
            ids = *m_chosen;
        } else {
            for (const Disagreement &d : disagreements(labels, current, m_showAdjudicated))
                ids.append(d.cellId);
        }
        QHash<qint64, QString> files;
        for (const ImageRecord &image : m_store->images()) {
            m_paths.insert(image.id, m_store->absolutePath(image));
            files.insert(image.id, QFileInfo(image.path).fileName());
        }
        QHash<qint64, qint64> imageOf;
        const QHash<qint64, QList<CellRecord>> fields = m_store->whiteCellsByImage();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            for (const CellRecord &c : it.value())
                imageOf.insert(c.id, it.key());
        }
        for (qint64 id : std::as_const(ids)) {
            Row row;
            row.cell.id = id;
            if (m_rowOfCell.contains(id) || !imageOf.contains(id)
                || !placeRow(row, fields.value(imageOf.value(id))))
                continue;
            row.file = files.value(row.cell.imageId);
            row.path = m_paths.value(row.cell.imageId);
            row.labels = byCell.value(id);
            const auto c = current.constFind(id);
            if (c != current.cend())
                row.current = *c;
            row.state = stateOf(id, row.labels, row.current ? &*row.current : nullptr);
            m_rowOfCell.insert(id, int(m_rows.size()));
            m_rows.append(row);
        }
    }
    endResetModel();
}

std::optional<AdjudicationModel::Row> AdjudicationModel::readRow(qint64 cellId) const
{
    const std::optional<CellRecord> cell = m_store->cell(cellId);
    if (!cell)
        return std::nullopt;
    Row row;
    row.cell = *cell;
    if (!placeRow(row, m_store->whiteCells(cell->imageId)))
        return std::nullopt;
    if (const std::optional<ImageRecord> image = m_store->image(cell->imageId)) {
        row.file = QFileInfo(image->path).fileName();
        row.path = m_store->absolutePath(*image);
    }
    // Each author's latest entry, adjudications left out (as ProjectStore::annotatorLabels).
    for (const CellLabelRecord &r : m_store->cellLabelHistory(cellId)) {
        if (r.origin != LabelOrigin::Adjudication)
            row.labels.insert(r.author, r.label);
    }
    row.current = m_store->currentCellLabel(cellId);
    row.state = stateOf(cellId, row.labels, row.current ? &*row.current : nullptr);
    return row;
}

void AdjudicationModel::refreshCells(const QList<qint64> &cellIds)
{
    if (!m_store || !m_store->isOpen())
        return;
    for (qint64 id : cellIds) {
        const int existing = rowOfCell(id);
        if (existing < 0 && m_chosen)
            continue; // the chosen cells stay what was chosen
        const std::optional<Row> row = readRow(id);
        if (row) {
            for (auto it = row->labels.cbegin(); it != row->labels.cend(); ++it) {
                if (!m_annotators.contains(it.key())) { // a new column
                    reload();
                    return;
                }
            }
        }
        if (existing >= 0 && !row) { // deleted
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            endRemoveRows();
        } else if (existing >= 0) {
            m_rows[existing] = *row;
            Q_EMIT dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            continue;
        } else if (row
            && (row->state == State::ToDo
                || (row->state == State::Adjudicated && m_showAdjudicated))) {
            int at = 0; // in cell id order
            while (at < m_rows.size() && m_rows.at(at).cell.id < id)
                ++at;
            beginInsertRows({}, at, at);
            m_rows.insert(at, *row);
            endInsertRows();
        } else {
            continue;
        }
        m_rowOfCell.clear();
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowOfCell.insert(m_rows.at(r).cell.id, r);
    }
}

void AdjudicationModel::refreshImage(qint64 imageId)
{
    if (!m_store || !m_store->isOpen())
        return;
    // Every white cell of the image: a label set here may have made a new disagreement.
    QList<qint64> ids;
    for (const CellRecord &c : m_store->whiteCells(imageId))
        ids.append(c.id);
    for (const Row &row : std::as_const(m_rows)) {
        if (row.cell.imageId == imageId && !ids.contains(row.cell.id))
            ids.append(row.cell.id); // deleted since
    }
    refreshCells(ids);
}

int AdjudicationModel::annotatorColumn(const QString &annotator) const
{
    const int i = int(m_annotators.indexOf(annotator));
    return i < 0 ? -1 : kCellColumn + 1 + i;
}

qint64 AdjudicationModel::cellIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).cell.id : 0;
}

qint64 AdjudicationModel::imageIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).cell.imageId : 0;
}

int AdjudicationModel::rowOfCell(qint64 cellId) const
{
    return m_rowOfCell.value(cellId, -1);
}

AdjudicationModel::State AdjudicationModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : State::Agreed;
}

CellLabel AdjudicationModel::labelAt(int row, const QString &annotator) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).labels.value(annotator) : CellLabel();
}

std::optional<CellLabelRecord> AdjudicationModel::currentLabelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).current : std::nullopt;
}

int AdjudicationModel::toDoCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == State::ToDo; }));
}

QList<qint64> AdjudicationModel::toDoCellIds() const
{
    QList<qint64> ids;
    for (const Row &r : m_rows) {
        if (r.state == State::ToDo)
            ids.append(r.cell.id);
    }
    return ids;
}

int AdjudicationModel::nextToDo(int row) const
{
    const int n = int(m_rows.size());
    for (int step = 1; step <= n; ++step) {
        const int r = ((row < 0 ? -1 : row) + step) % n;
        if (m_rows.at(r).state == State::ToDo)
            return r;
    }
    return -1;
}

int AdjudicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdjudicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : decisionColumn() + 1;
}

QList<CellRecord> AdjudicationModel::queuedCellsOf(qint64 imageId) const
{
    QList<CellRecord> cells;
    for (const Row &r : m_rows) {
        if (r.cell.imageId == imageId)
            cells.append(r.cell);
    }
    return cells;
}

QVariant AdjudicationModel::crop(const Row &row) const
{
    if (!m_crops || row.path.isEmpty())
        return {};
    // Asked for when painted: queued with the queue's other cells of the same field.
    const QImage image = m_crops->crop(row.cell, row.path, queuedCellsOf(row.cell.imageId));
    return image.isNull() ? QVariant() : QVariant(QIcon(QPixmap::fromImage(image)));
}

QVariant AdjudicationModel::displayData(const Row &row, int column) const
{
    if (column == kCellColumn)
        return row.fieldCells > 1
            ? tr("%1, cell %2 of %3").arg(row.file).arg(row.number).arg(row.fieldCells)
            : row.file;
    if (column == decisionColumn()) {
        switch (row.state) {
        case State::ToDo:
            return tr("To do");
        case State::Adjudicated:
            return tr("✓ %1").arg(row.current->label.displayName());
        case State::Agreed:
            return tr("Agreed");
        }
    }
    return labelText(row.labels.value(m_annotators.value(column - kCellColumn - 1)));
}

QVariant AdjudicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool isAnnotator = column > kCellColumn && column < decisionColumn();
    const CellLabel shown = column == decisionColumn()
        ? (row.state == State::Adjudicated ? row.current->label : CellLabel())
        : isAnnotator ? row.labels.value(m_annotators.value(column - kCellColumn - 1))
                      : CellLabel();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        return column == kCellColumn ? crop(row) : QVariant();
    case Qt::ToolTipRole:
        if (column == kCellColumn)
            return row.path;
        if (column == decisionColumn() && row.state == State::Adjudicated)
            return tr("Adjudicated as %1 by %2, %3")
                .arg(row.current->label.displayName(),
                    row.current->author,
                    QLocale().toString(row.current->createdAt.toLocalTime(), QLocale::ShortFormat));
        if (column == decisionColumn())
            return row.state == State::ToDo
                ? tr("The annotators disagree: a label key or button decides")
                : tr("The annotators' class labels agree now");
        return {};
    case Qt::ForegroundRole:
        if (const std::optional<CellClass> cls = shown.cellClass())
            return cellstyle::classColor(*cls);
        return {};
    case Qt::FontRole: {
        // The decision, and the annotators' labels that match it, in bold.
        const bool decided = row.state == State::Adjudicated && !shown.isUnlabelled()
            && shown == row.current->label;
        if (!decided)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case ReviewModel::ImageIdRole:
        return row.cell.imageId;
    case ReviewModel::CellIdRole:
        return row.cell.id;
    case StateRole:
        return int(row.state);
    default:
        return {};
    }
}

QVariant AdjudicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kCellColumn)
        return tr("Cell");
    if (section == decisionColumn())
        return tr("Decision");
    return m_annotators.value(section - kCellColumn - 1);
}

} // namespace wbc
