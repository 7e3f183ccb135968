#include "slidelistdock.h"

#include "slidedetailsdialog.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>

#include "progressdelegate.h"
#include "projectcommands.h"
#include "projectreader.h"
#include "slidelistmodel.h"

namespace wbc {

SlideListDock::SlideListDock(QWidget *parent)
    : QDockWidget(tr("Slide List"), parent)
    , m_model(new SlideListModel(this))
    , m_view(new QTreeView(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("slideListDock"));
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("SlideListReader"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setItemDelegateForColumn(
        SlideListModel::ProgressColumn, new ProgressDelegate(SlideListModel::ProgressRole, m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Slides"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SlideListModel::NameColumn, QHeaderView::Stretch);
    for (int c = SlideListModel::ImagesColumn; c < SlideListModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Room for the project row and four slides before the list scrolls.
    m_view->setMinimumHeight(6 * (m_view->fontMetrics().height() + 8));
    setWidget(m_view);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SlideListDock::refresh);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &SlideListDock::emitSelection);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SlideListDock::showContextMenu);
}

SlideListDock::~SlideListDock()
{
    delete m_reading; // a read still running finishes on its own; its result is dropped
    m_pool.waitForDone();
}

void SlideListDock::setProject(ProjectStore *store)
{
    delete m_reading;
    m_reading = nullptr;
    m_refreshTimer->stop();
    m_store = store;
    m_selected = 0;
    m_imagesBySlide.clear();
    m_model->clear();
    m_model->setRenameHandler(store && !store->isReadOnly()
            ? SlideListModel::RenameHandler(
                [this](qint64 slideId, const QString &name) { return renameSlide(slideId, name); })
            : SlideListModel::RenameHandler());
    if (m_store)
        refresh();
}

void SlideListDock::scheduleRefresh()
{
    if (m_store && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void SlideListDock::refresh()
{
    m_refreshTimer->stop();
    if (!m_store)
        return;
    if (m_reading) {
        m_readAgain = true; // the running read may miss the newest labels
        return;
    }
    m_reading = readProjectAsync<Snapshot>(
        this,
        &m_pool,
        m_store->path(),
        [](ProjectStore &store) {
            Snapshot s;
            s.summaries = store.slideSummaries();
            for (const ImageRecord &image : store.images())
                s.imagesBySlide[image.slideId].append(image.id);
            return s;
        },
        [this](const Snapshot &snapshot) {
            m_reading = nullptr;
            apply(snapshot);
            if (m_readAgain) {
                m_readAgain = false;
                refresh();
            }
        });
}

void SlideListDock::apply(const Snapshot &snapshot)
{
    if (!snapshot.error.isEmpty())
        return; // e.g. a shared project's server gone: keep what is shown (setProject clears)
    const qint64 selected = m_selected;
    m_imagesBySlide = snapshot.imagesBySlide;
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setSummaries(snapshot.summaries);
    }
    const int row = std::max(0, m_model->rowOfSlide(selected));
    const QModelIndex index = m_model->index(row, 0);
    if (m_view->selectionModel()->currentIndex().row() != row) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (m_model->slideIdAt(row) != selected) { // the slide is gone: back to the whole project
        m_selected = m_model->slideIdAt(row);
        emitSelection();
    }
    m_view->viewport()->update();
    Q_EMIT refreshed();
}

qint64 SlideListDock::selectedSlideId() const
{
    return m_selected;
}

bool SlideListDock::selectSlide(qint64 slideId)
{
    const int row = m_model->rowOfSlide(slideId);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QSet<qint64> SlideListDock::imagesOfSlide(qint64 slideId) const
{
    const QList<qint64> ids = m_imagesBySlide.value(slideId);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

void SlideListDock::emitSelection()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->slideIdAt(current.row()) : 0;
    m_selected = std::max<qint64>(0, id);
    Q_EMIT slideSelected(m_selected,
        m_selected ? imagesOfSlide(m_selected) : QSet<qint64>(),
        m_model->slideName(m_selected));
}

void SlideListDock::setCommands(ProjectCommands *commands)
{
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    if (m_commands) {
        connect(m_commands, &ProjectCommands::imageChanged, this, &SlideListDock::scheduleRefresh);
        connect(m_commands, &ProjectCommands::slidesChanged, this, &SlideListDock::scheduleRefresh);
    }
}

bool SlideListDock::renameSlide(qint64 slideId, const QString &name)
{
    if (!m_store || m_store->isReadOnly() || slideId <= 0)
        return false;
    std::optional<SlideRecord> slide = m_store->slide(slideId);
    if (!slide)
        return false;
    const QString oldName = slide->name;
    slide->name = name.trimmed();
    if (slide->name == oldName)
        return true;
    // Said here, without a modal dialog: the editor that asked is still closing.
    const auto refuse = [&](const QString &why) {
        const QString message = tr("The slide \"%1\" cannot be renamed: %2").arg(oldName, why);
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Rename Slide"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT renameFailed(message);
        return false;
    };
    if (slide->name.isEmpty())
        return refuse(tr("a slide needs a name"));
    if (const auto other = m_store->slideByName(slide->name); other && other->id != slideId)
        return refuse(tr("there is already a slide named \"%1\"").arg(slide->name));
    if (m_commands && m_commands->store() == m_store) {
        if (!m_commands->renameSlide(slideId, slide->name)) // undoable; a failure is reported
            return false; // through writeFailed
    } else if (!m_store->updateSlide(*slide)) {
        return refuse(m_store->lastError());
    }
    m_model->setSlideName(slideId, slide->name);
    Q_EMIT slideRenamed(slideId, slide->name);
    scheduleRefresh(); // the list is sorted by name
    return true;
}

void SlideListDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || index.row() == 0)
        return;
    QMenu menu(this);
    QAction *rename = menu.addAction(tr("&Rename Slide..."), this, [this, index] {
        m_view->edit(m_model->index(index.row(), SlideListModel::NameColumn));
    });
    rename->setEnabled(m_store && !m_store->isReadOnly());
    const qint64 slideId = m_model->data(index, SlideListModel::SlideIdRole).toLongLong();
    QAction *details = menu.addAction(tr("Slide &Details..."), this, [this, slideId] {
        editDetails(slideId);
    });
    details->setEnabled(m_store && !m_store->isReadOnly() && m_commands
                        && m_commands->store() == m_store);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void SlideListDock::editDetails(qint64 slideId)
{
    const std::optional<SlideRecord> slide = m_store ? m_store->slide(slideId) : std::nullopt;
    if (!slide)
        return;
    SlideDetailsDialog dialog(*slide, this);
    if (dialog.exec() == QDialog::Accepted && m_commands->updateSlide(dialog.slide()))
        scheduleRefresh();
}

} // namespace wbc
