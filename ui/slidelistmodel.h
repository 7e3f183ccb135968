#pragma once

#include <functional>

#include <QAbstractTableModel>

#include "project/projectstore.h"

namespace wbc {

// The slides of a project for the slide list: one row per slide (name, images, white cells,
// labelled / total as progress) after a first row for the whole project ("All slides", slide id
// 0). Rows are replaced from slide summaries in one go; when the slides are the same, only the
// counts change (dataChanged), so a selection survives a refresh. Renaming a slide goes through
// the rename handler the owner sets (the model never writes). GUI thread.
class SlideListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ImagesColumn, CellsColumn, ProgressColumn, ColumnCount };
    enum Role {
        SlideIdRole = Qt::UserRole + 1,
        CellsRole,
        LabelledRole,
        ProgressRole, // labelled / cells, 0..1
    };
    using RenameHandler = std::function<bool(qint64 slideId, const QString &name)>;

    explicit SlideListModel(QObject *parent = nullptr);

    void setSummaries(const QList<SlideSummary> &summaries);
    void clear();
    // Set: names are editable and an edit calls it (false keeps the old name).
    void setRenameHandler(RenameHandler handler) { m_rename = std::move(handler); }
    // After a rename done elsewhere.
    void setSlideName(qint64 slideId, const QString &name);

    qint64 slideIdAt(int row) const;
    int rowOfSlide(qint64 slideId) const; // -1 when unknown; 0 for the project (slide id 0)
    QString slideName(qint64 slideId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<SlideSummary> m_rows; // row 0: the project's totals
    RenameHandler m_rename;
};

} // namespace wbc
