#include "cellgallerymodel.h"

#include <algorithm>

#include <QFileInfo>
#include <QIODevice>
#include <QMap>
#include <QTimer>
#include <QUndoStack>

#include "cellcroploader.h"
#include "projectcommands.h"
#include "projectreader.h"

namespace wbc {

namespace {

    // Internal ids: 0 for a group row, group + 1 for a cell row.
    constexpr quintptr kGroupId = 0;

    constexpr CellClass kGalleryClasses[] = { CellClass::Neutrophil,
        CellClass::Eosinophil,
        CellClass::Lymphocyte,
        CellClass::Monocyte,
        CellClass::Basophil,
        CellClass::Polynuclear,
        CellClass::Mononuclear };
    constexpr int kClassGroups = int(std::size(kGalleryClasses));

    int classGroup(CellClass cls)
    {
        for (int i = 0; i < kClassGroups; ++i) {
            if (kGalleryClasses[i] == cls)
                return i;
        }
        return 0;
    }

} // namespace

const QString CellGalleryModel::kMimeType = QStringLiteral("application/x-wbc-cell-ids");

CellGalleryModel::CellGalleryModel(CellCropLoader *loader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_loader(loader)
    , m_refreshTimer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("CellGalleryReader"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &CellGalleryModel::flushRefresh);
    if (m_loader)
        connect(m_loader, &CellCropLoader::cropReady, this, &CellGalleryModel::onCropReady);
    if (m_loader)
        connect(m_loader, &CellCropLoader::cropFailed, this, [this](qint64 cellId) {
            onCropReady(cellId);
        });
    makeGroups();
}

CellGalleryModel::~CellGalleryModel()
{
    delete m_loading; // a read still running finishes on its own; its result is dropped
    m_pool.waitForDone();
}

void CellGalleryModel::setCommands(ProjectCommands *commands)
{
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    if (m_commands)
        connect(m_commands, &ProjectCommands::imageChanged, this, &CellGalleryModel::refreshImage);
}

void CellGalleryModel::setProject(ProjectStore *store)
{
    delete m_loading;
    m_loading = nullptr;
    m_refreshTimer->stop();
    m_dirtyImages.clear();
    m_changedWhileLoading.clear();
    m_store = store;
    if (m_loader)
        m_loader->clear();
    beginResetModel();
    m_cells.clear();
    m_images.clear();
    m_slides.clear();
    m_modelId = 0;
    m_audit = AuditQueue();
    m_openSuspects.clear();
    m_shown.clear();
    indexCells();
    fillGroups();
    endResetModel();
    Q_EMIT groupsChanged();
    if (m_store)
        startLoad(true);
}

void CellGalleryModel::reload()
{
    if (m_store)
        startLoad(true);
}

void CellGalleryModel::resync()
{
    if (m_store)
        startLoad(false);
}

void CellGalleryModel::startLoad(bool refilter)
{
    if (m_loading) {
        refilter = refilter || m_loadRefilters;
        delete m_loading; // its result is dropped; this read starts after it
    }
    m_loadRefilters = refilter;
    m_changedWhileLoading.clear();
    m_loading = readProjectAsync<GallerySnapshot>(
        this,
        &m_pool,
        m_store->path(),
        [](ProjectStore &store) { return readGallerySnapshot(store); },
        [this](const GallerySnapshot &snapshot) {
            m_loading = nullptr;
            applySnapshot(snapshot, m_loadRefilters);
            // Labels written while the snapshot was read may be missing from it.
            m_dirtyImages.unite(m_changedWhileLoading);
            m_changedWhileLoading.clear();
            if (!m_dirtyImages.isEmpty())
                m_refreshTimer->start();
        });
}

void CellGalleryModel::applySnapshot(const GallerySnapshot &snapshot, bool refilter)
{
    if (!snapshot.error.isEmpty()) {
        Q_EMIT loadFailed(snapshot.error);
        return;
    }
    // Crops of boxes that moved are stale.
    if (m_loader) {
        for (const GalleryCell &c : snapshot.cells) {
            const auto old = m_positionOfCell.constFind(c.cell.id);
            if (old != m_positionOfCell.cend() && m_cells.at(*old).cell.box != c.cell.box)
                m_loader->forget(c.cell.id);
        }
    }
    if (refilter || m_cells.isEmpty()) {
        beginResetModel();
        m_cells = snapshot.cells;
        m_images = snapshot.images;
        m_slides = snapshot.slides;
        m_modelId = snapshot.modelId;
        m_audit = snapshot.audit;
        m_openSuspects.clear();
        for (const AuditCellRecord &c : std::as_const(m_audit.open))
            m_openSuspects.insert(c.cellId, c);
        indexCells();
        m_shown.clear();
        for (const GalleryCell &c : std::as_const(m_cells)) {
            if (passesFilter(c))
                m_shown.insert(c.cell.id);
        }
        fillGroups();
        endResetModel();
    } else {
        regroupKeepingIndexes([&] {
            m_audit = snapshot.audit;
            m_openSuspects.clear();
            for (const AuditCellRecord &c : std::as_const(m_audit.open))
                m_openSuspects.insert(c.cellId, c);
            QSet<qint64> shown;
            for (const GalleryCell &c : snapshot.cells) {
                const bool known = m_positionOfCell.contains(c.cell.id);
                if (known ? m_shown.contains(c.cell.id) : passesFilter(c))
                    shown.insert(c.cell.id);
            }
            m_cells = snapshot.cells;
            m_images = snapshot.images;
            m_slides = snapshot.slides;
            m_modelId = snapshot.modelId;
            m_shown = shown;
            indexCells();
            fillGroups();
        });
    }
    Q_EMIT groupsChanged();
    Q_EMIT loaded();
}

void CellGalleryModel::setSlideName(qint64 slideId, const QString &name)
{
    for (SlideRecord &s : m_slides) {
        if (s.id == slideId)
            s.name = name;
    }
    std::sort(m_slides.begin(), m_slides.end(), [](const SlideRecord &a, const SlideRecord &b) {
        return a.name < b.name;
    });
}

void CellGalleryModel::setFilter(GalleryFilter filter, CellClass cls)
{
    m_filter = filter;
    m_filterClass = cls;
    refilter();
}

void CellGalleryModel::setLowConfidence(double threshold)
{
    m_lowConfidence = threshold;
    if (m_filter == GalleryFilter::LowConfidence)
        refilter();
}

void CellGalleryModel::setSlide(qint64 slideId)
{
    if (m_slideId == slideId)
        return;
    m_slideId = slideId;
    refilter();
}

void CellGalleryModel::setGrouping(GalleryGrouping grouping)
{
    if (m_grouping == grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    makeGroups();
    fillGroups();
    endResetModel();
    Q_EMIT groupsChanged();
}

void CellGalleryModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const GalleryCell &c : std::as_const(m_cells)) {
        if (passesFilter(c))
            m_shown.insert(c.cell.id);
    }
    fillGroups();
    endResetModel();
    Q_EMIT groupsChanged();
}

bool CellGalleryModel::passesFilter(const GalleryCell &c) const
{
    if (m_slideId && c.slideId != m_slideId)
        return false;
    switch (m_filter) {
    case GalleryFilter::All:
        return true;
    case GalleryFilter::LabelClass:
        return c.label.cellClass() == m_filterClass;
    case GalleryFilter::PredictedClass:
        return c.predicted == m_filterClass;
    case GalleryFilter::Unlabelled:
        return c.label.isUnlabelled();
    case GalleryFilter::Disagreement:
        return c.label.cellClass() && c.predicted
            && !labelAgrees(*c.label.cellClass(), *c.predicted);
    case GalleryFilter::LowConfidence:
        return c.predicted && c.confidence < m_lowConfidence;
    case GalleryFilter::Unidentified:
        return c.label.kind() == CellLabel::Kind::Unidentified;
    case GalleryFilter::NotCounted:
        return c.label.kind() == CellLabel::Kind::NotCounted;
    case GalleryFilter::Suspects:
        return m_openSuspects.contains(c.cell.id);
    }
    return true;
}

void CellGalleryModel::makeGroups()
{
    m_groups.clear();
    for (CellClass cls : kGalleryClasses)
        m_groups.append(Group { CellLabel::ofClass(cls), false, {} });
    if (m_grouping == GalleryGrouping::Label) {
        for (const CellLabel &special : specialCellLabels())
            m_groups.append(Group { special, false, {} });
        m_groups.append(Group { CellLabel(), false, {} });
    } else {
        m_groups.append(Group { CellLabel(), true, {} });
    }
}

int CellGalleryModel::groupFor(const GalleryCell &c) const
{
    if (m_grouping == GalleryGrouping::Prediction)
        return c.predicted ? classGroup(*c.predicted) : kClassGroups;
    if (const auto cls = c.label.cellClass())
        return classGroup(*cls);
    for (int g = kClassGroups; g < m_groups.size(); ++g) {
        if (m_groups.at(g).label == c.label)
            return g;
    }
    return int(m_groups.size()) - 1;
}

void CellGalleryModel::indexCells()
{
    m_positionOfCell.clear();
    m_positionsOfImage.clear();
    m_positionOfCell.reserve(m_cells.size());
    for (int i = 0; i < m_cells.size(); ++i) {
        const GalleryCell &c = m_cells.at(i);
        m_positionOfCell.insert(c.cell.id, i);
        m_positionsOfImage[c.cell.imageId].append(i);
    }
}

void CellGalleryModel::fillGroups()
{
    for (Group &g : m_groups)
        g.rows.clear();
    m_rowOfCell.clear();
    m_rowOfCell.reserve(m_shown.size());
    for (int i = 0; i < m_cells.size(); ++i) {
        const GalleryCell &c = m_cells.at(i);
        if (!m_shown.contains(c.cell.id))
            continue;
        const int g = groupFor(c);
        m_rowOfCell.insert(c.cell.id, { g, int(m_groups[g].rows.size()) });
        m_groups[g].rows.append(i);
    }
    if (m_filter == GalleryFilter::Suspects)
        sortSuspectGroups();
}

void CellGalleryModel::regroupKeepingIndexes(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> cellIds; // 0 for a group row
    cellIds.reserve(before.size());
    for (const QModelIndex &index : before) {
        const GalleryCell *c = cellAt(index);
        cellIds.append(c ? c->cell.id : 0);
    }
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(cellIds.at(i) ? indexOfCell(cellIds.at(i)) : groupIndex(before.at(i).row()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    Q_EMIT groupsChanged();
}

void CellGalleryModel::refreshImage(qint64 imageId)
{
    if (!m_store)
        return;
    if (m_loading)
        m_changedWhileLoading.insert(imageId);
    if (m_applyingOwnLabels)
        return;
    m_dirtyImages.insert(imageId);
    m_refreshTimer->start();
}

void CellGalleryModel::flushRefresh()
{
    m_refreshTimer->stop();
    if (!m_store || m_dirtyImages.isEmpty())
        return;
    // While a read runs these images are noted too (refreshImage): read again when it lands.
    if (m_dirtyImages.size() > kMaxSyncRefresh) {
        m_dirtyImages.clear();
        startLoad(false);
        return;
    }
    QList<qint64> dirty = m_dirtyImages.values();
    m_dirtyImages.clear();
    std::sort(dirty.begin(), dirty.end());
    QHash<qint64, QList<GalleryCell>> fresh;
    QHash<qint64, GalleryImage> freshImages;
    for (qint64 imageId : std::as_const(dirty)) {
        GalleryImage image;
        QList<GalleryCell> cells = readImageCells(*m_store, imageId, &image);
        for (GalleryCell &c : cells) { // predictions do not change with labels: keep them
            const auto old = m_positionOfCell.constFind(c.cell.id);
            if (old == m_positionOfCell.cend())
                continue;
            const GalleryCell &was = m_cells.at(*old);
            c.predicted = was.predicted;
            c.confidence = was.confidence;
            if (m_loader && was.cell.box != c.cell.box)
                m_loader->forget(c.cell.id);
        }
        fresh.insert(imageId, cells);
        if (!image.path.isEmpty())
            freshImages.insert(imageId, image);
    }
    regroupKeepingIndexes([&] {
        QList<GalleryCell> next;
        next.reserve(m_cells.size() + 8);
        qsizetype d = 0;
        const auto appendFresh = [&](qint64 imageId) {
            for (const GalleryCell &c : fresh.value(imageId)) {
                const bool known = m_positionOfCell.contains(c.cell.id);
                if (!known && passesFilter(c))
                    m_shown.insert(c.cell.id);
                next.append(c);
            }
        };
        for (const GalleryCell &c : std::as_const(m_cells)) {
            const qint64 imageId = c.cell.imageId;
            while (d < dirty.size() && dirty.at(d) < imageId)
                appendFresh(dirty.at(d++));
            if (d < dirty.size() && dirty.at(d) == imageId)
                appendFresh(dirty.at(d++));
            if (!fresh.contains(imageId))
                next.append(c);
        }
        while (d < dirty.size())
            appendFresh(dirty.at(d++));
        for (qint64 imageId : std::as_const(dirty)) {
            if (freshImages.contains(imageId))
                m_images.insert(imageId, freshImages.value(imageId));
            else
                m_images.remove(imageId);
        }
        m_cells = next;
        indexCells();
        for (auto it = m_shown.begin(); it != m_shown.end();) { // deleted boxes
            if (m_positionOfCell.contains(*it))
                ++it;
            else
                it = m_shown.erase(it);
        }
        updateSuspects(dirty);
        fillGroups();
    });
}

QModelIndex CellGalleryModel::groupIndex(int group) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    return createIndex(group, 0, kGroupId);
}

int CellGalleryModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == kGroupId ? index.row() : int(index.internalId() - 1);
}

CellLabel CellGalleryModel::groupLabel(int group) const
{
    return group >= 0 && group < m_groups.size() ? m_groups.at(group).label : CellLabel();
}

bool CellGalleryModel::groupAcceptsDrops(int group) const
{
    return group >= 0 && group < m_groups.size() && !m_groups.at(group).noPrediction && m_store
        && !m_store->isReadOnly();
}

QString CellGalleryModel::groupTitle(int group) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    const Group &g = m_groups.at(group);
    if (g.noPrediction)
        return tr("No prediction");
    if (const auto cls = g.label.cellClass())
        return cellClassDisplayName(*cls);
    return g.label.displayName();
}

int CellGalleryModel::groupSize(int group) const
{
    return group >= 0 && group < m_groups.size() ? int(m_groups.at(group).rows.size()) : 0;
}

const GalleryCell *CellGalleryModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const int g = int(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups.at(g).rows.size())
        return nullptr;
    return &m_cells.at(m_groups.at(g).rows.at(index.row()));
}

QModelIndex CellGalleryModel::indexOfCell(qint64 cellId) const
{
    const auto it = m_rowOfCell.constFind(cellId);
    if (it == m_rowOfCell.cend())
        return {};
    return createIndex(it->second, 0, quintptr(it->first + 1));
}

bool CellGalleryModel::relabel(
    const QList<qint64> &cellIds, const CellLabel &label, LabelOrigin origin)
{
    if (!m_commands || !m_store || m_store->isReadOnly() || cellIds.isEmpty())
        return false;
    m_applyingOwnLabels = true; // the command's imageChanged: applied below, not read again
    const bool ok = m_commands->setCellLabel(cellIds, label, origin);
    m_applyingOwnLabels = false;
    if (ok)
        applyLabels(cellIds, label);
    else
        markDirty(cellIds);
    flushRefresh();
    return ok;
}

bool CellGalleryModel::acceptPredictions(const QList<qint64> &cellIds)
{
    if (!m_commands || !m_store || m_store->isReadOnly())
        return false;
    QMap<CellClass, QList<qint64>> byClass;
    for (qint64 id : cellIds) {
        const auto it = m_positionOfCell.constFind(id);
        if (it != m_positionOfCell.cend() && m_cells.at(*it).predicted)
            byClass[*m_cells.at(*it).predicted].append(id);
    }
    if (byClass.isEmpty())
        return false;
    QUndoStack *stack = m_commands->undoStack();
    if (byClass.size() > 1)
        stack->beginMacro(tr("Accept %n prediction(s)", nullptr, int(cellIds.size())));
    bool ok = true;
    m_applyingOwnLabels = true;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        const CellLabel label = CellLabel::ofClass(it.key());
        if (m_commands->setCellLabel(it.value(), label, LabelOrigin::Review)) {
            applyLabels(it.value(), label);
        } else {
            markDirty(it.value());
            ok = false;
        }
    }
    m_applyingOwnLabels = false;
    if (byClass.size() > 1)
        stack->endMacro();
    flushRefresh();
    return ok;
}

void CellGalleryModel::applyLabels(const QList<qint64> &cellIds, const CellLabel &label)
{
    regroupKeepingIndexes([&] {
        for (qint64 id : cellIds) {
            if (const auto it = m_positionOfCell.constFind(id); it != m_positionOfCell.cend())
                m_cells[*it].label = label;
        }
        fillGroups();
    });
}

void CellGalleryModel::markDirty(const QList<qint64> &cellIds)
{
    for (qint64 id : cellIds) {
        if (const auto it = m_positionOfCell.constFind(id); it != m_positionOfCell.cend())
            refreshImage(m_cells.at(*it).cell.imageId);
    }
}

void CellGalleryModel::onCropReady(qint64 cellId)
{
    const QModelIndex index = indexOfCell(cellId);
    if (index.isValid())
        Q_EMIT dataChanged(index, index, { Qt::DecorationRole, CropStateRole });
}

// --- QAbstractItemModel ------------------------------------------------------------------------

QModelIndex CellGalleryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex CellGalleryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int CellGalleryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int CellGalleryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() != kGroupId ? 0 : 1;
}

QVariant CellGalleryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        switch (role) {
        case Qt::DisplayRole:
            return groupTitle(index.row());
        case IsGroupRole:
            return true;
        case GroupLabelRole:
            return groupLabel(index.row()).name();
        default:
            return {};
        }
    }
    const GalleryCell *c = cellAt(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return QFileInfo(m_images.value(c->cell.imageId).path).fileName();
    case Qt::ToolTipRole: {
        QString tip = tr("%1, cell %2")
                          .arg(QFileInfo(m_images.value(c->cell.imageId).path).fileName())
                          .arg(c->cell.id);
        tip += QLatin1Char('\n') + tr("Label: %1").arg(c->label.displayName());
        if (c->predicted)
            tip += QLatin1Char('\n')
                + tr("Predicted: %1 (%2%)")
                      .arg(cellClassDisplayName(*c->predicted))
                      .arg(qRound(c->confidence * 100));
        if (const AuditCellRecord *s = suspect(c->cell.id))
            tip += QLatin1Char('\n') + suspectToolTip(*s);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("Cell %1: %2").arg(c->cell.id).arg(c->label.displayName());
    case Qt::DecorationRole: {
        if (!m_loader)
            return {};
        const QImage cached = m_loader->cached(c->cell.id);
        if (!cached.isNull())
            return cached;
        // Painted, so on screen: queue it with its field's other cells, cropped while the field
        // is decoded.
        QList<CellRecord> field;
        for (int position : m_positionsOfImage.value(c->cell.imageId))
            field.append(m_cells.at(position).cell);
        return m_loader->crop(c->cell, m_images.value(c->cell.imageId).path, field);
    }
    case CropStateRole:
        if (m_loader && !m_loader->cached(c->cell.id).isNull())
            return int(CropState::Ready);
        if (!m_loader || !m_loader->error(m_images.value(c->cell.imageId).path).isEmpty())
            return int(CropState::Failed);
        return int(CropState::Loading); // queued, or asked for when it is painted
    case CellIdRole:
        return c->cell.id;
    case ImageIdRole:
        return c->cell.imageId;
    case SlideIdRole:
        return c->slideId;
    case LabelRole:
        return c->label.name();
    case PredictionRole:
        return c->predicted ? cellClassName(*c->predicted) : QString();
    case ConfidenceRole:
        return c->predicted ? QVariant(c->confidence) : QVariant();
    case DisagreesRole:
        return c->label.cellClass() && c->predicted
            && !labelAgrees(*c->label.cellClass(), *c->predicted);
    case IsGroupRole:
        return false;
    case SuspectRankRole:
        if (const AuditCellRecord *s = suspect(c->cell.id))
            return s->rank;
        return 0;
    default:
        return {};
    }
}

Qt::ItemFlags CellGalleryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool writable = m_store && !m_store->isReadOnly();
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled
            | (groupAcceptsDrops(index.row()) ? Qt::ItemIsDropEnabled : Qt::NoItemFlags);
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
        | (writable ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QHash<int, QByteArray> CellGalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CellIdRole, "cellId");
    names.insert(ImageIdRole, "imageId");
    names.insert(SlideIdRole, "slideId");
    names.insert(LabelRole, "label");
    names.insert(PredictionRole, "prediction");
    names.insert(ConfidenceRole, "confidence");
    names.insert(DisagreesRole, "disagrees");
    names.insert(CropStateRole, "cropState");
    names.insert(FileNameRole, "fileName");
    names.insert(IsGroupRole, "isGroup");
    names.insert(GroupLabelRole, "groupLabel");
    names.insert(SuspectRankRole, "suspectRank");
    return names;
}

} // namespace wbc
