#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace wbc {

// The visible key legend: one row per labeling key (key, colour swatch, label name) plus the
// current cell's label and who set it. Rebuilt when the key map changes. GUI thread.
class LabelLegend : public QWidget
{
    Q_OBJECT

public:
    explicit LabelLegend(QWidget *parent = nullptr);

    void rebuild();
    void setCurrentLabel(const QString &text, const QString &detail);

private:
    QGridLayout *m_grid;
    QLabel *m_current;
    QLabel *m_detail;
};

} // namespace wbc
