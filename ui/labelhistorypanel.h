#pragma once

#include <QWidget>

class QTreeWidget;

namespace wbc {

class ProjectStore;

// The label history of the shown field, cell by cell, and its multi-cell flag history, newest
// first: which cell ("Cell 2", "Whole field", "Deleted cell"), what, the origin (imported, key,
// several at once, review, undo, ...), who and when. The entries of the current cell
// are shown in bold. Reads the store on show(); GUI thread.
class LabelHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Cell, What, Origin, Who, When };

    explicit LabelHistoryPanel(QWidget *parent = nullptr);
    void show(const ProjectStore *store, qint64 imageId);
    // Marks the entries of one cell (0: none).
    void setCurrentCell(qint64 cellId);
    int entryCount() const;
    // The text of one column of an entry, newest first (for tests and accessibility).
    QString entryText(int entry, Column column) const;
    // The cell an entry belongs to (0 for a flag entry).
    qint64 entryCell(int entry) const;
    // As wide as its columns need for typical entries (a long class name, a date), so the dock
    // opens with every column in view.
    QSize sizeHint() const override;

private:
    QTreeWidget *m_tree;
    qint64 m_currentCell = 0;
};

} // namespace wbc
