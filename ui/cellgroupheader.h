#pragma once

#include <QColor>
#include <QPersistentModelIndex>
#include <QWidget>

namespace wbc {

// The header above one class group of the cell gallery: a bar in the class colour, the group's
// title and its number of cells, and an arrow that collapses or expands the group. Cells dragged
// onto the header are dropped on its group (through the model's dropMimeData), so an empty or
// collapsed group is still a drop target. GUI thread; owned by the gallery.
class CellGroupHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CellGroupHeader(QWidget *parent = nullptr);

    void setGroup(const QPersistentModelIndex &group) { m_group = group; }
    void setTitle(const QString &title, int count, const QColor &color);
    QString title() const { return m_title; }
    int count() const { return m_count; }
    void setExpanded(bool expanded);
    bool isExpanded() const { return m_expanded; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void toggled(bool expanded);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool canDrop(QDropEvent *event) const;

    QPersistentModelIndex m_group;
    QString m_title;
    int m_count = 0;
    QColor m_color;
    bool m_expanded = true;
    bool m_dropTarget = false;
};

} // namespace wbc
