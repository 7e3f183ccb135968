#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include "project/projectstore.h"

namespace wbc {

class CellCropLoader;

// The adjudication queue's rows: the white cells where annotators disagree (review/agreement.h,
// disagreements(): their latest class labels differ), in cell id order, or a chosen set of
// cells (showCells(): a confusion entry of the agreement dialog). Columns: the cell's crop and
// place, each annotator's latest label, and the decision: to do, adjudicated (the cell's current
// label is an adjudication), or agreed (the annotators no longer disagree). Cells adjudicated
// before the queue was read are left out unless showAdjudicated; a row decided while it is shown
// stays, marked done, until the next reload (so undo can bring it back to "to do"). Labels are
// read again for the cells refreshCells() names (another client's notification, a local label
// or undo through refreshImage()); a refreshed cell that has become a disagreement joins the
// queue. Shares ReviewModel's ImageIdRole and CellIdRole. Wraps the store, never owns it; crops
// come from the given CellCropLoader (not owned). GUI thread.
class AdjudicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class State { ToDo, Adjudicated, Agreed };
    enum Role { StateRole = Qt::UserRole + 64 }; // int(State); past ReviewModel's roles
    static constexpr int kCellColumn = 0; // then one column per annotator, then the decision

    explicit AdjudicationModel(CellCropLoader *crops = nullptr, QObject *parent = nullptr);

    // read: the queue now; else it stays empty until reload() (a hidden queue reads nothing).
    void setProject(ProjectStore *store, bool read = true);
    ProjectStore *project() const { return m_store; }
    // Reads the queue again: every disagreement, or the chosen cells.
    void reload();
    void setShowAdjudicated(bool on);
    bool showAdjudicated() const { return m_showAdjudicated; }
    // Lists exactly these cells (any state), or every disagreement again (showAllDisagreements).
    void showCells(const QList<qint64> &cellIds);
    void showAllDisagreements();
    bool isShowingChosenCells() const { return m_chosen.has_value(); }

    // Re-reads these cells' labels (live updates: another client labelled or adjudicated them).
    void refreshCells(const QList<qint64> &cellIds);
    // Re-reads the queue's cells of one image (a local label, adjudication or undo).
    void refreshImage(qint64 imageId);

    const QStringList &annotators() const { return m_annotators; }
    int decisionColumn() const { return kCellColumn + 1 + int(m_annotators.size()); }
    int annotatorColumn(const QString &annotator) const; // -1 when not listed
    qint64 cellIdAt(int row) const;
    qint64 imageIdAt(int row) const;
    int rowOfCell(qint64 cellId) const;
    State stateAt(int row) const;
    // The annotator's latest label of the row's cell (unlabelled when none).
    CellLabel labelAt(int row, const QString &annotator) const;
    std::optional<CellLabelRecord> currentLabelAt(int row) const;
    int toDoCount() const;
    QList<qint64> toDoCellIds() const;
    // The first row still to do after `row` (wrapping round; `row` itself last), -1 for none.
    int nextToDo(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        CellRecord cell;
        QString file;
        QString path; // absolute, for the crop
        int number = 0;
        int fieldCells = 0;
        QMap<QString, CellLabel> labels; // by annotator
        std::optional<CellLabelRecord> current;
        State state = State::ToDo;
    };
    // What a cell's row needs besides its labels, from the project (cached per image).
    bool placeRow(Row &row, const QList<CellRecord> &field) const;
    std::optional<Row> readRow(qint64 cellId) const;
    void updateRow(int row);
    QList<CellRecord> queuedCellsOf(qint64 imageId) const;
    QVariant crop(const Row &row) const;
    QVariant displayData(const Row &row, int column) const;

    CellCropLoader *m_crops;
    ProjectStore *m_store = nullptr;
    bool m_showAdjudicated = false;
    std::optional<QList<qint64>> m_chosen;
    QStringList m_annotators; // columns, by name
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfCell;
    QHash<qint64, QString> m_paths; // image id -> absolute path
};

} // namespace wbc
