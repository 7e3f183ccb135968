#include "confusionmatrixview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <numeric>

namespace wbc {

namespace {

constexpr int kTitleHeight = 22;
constexpr int kBottom = 28; // the axis caption below the grid
constexpr int kMargin = 8;
constexpr int kMinCell = 36;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Confusion matrix"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

int ConfusionMatrixView::widestName() const
{
    const QFontMetrics fm(labelFont());
    int widest = 0;
    for (const QString &name : m_classes)
        widest = std::max(widest, fm.horizontalAdvance(name));
    return widest;
}

bool ConfusionMatrixView::hasShortNames() const
{
    return !m_shortNames.isEmpty() && m_shortNames.size() == m_classes.size();
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    const int n = std::max<int>(2, int(m_classes.size()));
    const int widest = widestName();
    const int title = fontMetrics().horizontalAdvance(
                          m_title.isEmpty() ? tr("Validation: rows true class, columns prediction")
                                            : m_title)
        + 2 * kMargin;
    // Short names need one line above the columns; full names stand upright there.
    const int top = hasShortNames() ? kTitleHeight + QFontMetrics(labelFont()).height() + 6
                                    : kTitleHeight + widest + 8;
    return QSize(std::max(widest + 2 * kMargin + n * kMinCell + kMargin, title),
                 top + n * kMinCell + kBottom);
}

QFont ConfusionMatrixView::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    return small;
}

ConfusionMatrixView::Layout ConfusionMatrixView::layout() const
{
    const QFontMetrics fm(labelFont());
    const int widest = widestName();
    Layout l;
    l.left = widest + 2 * kMargin;
    const int n = std::max<int>(1, int(m_classes.size()));
    const auto side = [&](int top) {
        return std::min((width() - l.left - kMargin) / n, (height() - top - kBottom) / n);
    };
    // Side by side when every name fits its column; else upright while the cells stay large
    // enough; else the short names.
    const int flatTop = kTitleHeight + fm.height() + 6;
    const int uprightTop = kTitleHeight + widest + 8;
    l.top = flatTop;
    if (widest + 4 <= side(flatTop))
        return l;
    if (hasShortNames() && side(uprightTop) < kMinCell) {
        l.shortNames = true;
        return l;
    }
    l.upright = true;
    l.top = uprightTop;
    return l;
}

void ConfusionMatrixView::setMatrix(const QStringList &classNames,
                                    const std::vector<std::vector<int>> &counts,
                                    const QString &title)
{
    m_classes = classNames;
    m_counts = counts;
    m_title = title;
    QStringList rows;
    for (size_t t = 0; t < counts.size() && int(t) < classNames.size(); ++t)
        for (size_t p = 0; p < counts[t].size() && int(p) < classNames.size(); ++p)
            rows.append(m_rowsName.isEmpty()
                            ? tr("true %1, predicted %2: %3")
                                  .arg(classNames[int(t)], classNames[int(p)])
                                  .arg(counts[t][p])
                            : tr("%1: %2, %3: %4 (%5)")
                                  .arg(m_rowsName, classNames[int(t)], m_columnsName,
                                       classNames[int(p)])
                                  .arg(counts[t][p]));
    setAccessibleDescription(rows.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void ConfusionMatrixView::clear()
{
    setMatrix({}, {});
}

void ConfusionMatrixView::setAxisNames(const QString &rows, const QString &columns)
{
    m_rowsName = rows;
    m_columnsName = columns;
    update();
}

void ConfusionMatrixView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QRect ConfusionMatrixView::gridRect() const
{
    const int n = int(m_classes.size());
    if (n == 0)
        return {};
    const Layout l = layout();
    const int side = std::max(
        0, std::min((width() - l.left - kMargin) / n, (height() - l.top - kBottom) / n));
    return QRect(l.left, l.top, side * n, side * n);
}

QRect ConfusionMatrixView::cellRect(int truth, int predicted) const
{
    const QRect g = gridRect();
    const int n = int(m_classes.size());
    if (n == 0 || g.isEmpty())
        return {};
    const int side = g.width() / n;
    return QRect(g.x() + predicted * side, g.y() + truth * side, side, side);
}

QRect ConfusionMatrixView::rowLabelRect(int truth) const
{
    const QRect g = gridRect();
    if (g.isEmpty())
        return {};
    const int side = g.width() / int(m_classes.size());
    return QRect(kMargin / 2, g.y() + truth * side, g.x() - kMargin, side);
}

QRect ConfusionMatrixView::columnLabelRect(int predicted) const
{
    const QRect g = gridRect();
    if (g.isEmpty())
        return {};
    const int side = g.width() / int(m_classes.size());
    return QRect(g.x() + predicted * side, kTitleHeight, side, g.y() - kTitleHeight - 2);
}

bool ConfusionMatrixView::columnLabelsUpright() const
{
    return layout().upright;
}

QString ConfusionMatrixView::columnLabel(int predicted) const
{
    if (predicted < 0 || predicted >= m_classes.size())
        return {};
    return layout().shortNames ? m_shortNames.at(predicted) : m_classes.at(predicted);
}

void ConfusionMatrixView::setShortNames(const QStringList &codes)
{
    m_shortNames = codes;
    updateGeometry();
    update();
}

std::pair<int, int> ConfusionMatrixView::cellAt(const QPoint &pos) const
{
    const QRect g = gridRect();
    if (!g.contains(pos))
        return {-1, -1};
    const int side = g.width() / int(m_classes.size());
    return {std::min(int(m_classes.size()) - 1, (pos.y() - g.y()) / side),
            std::min(int(m_classes.size()) - 1, (pos.x() - g.x()) / side)};
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_classes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder.isEmpty()
                       ? tr("The validation confusion matrix appears after the first epoch.")
                       : m_placeholder);
        return;
    }
    const int n = int(m_classes.size());
    const QRect g = gridRect();
    const int side = g.width() / n;
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const QColor good = dark ? QColor(40, 150, 80) : QColor(46, 160, 67);
    const QColor bad = dark ? QColor(200, 70, 60) : QColor(214, 69, 65);

    const QFont small = labelFont();
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), kTitleHeight - 2), Qt::AlignHCenter | Qt::AlignVCenter,
               m_title.isEmpty() ? tr("Validation: rows true class, columns prediction") : m_title);
    const bool upright = columnLabelsUpright();
    p.setFont(small);
    for (int i = 0; i < n; ++i) {
        p.drawText(rowLabelRect(i), Qt::AlignRight | Qt::AlignVCenter, m_classes[i]);
        const QRect column = columnLabelRect(i);
        if (!upright) {
            p.drawText(column, Qt::AlignHCenter | Qt::AlignBottom, columnLabel(i));
            continue;
        }
        // Upright, read from the bottom up, ending just above its column.
        p.save();
        p.translate(column.bottomLeft() + QPoint(0, 1));
        p.rotate(-90);
        p.drawText(QRect(0, 0, column.height(), column.width()), Qt::AlignLeft | Qt::AlignVCenter,
                   m_classes[i]);
        p.restore();
    }
    p.drawText(QRect(g.x(), g.bottom() + 4, g.width(), 20), Qt::AlignHCenter,
               m_columnsName.isEmpty() ? tr("predicted class →")
                                       : tr("%1 →").arg(m_columnsName));

    for (int t = 0; t < n && t < int(m_counts.size()); ++t) {
        const int rowTotal = std::accumulate(m_counts[size_t(t)].begin(), m_counts[size_t(t)].end(), 0);
        for (int c = 0; c < n && c < int(m_counts[size_t(t)].size()); ++c) {
            const int count = m_counts[size_t(t)][size_t(c)];
            const double share = rowTotal ? double(count) / rowTotal : 0.0;
            const QColor tint = t == c ? good : bad;
            const QColor fill = mix(base, tint, rowTotal ? std::clamp(share, 0.0, 1.0) : 0.0);
            const QRect cell = cellRect(t, c).adjusted(1, 1, -1, -1);
            p.fillRect(cell, fill);
            p.setPen(pal.color(QPalette::Mid));
            p.drawRect(cell);
            p.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(cell.adjusted(0, 0, 0, -cell.height() / 3), Qt::AlignCenter,
                       QString::number(count));
            p.setFont(small);
            p.drawText(cell.adjusted(0, cell.height() / 3, 0, 0), Qt::AlignCenter,
                       rowTotal ? QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 0)
                                : QStringLiteral("–"));
        }
    }
}

void ConfusionMatrixView::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [t, c] = cellAt(event->position().toPoint());
    if (t >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT cellClicked(t, c);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent *event)
{
    const auto [t, c] = cellAt(event->position().toPoint());
    if (t < 0) {
        QToolTip::hideText();
        setCursor(Qt::ArrowCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const int count = m_counts[size_t(t)][size_t(c)];
    QToolTip::showText(event->globalPosition().toPoint(),
                       m_rowsName.isEmpty()
                           ? tr("True %1, predicted %2: %3 images — click to show them")
                                 .arg(m_classes[t], m_classes[c])
                                 .arg(count)
                           : tr("%1: %2, %3: %4 — %n cell(s), click to show them", nullptr, count)
                                 .arg(m_rowsName, m_classes[t], m_columnsName, m_classes[c]),
                       this);
}

} // namespace wbc
