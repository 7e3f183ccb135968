#include "labelhistorypanel.h"

#include "project/projectstore.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wbc {

LabelHistoryPanel::LabelHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("From")});
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
        QDateTime when;
        QString what, who, from;
    };
    QList<Entry> entries;
    for (const LabelRecord &l : store->labelHistory(imageId)) {
        QStringList names;
        for (CellClass c : l.label.cells())
            names.append(cellClassDisplayName(c));
        entries.append({l.createdAt,
                        names.isEmpty() ? tr("label cleared") : names.join(QStringLiteral(", ")),
                        l.author, sourceDisplayName(l.source)});
    }
    for (const FlagRecord &f : store->flagHistory(imageId))
        entries.append({f.createdAt, tr("flag: %1").arg(flagDisplayName(f.flag)), f.author,
                        sourceDisplayName(f.source)});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.when > b.when; });
    for (const Entry &e : entries)
        m_tree->addTopLevelItem(new QTreeWidgetItem(
            {QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat), e.what, e.who, e.from}));
}

int LabelHistoryPanel::entryCount() const
{
    return m_tree->topLevelItemCount();
}

} // namespace wbc
