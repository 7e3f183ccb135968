#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace wbc {

// A confusion matrix as a heat map: rows are the true class, columns the prediction; each cell
// shows its count and its share of the row, coloured by that share (diagonal green, errors red,
// text colour chosen for contrast, so it reads in light and dark themes). Clicking a cell
// reports it, e.g. to show exactly those images. GUI thread.
class ConfusionMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setMatrix(const QStringList &classNames, const std::vector<std::vector<int>> &counts,
                   const QString &title = QString());
    void clear();
    // What the rows and the columns are (an annotator's name each, for agreement), for the axis
    // caption, the tooltips and the accessible description; empty: true class and prediction.
    void setAxisNames(const QString &rows, const QString &columns);
    // Short names of the classes (the tags' codes: "N", "E", ...), in the matrix's order: the
    // columns show them when the full names fit neither side by side nor upright (the rows and
    // the tooltips keep the full names). Set before setMatrix(); empty: none.
    void setShortNames(const QStringList &codes);
    // Shown while there is no matrix; empty: the training dashboard's text.
    void setPlaceholder(const QString &text);
    const std::vector<std::vector<int>> &counts() const { return m_counts; }
    QStringList classNames() const { return m_classes; }
    // The cell under a widget position, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &pos) const;
    QRect cellRect(int truth, int predicted) const;
    // Where a row's and a column's class name is drawn. The row labels are as wide as the widest
    // name; the column labels stand upright when a name is wider than its column.
    QRect rowLabelRect(int truth) const;
    QRect columnLabelRect(int predicted) const;
    bool columnLabelsUpright() const;
    // The text a column's label shows: the class name, or its short name where room is short.
    QString columnLabel(int predicted) const;
    // The font of the class names (a little smaller than the widget's).
    QFont labelFont() const;

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Layout
    {
        int left = 0; // width of the row labels' column
        int top = 0; // height above the grid: title and column labels
        bool upright = false;
        bool shortNames = false;
    };
    Layout layout() const;
    int widestName() const; // in labelFont()
    bool hasShortNames() const;
    QRect gridRect() const;

    QStringList m_classes;
    QStringList m_shortNames;
    std::vector<std::vector<int>> m_counts;
    QString m_title;
    QString m_rowsName;
    QString m_columnsName;
    QString m_placeholder;
};

} // namespace wbc
