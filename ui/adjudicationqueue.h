#pragma once

#include <QList>
#include <QWidget>

#include "base/celllabel.h"

class QCheckBox;
class QKeyEvent;
class QLabel;
class QPushButton;
class QTableView;

namespace wbc {

class AdjudicationModel;
class CellCropLoader;
class ProjectCommands;
class ProjectStore;

// Review > Adjudicate Disagreements: the cells where annotators disagree (AdjudicationModel),
// each with every annotator's label, for a reviewer to decide, like the label check's queue of
// suspects. A label key (labelkeys.h) or a class button adjudicates the current cell: the choice
// becomes its label, recorded as an adjudication by the connected user (ProjectCommands, so
// Ctrl+Z appends the previous adjudication again, or an empty one that withdraws it); the row
// shows it done and the next cell still to do becomes current. "Show adjudicated" lists the cells
// decided before too. The label keys work while the table has the focus (it takes them from the
// window's label shortcuts). Only a reviewer or an owner (canReview) adjudicates; for anyone else
// the queue only shows. The store and the commands belong to the main window and must outlive
// their use here (setProject(nullptr) before the store closes). GUI thread.
class AdjudicationQueue : public QWidget
{
    Q_OBJECT

public:
    AdjudicationQueue(ProjectCommands *commands, CellCropLoader *crops, QWidget *parent = nullptr);

    void setProject(ProjectStore *store);
    // Reads the project when the queue is shown (opening a project reads nothing for a hidden
    // queue). Every disagreement (again), the first cell still to do current.
    void showAllDisagreements();
    // Only these cells (a confusion entry of the agreement dialog), described in a banner.
    void showCells(const QList<qint64> &cellIds, const QString &description);
    // Whether the keys and buttons adjudicate (a reviewer, a writable project).
    bool canAdjudicate() const;

    // Adjudicates the current cell as `label` (unlabelled: withdraws its adjudication) and
    // moves on to the next cell still to do. False when nothing was written.
    bool adjudicateCurrent(const CellLabel &label);
    // Makes the next cell still to do current; false when none is left.
    bool selectNextToDo();
    bool selectCell(qint64 cellId);
    qint64 currentCellId() const;
    qint64 currentImageId() const;

    AdjudicationModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *showAdjudicatedBox() const { return m_showAdjudicated; }

public Q_SLOTS:
    // Another client changed these cells (ProjectNotifier::cellsChanged): their rows follow.
    void refreshCells(const QList<qint64> &cellIds);

Q_SIGNALS:
    void currentCellChanged(qint64 imageId, qint64 cellId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void rebuildButtons();
    void updateSummary();
    void selectRow(int row);
    bool labelForKey(const QKeyEvent *key, CellLabel *label) const;

    ProjectCommands *m_commands;
    AdjudicationModel *m_model;
    ProjectStore *m_store = nullptr;
    bool m_stale = false; // a project was set while hidden: read it when shown
    QLabel *m_title = nullptr;
    QCheckBox *m_showAdjudicated = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_buttonRow = nullptr;
    QList<QPushButton *> m_buttons;
    QPushButton *m_next = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace wbc
