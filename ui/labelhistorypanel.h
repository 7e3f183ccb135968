#pragma once

#include <QWidget>

class QTreeWidget;

namespace wbc {

class ProjectStore;

// Shows the whole label and multi-cell flag history of one image, newest first: what, who,
// when, from where (import, a person, detection). Reads the store on show(); GUI thread.
class LabelHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LabelHistoryPanel(QWidget *parent = nullptr);
    void show(const ProjectStore *store, qint64 imageId);
    int entryCount() const;

private:
    QTreeWidget *m_tree;
};

} // namespace wbc
