#include "imagelistmodel.h"

#include <QDir>

#include <QLocale>
#include <QPainter>
#include <QPixmapCache>

#include "celllabelstyle.h"
#include "project/projectstore.h"
#include "thumbnailloader.h"

namespace wbc {

ImageListModel::ImageListModel(ThumbnailLoader *loader, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(loader)
{
    if (m_loader) {
        connect(m_loader, &ThumbnailLoader::thumbnailReady, this, [this](qint64 id) {
            thumbnailArrived(id);
        });
        connect(m_loader, &ThumbnailLoader::thumbnailFailed, this, [this](qint64 id) {
            thumbnailArrived(id);
        });
    }
}

ImageItem ImageListModel::makeItem(const ImageRecord &image,
    const ProjectStore &store,
    const LabelRecord *label,
    const FlagRecord *flag,
    const QList<CellRecord> &cells,
    const QHash<qint64, CellLabelRecord> &cellLabels,
    const QString &unresolved)
{
    ImageItem item;
    item.id = image.id;
    item.path = store.absolutePath(image);
    item.outsideRoot = store.isOutsideRoot(image);
    const qsizetype slash = item.path.lastIndexOf(u'/');
    item.fileName = item.path.mid(slash + 1);
    item.key = image.sha256;
    item.importedAt = image.importedAt;
    if (label) {
        item.label = label->label;
        item.labelAuthor = label->author;
        item.labelTime = label->createdAt;
    }
    if (flag) {
        item.flag = flag->flag;
        item.flagSource = flag->source;
    }
    item.cellLabels.reserve(cells.size());
    for (const CellRecord &c : cells) {
        const auto l = cellLabels.constFind(c.id);
        item.cellLabels.append(l == cellLabels.cend() ? CellLabel() : l->label);
    }
    item.unresolved = unresolved;
    return item;
}

void ImageListModel::reload(const ProjectStore &store)
{
    QHash<qint64, std::pair<QString, double>> predictions;
    for (const ImageItem &item : std::as_const(m_items)) {
        if (!item.predictedClass.isEmpty())
            predictions.insert(item.id, { item.predictedClass, item.confidence });
    }
    beginResetModel();
    m_items.clear();
    m_rowOf.clear();
    if (store.isOpen()) {
        const QList<ImageRecord> images = store.images();
        const QHash<qint64, LabelRecord> labels = store.currentLabels();
        const QHash<qint64, FlagRecord> flags = store.effectiveFlags();
        const QHash<qint64, QList<CellRecord>> cells = store.whiteCellsByImage();
        const QHash<qint64, CellLabelRecord> cellLabels = store.currentCellLabels();
        const QHash<qint64, QString> unresolved = store.unresolvedLabels();
        m_items.reserve(images.size());
        m_rowOf.reserve(images.size());
        for (const ImageRecord &image : images) {
            const auto label = labels.constFind(image.id);
            const auto flag = flags.constFind(image.id);
            ImageItem item = makeItem(image,
                store,
                label == labels.cend() ? nullptr : &*label,
                flag == flags.cend() ? nullptr : &*flag,
                cells.value(image.id),
                cellLabels,
                unresolved.value(image.id));
            if (const auto p = predictions.constFind(image.id); p != predictions.cend()) {
                item.predictedClass = p->first;
                item.confidence = p->second;
            }
            m_rowOf.insert(item.id, int(m_items.size()));
            m_items.append(std::move(item));
        }
    }
    endResetModel();
}

void ImageListModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rowOf.clear();
    endResetModel();
}

bool ImageListModel::refreshImage(qint64 id, const ProjectStore &store)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend())
        return false;
    const int row = *it;
    const std::optional<ImageRecord> image = store.image(id);
    if (!image) {
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        m_rowOf.remove(id);
        for (int r = row; r < m_items.size(); ++r)
            m_rowOf[m_items.at(r).id] = r;
        endRemoveRows();
        return true;
    }
    const std::optional<LabelRecord> label = store.currentLabel(id);
    const std::optional<FlagRecord> flag = store.effectiveFlag(id);
    const QList<CellRecord> cells = store.whiteCells(id);
    QHash<qint64, CellLabelRecord> cellLabels;
    for (const CellRecord &c : cells) {
        if (const auto l = store.currentCellLabel(c.id))
            cellLabels.insert(c.id, *l);
    }
    ImageItem item = makeItem(*image,
        store,
        label ? &*label : nullptr,
        flag ? &*flag : nullptr,
        cells,
        cellLabels,
        store.unresolvedLabels().value(id));
    item.predictedClass = m_items.at(row).predictedClass;
    item.confidence = m_items.at(row).confidence;
    m_items[row] = std::move(item);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    return true;
}

void ImageListModel::setPrediction(qint64 id, const QString &cls, double confidence)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend())
        return;
    ImageItem &item = m_items[*it];
    item.predictedClass = cls;
    item.confidence = cls.isEmpty() ? 0.0 : confidence;
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed,
        changed,
        { PredictionRole, ConfidenceRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole });
}

void ImageListModel::clearPredictions()
{
    for (ImageItem &item : m_items) {
        item.predictedClass.clear();
        item.confidence = 0.0;
    }
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(
            index(0), index(int(m_items.size()) - 1), { PredictionRole, ConfidenceRole });
}

qint64 ImageListModel::imageIdAt(const QModelIndex &index) const
{
    const ImageItem *item = itemAt(index);
    return item ? item->id : 0;
}

QModelIndex ImageListModel::indexOfImage(qint64 id) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it);
}

const ImageItem *ImageListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return nullptr;
    return &m_items.at(index.row());
}

const ImageItem *ImageListModel::item(qint64 id) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? nullptr : &m_items.at(*it);
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

Qt::ItemFlags ImageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    const ImageItem *item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return item->fileName;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return toolTip(*item);
    case Qt::DecorationRole: {
        if (!m_loader)
            return placeholder(ThumbnailState::Loading);
        const QPixmap pixmap = m_loader->thumbnail(item->id, item->path, item->key);
        if (!pixmap.isNull())
            return pixmap;
        return placeholder(m_loader->error(item->path).isEmpty() ? ThumbnailState::Loading
                                                                 : ThumbnailState::Failed);
    }
    case ThumbnailStateRole: {
        // Does not start a load: only the decoration asks for pixels.
        if (!m_loader || m_loader->isPending(item->path))
            return QVariant::fromValue(ThumbnailState::Loading);
        return QVariant::fromValue(
            m_loader->error(item->path).isEmpty() ? ThumbnailState::Ready : ThumbnailState::Failed);
    }
    case ImageIdRole:
        return item->id;
    case PathRole:
        return item->path;
    case LabelRole:
        return item->label.toString();
    case CellLabelsRole: {
        QStringList names;
        for (const CellLabel &l : item->cellLabels)
            names.append(l.name());
        return names;
    }
    case CellBadgesRole: {
        QStringList codes;
        for (const CellLabel &l : item->cellLabels)
            codes.append(cellstyle::labelCode(l));
        return codes.join(u' ');
    }
    case NeedsLabelsRole:
        return item->needsLabels();
    case UnresolvedRole:
        return item->unresolved;
    case LabelAuthorRole:
        return item->labelAuthor;
    case LabelTimeRole:
        return item->labelTime;
    case FlagRole:
        return item->flag ? flagName(*item->flag) : QString();
    case FlagSourceRole:
        return item->flagSource;
    case PredictionRole:
        return item->predictedClass;
    case ConfidenceRole:
        return item->predictedClass.isEmpty() ? QVariant() : QVariant(item->confidence);
    case ImportedAtRole:
        return item->importedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> ImageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ImageIdRole, "imageId");
    names.insert(PathRole, "path");
    names.insert(FileNameRole, "fileName");
    names.insert(LabelRole, "label");
    names.insert(CellLabelsRole, "cellLabels");
    names.insert(CellBadgesRole, "cellBadges");
    names.insert(NeedsLabelsRole, "needsLabels");
    names.insert(UnresolvedRole, "unresolved");
    names.insert(LabelAuthorRole, "labelAuthor");
    names.insert(LabelTimeRole, "labelTime");
    names.insert(FlagRole, "flag");
    names.insert(FlagSourceRole, "flagSource");
    names.insert(PredictionRole, "prediction");
    names.insert(ConfidenceRole, "confidence");
    names.insert(ImportedAtRole, "importedAt");
    names.insert(ThumbnailStateRole, "thumbnailState");
    return names;
}

QString ImageListModel::toolTip(const ImageItem &item) const
{
    QStringList lines { item.fileName };
    if (item.outsideRoot) // a project file is input: say where the file really is
        lines << tr("Outside the project's folder: %1").arg(QDir::toNativeSeparators(item.path));
    if (item.cellLabels.size() > 1) {
        QStringList cells;
        for (const CellLabel &l : item.cellLabels)
            cells << (l.isUnlabelled() ? tr("unlabeled") : l.displayName());
        lines << tr("%n white cell(s): %1", nullptr, int(item.cellLabels.size()))
                     .arg(cells.join(QStringLiteral(", ")));
    }
    if (item.needsCellLabels()) { // the import's hint, until every cell has its label
        QStringList names;
        for (const QString &name : item.unresolved.split(u','))
            if (const auto cls = parseCellClass(name.trimmed()))
                names << cellClassDisplayName(*cls);
        lines << tr("Needs per-cell labels (listed for the image: %1)")
                     .arg(names.join(QStringLiteral(", ")));
    }
    const bool special = std::any_of(item.cellLabels.cbegin(), item.cellLabels.cend(),
        [](const CellLabel &l) { return !l.isUnlabelled() && !l.cellClass(); });
    if (item.label.isUnlabeled() && !special) {
        lines << tr("Unlabeled");
    } else {
        QStringList names;
        for (CellClass cls : item.label.cells())
            names << cellClassDisplayName(cls);
        for (const CellLabel &l : item.cellLabels)
            if (!l.isUnlabelled() && !l.cellClass())
                names << l.displayName();
        const QLocale locale;
        lines << tr("Label: %1").arg(names.join(QStringLiteral(", ")));
        if (!item.labelAuthor.isEmpty() || item.labelTime.isValid()) {
            lines << tr("by %1, %2")
                         .arg(item.labelAuthor.isEmpty() ? tr("unknown") : item.labelAuthor,
                             locale.toString(item.labelTime.toLocalTime(), QLocale::ShortFormat));
        }
    }
    if (item.flag) {
        const QString source
            = item.flagSource == u"user" ? tr("set by a person") : tr("from detection");
        switch (*item.flag) {
        case CellCountFlag::Multi:
            lines << tr("Several white cells (%1)").arg(source);
            break;
        case CellCountFlag::None:
            lines << tr("No white cell found (%1)").arg(source);
            break;
        case CellCountFlag::Single:
            lines << tr("One white cell (%1)").arg(source);
            break;
        }
    }
    if (!item.predictedClass.isEmpty()) {
        const auto cls = parseCellClass(item.predictedClass);
        lines << tr("Predicted: %1 (%2%)")
                     .arg(cls ? cellClassDisplayName(*cls) : item.predictedClass)
                     .arg(qRound(item.confidence * 100));
    }
    if (m_loader) {
        const QString error = m_loader->error(item.path);
        if (!error.isEmpty())
            lines << tr("Cannot show the image: %1").arg(error);
    }
    return lines.join(u'\n');
}

void ImageListModel::thumbnailArrived(qint64 id)
{
    const QModelIndex changed = indexOfImage(id);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed, { Qt::DecorationRole, ThumbnailStateRole });
}

QPixmap ImageListModel::placeholder(ThumbnailState state)
{
    // Kept in QPixmapCache, not in a static: pixmaps must not outlive the application object.
    const QString key = state == ThumbnailState::Failed ? QStringLiteral("wbc-thumb-failed")
                                                        : QStringLiteral("wbc-thumb-loading");
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        QImage image(160, 120, QImage::Format_RGB32);
        image.fill(QColor(0xd4, 0xd6, 0xda)); // mid grey: neutral on light and dark palettes
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xb8, 0xbb, 0xc1), 2));
        p.drawRect(image.rect().adjusted(1, 1, -1, -1));
        if (state == ThumbnailState::Failed) {
            p.setPen(QPen(QColor(0x8a, 0x8f, 0x98), 4, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(62, 42, 98, 78);
            p.drawLine(98, 42, 62, 78);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc2, 0xc5, 0xcb));
            for (int i = 0; i < 3; ++i)
                p.drawEllipse(QPointF(64 + i * 16, 60), 4, 4);
        }
        p.end();
        pixmap = QPixmap::fromImage(image);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

} // namespace wbc
