#include "reviewmodel.h"

#include "cellclassstyle.h"
#include "thumbnailloader.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPixmap>

#include <cmath>

namespace wbc {

namespace {

std::optional<CellClass> groupOf(CellClass cls)
{
    if (cls == CellClass::Polynuclear || cls == CellClass::Mononuclear)
        return cls;
    if (cls == CellClass::Basophil)
        return std::nullopt; // in neither group of the binary task
    return isPolynuclear(cls) ? CellClass::Polynuclear : CellClass::Mononuclear;
}

QString percent(double value)
{
    return QLocale().toString(100.0 * value, 'f', 1) + QLatin1Char('%');
}

bool isReview(const std::optional<CellLabelRecord> &label)
{
    return label && label->origin == LabelOrigin::Review;
}

bool isLabelled(const std::optional<CellLabelRecord> &label)
{
    return label && !label->label.isUnlabelled();
}

} // namespace

Agreement compareLabel(const CellLabel &label, CellClass predicted)
{
    const std::optional<CellClass> truth = label.cellClass();
    if (!truth)
        return Agreement::NotComparable;
    const bool predictedGroup = predicted == CellClass::Polynuclear
                                || predicted == CellClass::Mononuclear;
    const bool truthGroup = *truth == CellClass::Polynuclear || *truth == CellClass::Mononuclear;
    if (!predictedGroup && !truthGroup)
        return *truth == predicted ? Agreement::Agrees : Agreement::Disagrees;
    const std::optional<CellClass> a = groupOf(*truth);
    const std::optional<CellClass> b = groupOf(predicted);
    if (!a || !b)
        return Agreement::NotComparable;
    return *a == *b ? Agreement::Agrees : Agreement::Disagrees;
}

ReviewModel::ReviewModel(ThumbnailLoader *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailLoader::thumbnailReady, this, [this](qint64 imageId) {
            const int first = rowOfImage(imageId);
            if (first < 0)
                return;
            int last = first;
            while (last + 1 < m_rows.size() && m_rows.at(last + 1).imageId == imageId)
                ++last;
            Q_EMIT dataChanged(index(first, File), index(last, File), {Qt::DecorationRole});
        });
    }
}

void ReviewModel::setProject(ProjectStore *store)
{
    m_store = store;
    m_modelId = 0;
    reload();
}

void ReviewModel::setModelId(qint64 modelId)
{
    if (modelId == m_modelId)
        return;
    m_modelId = modelId;
    reload();
}

void ReviewModel::setMeasure(UncertaintyMeasure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Uncertainty), index(rowCount() - 1, Uncertainty));
}

QList<ReviewModel::Row> ReviewModel::rowsOfImage(const ImageRecord &image,
                                                 const QList<CellRecord> &cells,
                                                 const QHash<qint64, CellLabelRecord> &labels,
                                                 const QHash<qint64, PredictionRecord> &predictions)
    const
{
    QList<Row> rows;
    for (int i = 0; i < cells.size(); ++i) {
        const CellRecord &cell = cells.at(i);
        const auto p = predictions.constFind(cell.id);
        if (p == predictions.cend())
            continue;
        Row row;
        row.cellId = cell.id;
        row.imageId = image.id;
        row.number = i + 1;
        row.fieldCells = int(cells.size());
        row.path = m_store->absolutePath(image);
        row.file = QFileInfo(image.path).fileName();
        row.key = image.sha256;
        row.box = cell.isWholeField() ? QRect() : cell.box;
        row.imageSize = QSize(image.width, image.height);
        if (const auto l = labels.constFind(cell.id); l != labels.cend())
            row.label = *l;
        row.prediction = *p;
        rows.append(row);
    }
    return rows;
}

void ReviewModel::reindex()
{
    m_rowOfCell.clear();
    m_firstRowOfImage.clear();
    m_predictions.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        m_rowOfCell.insert(row.cellId, r);
        if (!m_firstRowOfImage.contains(row.imageId))
            m_firstRowOfImage.insert(row.imageId, r);
        m_predictions.insert(row.cellId, row.prediction);
    }
}

void ReviewModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_modelPredictions.clear();
    if (m_store && m_store->isOpen() && m_modelId)
        m_modelPredictions = m_store->cellPredictions(m_modelId);
    if (!m_modelPredictions.isEmpty()) {
        const QHash<qint64, QList<CellRecord>> cells = m_store->whiteCellsByImage();
        const QHash<qint64, CellLabelRecord> labels = m_store->currentCellLabels();
        for (const ImageRecord &image : m_store->images())
            m_rows.append(rowsOfImage(image, cells.value(image.id), labels, m_modelPredictions));
    }
    reindex();
    endResetModel();
}

void ReviewModel::refreshImage(qint64 imageId)
{
    if (!m_store || !m_modelId)
        return;
    const std::optional<ImageRecord> image = m_store->image(imageId);
    const QList<CellRecord> cells = image ? m_store->whiteCells(imageId) : QList<CellRecord>();
    QHash<qint64, CellLabelRecord> labels;
    for (const CellRecord &c : cells) {
        if (const auto l = m_store->currentCellLabel(c.id))
            labels.insert(c.id, *l);
    }
    // The model's predictions as reload() read them: a deleted box restored by undo is listed
    // again with its prediction.
    const QList<Row> rows = image ? rowsOfImage(*image, cells, labels, m_modelPredictions)
                                  : QList<Row>();
    const int first = rowOfImage(imageId);
    int count = 0;
    while (first >= 0 && first + count < m_rows.size()
           && m_rows.at(first + count).imageId == imageId)
        ++count;
    bool sameCells = rows.size() == count;
    for (int i = 0; sameCells && i < count; ++i)
        sameCells = m_rows.at(first + i).cellId == rows.at(i).cellId;
    if (sameCells) {
        for (int i = 0; i < count; ++i)
            m_rows[first + i] = rows.at(i);
        if (count > 0)
            Q_EMIT dataChanged(index(first, 0), index(first + count - 1, ColumnCount - 1));
        return;
    }
    // The image's listed cells changed (a box deleted or restored): its rows are replaced.
    if (count == 0 && rows.isEmpty())
        return;
    beginResetModel();
    if (first >= 0)
        m_rows.remove(first, count);
    int at = first >= 0 ? first : 0; // else where the store's path order puts it
    const QString path = image ? m_store->absolutePath(*image) : QString();
    while (first < 0 && at < m_rows.size() && m_rows.at(at).path < path)
        ++at;
    for (int i = 0; i < rows.size(); ++i)
        m_rows.insert(at + i, rows.at(i));
    reindex();
    endResetModel();
}

qint64 ReviewModel::cellIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).cellId : 0;
}

qint64 ReviewModel::imageIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).imageId : 0;
}

int ReviewModel::rowOfCell(qint64 cellId) const
{
    return m_rowOfCell.value(cellId, -1);
}

int ReviewModel::rowOfImage(qint64 imageId) const
{
    return m_firstRowOfImage.value(imageId, -1);
}

std::optional<PredictionRecord> ReviewModel::prediction(qint64 cellId) const
{
    const auto it = m_predictions.constFind(cellId);
    return it == m_predictions.cend() ? std::nullopt : std::optional<PredictionRecord>(*it);
}

std::optional<CellLabelRecord> ReviewModel::label(qint64 cellId) const
{
    const int row = rowOfCell(cellId);
    return row < 0 ? std::nullopt : m_rows.at(row).label;
}

QList<qint64> ReviewModel::uncertaintyQueue() const
{
    QSet<qint64> exclude;
    for (const Row &row : m_rows) {
        if (isLabelled(row.label))
            exclude.insert(row.cellId);
    }
    return wbc::uncertaintyQueue(m_predictions, exclude, m_measure);
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::displayData(const Row &row, int column) const
{
    const PredictionRecord &prediction = row.prediction;
    switch (column) {
    case File:
        return row.file;
    case Cell:
        //: A cell's place in its field: "1 of 2"
        return tr("%1 of %2").arg(row.number).arg(row.fieldCells);
    case Label:
        return isLabelled(row.label) ? row.label->label.displayName() : QString();
    case Prediction:
        return cellClassDisplayName(prediction.predicted);
    case Confidence:
        return percent(prediction.confidence());
    case Agreement: {
        if (!row.label)
            return QString();
        switch (compareLabel(row.label->label, prediction.predicted)) {
        case wbc::Agreement::Agrees:
            return tr("agrees");
        case wbc::Agreement::Disagrees:
            return tr("differs");
        case wbc::Agreement::NotComparable:
            break;
        }
        return QString();
    }
    case Uncertainty:
        return QLocale().toString(uncertainty(prediction, m_measure), 'f', 3);
    case Reviewed:
        if (isReview(row.label))
            return tr("%1, %2").arg(row.label->author,
                                    QLocale().toString(row.label->createdAt.toLocalTime(),
                                                       QLocale::ShortFormat));
        return QString();
    default:
        return {};
    }
}

QVariant ReviewModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case Cell:
        return row.number;
    case Confidence:
        return row.prediction.confidence();
    case Uncertainty:
        return uncertainty(row.prediction, m_measure);
    case Agreement:
        return row.label ? int(compareLabel(row.label->label, row.prediction.predicted)) : -1;
    case Reviewed:
        return isReview(row.label) ? row.label->createdAt : QDateTime();
    default:
        return displayData(row, column);
    }
}

QVariant ReviewModel::picture(const Row &row) const
{
    if (!m_thumbnails)
        return {};
    const QPixmap pixmap = m_thumbnails->thumbnail(row.imageId, row.path, row.key);
    if (pixmap.isNull())
        return {};
    if (row.box.isEmpty() || row.imageSize.width() <= 0)
        return QIcon(pixmap); // a whole-field cell: the whole thumbnail
    // The cell with a little of its surroundings, cut from the image's thumbnail.
    const double scale = double(pixmap.width()) / row.imageSize.width();
    const int margin = std::max(row.box.width(), row.box.height()) / 6;
    const QRectF cut = QRectF(row.box.adjusted(-margin, -margin, margin, margin));
    const QRect inThumb = QRectF(cut.x() * scale, cut.y() * scale, cut.width() * scale,
                                 cut.height() * scale)
                              .toAlignedRect()
                              .intersected(pixmap.rect());
    return QIcon(inThumb.isEmpty() ? pixmap : pixmap.copy(inThumb));
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PredictionRecord &prediction = row.prediction;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == File)
            return row.path;
        if (index.column() == Prediction) {
            QStringList lines;
            for (const auto &[cls, p] : prediction.probabilities)
                lines.append(tr("%1: %2").arg(cellClassDisplayName(cls), percent(p)));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == File ? picture(row) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Prediction)
            return cellstyle::classColor(prediction.predicted);
        if (index.column() == Label && row.label && row.label->label.cellClass())
            return cellstyle::classColor(*row.label->label.cellClass());
        if (index.column() == Agreement && row.label
            && compareLabel(row.label->label, prediction.predicted) == wbc::Agreement::Disagrees)
            return QColor(Qt::red).darker(130);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Confidence || index.column() == Uncertainty)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImageIdRole:
        return row.imageId;
    case CellIdRole:
        return row.cellId;
    case SortRole:
        return sortData(row, index.column());
    case AgreementRole:
        return int(row.label ? compareLabel(row.label->label, prediction.predicted)
                             : wbc::Agreement::NotComparable);
    case ReviewedRole:
        return isReview(row.label);
    case LabelledRole:
        return isLabelled(row.label);
    case PredictedRole:
        return true;
    case ConfidenceRole:
        return prediction.confidence();
    case UncertaintyRole:
        return uncertainty(prediction, m_measure);
    case ClassesRole: {
        QList<int> classes;
        if (row.label && row.label->label.cellClass())
            classes.append(int(*row.label->label.cellClass()));
        classes.append(int(prediction.predicted));
        return QVariant::fromValue(classes);
    }
    case ExcludedRole:
        return isLabelled(row.label) && !row.label->label.cellClass();
    default:
        return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("Image");
    case Cell:
        return tr("Cell");
    case Label:
        return tr("Label");
    case Prediction:
        return tr("Prediction");
    case Confidence:
        return tr("Confidence");
    case Agreement:
        return tr("Agreement");
    case Uncertainty:
        return tr("Uncertainty");
    case Reviewed:
        return tr("Reviewed");
    default:
        return {};
    }
}

ReviewFilterProxy::ReviewFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewModel::SortRole);
    setDynamicSortFilter(false); // a reviewed row keeps its place until the filter is re-applied
}

void ReviewFilterProxy::changed()
{
    invalidateFilter();
    if (m_queue)
        sort(ReviewModel::Uncertainty, Qt::DescendingOrder);
}

void ReviewFilterProxy::setDisagreementsOnly(bool on)
{
    m_disagreements = on;
    changed();
}

void ReviewFilterProxy::setConfidenceBelow(std::optional<double> threshold)
{
    m_confidenceBelow = threshold;
    changed();
}

void ReviewFilterProxy::setClassFilter(std::optional<CellClass> cls)
{
    m_class = cls;
    changed();
}

void ReviewFilterProxy::setUnreviewedOnly(bool on)
{
    m_unreviewed = on;
    changed();
}

void ReviewFilterProxy::setUncertaintyQueue(bool on)
{
    m_queue = on;
    changed();
    if (!on)
        sort(-1); // back to the project's order
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto value = [&index](int role) { return index.data(role); };
    if (m_queue
        && (value(ReviewModel::LabelledRole).toBool()
            || !value(ReviewModel::PredictedRole).toBool()))
        return false;
    if (m_disagreements
        && value(ReviewModel::AgreementRole).toInt() != int(Agreement::Disagrees))
        return false;
    if (m_confidenceBelow) {
        const QVariant confidence = value(ReviewModel::ConfidenceRole);
        if (!confidence.isValid() || confidence.toDouble() >= *m_confidenceBelow)
            return false;
    }
    if (m_class && !value(ReviewModel::ClassesRole).value<QList<int>>().contains(int(*m_class)))
        return false;
    if (m_unreviewed && value(ReviewModel::ReviewedRole).toBool())
        return false;
    return true;
}

} // namespace wbc
