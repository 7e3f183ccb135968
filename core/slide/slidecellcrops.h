#pragma once

#include <opencv2/core.hpp>

#include <QHash>
#include <QList>

#include "project/projectstore.h"

namespace wbc {

// A whole-slide image's cells are cropped from their cached crops (ProjectStore::cellCrops,
// stored by the scan), never from the slide file: gallery, training and prediction call these
// where they would decode a field.

// Store's thread: the cached crops of these cells when the image is a slide file; empty for a
// field (decode it as always).
QHash<qint64, CellCropRecord> cachedSlideCrops(
    const ProjectStore &store, qint64 imageId, const QList<CellRecord> &cells);

// Any thread: the cell's cached crop as a BGR image and the cell with its box in that image's
// pixels. False when the cell has no (readable) crop.
bool cachedCropField(const QHash<qint64, CellCropRecord> &crops,
    const CellRecord &cell,
    cv::Mat *bgr,
    CellRecord *inCrop);

} // namespace wbc
