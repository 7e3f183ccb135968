#pragma once

#include <QList>
#include <QRect>
#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace wbc {

// Draws annotated boxes (green, solid) and detected boxes (magenta, with their scores) on a copy
// of a BGR field, with a caption and a red MULTI tag when either side sees several cells. For
// reports and docs; the GUI draws its own interactive overlay.
cv::Mat drawDetections(const cv::Mat &bgr,
                       const QList<QRect> &annotated,
                       const QList<QRect> &detected,
                       const QList<double> &scores,
                       const QString &caption);

// Tiles images (each scaled to cell) into rows of `columns`, on a white background.
cv::Mat composeGrid(const std::vector<cv::Mat> &images, int columns, cv::Size cell);

} // namespace wbc
