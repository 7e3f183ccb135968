#pragma once

#include <QFrame>

class QSlider;

namespace wbc {

// The saliency overlay's key and opacity control, shown in a corner of the CellViewer while the
// overlay is there: a colour bar from "less" to "more important" (the overlay's colour map: the
// least important areas stay clear) and an opacity slider, so the cell stays visible under the
// heat map. The opacity is remembered (QSettings). Owned by the viewer; GUI thread.
class SaliencyLegend : public QFrame
{
    Q_OBJECT

public:
    explicit SaliencyLegend(QWidget *parent = nullptr);

    // 0..1: how opaque the overlay is drawn.
    double opacity() const;
    void setOpacity(double opacity);
    QSlider *slider() const { return m_slider; }

Q_SIGNALS:
    void opacityChanged(double opacity);

private:
    QSlider *m_slider;
};

} // namespace wbc
