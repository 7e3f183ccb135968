#include "slidelistmodel.h"

#include <QFont>
#include <QLocale>

namespace wbc {

SlideListModel::SlideListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SlideListModel::setSummaries(const QList<SlideSummary> &summaries)
{
    SlideSummary total;
    total.slide.name = tr("All slides");
    for (const SlideSummary &s : summaries) {
        total.images += s.images;
        total.cells += s.cells;
        total.labelled += s.labelled;
    }
    QList<SlideSummary> rows { total };
    rows.append(summaries);
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 1; same && i < rows.size(); ++i)
        same = rows.at(i).slide.id == m_rows.at(i).slide.id;
    if (!same) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SlideListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SlideListModel::setSlideName(qint64 slideId, const QString &name)
{
    const int row = rowOfSlide(slideId);
    if (row <= 0)
        return;
    m_rows[row].slide.name = name;
    Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn));
}

qint64 SlideListModel::slideIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).slide.id : -1;
}

int SlideListModel::rowOfSlide(qint64 slideId) const
{
    if (slideId == 0)
        return m_rows.isEmpty() ? -1 : 0;
    for (int row = 1; row < m_rows.size(); ++row) {
        if (m_rows.at(row).slide.id == slideId)
            return row;
    }
    return -1;
}

QString SlideListModel::slideName(qint64 slideId) const
{
    const int row = rowOfSlide(slideId);
    return row >= 0 ? m_rows.at(row).slide.name : QString();
}

int SlideListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlideListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlideListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SlideSummary &s = m_rows.at(index.row());
    const double progress = s.cells > 0 ? double(s.labelled) / s.cells : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.slide.name;
        case ImagesColumn:
            return QLocale().toString(s.images);
        case CellsColumn:
            return QLocale().toString(s.cells);
        case ProgressColumn:
            //: Labelled cells of a slide, e.g. "12 / 40"
            return tr("%1 / %2").arg(QLocale().toString(s.labelled), QLocale().toString(s.cells));
        }
        break;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(s.slide.name) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %n image(s)", nullptr, s.images).arg(s.slide.name);
        tip += QLatin1Char('\n')
            + tr("%1 of %n white cell(s) labelled (%2%)", nullptr, s.cells)
                  .arg(s.labelled)
                  .arg(qRound(progress * 100));
        if (!s.slide.specimen.isEmpty())
            tip += QLatin1Char('\n') + tr("Specimen: %1").arg(s.slide.specimen);
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SlideIdRole:
        return s.slide.id;
    case CellsRole:
        return s.cells;
    case LabelledRole:
        return s.labelled;
    case ProgressRole:
        return progress;
    default:
        break;
    }
    return {};
}

QVariant SlideListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Slide");
    case ImagesColumn:
        return tr("Images");
    case CellsColumn:
        return tr("Cells");
    case ProgressColumn:
        return tr("Labelled");
    }
    return {};
}

Qt::ItemFlags SlideListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() > 0 && index.column() == NameColumn && m_rename)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SlideListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString name = value.toString().trimmed();
    SlideSummary &s = m_rows[index.row()];
    if (name == s.slide.name)
        return false;
    if (!m_rename(s.slide.id, name))
        return false;
    s.slide.name = name;
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace wbc
