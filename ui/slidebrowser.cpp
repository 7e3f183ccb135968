#include "slidebrowser.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMetaMethod>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "imagelistmodel.h"
#include "project/projectstore.h"
#include "thumbnaildelegate.h"
#include "thumbnailloader.h"

namespace wbc {

namespace {

    constexpr int kGridSpacing = 6;

    int filterCode(ImageFilter filter, CellClass cls)
    {
        return (int(filter) << 8) | int(cls);
    }

    int sortCode(ImageSort key, Qt::SortOrder order)
    {
        return (int(key) << 1) | int(order);
    }

} // namespace

SlideBrowser::SlideBrowser(QWidget *parent)
    : QWidget(parent)
    , m_loader(new ThumbnailLoader(this))
    , m_model(new ImageListModel(m_loader, this))
    , m_proxy(new ImageFilterProxy(this))
    , m_delegate(new ThumbnailDelegate(this))
{
    m_proxy->setSourceModel(m_model);
    createWidgets();
}

SlideBrowser::~SlideBrowser() = default;

void SlideBrowser::createWidgets()
{
    setAccessibleName(tr("Slide browser"));

    m_filterCombo = new QComboBox(this);
    m_filterCombo->setAccessibleName(tr("Show images"));
    m_filterCombo->setToolTip(tr("Which images to show"));
    m_filterCombo->addItem(tr("All images"), filterCode(ImageFilter::All, {}));
    m_filterCombo->addItem(tr("Unlabeled"), filterCode(ImageFilter::Unlabeled, {}));
    m_filterCombo->setItemData(m_filterCombo->count() - 1,
        tr("Images with a white cell that has no label yet"),
        Qt::ToolTipRole);
    m_filterCombo->addItem(tr("Labeled"), filterCode(ImageFilter::Labeled, {}));
    m_filterCombo->setItemData(m_filterCombo->count() - 1,
        tr("Images whose white cells all have a label"),
        Qt::ToolTipRole);
    m_filterCombo->addItem(
        tr("Needs per-cell labels"), filterCode(ImageFilter::NeedsCellLabels, {}));
    m_filterCombo->setItemData(m_filterCombo->count() - 1,
        tr("Fields labelled with several classes at import: label each of their cells"),
        Qt::ToolTipRole);
    m_filterCombo->insertSeparator(m_filterCombo->count());
    for (CellClass cls : kAllCellClasses)
        m_filterCombo->addItem(cellClassDisplayName(cls), filterCode(ImageFilter::LabelClass, cls));
    m_filterCombo->insertSeparator(m_filterCombo->count());
    m_filterCombo->addItem(tr("Several white cells"), filterCode(ImageFilter::MultiCell, {}));
    m_filterCombo->addItem(tr("No white cell"), filterCode(ImageFilter::NoCell, {}));
    m_filterCombo->addItem(
        tr("Detection disagrees with label"), filterCode(ImageFilter::Disagreement, {}));
    connect(m_filterCombo, &QComboBox::activated, this, &SlideBrowser::applyFilterFromCombo);

    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search file names"));
    m_search->setPlaceholderText(tr("Search file names…"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150); // typing stays fluid over 10,000 names
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const qint64 current = m_currentId;
        m_proxy->setSearchText(m_search->text());
        restoreCurrent(current);
    });

    m_sortCombo = new QComboBox(this);
    m_sortCombo->setAccessibleName(tr("Sort images"));
    m_sortCombo->setToolTip(tr("Order of the images"));
    m_sortCombo->addItem(tr("By name"), sortCode(ImageSort::Name, Qt::AscendingOrder));
    m_sortCombo->addItem(tr("By label"), sortCode(ImageSort::Label, Qt::AscendingOrder));
    m_sortCombo->addItem(tr("Newest first"), sortCode(ImageSort::ImportDate, Qt::DescendingOrder));
    m_sortCombo->addItem(tr("Oldest first"), sortCode(ImageSort::ImportDate, Qt::AscendingOrder));
    connect(m_sortCombo, &QComboBox::activated, this, &SlideBrowser::applySortFromCombo);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of images shown"));
    m_count->setTextInteractionFlags(Qt::NoTextInteraction);

    // The search has a row of its own, as wide as the browser: its hint fits whole in every
    // language (a row shared with the combo boxes cut it off).
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
        + 2 * m_search->style()->pixelMetric(QStyle::PM_DefaultFrameWidth)
        + 40); // the text's margins and the clear button
    auto *bar = new QGridLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_filterCombo, 0, 0);
    bar->addWidget(m_sortCombo, 0, 1);
    bar->addWidget(m_count, 0, 2);
    bar->setColumnStretch(0, 1);
    bar->addWidget(m_search, 1, 0, 1, 3);

    // "Showing: <description> ×" chip for showOnly().
    auto *chip = new QFrame(this);
    chip->setFrameShape(QFrame::StyledPanel);
    m_chip = chip;
    m_chip->setAccessibleName(tr("Image subset"));
    m_chip->setAutoFillBackground(true);
    m_chip->setBackgroundRole(QPalette::AlternateBase);
    m_chipLabel = new QLabel(m_chip);
    m_chipLabel->setTextFormat(Qt::PlainText);
    m_chipClose = new QToolButton(m_chip);
    m_chipClose->setText(QStringLiteral("×"));
    m_chipClose->setAutoRaise(true);
    m_chipClose->setAccessibleName(tr("Show all images again"));
    m_chipClose->setToolTip(tr("Show all images again"));
    connect(m_chipClose, &QToolButton::clicked, this, &SlideBrowser::clearShowOnly);
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(8, 2, 2, 2);
    chipLayout->addWidget(m_chipLabel, 1);
    chipLayout->addWidget(m_chipClose);
    m_chip->hide();

    m_view = new QListView(this);
    m_view->setAccessibleName(tr("Images"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(500);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionRectVisible(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(false);
    m_view->setMouseTracking(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegate(m_delegate);
    const QSize cell = ThumbnailDelegate::cellSize(m_view->font());
    m_view->setGridSize(cell + QSize(kGridSpacing, kGridSpacing));
    m_view->verticalScrollBar()->setSingleStep(cell.height() / 3);
    m_view->setModel(m_proxy);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_restoring)
            updateCurrent();
    });
    connect(m_view->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &SlideBrowser::selectionChanged);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_proxy->imageIdAt(index))
            Q_EMIT imageActivated(id);
    });

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    connect(m_countTimer, &QTimer::timeout, this, &SlideBrowser::updateCount);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_countTimer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    auto *chipRow = new QHBoxLayout;
    chipRow->setContentsMargins(4, 0, 4, 0);
    chipRow->addWidget(m_chip);
    chipRow->addStretch(1);
    layout->addLayout(chipRow);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    m_view->installEventFilter(this);
    updateCount();
}

bool SlideBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // Tab and Shift+Tab step through the cells of the shown field, when someone shows it.
    if (watched == m_view && event->type() == QEvent::KeyPress
        && isSignalConnected(QMetaMethod::fromSignal(&SlideBrowser::cellStepRequested))) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back = key->key() == Qt::Key_Backtab
                || (key->modifiers() & Qt::ShiftModifier);
            Q_EMIT cellStepRequested(back ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int SlideBrowser::thumbnailSideForScreen() const
{
    // Thumbnails a little larger than their cell on high-DPI screens, so they stay sharp.
    return devicePixelRatioF() > 1.25 ? 2 * ThumbnailCache::kDefaultMaxSide
                                      : ThumbnailCache::kDefaultMaxSide;
}

void SlideBrowser::setProject(ProjectStore *store)
{
    m_store = store;
    m_loader->setCache(store ? ThumbnailCache(ThumbnailCache::cacheDirForProject(store->path()),
                           thumbnailSideForScreen())
                             : ThumbnailCache());
    clearShowOnly();
    m_restoring = true;
    m_model->clear(); // drops predictions too: ids of another project mean other images
    if (m_store)
        m_model->reload(*m_store);
    m_restoring = false;
    restoreCurrent(0);
    Q_EMIT selectionChanged();
    updateCount();
}

void SlideBrowser::reload()
{
    if (!m_store) {
        setProject(nullptr);
        return;
    }
    const qint64 current = m_currentId;
    const QList<qint64> selected = selectedImageIds();
    const int scroll = m_view->verticalScrollBar()->value();
    m_restoring = true;
    m_model->reload(*m_store);
    m_restoring = false;
    restoreCurrent(current, selected);
    m_view->verticalScrollBar()->setValue(scroll);
    Q_EMIT selectionChanged();
    updateCount();
}

void SlideBrowser::refreshImage(qint64 id)
{
    if (m_store)
        m_model->refreshImage(id, *m_store);
}

QList<qint64> SlideBrowser::selectedImageIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_proxy->imageIdAt(index));
    return ids;
}

bool SlideBrowser::selectImage(qint64 id)
{
    const QModelIndex index = m_proxy->indexOfImage(id);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    return true;
}

bool SlideBrowser::selectImageNamed(const QString &fileName)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(Qt::DisplayRole).toString() == fileName)
            return selectImage(m_model->imageIdAt(index));
    }
    return false;
}

bool SlideBrowser::selectNextUnlabeled()
{
    const QModelIndex current = m_view->currentIndex();
    const int rows = m_proxy->rowCount();
    for (int row = current.isValid() ? current.row() + 1 : 0; row < rows; ++row) {
        const ImageItem *item = m_model->itemAt(m_proxy->mapToSource(m_proxy->index(row, 0)));
        if (item && item->needsLabels())
            return selectImage(item->id);
    }
    return false;
}

void SlideBrowser::showOnly(const QSet<qint64> &ids, const QString &description)
{
    const qint64 current = m_currentId;
    // 0 is never an image id: an empty subset shows nothing rather than everything.
    m_proxy->setIdFilter(ids.isEmpty() ? QSet<qint64> { 0 } : ids);
    m_chipLabel->setText(tr("Showing: %1").arg(description));
    m_chip->setToolTip(description);
    m_chip->show();
    restoreCurrent(current);
}

QString SlideBrowser::showExactly(const QSet<qint64> &ids, const QString &description)
{
    QStringList off;
    if (m_proxy->filter() != ImageFilter::All)
        off.append(tr("the filter \"%1\"").arg(m_filterCombo->currentText()));
    if (!m_proxy->searchText().isEmpty())
        off.append(tr("the search \"%1\"").arg(m_proxy->searchText()));
    if (m_proxy->filter() != ImageFilter::All)
        setFilter(ImageFilter::All);
    if (!m_proxy->searchText().isEmpty() || !m_search->text().isEmpty())
        setSearchText(QString());
    showOnly(ids, description);
    return off.join(tr(" and "));
}

void SlideBrowser::clearShowOnly()
{
    m_chip->hide();
    if (m_proxy->idFilter().isEmpty())
        return;
    const qint64 current = m_currentId;
    m_proxy->setIdFilter({});
    restoreCurrent(current);
}

bool SlideBrowser::isShowingOnly() const
{
    return !m_proxy->idFilter().isEmpty();
}

void SlideBrowser::setFilter(ImageFilter filter, CellClass cls)
{
    const int index = m_filterCombo->findData(
        filterCode(filter, filter == ImageFilter::LabelClass ? cls : CellClass {}));
    if (index >= 0)
        m_filterCombo->setCurrentIndex(index);
    const qint64 current = m_currentId;
    m_proxy->setFilter(filter, cls);
    restoreCurrent(current);
}

ImageFilter SlideBrowser::filter() const
{
    return m_proxy->filter();
}

void SlideBrowser::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    const qint64 current = m_currentId;
    m_proxy->setSearchText(text);
    restoreCurrent(current);
}

void SlideBrowser::setSort(ImageSort key, Qt::SortOrder order)
{
    const int index = m_sortCombo->findData(sortCode(key, order));
    if (index >= 0)
        m_sortCombo->setCurrentIndex(index);
    const qint64 current = m_currentId;
    m_proxy->setSortKey(key, order);
    restoreCurrent(current);
}

void SlideBrowser::setPrediction(qint64 id, const QString &cls, double confidence)
{
    m_model->setPrediction(id, cls, confidence);
}

int SlideBrowser::shownCount() const
{
    return m_proxy->rowCount();
}

int SlideBrowser::totalCount() const
{
    return m_model->rowCount();
}

void SlideBrowser::applyFilterFromCombo()
{
    const int code = m_filterCombo->currentData().toInt();
    setFilter(ImageFilter(code >> 8), CellClass(code & 0xff));
}

void SlideBrowser::applySortFromCombo()
{
    const int code = m_sortCombo->currentData().toInt();
    setSort(ImageSort(code >> 1), Qt::SortOrder(code & 1));
}

void SlideBrowser::updateCurrent()
{
    const qint64 id = m_proxy->imageIdAt(m_view->currentIndex());
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentImageChanged(id);
}

void SlideBrowser::restoreCurrent(qint64 id, const QList<qint64> &selected)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selected.isEmpty()) {
        QItemSelection rows;
        for (qint64 s : selected) {
            const QModelIndex row = m_proxy->indexOfImage(s);
            if (row.isValid())
                rows.select(row, row);
        }
        selection->select(rows, QItemSelectionModel::ClearAndSelect);
    }
    const QModelIndex index = m_proxy->indexOfImage(id);
    if (index.isValid()) {
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        if (!selection->hasSelection())
            selection->select(index, QItemSelectionModel::Select);
        m_view->scrollTo(index);
    } else if (m_view->currentIndex().isValid()) {
        m_view->scrollTo(m_view->currentIndex()); // the neighbour that took over
    }
    updateCurrent();
    updateCount();
}

void SlideBrowser::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
            ? tr("%1 images").arg(locale.toString(total))
            : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace wbc
