#pragma once

#include <opencv2/core.hpp>

#include <QColor>
#include <QImage>

#include "project/projectstore.h"

namespace wbc {

// The example crops of the report: a cell's stored box with some surroundings, as the model sees
// it, except at the field's border. There the classifier's crop mirrors the field (which can look
// like a second cell); the report paints what lies outside the field in a neutral grey instead
// and marks the field's edge with a dashed line. Thread-safe.
inline const QColor kReportPadColor(0xd8, 0xd8, 0xd8);
inline constexpr double kReportCropMargin = 0.35; // of the box on each side

// Null when bgr is empty. The crop is the classifier's input size (kInputWidth x kInputHeight).
QImage reportCellThumbnail(const cv::Mat &bgr, const CellRecord &cell);

} // namespace wbc
