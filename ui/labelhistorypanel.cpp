#include "labelhistorypanel.h"

#include "project/projectstore.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wbc {

namespace {

constexpr int kCellRole = Qt::UserRole + 1;

} // namespace

LabelHistoryPanel::LabelHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setHeaderLabels({tr("Cell"), tr("What"), tr("From"), tr("Who"), tr("When")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Label history"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
}

void LabelHistoryPanel::show(const ProjectStore *store, qint64 imageId)
{
    m_tree->clear();
    if (!store || imageId == 0)
        return;
    struct Entry
    {
        qint64 id = 0; // for a stable order among entries of the same time
        QDateTime when;
        qint64 cell = 0;
        QString cellName, what, who, from;
    };
    // Cells are named by their place in the field, as their tags in the viewer are.
    const QList<CellRecord> cells = store->whiteCells(imageId);
    const auto cellName = [&cells](qint64 cellId) {
        for (int i = 0; i < cells.size(); ++i) {
            if (cells.at(i).id != cellId)
                continue;
            if (cells.at(i).isWholeField())
                return tr("Whole field");
            return cells.size() > 1 ? tr("Cell %1").arg(i + 1) : tr("Cell");
        }
        return tr("Deleted cell");
    };
    QList<Entry> entries;
    for (const CellLabelRecord &l : store->imageCellLabelHistory(imageId)) {
        entries.append({l.id, l.createdAt, l.cellId, cellName(l.cellId),
                        l.label.isUnlabelled() ? tr("label cleared") : l.label.displayName(),
                        l.author, labelOriginDisplayName(l.origin)});
    }
    // Newest first, so that flags of the same millisecond keep their order after the sort.
    const QList<FlagRecord> flags = store->flagHistory(imageId);
    for (auto it = flags.crbegin(); it != flags.crend(); ++it) {
        const FlagRecord &f = *it;
        entries.append({0, f.createdAt, 0, tr("Field"),
                        f.isWithdrawal() // an undo: detection's flag counts again
                            ? tr("flag: %1 withdrawn").arg(flagDisplayName(f.flag))
                            : tr("flag: %1").arg(flagDisplayName(f.flag)),
                        f.author, sourceDisplayName(f.source)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.when != b.when ? a.when > b.when : a.id > b.id;
    });
    for (const Entry &e : entries) {
        auto *item = new QTreeWidgetItem({e.cellName, e.what, e.from, e.who,
                                          QLocale().toString(e.when.toLocalTime(),
                                                             QLocale::ShortFormat)});
        item->setData(Cell, kCellRole, e.cell);
        // The whole entry on hover, also when the dock is too narrow for every column.
        const QString whole = QStringList{e.cellName, e.what, e.from, e.who, item->text(When)}
                                  .join(QStringLiteral(" · "));
        for (int c = 0; c < m_tree->columnCount(); ++c)
            item->setToolTip(c, whole);
        m_tree->addTopLevelItem(item);
    }
    setCurrentCell(m_currentCell);
}

void LabelHistoryPanel::setCurrentCell(qint64 cellId)
{
    m_currentCell = cellId;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const bool mine = cellId && item->data(Cell, kCellRole).toLongLong() == cellId;
        QFont font = m_tree->font();
        font.setBold(mine);
        for (int c = 0; c < m_tree->columnCount(); ++c)
            item->setFont(c, font);
    }
}

QSize LabelHistoryPanel::sizeHint() const
{
    // Typical entries, in bold (the current cell's), next to each column's header.
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    QStringList classes{tr("label cleared")};
    for (CellClass cls : kAllCellClasses)
        classes.append(cellClassDisplayName(cls));
    QStringList origins;
    for (LabelOrigin o : {LabelOrigin::Import, LabelOrigin::Key, LabelOrigin::Bulk,
                          LabelOrigin::Review, LabelOrigin::Undo})
        origins.append(labelOriginDisplayName(o));
    const QList<QStringList> typical = {
        {tr("Cell %1").arg(12), tr("Whole field")},
        classes,
        origins,
        {QStringLiteral("pathologist")}, // notr: a typical user name, only measured
        {QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)}};
    const int padding = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr,
                                                         m_tree) + 8;
    int width = 2 * m_tree->frameWidth() + m_tree->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < int(typical.size()); ++c)
        width += std::max(m_tree->header()->sectionSizeHint(c), widest(typical.at(c)) + padding);
    return QSize(width, QWidget::sizeHint().height());
}

int LabelHistoryPanel::entryCount() const
{
    return m_tree->topLevelItemCount();
}

QString LabelHistoryPanel::entryText(int entry, Column column) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(entry);
    return item ? item->text(column) : QString();
}

qint64 LabelHistoryPanel::entryCell(int entry) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(entry);
    return item ? item->data(Cell, kCellRole).toLongLong() : 0;
}

} // namespace wbc
