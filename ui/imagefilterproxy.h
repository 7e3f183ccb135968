#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include "base/cellclass.h"

namespace wbc {

class ImageListModel;
struct ImageItem;

// Which images the slide browser shows.
enum class ImageFilter {
    All,
    Unlabeled, // some white cell has no label yet (or the field has neither cell nor label)
    Labeled, // every white cell has a label
    LabelClass, // a cell of the image has the chosen class
    MultiCell, // several white cells, or detection found several, or a multi-cell label
    NoCell, // detection found no white cell
    Disagreement, // detection and label disagree on the number of cells
    NeedsCellLabels, // a multi-cell label from import waits to be put on the cells
};

enum class ImageSort { Name, Label, ImportDate };

// Filters and sorts an ImageListModel for the slide browser: one ImageFilter, an optional set of
// image ids (for a click in a confusion matrix), and a case-insensitive file-name search, all
// combined with AND. Sorting by name compares digit runs as numbers ("img2" before "img10").
// The filter is not re-applied when a row's data changes (dynamicSortFilter is off), so an image
// labeled while "Unlabeled" is shown stays in place until the filter or the project changes.
// Works only over an ImageListModel. GUI thread; owned by the browser.
class ImageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    ImageListModel *imageModel() const { return m_model; }

    void setFilter(ImageFilter filter, CellClass cls = CellClass::Neutrophil);
    ImageFilter filter() const { return m_filter; }
    CellClass filterClass() const { return m_class; }
    // Shows only these images; an empty set turns the id filter off.
    void setIdFilter(const QSet<qint64> &ids);
    QSet<qint64> idFilter() const { return m_ids; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    void setSortKey(ImageSort key, Qt::SortOrder order = Qt::AscendingOrder);
    ImageSort sortKey() const { return m_sortKey; }

    // True when an image passes every filter (whatever is shown right now).
    bool accepts(const ImageItem &item) const;

    qint64 imageIdAt(const QModelIndex &proxyIndex) const;
    QModelIndex indexOfImage(qint64 id) const;

    // Natural order of file names: case-insensitive, digit runs compared as numbers.
    static int compareNames(QStringView a, QStringView b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ImageListModel *m_model = nullptr;
    ImageFilter m_filter = ImageFilter::All;
    CellClass m_class = CellClass::Neutrophil;
    QSet<qint64> m_ids;
    QString m_search;
    ImageSort m_sortKey = ImageSort::Name;
};

} // namespace wbc
