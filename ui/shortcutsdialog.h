#pragma once

#include <QDialog>

class QTreeWidget;

namespace wbc {

// Help > Keyboard Shortcuts: every command of a window that has a key, read from its actions
// (so it always matches, including keys changed in Preferences), grouped by menu, in the window's
// language. GUI thread.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Rows: "command<TAB>keys", for tests.
    QStringList rows() const;

private:
    QTreeWidget *m_list;
};

} // namespace wbc
