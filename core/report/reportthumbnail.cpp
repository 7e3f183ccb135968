#include "report/reportthumbnail.h"

#include <cmath>

#include <QPainter>

#include "training/cellsamples.h"

namespace wbc {

QImage reportCellThumbnail(const cv::Mat &bgr, const CellRecord &cell)
{
    if (bgr.empty())
        return {};
    CellCropParams params;
    params.margin = kReportCropMargin;
    const CellCrop crop = cropStoredCell(bgr, cell, params);
    const cv::Mat &rgb = crop.rgb;
    QImage image = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888)
                       .convertToFormat(QImage::Format_RGB32); // a copy
    // Where the field lies in the crop: the crop maps linearly onto its window in the field.
    const cv::Rect window = cropRectInField(crop, bgr.size(), params);
    if (window.width <= 0 || window.height <= 0)
        return image;
    const double sx = double(image.width()) / window.width;
    const double sy = double(image.height()) / window.height;
    const double left = std::max(0.0, -window.x * sx);
    const double top = std::max(0.0, -window.y * sy);
    const double right = std::min(double(image.width()), (bgr.cols - window.x) * sx);
    const double bottom = std::min(double(image.height()), (bgr.rows - window.y) * sy);
    const QRectF field(QPointF(left, top), QPointF(right, bottom));
    if (field.contains(QRectF(image.rect())))
        return image; // inside the field: nothing mirrored
    QPainter p(&image);
    // Whole pixels outside the field: the rounding never lets a mirrored pixel through.
    const QRect inside(QPoint(int(std::ceil(left)), int(std::ceil(top))),
        QPoint(int(std::floor(right)) - 1, int(std::floor(bottom)) - 1));
    QRegion outside(image.rect());
    outside -= QRegion(inside);
    p.setClipRegion(outside);
    p.fillRect(image.rect(), kReportPadColor);
    p.setClipping(false);
    // The field's edge, dashed, drawn on the padding: the field's own pixels stay as they are.
    const double w = std::max(1.0, std::round(image.width() / 80.0));
    p.setPen(QPen(QColor(0x50, 0x50, 0x50), w, Qt::DashLine, Qt::FlatCap));
    const QRectF edge = QRectF(inside).adjusted(-w / 2, -w / 2, w / 2, w / 2);
    if (inside.left() > 0)
        p.drawLine(QLineF(edge.left(), edge.top(), edge.left(), edge.bottom()));
    if (inside.top() > 0)
        p.drawLine(QLineF(edge.left(), edge.top(), edge.right(), edge.top()));
    if (inside.right() < image.width() - 1)
        p.drawLine(QLineF(edge.right(), edge.top(), edge.right(), edge.bottom()));
    if (inside.bottom() < image.height() - 1)
        p.drawLine(QLineF(edge.left(), edge.bottom(), edge.right(), edge.bottom()));
    return image;
}

} // namespace wbc
