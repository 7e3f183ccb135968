#include "shortcutsdialog.h"

#include <functional>

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wbc {

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QStringLiteral("..."));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

// The menu an action is in (the first one), else an empty string.
QString menuOf(const QAction *a)
{
    for (QObject *o : a->associatedObjects()) {
        if (const auto *menu = qobject_cast<QMenu *>(o)) {
            // A submenu is named after its parent menu too ("Label > Recent").
            QString title = plain(menu->title());
            if (const QAction *up = menu->menuAction(); up && !menuOf(up).isEmpty())
                title = QStringLiteral("%1 › %2").arg(menuOf(up), title); // notr: a separator
            return title;
        }
    }
    return {};
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Command"), tr("Keys") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Grouped by menu in the menu bar's order, the commands in their order within each; keys
    // of no menu (the docks' own) last.
    const auto isListed = [](const QAction *a) {
        return !a->shortcuts().isEmpty() && !a->text().isEmpty() && a->isVisible()
            && a->objectName() != QStringLiteral("offlineLabelKey"); // notr: the keys' stand-ins
    };
    QList<QAction *> ordered;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else if (isListed(a) && !ordered.contains(a))
                ordered.append(a);
        }
    };
    if (const auto *bar = window->findChild<QMenuBar *>()) {
        for (const QAction *top : bar->actions()) {
            if (top->menu())
                walk(top->menu());
        }
    }
    for (QAction *a : window->findChildren<QAction *>()) {
        if (isListed(a) && !ordered.contains(a))
            ordered.append(a);
    }
    QHash<QString, QTreeWidgetItem *> groups;
    for (QAction *a : std::as_const(ordered)) {
        QString menu = menuOf(a);
        if (menu.isEmpty())
            menu = tr("Other");
        QTreeWidgetItem *&group = groups[menu];
        if (!group) {
            group = new QTreeWidgetItem(m_list, { menu });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &key : a->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(group, { plain(a->text()), keys.join(QStringLiteral(", ")) });
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList out;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out.append(group->child(i)->text(0) + QLatin1Char('\t') + group->child(i)->text(1));
    }
    return out;
}

} // namespace wbc
