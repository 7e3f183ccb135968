#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

namespace wbc {

// The slide viewer's overview inset: the whole slide's thumbnail with the part the viewer shows
// outlined. Pressing or dragging on it asks the viewer to centre there. Knows nothing of the
// reader: the viewer gives it the thumbnail, the slide's size and the visible rectangle (level-0
// pixels). A child of the SlideView, in its top-right corner; GUI thread.
class SlideOverview : public QWidget
{
    Q_OBJECT

public:
    explicit SlideOverview(QWidget *parent = nullptr);

    // maxSide: the inset's longest side in pixels.
    void setThumbnail(const QImage &thumbnail, const QSizeF &slideSize, int maxSide = 200);
    void setVisibleRect(const QRectF &level0);
    QRectF visibleRect() const { return m_visible; }
    // Where a point of the inset lies on the slide (level-0 pixels), and back.
    QPointF toSlide(const QPointF &pos) const;
    QPointF fromSlide(const QPointF &level0) const;

Q_SIGNALS:
    void navigateRequested(const QPointF &level0);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF pictureRect() const;

    QImage m_thumbnail;
    QSizeF m_slideSize;
    QRectF m_visible;
};

} // namespace wbc
