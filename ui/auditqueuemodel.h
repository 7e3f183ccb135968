#pragma once

#include <QAbstractTableModel>
#include <QRect>
#include <QSize>

#include "auditqueue.h"

namespace wbc {

class ThumbnailLoader;

// The review table's "Suspected label errors" queue: one row per open suspect of the project's
// newest finished audit (auditqueue.h), worst first: rank, the cell cut from its field's
// thumbnail, its place in the field, the label it has, the class the audit suggests, the
// out-of-fold probabilities and the label quality score. A decided cell leaves the queue when
// its image is refreshed (refreshImage(), after every label change, undo included), and comes
// back when the decision is undone. Shares ReviewModel's ImageIdRole and CellIdRole. Wraps the
// store, never owns it. GUI thread.
class AuditQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, File, Cell, Label, Suggested, Score, Probabilities, ColumnCount };

    explicit AuditQueueModel(ThumbnailLoader *thumbnails = nullptr, QObject *parent = nullptr);

    void setProject(ProjectStore *store);
    // Reads the newest finished audit again (after an audit finished).
    void reload();
    // Re-reads the labels of one image's suspects: decided ones leave, undone ones come back.
    void refreshImage(qint64 imageId);

    qint64 auditId() const { return m_queue.auditId; }
    const AuditQueue &queue() const { return m_queue; }
    qint64 cellIdAt(int row) const;
    int rowOfCell(qint64 cellId) const;
    int rowOfImage(qint64 imageId) const;
    // The suspect's current label (its audited label when it has none now).
    CellLabel labelOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        AuditCellRecord cell;
        std::optional<CellLabelRecord> label;
        QString file;
        QString path;
        QString key;
        QRect box;
        QSize imageSize;
        int number = 0;
        int fieldCells = 0;
    };
    Row makeRow(const AuditCellRecord &cell) const;
    QVariant picture(const Row &row) const;

    ThumbnailLoader *m_thumbnails;
    ProjectStore *m_store = nullptr;
    AuditQueue m_queue; // open: the rows' cells
    QList<AuditCellRecord> m_suspects; // every suspect of the audit, worst first
    QList<Row> m_rows;
};

} // namespace wbc
