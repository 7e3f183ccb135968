#pragma once

#include <QList>
#include <QWidget>

#include "cellgallerymodel.h"

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace wbc {

class CellCropLoader;
class CellGalleryDelegate;
class CellGroupHeader;
class CellGroupView;
class ProjectCommands;

// The cell gallery, like a CellaVision verification screen: crops of the project's white cells
// under class headers (by label or by the active model's prediction), for every slide or one, and
// a filter (class, predicted class, unlabelled, disagreements, low confidence, unidentified, not
// counted, a label check's suspected label errors). A labeling key reclassifies the selected
// cells and moves on to the next one; Enter accepts their predictions (under the suspects
// filter: a key corrects the suspects, Enter keeps their labels); dragging cells onto another
// group (its tiles or its header) reclassifies them; all of it through ProjectCommands, so undo restores. Double-click opens the
// cell in its field (cellActivated). One CellGroupView per group in a scroll area, one shared
// selection; crops load lazily for the tiles on screen (CellCropLoader). The store and the
// commands belong to the main window and must outlive their use here (setProject(nullptr) before
// the store closes). GUI thread; owned by its parent widget.
class CellGalleryView : public QWidget
{
    Q_OBJECT

public:
    explicit CellGalleryView(ProjectCommands *commands, QWidget *parent = nullptr);
    ~CellGalleryView() override;

    void setProject(ProjectStore *store);
    // Reads every cell again (after prediction or detection), keeping filter and slide.
    void reload();

    void setFilter(GalleryFilter filter, CellClass cls = CellClass::Neutrophil);
    void setGrouping(GalleryGrouping grouping);
    // 0: every slide.
    void setSlide(qint64 slideId);
    qint64 slide() const;

    // Selected cells in view order (groups top to bottom, tiles in reading order).
    QList<qint64> selectedCellIds() const;
    qint64 currentCellId() const;
    // Makes a cell current and the only one selected, scrolled into view; false when not shown.
    bool selectCell(qint64 cellId);
    // Labels the selected cells (the current one when none is selected) and selects the cell
    // after them. False when nothing was written.
    bool relabelSelection(const CellLabel &label);
    // Labels the selected cells as their predictions (a review).
    bool acceptSelection();
    // Gives the keyboard focus to the grid of the current cell, else to the first group's.
    void focusGrid();
    // After a slide was renamed elsewhere.
    void renameSlide(qint64 slideId, const QString &name);

    CellGalleryModel *model() const { return m_model; }
    CellCropLoader *cropLoader() const { return m_loader; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QScrollArea *scrollArea() const { return m_scroll; }
    CellGroupView *groupView(int group) const { return m_views.value(group); }
    CellGroupHeader *groupHeader(int group) const { return m_headers.value(group); }

Q_SIGNALS:
    // Double click on a tile: show the cell in its field.
    void cellActivated(qint64 imageId, qint64 cellId);
    // The slide chosen in the gallery's own slide box (0: every slide).
    void slideChanged(qint64 slideId);
    void message(const QString &text);

private:
    void createToolbar(QVBoxLayout *layout);
    void createGroups();
    void bindGroups();
    void updateGroups();
    void updateSlides();
    void updateCount();
    void applyFilterFromCombos();
    void moveToGroup(int fromGroup, int direction, int x);
    void ensureVisible(const QModelIndex &index);
    void showContextMenu(CellGroupView *view, const QPoint &pos);
    QModelIndex cellAfter(const QList<qint64> &cells) const;

    ProjectCommands *m_commands;
    CellCropLoader *m_loader;
    CellGalleryModel *m_model;
    QItemSelectionModel *m_selection;
    CellGalleryDelegate *m_delegate;

    QComboBox *m_filterCombo = nullptr;
    QComboBox *m_classCombo = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QComboBox *m_slideCombo = nullptr;
    QLabel *m_count = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_page = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    QLabel *m_empty = nullptr;
    QList<CellGroupHeader *> m_headers;
    QList<CellGroupView *> m_views;
    QList<bool> m_collapsed;
};

} // namespace wbc
