#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "base/cellclass.h"
#include "auditqueue.h"
#include "base/celllabel.h"
#include "project/projectstore.h"

namespace wbc {

// One white cell as the gallery shows it: its box (to crop it), slide, current label and the
// active model's prediction.
struct GalleryCell
{
    CellRecord cell;
    qint64 slideId = 0;
    CellLabel label;
    std::optional<CellClass> predicted;
    double confidence = 0; // of `predicted`
};

struct GalleryImage
{
    QString path; // absolute
    qint64 slideId = 0;
};

// Everything the gallery shows, read with a few whole-table queries (images, slides, white cells,
// current labels, the active model's predictions) and never one query per cell.
struct GallerySnapshot
{
    QList<GalleryCell> cells; // by image id, then cell id
    QHash<qint64, GalleryImage> images;
    QList<SlideRecord> slides; // by name
    qint64 modelId = 0; // the active model whose predictions are shown; 0: none
    AuditQueue audit; // the newest label check's suspects (a few queries per suspect)
    QString error; // the project could not be read
};

// Any thread that owns the store (the gallery reads on a worker with its own connection).
GallerySnapshot readGallerySnapshot(ProjectStore &store);

// The white cells of one image with their current labels, for a refresh after a label change
// (a handful of queries: the image, its cells, its cells' label history). Predictions are not
// read: the caller keeps the ones it has.
QList<GalleryCell> readImageCells(ProjectStore &store, qint64 imageId, GalleryImage *image);

// Whether a label and a prediction agree: the same class or, with a group class (Polynuclear,
// Mononuclear) on either side, the same group. A basophil, in no group, never disagrees with one.
bool labelAgrees(CellClass label, CellClass predicted);

} // namespace wbc
