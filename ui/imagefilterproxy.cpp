#include "imagefilterproxy.h"

#include <algorithm>

#include "imagelistmodel.h"

namespace wbc {

namespace {

    bool isDigit(QChar c)
    {
        return c >= u'0' && c <= u'9';
    }

    // Lexicographic on class order; an unlabeled image sorts after every labeled one.
    int compareLabels(const ImageLabel &a, const ImageLabel &b)
    {
        if (a.isUnlabeled() != b.isUnlabeled())
            return a.isUnlabeled() ? 1 : -1;
        const QList<CellClass> &x = a.cells();
        const QList<CellClass> &y = b.cells();
        const qsizetype n = std::min(x.size(), y.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (x.at(i) != y.at(i))
                return int(x.at(i)) < int(y.at(i)) ? -1 : 1;
        }
        return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
    }

} // namespace

ImageFilterProxy::ImageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    sort(0, Qt::AscendingOrder);
}

void ImageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ImageListModel *>(model);
    Q_ASSERT_X(!model || m_model, "ImageFilterProxy", "the source must be an ImageListModel");
    QSortFilterProxyModel::setSourceModel(m_model);
}

void ImageFilterProxy::setFilter(ImageFilter filter, CellClass cls)
{
    if (m_filter == filter && (filter != ImageFilter::LabelClass || m_class == cls)) {
        invalidateFilter(); // asked again: show what changed since (the filter is not live)
        return;
    }
    m_filter = filter;
    m_class = cls;
    invalidateFilter();
}

void ImageFilterProxy::setIdFilter(const QSet<qint64> &ids)
{
    m_ids = ids;
    invalidateFilter();
}

void ImageFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void ImageFilterProxy::setSortKey(ImageSort key, Qt::SortOrder order)
{
    m_sortKey = key;
    invalidate(); // sort() alone skips the work when column and order are unchanged
    sort(0, order);
}

bool ImageFilterProxy::accepts(const ImageItem &item) const
{
    if (!m_ids.isEmpty() && !m_ids.contains(item.id))
        return false;
    if (!m_search.isEmpty() && !item.fileName.contains(m_search, Qt::CaseInsensitive))
        return false;
    switch (m_filter) {
    case ImageFilter::All:
        return true;
    case ImageFilter::Unlabeled:
        return item.needsLabels();
    case ImageFilter::Labeled:
        return !item.needsLabels();
    case ImageFilter::LabelClass:
        return item.label.cells().contains(m_class);
    case ImageFilter::MultiCell:
        return item.isMultiCell();
    case ImageFilter::NoCell:
        return item.flag == CellCountFlag::None;
    case ImageFilter::Disagreement:
        return item.disagrees();
    case ImageFilter::NeedsCellLabels:
        return item.needsCellLabels();
    }
    return true;
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const ImageItem *item = m_model->itemAt(m_model->index(sourceRow));
    return item && accepts(*item);
}

bool ImageFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ImageItem *a = m_model ? m_model->itemAt(left) : nullptr;
    const ImageItem *b = m_model ? m_model->itemAt(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    int c = 0;
    switch (m_sortKey) {
    case ImageSort::Name:
        break;
    case ImageSort::Label:
        c = compareLabels(a->label, b->label);
        break;
    case ImageSort::ImportDate:
        c = a->importedAt == b->importedAt ? 0 : (a->importedAt < b->importedAt ? -1 : 1);
        break;
    }
    if (c == 0)
        c = compareNames(a->fileName, b->fileName);
    return c != 0 ? c < 0 : a->id < b->id;
}

qint64 ImageFilterProxy::imageIdAt(const QModelIndex &proxyIndex) const
{
    return m_model && proxyIndex.model() == this ? m_model->imageIdAt(mapToSource(proxyIndex)) : 0;
}

QModelIndex ImageFilterProxy::indexOfImage(qint64 id) const
{
    return m_model ? mapFromSource(m_model->indexOfImage(id)) : QModelIndex();
}

int ImageFilterProxy::compareNames(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            // Compare the numbers without converting: strip leading zeros, then length, then text.
            qsizetype si = i;
            qsizetype sj = j;
            while (si + 1 < ei && a[si] == u'0')
                ++si;
            while (sj + 1 < ej && b[sj] == u'0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            if (const int c = a.mid(si, ei - si).compare(b.mid(sj, ej - sj)); c != 0)
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const QChar x = a[i].toCaseFolded();
        const QChar y = b[j].toCaseFolded();
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b); // equal apart from case or leading zeros: still a total order
}

} // namespace wbc
