#include "adjudicationqueue.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "adjudicationmodel.h"
#include "cellcroploader.h"
#include "labelkeys.h"
#include "project/projectrole.h"
#include "projectcommands.h"

namespace wbc {

AdjudicationQueue::AdjudicationQueue(
    ProjectCommands *commands, CellCropLoader *crops, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_model(new AdjudicationModel(crops, this))
{
    createWidgets();
    // A local label, adjudication or undo: the rows of that image follow.
    connect(m_commands, &ProjectCommands::imageChanged, this, [this](qint64 imageId) {
        if (!m_stale)
            m_model->refreshImage(imageId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdjudicationQueue::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AdjudicationQueue::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AdjudicationQueue::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AdjudicationQueue::updateSummary);
}

void AdjudicationQueue::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    m_showAdjudicated = new QCheckBox(tr("Show adjudicated"), this);
    m_showAdjudicated->setToolTip(tr("Also list the cells a reviewer has already decided"));
    top->addWidget(m_showAdjudicated);
    layout->addLayout(top);
    connect(m_showAdjudicated, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowAdjudicated(on);
        selectNextToDo();
    });

    m_banner = new QWidget(this);
    auto *banner = new QHBoxLayout(m_banner);
    banner->setContentsMargins(0, 0, 0, 0);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *all = new QPushButton(tr("Show &All Disagreements"), m_banner);
    banner->addWidget(m_bannerText, 1);
    banner->addWidget(all);
    connect(all, &QPushButton::clicked, this, &AdjudicationQueue::showAllDisagreements);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Cells to adjudicate"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(72, 54)); // the crops' 4:3
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(60);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex &current) {
            Q_EMIT currentCellChanged(
                m_model->imageIdAt(current.row()), m_model->cellIdAt(current.row()));
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        // The crops arrive later: the cell column makes room for them now (its first rows).
        int text = 0;
        for (int r = 0; r < std::min(m_model->rowCount(), 200); ++r)
            text = std::max(text,
                m_view->fontMetrics().horizontalAdvance(
                    m_model->index(r, AdjudicationModel::kCellColumn).data().toString()));
        m_view->setColumnWidth(AdjudicationModel::kCellColumn,
            std::clamp(text + m_view->iconSize().width() + 24, 160, 420));
    });

    m_buttonRow = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_buttonRow);
    rebuildButtons();

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    updateSummary();
}

void AdjudicationQueue::rebuildButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    delete m_next;
    auto *layout = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    while (QLayoutItem *item = layout->takeAt(0))
        delete item;
    // One button per class of the key map (binary mode: the two groups); special choices and
    // "withdraw" (the clear key) by key.
    for (const LabelKey &k : labelKeys()) {
        if (!k.label.cellClass())
            continue;
        const CellLabel label = k.label;
        auto *button = new QPushButton(
            tr("%1 (%2)").arg(label.displayName(), k.key.toString(QKeySequence::NativeText)),
            m_buttonRow);
        button->setToolTip(tr("Adjudicate the current cell as %1").arg(label.displayName()));
        button->setFocusPolicy(Qt::NoFocus); // the keys stay with the table
        connect(button, &QPushButton::clicked, this, [this, label] { adjudicateCurrent(label); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch(1);
    m_next = new QPushButton(tr("&Next"), m_buttonRow);
    m_next->setToolTip(tr("Go to the next cell still to adjudicate, leaving this one as it is"));
    m_next->setFocusPolicy(Qt::NoFocus);
    connect(m_next, &QPushButton::clicked, this, &AdjudicationQueue::selectNextToDo);
    layout->addWidget(m_next);
}

void AdjudicationQueue::setProject(ProjectStore *store)
{
    m_store = store;
    m_banner->hide();
    rebuildButtons(); // the keys may have changed in Preferences
    m_stale = store && !isVisible();
    m_model->setProject(store, !m_stale);
    selectNextToDo();
    updateSummary();
}

void AdjudicationQueue::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showAllDisagreements();
}

void AdjudicationQueue::showAllDisagreements()
{
    m_stale = false;
    m_banner->hide();
    rebuildButtons();
    m_model->showAllDisagreements();
    selectNextToDo();
}

void AdjudicationQueue::showCells(const QList<qint64> &cellIds, const QString &description)
{
    m_bannerText->setText(
        tr("Showing the %n cell(s) where %1.", nullptr, int(cellIds.size())).arg(description));
    m_banner->show();
    m_stale = false;
    m_model->showCells(cellIds);
    if (m_model->rowCount() > 0)
        selectRow(0);
}

bool AdjudicationQueue::canAdjudicate() const
{
    return m_store && !m_store->isReadOnly() && canReview(m_store->role());
}

void AdjudicationQueue::refreshCells(const QList<qint64> &cellIds)
{
    if (m_stale)
        return; // read in full when shown
    const qint64 current = currentCellId();
    m_model->refreshCells(cellIds);
    if (current && currentCellId() != current)
        selectCell(current); // a reload or a row inserted above keeps the reviewer's place
}

qint64 AdjudicationQueue::currentCellId() const
{
    return m_model->cellIdAt(m_view->currentIndex().row());
}

qint64 AdjudicationQueue::currentImageId() const
{
    return m_model->imageIdAt(m_view->currentIndex().row());
}

void AdjudicationQueue::selectRow(int row)
{
    const QModelIndex index = m_model->index(row,
        m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                         : AdjudicationModel::kCellColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool AdjudicationQueue::selectCell(qint64 cellId)
{
    const int row = m_model->rowOfCell(cellId);
    if (row < 0)
        return false;
    if (row != m_view->currentIndex().row())
        selectRow(row);
    return true;
}

bool AdjudicationQueue::selectNextToDo()
{
    const int next = m_model->nextToDo(m_view->currentIndex().row());
    if (next < 0) {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            selectRow(0);
        return false;
    }
    selectRow(next);
    return true;
}

bool AdjudicationQueue::adjudicateCurrent(const CellLabel &label)
{
    if (!canAdjudicate()) {
        Q_EMIT message(m_store && m_store->isReadOnly()
                ? tr("The project is open read-only: nothing can be adjudicated")
                : tr("Only a reviewer or the project's owner adjudicates"));
        return false;
    }
    const qint64 id = currentCellId();
    if (!id) {
        Q_EMIT message(tr("Select a cell to adjudicate"));
        return false;
    }
    // The row follows through ProjectCommands::imageChanged (refreshImage).
    if (!m_commands->setCellLabel({ id }, label, LabelOrigin::Adjudication))
        return false;
    const int next = m_model->nextToDo(m_model->rowOfCell(id));
    if (next >= 0)
        selectRow(next);
    return true;
}

void AdjudicationQueue::updateSummary()
{
    const int annotators = int(m_model->annotators().size());
    if (!m_store) {
        m_title->setText(tr("No project open"));
    } else if (annotators < 2) {
        m_title->setText(tr("Disagreements need two annotators: %n annotator(s) labelled cells "
                            "of this project so far",
            nullptr,
            annotators));
    } else if (m_model->isShowingChosenCells()) {
        m_title->setText(tr("%1 of %2 chosen cells still to adjudicate (%3 annotators)")
                             .arg(m_model->toDoCount())
                             .arg(m_model->rowCount())
                             .arg(annotators));
    } else {
        m_title->setText(tr("%1 of %2 disagreements still to adjudicate (%3 annotators)")
                             .arg(m_model->toDoCount())
                             .arg(m_model->rowCount())
                             .arg(annotators));
    }
    const bool can = canAdjudicate();
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(can && m_model->rowCount() > 0);
    m_next->setEnabled(m_model->toDoCount() > 0);
    if (!m_store)
        m_summary->clear();
    else if (can)
        m_summary->setText(tr("A label key or a button decides the current cell: the choice "
                              "becomes its label, recorded as an adjudication, and the next cell "
                              "to do is selected. The clear key withdraws an adjudication. Ctrl+Z "
                              "undoes."));
    else
        m_summary->setText(tr("Only reviewers and the project's owner adjudicate: here you see "
                              "each annotator's label."));
}

bool AdjudicationQueue::labelForKey(const QKeyEvent *key, CellLabel *label) const
{
    const QKeySequence pressed(
        QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
    for (const LabelKey &k : labelKeys()) {
        if (!k.key.isEmpty() && k.key == pressed) {
            *label = k.label;
            return true;
        }
    }
    return false;
}

bool AdjudicationQueue::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    CellLabel label;
    if (watched != m_view || !key || !labelForKey(static_cast<QKeyEvent *>(event), &label))
        return QWidget::eventFilter(watched, event);
    // The window's label shortcuts would label the viewer's cells: here a key adjudicates.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        adjudicateCurrent(label);
    return true;
}

} // namespace wbc
