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

} // namespace

Agreement compareLabel(const ImageLabel &label, CellClass predicted)
{
    const std::optional<CellClass> truth = label.single();
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
        connect(m_thumbnails, &ThumbnailLoader::thumbnailReady, this, [this](qint64 id) {
            const int row = rowOf(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, File), index(row, File), {Qt::DecorationRole});
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

ReviewModel::Row ReviewModel::makeRow(const ImageRecord &image,
                                      const QHash<qint64, LabelRecord> &labels,
                                      const QHash<qint64, FlagRecord> &flags) const
{
    Row row;
    row.id = image.id;
    row.path = m_store->absolutePath(image);
    row.file = QFileInfo(image.path).fileName();
    row.key = image.sha256;
    const auto label = labels.constFind(image.id);
    if (label != labels.cend())
        row.label = *label;
    const auto flag = flags.constFind(image.id);
    row.excluded = flag != flags.cend() && flag->flag != CellCountFlag::Single;
    return row;
}

void ReviewModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_predictions.clear();
    if (m_store && m_store->isOpen()) {
        const QHash<qint64, LabelRecord> labels = m_store->currentLabels();
        const QHash<qint64, FlagRecord> flags = m_store->effectiveFlags();
        const QList<ImageRecord> images = m_store->images();
        m_rows.reserve(images.size());
        for (const ImageRecord &image : images) {
            m_rowOf.insert(image.id, int(m_rows.size()));
            m_rows.append(makeRow(image, labels, flags));
        }
        if (m_modelId)
            m_predictions = m_store->predictions(m_modelId);
    }
    endResetModel();
}

void ReviewModel::refreshImage(qint64 imageId)
{
    const int row = rowOf(imageId);
    if (row < 0 || !m_store)
        return;
    Row &r = m_rows[row];
    const auto label = m_store->currentLabel(imageId);
    r.label = label ? std::optional<LabelRecord>(*label) : std::nullopt;
    const auto flag = m_store->effectiveFlag(imageId);
    r.excluded = flag && flag->flag != CellCountFlag::Single;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 ReviewModel::imageIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ReviewModel::rowOf(qint64 imageId) const
{
    return m_rowOf.value(imageId, -1);
}

std::optional<PredictionRecord> ReviewModel::prediction(qint64 imageId) const
{
    const auto it = m_predictions.constFind(imageId);
    return it == m_predictions.cend() ? std::nullopt : std::optional<PredictionRecord>(*it);
}

QList<qint64> ReviewModel::uncertaintyQueue() const
{
    QSet<qint64> exclude;
    for (const Row &row : m_rows) {
        if (row.excluded || (row.label && !row.label->label.isUnlabeled()))
            exclude.insert(row.id);
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
    const auto prediction = m_predictions.constFind(row.id);
    const bool predicted = prediction != m_predictions.cend();
    switch (column) {
    case File:
        return row.file;
    case Label: {
        if (!row.label || row.label->label.isUnlabeled())
            return row.excluded ? tr("excluded") : QString();
        QStringList names;
        for (CellClass c : row.label->label.cells())
            names.append(cellClassDisplayName(c));
        return names.join(QStringLiteral(", "));
    }
    case Prediction:
        return predicted ? cellClassDisplayName(prediction->predicted) : QString();
    case Confidence:
        return predicted ? percent(prediction->confidence()) : QString();
    case Agreement: {
        if (!predicted || !row.label)
            return QString();
        switch (compareLabel(row.label->label, prediction->predicted)) {
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
        return predicted ? QLocale().toString(uncertainty(*prediction, m_measure), 'f', 3)
                         : QString();
    case Reviewed:
        if (row.label && row.label->source == QLatin1String("review"))
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
    const auto prediction = m_predictions.constFind(row.id);
    const bool predicted = prediction != m_predictions.cend();
    switch (column) {
    case Confidence:
        return predicted ? prediction->confidence() : -1.0;
    case Uncertainty:
        return predicted ? uncertainty(*prediction, m_measure) : -1.0;
    case Agreement:
        return predicted && row.label ? int(compareLabel(row.label->label, prediction->predicted))
                                      : -1;
    case Reviewed:
        return row.label && row.label->source == QLatin1String("review")
                   ? row.label->createdAt
                   : QDateTime();
    default:
        return displayData(row, column);
    }
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto prediction = m_predictions.constFind(row.id);
    const bool predicted = prediction != m_predictions.cend();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == File)
            return row.path;
        if (index.column() == Prediction && predicted) {
            QStringList lines;
            for (const auto &[cls, p] : prediction->probabilities)
                lines.append(tr("%1: %2").arg(cellClassDisplayName(cls), percent(p)));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == File && m_thumbnails) {
            const QPixmap pixmap = m_thumbnails->thumbnail(row.id, row.path, row.key);
            if (!pixmap.isNull())
                return QIcon(pixmap); // an icon is drawn at the view's icon size
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Prediction && predicted)
            return cellstyle::classColor(prediction->predicted);
        if (index.column() == Label && row.label && row.label->label.single())
            return cellstyle::classColor(*row.label->label.single());
        if (index.column() == Agreement && predicted && row.label
            && compareLabel(row.label->label, prediction->predicted) == wbc::Agreement::Disagrees)
            return QColor(Qt::red).darker(130);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Confidence || index.column() == Uncertainty)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImageIdRole:
        return row.id;
    case SortRole:
        return sortData(row, index.column());
    case AgreementRole:
        return int(predicted && row.label ? compareLabel(row.label->label, prediction->predicted)
                                          : wbc::Agreement::NotComparable);
    case ReviewedRole:
        return row.label && row.label->source == QLatin1String("review");
    case LabelledRole:
        return row.label && !row.label->label.isUnlabeled();
    case PredictedRole:
        return predicted;
    case ConfidenceRole:
        return predicted ? QVariant(prediction->confidence()) : QVariant();
    case UncertaintyRole:
        return predicted ? QVariant(uncertainty(*prediction, m_measure)) : QVariant();
    case ClassesRole: {
        QList<int> classes;
        if (row.label)
            for (CellClass c : row.label->label.cells())
                classes.append(int(c));
        if (predicted)
            classes.append(int(prediction->predicted));
        return QVariant::fromValue(classes);
    }
    case ExcludedRole:
        return row.excluded;
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
        && (value(ReviewModel::LabelledRole).toBool() || value(ReviewModel::ExcludedRole).toBool()
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
