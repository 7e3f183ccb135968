#include "cellgroupheader.h"

#include <QAbstractItemModel>
#include <QDragEnterEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace wbc {

namespace {

    constexpr int kBar = 6; // the colour bar at the left

} // namespace

CellGroupHeader::CellGroupHeader(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CellGroupHeader::setTitle(const QString &title, int count, const QColor &color)
{
    m_title = title;
    m_count = count;
    m_color = color;
    setAccessibleName(tr("%1: %n cell(s)", nullptr, count).arg(title));
    update();
}

void CellGroupHeader::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    update();
}

QSize CellGroupHeader::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    return QSize(200, QFontMetrics(bold).height() + 10);
}

void CellGroupHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect();
    QColor band = palette().color(QPalette::Window).darker(m_dropTarget ? 125 : 106);
    p.fillRect(r, band);
    p.fillRect(QRect(r.left(), r.top(), kBar, r.height()), m_color);
    if (m_dropTarget) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(r.adjusted(1, 1, -1, -1));
    }
    // Expand/collapse arrow.
    QStyleOption arrow;
    arrow.initFrom(this);
    const int side = r.height() - 10;
    arrow.rect = QRect(r.left() + kBar + 4, r.top() + 5, side, side);
    style()->drawPrimitive(
        m_expanded ? QStyle::PE_IndicatorArrowDown : QStyle::PE_IndicatorArrowRight,
        &arrow,
        &p,
        this);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const QRect text = r.adjusted(kBar + 8 + side, 0, -8, 0);
    const QString line = tr("%1  (%2)").arg(m_title, QLocale().toString(m_count));
    p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, line);
}

void CellGroupHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_expanded = !m_expanded;
    update();
    Q_EMIT toggled(m_expanded);
}

bool CellGroupHeader::canDrop(QDropEvent *event) const
{
    const QAbstractItemModel *model = m_group.model();
    return model && m_group.isValid()
        && model->canDropMimeData(event->mimeData(), event->dropAction(), -1, -1, m_group);
}

void CellGroupHeader::dragEnterEvent(QDragEnterEvent *event)
{
    if (!canDrop(event))
        return event->ignore();
    event->acceptProposedAction();
    m_dropTarget = true;
    update();
}

void CellGroupHeader::dragMoveEvent(QDragMoveEvent *event)
{
    if (canDrop(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CellGroupHeader::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropTarget = false;
    update();
}

void CellGroupHeader::dropEvent(QDropEvent *event)
{
    m_dropTarget = false;
    update();
    auto *model = const_cast<QAbstractItemModel *>(m_group.model());
    if (!canDrop(event)
        || !model->dropMimeData(event->mimeData(), event->dropAction(), -1, -1, m_group))
        return event->ignore();
    event->acceptProposedAction();
}

} // namespace wbc
