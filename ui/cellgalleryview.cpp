#include "cellgalleryview.h"

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include "cellclassstyle.h"
#include "cellcroploader.h"
#include "cellgallerydelegate.h"
#include "cellgroupheader.h"
#include "cellgroupview.h"
#include "celllabelstyle.h"
#include "labelkeys.h"
#include "projectcommands.h"
#include "slide/slidecellcrops.h"

namespace wbc {

namespace {

    constexpr int kMaxGroups = 12; // the label grouping's: 7 classes, 4 special choices, unlabelled

    bool classFilter(GalleryFilter filter)
    {
        return filter == GalleryFilter::LabelClass || filter == GalleryFilter::PredictedClass;
    }

    // The labels labelKeys() offers: their headers stay as drop targets while empty.
    QList<CellLabel> offeredLabels()
    {
        QList<CellLabel> labels;
        for (const LabelKey &k : labelKeys())
            labels.append(k.label);
        return labels;
    }

} // namespace

CellGalleryView::CellGalleryView(ProjectCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_loader(new CellCropLoader(this))
    , m_model(new CellGalleryModel(m_loader, this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_delegate(new CellGalleryDelegate(this))
{
    m_model->setCommands(commands);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    createToolbar(layout);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Cell gallery"));
    m_page = new QWidget(m_scroll);
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);
    m_pageLayout->setSpacing(0);
    m_empty = new QLabel(m_page);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_pageLayout->addWidget(m_empty);
    createGroups();
    m_pageLayout->addStretch(1);
    m_scroll->setWidget(m_page);
    layout->addWidget(m_scroll, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        bindGroups();
        updateGroups();
        updateCount();
    });
    connect(m_model, &CellGalleryModel::groupsChanged, this, [this] {
        updateGroups();
        updateCount();
    });
    connect(m_model, &CellGalleryModel::loaded, this, [this] {
        updateSlides();
        updateCount();
    });
    connect(m_model, &CellGalleryModel::loadFailed, this, &CellGalleryView::message);
    bindGroups();
    updateGroups();
    updateSlides();
    updateCount();
}

CellGalleryView::~CellGalleryView()
{
    // Views go before the model they show.
    qDeleteAll(m_views);
    m_views.clear();
}

void CellGalleryView::createToolbar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_filterCombo = new QComboBox(this);
    m_filterCombo->setAccessibleName(tr("Cells to show"));
    showLabel->setBuddy(m_filterCombo);
    m_filterCombo->addItem(tr("All cells"), int(GalleryFilter::All));
    m_filterCombo->addItem(tr("Labelled as"), int(GalleryFilter::LabelClass));
    m_filterCombo->addItem(tr("Predicted as"), int(GalleryFilter::PredictedClass));
    m_filterCombo->addItem(tr("Unlabelled"), int(GalleryFilter::Unlabelled));
    m_filterCombo->addItem(tr("Label and prediction disagree"), int(GalleryFilter::Disagreement));
    m_filterCombo->addItem(
        tr("Low confidence (below %1%)").arg(qRound(CellGalleryModel::kDefaultLowConfidence * 100)),
        int(GalleryFilter::LowConfidence));
    m_filterCombo->addItem(tr("Unidentified"), int(GalleryFilter::Unidentified));
    m_filterCombo->addItem(tr("Not counted"), int(GalleryFilter::NotCounted));
    m_filterCombo->addItem(tr("Suspected label errors"), int(GalleryFilter::Suspects));
    m_classCombo = new QComboBox(this);
    m_classCombo->setAccessibleName(tr("Class to show"));
    for (CellClass cls : kAllCellClasses)
        m_classCombo->addItem(cellClassDisplayName(cls), int(cls));
    for (CellClass cls : kGroupClasses)
        m_classCombo->addItem(cellClassDisplayName(cls), int(cls));
    m_classCombo->setEnabled(false);
    auto *groupLabel = new QLabel(tr("&Group by:"), this);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setAccessibleName(tr("Group cells by"));
    groupLabel->setBuddy(m_groupCombo);
    m_groupCombo->addItem(tr("Label"), int(GalleryGrouping::Label));
    m_groupCombo->addItem(tr("Prediction"), int(GalleryGrouping::Prediction));
    auto *slideLabel = new QLabel(tr("S&lide:"), this);
    m_slideCombo = new QComboBox(this);
    m_slideCombo->setAccessibleName(tr("Slide to show"));
    m_slideCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_slideCombo->setMinimumContentsLength(12);
    slideLabel->setBuddy(m_slideCombo);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Cells shown"));
    bar->addWidget(showLabel);
    bar->addWidget(m_filterCombo);
    bar->addWidget(m_classCombo);
    bar->addSpacing(8);
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupCombo);
    bar->addSpacing(8);
    bar->addWidget(slideLabel);
    bar->addWidget(m_slideCombo);
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    connect(m_filterCombo,
        &QComboBox::currentIndexChanged,
        this,
        &CellGalleryView::applyFilterFromCombos);
    connect(m_classCombo,
        &QComboBox::currentIndexChanged,
        this,
        &CellGalleryView::applyFilterFromCombos);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this] {
        setGrouping(GalleryGrouping(m_groupCombo->currentData().toInt()));
    });
    connect(m_slideCombo, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_slideCombo->currentData().toLongLong();
        if (id == m_model->slide())
            return;
        m_model->setSlide(id);
        Q_EMIT slideChanged(id);
    });
}

void CellGalleryView::createGroups()
{
    const QSize tile = CellGalleryDelegate::tileSize(font());
    for (int g = 0; g < kMaxGroups; ++g) {
        auto *header = new CellGroupHeader(m_page);
        auto *view = new CellGroupView(m_page);
        view->setModel(m_model);
        QItemSelectionModel *own = view->selectionModel();
        view->setSelectionModel(m_selection); // one selection across every group
        delete own;
        view->setItemDelegate(m_delegate);
        view->setTileSize(tile);
        view->setAccessibleName(tr("Cells of group %1").arg(g + 1));
        m_pageLayout->addWidget(header);
        m_pageLayout->addWidget(view);
        m_headers.append(header);
        m_views.append(view);
        m_collapsed.append(false);

        connect(header, &CellGroupHeader::toggled, this, [this, g](bool expanded) {
            m_collapsed[g] = !expanded;
            updateGroups();
        });
        connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
            if (const GalleryCell *c = m_model->cellAt(index))
                Q_EMIT cellActivated(c->cell.imageId, c->cell.id);
        });
        connect(view, &CellGroupView::labelRequested, this, [this](const CellLabel &label) {
            relabelSelection(label);
        });
        connect(view, &CellGroupView::acceptRequested, this, &CellGalleryView::acceptSelection);
        connect(view, &CellGroupView::edgeReached, this, [this, g](int direction, int x) {
            moveToGroup(g, direction, x);
        });
        connect(view, &CellGroupView::cursorMoved, this, &CellGalleryView::ensureVisible);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            showContextMenu(view, pos);
        });
    }
}

void CellGalleryView::bindGroups()
{
    for (int g = 0; g < m_views.size(); ++g) {
        const QModelIndex group = m_model->groupIndex(g);
        m_views[g]->setRootIndex(group);
        m_headers[g]->setGroup(QPersistentModelIndex(group));
    }
}

void CellGalleryView::updateGroups()
{
    const bool byLabel = m_model->grouping() == GalleryGrouping::Label;
    const QList<CellLabel> offered = byLabel ? offeredLabels() : QList<CellLabel>();
    bool any = false;
    for (int g = 0; g < m_views.size(); ++g) {
        const bool exists = g < m_model->groupCount();
        const int count = exists ? m_model->groupSize(g) : 0;
        const CellLabel label = m_model->groupLabel(g);
        const bool shown = exists && m_model->project() && (count > 0 || offered.contains(label));
        CellGroupHeader *header = m_headers[g];
        if (shown) {
            QColor color = cellstyle::labelColor(label);
            if (label.isUnlabelled())
                color = palette().color(QPalette::Mid);
            header->setTitle(m_model->groupTitle(g), count, color);
            header->setExpanded(!m_collapsed[g]);
        }
        header->setVisible(shown);
        m_views[g]->setVisible(shown && count > 0 && !m_collapsed[g]);
        any = any || count > 0;
    }
    if (!m_model->project())
        m_empty->setText(tr("Open a project to see its cells."));
    else if (m_model->isLoading() && m_model->totalCount() == 0)
        m_empty->setText(tr("Reading the cells..."));
    else if (m_model->totalCount() == 0)
        m_empty->setText(tr("This project has no white cells yet: import annotations or run "
                            "cell detection (Cells menu)."));
    else
        m_empty->setText(tr("No cell matches the filter."));
    m_empty->setVisible(!any);
}

void CellGalleryView::updateSlides()
{
    const QSignalBlocker block(m_slideCombo);
    m_slideCombo->clear();
    m_slideCombo->addItem(tr("All slides"), qint64(0));
    for (const SlideRecord &s : m_model->slides())
        m_slideCombo->addItem(s.name, s.id);
    const int index = m_slideCombo->findData(m_model->slide());
    m_slideCombo->setCurrentIndex(std::max(0, index));
}

void CellGalleryView::updateCount()
{
    if (!m_model->project())
        m_count->clear();
    else if (m_model->isLoading() && m_model->totalCount() == 0)
        m_count->setText(tr("Reading cells..."));
    else
        m_count->setText(tr("%1 of %2 cells")
                             .arg(QLocale().toString(m_model->shownCount()),
                                 QLocale().toString(m_model->totalCount())));
}

void CellGalleryView::applyFilterFromCombos()
{
    const auto filter = GalleryFilter(m_filterCombo->currentData().toInt());
    m_classCombo->setEnabled(classFilter(filter));
    m_model->setFilter(filter, CellClass(m_classCombo->currentData().toInt()));
}

void CellGalleryView::setProject(ProjectStore *store)
{
    m_selection->clear();
    m_model->setProject(store);
    // A slide's cells come from their cached crops (issue 21).
    m_loader->setCachedCrops([this](const QList<CellRecord> &cells) {
        const ProjectStore *project = m_model->project();
        if (!project || cells.isEmpty())
            return QHash<qint64, CellCropRecord>();
        return cachedSlideCrops(*project, cells.first().imageId, cells);
    });
    updateSlides();
    updateCount();
}

void CellGalleryView::reload()
{
    m_model->reload();
}

void CellGalleryView::setFilter(GalleryFilter filter, CellClass cls)
{
    {
        const QSignalBlocker a(m_filterCombo);
        const QSignalBlocker b(m_classCombo);
        m_filterCombo->setCurrentIndex(std::max(0, m_filterCombo->findData(int(filter))));
        m_classCombo->setCurrentIndex(std::max(0, m_classCombo->findData(int(cls))));
        m_classCombo->setEnabled(classFilter(filter));
    }
    m_model->setFilter(filter, cls);
}

void CellGalleryView::setGrouping(GalleryGrouping grouping)
{
    {
        const QSignalBlocker block(m_groupCombo);
        m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(int(grouping))));
    }
    if (grouping == m_model->grouping())
        return;
    m_collapsed.fill(false); // the groups are others now
    m_model->setGrouping(grouping);
}

void CellGalleryView::setSlide(qint64 slideId)
{
    {
        const QSignalBlocker block(m_slideCombo);
        m_slideCombo->setCurrentIndex(std::max(0, m_slideCombo->findData(slideId)));
    }
    m_model->setSlide(slideId);
}

qint64 CellGalleryView::slide() const
{
    return m_model->slide();
}

QList<qint64> CellGalleryView::selectedCellIds() const
{
    QModelIndexList indexes = m_selection->selectedIndexes();
    std::sort(indexes.begin(), indexes.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        const int ga = m_model->groupOf(a);
        const int gb = m_model->groupOf(b);
        return ga != gb ? ga < gb : a.row() < b.row();
    });
    QList<qint64> ids;
    ids.reserve(indexes.size());
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (const GalleryCell *c = m_model->cellAt(index))
            ids.append(c->cell.id);
    }
    return ids;
}

qint64 CellGalleryView::currentCellId() const
{
    const GalleryCell *c = m_model->cellAt(m_selection->currentIndex());
    return c ? c->cell.id : 0;
}

bool CellGalleryView::selectCell(qint64 cellId)
{
    const QModelIndex index = m_model->indexOfCell(cellId);
    if (!index.isValid())
        return false;
    const int g = m_model->groupOf(index);
    if (m_collapsed.value(g)) {
        m_collapsed[g] = false;
        updateGroups();
    }
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    ensureVisible(index);
    return true;
}

QModelIndex CellGalleryView::cellAfter(const QList<qint64> &cells) const
{
    const QSet<qint64> set(cells.cbegin(), cells.cend());
    const QModelIndex last = m_model->indexOfCell(cells.constLast());
    const QModelIndex first = m_model->indexOfCell(cells.constFirst());
    if (!last.isValid())
        return {};
    const QModelIndex group = last.parent();
    const int rows = m_model->rowCount(group);
    for (int row = last.row() + 1; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0, group);
        if (!set.contains(index.data(CellGalleryModel::CellIdRole).toLongLong()))
            return index;
    }
    if (first.isValid() && first.parent() == group) {
        for (int row = first.row() - 1; row >= 0; --row) {
            const QModelIndex index = m_model->index(row, 0, group);
            if (!set.contains(index.data(CellGalleryModel::CellIdRole).toLongLong()))
                return index;
        }
    }
    return {};
}

bool CellGalleryView::relabelSelection(const CellLabel &label)
{
    ProjectStore *store = m_model->project();
    if (!store)
        return false;
    if (store->isReadOnly()) {
        Q_EMIT message(tr("The project is open read-only: labels cannot be changed"));
        return false;
    }
    QList<qint64> ids = selectedCellIds();
    if (ids.isEmpty() && currentCellId())
        ids = { currentCellId() };
    if (ids.isEmpty())
        return false;
    const qint64 next = cellAfter(ids).data(CellGalleryModel::CellIdRole).toLongLong();
    const bool hadFocus = m_page->isAncestorOf(QApplication::focusWidget());
    // Under the label check's filter a key decides the suspects: a correction naming the audit.
    const bool suspects = m_model->filter() == GalleryFilter::Suspects;
    if (suspects ? !m_model->correctSuspects(ids, label)
                 : !m_model->relabel(ids, label,
                                     ids.size() == 1 ? LabelOrigin::Key : LabelOrigin::Bulk))
        return false;
    Q_EMIT message(
        tr("%n cell(s) labelled %1", nullptr, int(ids.size())).arg(labelKeyDisplayName(label)));
    if (next && selectCell(next)) {
        if (hadFocus)
            m_views[m_model->groupOf(m_model->indexOfCell(next))]->setFocus();
    } else {
        m_selection->clearSelection();
    }
    return true;
}

bool CellGalleryView::acceptSelection()
{
    ProjectStore *store = m_model->project();
    if (!store || store->isReadOnly())
        return false;
    QList<qint64> ids = selectedCellIds();
    if (ids.isEmpty() && currentCellId())
        ids = { currentCellId() };
    if (ids.isEmpty())
        return false;
    const qint64 next = cellAfter(ids).data(CellGalleryModel::CellIdRole).toLongLong();
    if (m_model->filter() == GalleryFilter::Suspects) { // Enter keeps the suspects' labels
        if (!m_model->keepSuspectLabels(ids))
            return false;
        Q_EMIT message(tr("%n label(s) kept", nullptr, int(ids.size())));
        if (!next || !selectCell(next))
            m_selection->clearSelection();
        return true;
    }
    if (!m_model->acceptPredictions(ids)) {
        Q_EMIT message(tr("No prediction to accept: predict with the active model first"));
        return false;
    }
    Q_EMIT message(tr("%n prediction(s) accepted", nullptr, int(ids.size())));
    if (!next || !selectCell(next))
        m_selection->clearSelection();
    return true;
}

void CellGalleryView::focusGrid()
{
    const QModelIndex current = m_selection->currentIndex();
    CellGroupView *target = m_views.value(m_model->groupOf(current));
    if (!target || target->isHidden()) {
        target = nullptr;
        for (CellGroupView *view : std::as_const(m_views)) {
            if (!view->isHidden()) {
                target = view;
                break;
            }
        }
    }
    if (!target)
        return setFocus();
    target->setFocus();
    if (!current.isValid() || current.parent() != target->rootIndex()) {
        const QModelIndex first = m_model->index(0, 0, target->rootIndex());
        m_selection->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
        ensureVisible(first);
    }
}

void CellGalleryView::renameSlide(qint64 slideId, const QString &name)
{
    m_model->setSlideName(slideId, name);
    updateSlides();
}

void CellGalleryView::moveToGroup(int fromGroup, int direction, int x)
{
    for (int g = fromGroup + direction; g >= 0 && g < m_views.size(); g += direction) {
        CellGroupView *view = m_views[g];
        if (view->isHidden() || m_model->groupSize(g) == 0)
            continue;
        const QModelIndex index = view->entryIndex(direction, x);
        if (!index.isValid())
            continue;
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        view->setFocus();
        ensureVisible(index);
        return;
    }
}

void CellGalleryView::ensureVisible(const QModelIndex &index)
{
    const int g = m_model->groupOf(index);
    CellGroupView *view = m_views.value(g);
    if (!view || view->isHidden())
        return;
    m_pageLayout->activate(); // heights may have changed since the last layout
    const QRect rect = view->visualRect(index);
    const QPoint centre = view->viewport()->mapTo(m_page, rect.center());
    m_scroll->ensureVisible(centre.x(), centre.y(), rect.width() / 2 + 4, rect.height() / 2 + 4);
    if (rect.top() < rect.height()) // the first row: its group's title too
        m_scroll->ensureWidgetVisible(m_headers[g], 0, 0);
}

void CellGalleryView::showContextMenu(CellGroupView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    const GalleryCell *cell = m_model->cellAt(index);
    if (!cell)
        return;
    QMenu menu(this);
    QMenu *reclassify = menu.addMenu(tr("&Reclassify As"));
    const bool writable = m_model->project() && !m_model->project()->isReadOnly();
    for (const LabelKey &k : labelKeys()) {
        QAction *a = reclassify->addAction(labelKeyDisplayName(k.label));
        a->setShortcut(k.key);
        a->setEnabled(writable);
        const CellLabel label = k.label;
        connect(a, &QAction::triggered, this, [this, label] { relabelSelection(label); });
    }
    QAction *accept
        = menu.addAction(tr("&Accept Prediction"), this, &CellGalleryView::acceptSelection);
    accept->setShortcut(QKeySequence(Qt::Key_Return));
    accept->setEnabled(writable && cell->predicted.has_value());
    menu.addSeparator();
    const qint64 imageId = cell->cell.imageId;
    const qint64 cellId = cell->cell.id;
    menu.addAction(tr("&Show in Field"), this, [this, imageId, cellId] {
        Q_EMIT cellActivated(imageId, cellId);
    });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace wbc
