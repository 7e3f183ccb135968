#include "slide/slidecellcrops.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgcodecs.hpp>

namespace wbc {

QHash<qint64, CellCropRecord> cachedSlideCrops(
    const ProjectStore &store, qint64 imageId, const QList<CellRecord> &cells)
{
    if (cells.isEmpty() || !store.slideFile(imageId))
        return {};
    QList<qint64> ids;
    for (const CellRecord &c : cells)
        ids.append(c.id);
    return store.cellCrops(ids);
}

bool cachedCropField(const QHash<qint64, CellCropRecord> &crops,
    const CellRecord &cell,
    cv::Mat *bgr,
    CellRecord *inCrop)
{
    const auto it = crops.constFind(cell.id);
    if (it == crops.cend() || it->png.isEmpty())
        return false;
    const cv::Mat data(1, int(it->png.size()), CV_8UC1, const_cast<char *>(it->png.constData()));
    *bgr = cv::imdecode(data, cv::IMREAD_COLOR);
    if (bgr->empty())
        return false;
    // The crop may be stored smaller than its rectangle (ProjectSlideScan's kMaxCropSide).
    const double sx = double(bgr->cols) / std::max(1, it->rect.width());
    const double sy = double(bgr->rows) / std::max(1, it->rect.height());
    const QRect b = cell.box.translated(-it->rect.topLeft());
    *inCrop = cell;
    inCrop->box = QRect(int(std::lround(b.x() * sx)),
        int(std::lround(b.y() * sy)),
        std::max(1, int(std::lround(b.width() * sx))),
        std::max(1, int(std::lround(b.height() * sy))));
    return true;
}

} // namespace wbc
