#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>

class QRubberBand;

namespace wbc {

class SlideView;

// Lets the user drag a rectangle over a SlideView while active: the counting area of the smear
// (its monolayer) that a slide scan is limited to. An event filter on the view holds the view's
// own clicks and drags back meanwhile; a rubber band shows the rectangle; regionPicked gives it
// in level-0 pixels, clipped to the slide, and the picker turns itself off. Esc cancels. Owned by
// the main window; GUI thread.
class SlideRegionPicker : public QObject
{
    Q_OBJECT

public:
    explicit SlideRegionPicker(SlideView *view);

    void setActive(bool on);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void regionPicked(const QRect &level0);
    void activeChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SlideView *m_view;
    QRubberBand *m_band;
    QPoint m_origin;
    bool m_active = false;
    bool m_dragging = false;
};

} // namespace wbc
