#include "cellgroupview.h"

#include <QKeyEvent>
#include <QPainter>

#include "labelkeys.h"

namespace wbc {

CellGroupView::CellGroupView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static); // moving a tile means relabelling it: drops only
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSpacing(0);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false); // the whole group lights up instead
    viewport()->setAcceptDrops(true); // static movement turned it off
    setAutoScroll(false); // the gallery's scroll area scrolls
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

void CellGroupView::setTileSize(const QSize &size)
{
    setGridSize(size);
    updateHeight();
}

int CellGroupView::contentHeight(int width) const
{
    const QSize grid = gridSize();
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0 || grid.isEmpty())
        return 0;
    // Icon mode wraps when the next tile would reach the last pixel column.
    const int columns = std::max(1, (width - 2) / grid.width());
    const int rows = (count + columns - 1) / columns;
    return rows * grid.height() + 2 * frameWidth();
}

void CellGroupView::doItemsLayout()
{
    QListView::doItemsLayout();
    updateHeight();
}

void CellGroupView::updateHeight()
{
    int h = contentHeight(width());
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count > 0 && !gridSize().isEmpty()) {
        const QRect last = rectForIndex(model()->index(count - 1, 0, rootIndex()));
        if (last.isValid())
            h = last.top() + gridSize().height() + 2 * frameWidth();
    }
    h = std::max(h, 1);
    if (height() != h)
        setFixedHeight(h);
}

QModelIndex CellGroupView::entryIndex(int direction, int x) const
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0)
        return {};
    const int columns = std::max(1, (viewport()->width() - 2) / std::max(1, gridSize().width()));
    const int column = std::clamp(x / std::max(1, gridSize().width()), 0, columns - 1);
    int row = direction > 0 ? column : ((count - 1) / columns) * columns + column;
    row = std::min(row, count - 1);
    return model()->index(row, 0, rootIndex());
}

std::optional<CellLabel> CellGroupView::labelForKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const QKeySequence pressed(QKeyCombination(modifiers, Qt::Key(event->key())));
    for (const LabelKey &k : labelKeys()) {
        if (!k.key.isEmpty() && k.key.matches(pressed) == QKeySequence::ExactMatch)
            return k.label;
    }
    return std::nullopt;
}

bool CellGroupView::event(QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(e);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & ~Qt::KeypadModifier);
        if (labelForKey(key) || enter) {
            e->accept(); // the window's labeling shortcuts would label the browser's images
            return true;
        }
    }
    return QListView::event(e);
}

void CellGroupView::keyPressEvent(QKeyEvent *e)
{
    if (const auto label = labelForKey(e)) {
        Q_EMIT labelRequested(*label);
        return e->accept();
    }
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)
        && !(e->modifiers() & ~Qt::KeypadModifier)) {
        Q_EMIT acceptRequested();
        return e->accept();
    }
    const QModelIndex before = currentIndex();
    if ((e->key() == Qt::Key_Down || e->key() == Qt::Key_Up) && before.parent() == rootIndex()) {
        const QModelIndex next
            = moveCursor(e->key() == Qt::Key_Down ? MoveDown : MoveUp, e->modifiers());
        if (!next.isValid() || next == before) {
            Q_EMIT edgeReached(e->key() == Qt::Key_Down ? 1 : -1, visualRect(before).center().x());
            return e->accept();
        }
    }
    QListView::keyPressEvent(e);
    if (currentIndex() != before && currentIndex().isValid())
        Q_EMIT cursorMoved(currentIndex());
}

void CellGroupView::focusInEvent(QFocusEvent *e)
{
    // Arriving by Tab while the current tile is in another group: start at this group's first.
    const bool keyboard
        = e->reason() == Qt::TabFocusReason || e->reason() == Qt::BacktabFocusReason;
    if (keyboard && model() && currentIndex().parent() != rootIndex()
        && model()->rowCount(rootIndex()) > 0) {
        const QModelIndex first = model()->index(0, 0, rootIndex());
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
        Q_EMIT cursorMoved(first);
    }
    QListView::focusInEvent(e);
}

void CellGroupView::wheelEvent(QWheelEvent *e)
{
    e->ignore(); // no scroll bars here: the gallery's scroll area takes it
}

void CellGroupView::dragEnterEvent(QDragEnterEvent *e)
{
    QListView::dragEnterEvent(e);
    m_dropTarget = e->isAccepted();
    viewport()->update();
}

void CellGroupView::dragLeaveEvent(QDragLeaveEvent *e)
{
    QListView::dragLeaveEvent(e);
    m_dropTarget = false;
    viewport()->update();
}

void CellGroupView::dropEvent(QDropEvent *e)
{
    m_dropTarget = false;
    viewport()->update();
    QListView::dropEvent(e);
}

void CellGroupView::paintEvent(QPaintEvent *e)
{
    QListView::paintEvent(e);
    if (!m_dropTarget)
        return;
    QPainter p(viewport());
    p.setPen(QPen(palette().color(QPalette::Highlight), 3));
    p.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
}

} // namespace wbc
