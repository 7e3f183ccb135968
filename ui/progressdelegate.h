#pragma once

#include <QStyledItemDelegate>

namespace wbc {

// Paints a table cell as a progress bar (the style's own) filled to the value of a role (0..1),
// with the cell's display text on it ("12 / 40"). GUI thread; owned by its view.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace wbc
