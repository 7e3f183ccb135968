#include "cellgallerysnapshot.h"

#include <algorithm>

#include "project/runhistory.h"

namespace wbc {

GallerySnapshot readGallerySnapshot(ProjectStore &store)
{
    GallerySnapshot s;
    for (const ImageRecord &image : store.images())
        s.images.insert(image.id, GalleryImage { store.absolutePath(image), image.slideId });
    s.slides = store.slides();
    s.modelId = RunHistory(store).activeModelId();
    const QHash<qint64, QList<CellRecord>> byImage = store.whiteCellsByImage();
    const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
    const QHash<qint64, PredictionRecord> predictions
        = s.modelId ? store.cellPredictions(s.modelId) : QHash<qint64, PredictionRecord>();
    QList<qint64> imageIds = byImage.keys();
    std::sort(imageIds.begin(), imageIds.end());
    qsizetype total = 0;
    for (const QList<CellRecord> &cells : byImage)
        total += cells.size();
    s.cells.reserve(total);
    for (qint64 imageId : std::as_const(imageIds)) {
        const auto image = s.images.constFind(imageId);
        if (image == s.images.cend())
            continue;
        QList<CellRecord> cells = byImage.value(imageId);
        std::sort(cells.begin(), cells.end(), [](const CellRecord &a, const CellRecord &b) {
            return a.id < b.id;
        });
        for (const CellRecord &c : std::as_const(cells)) {
            GalleryCell g;
            g.cell = c;
            g.slideId = image->slideId;
            if (const auto l = labels.constFind(c.id); l != labels.cend())
                g.label = l->label;
            if (const auto p = predictions.constFind(c.id); p != predictions.cend()) {
                g.predicted = p->predicted;
                g.confidence = p->confidence();
            }
            s.cells.append(g);
        }
    }
    s.audit = readAuditQueue(store);
    if (!store.lastError().isEmpty() && s.cells.isEmpty() && s.images.isEmpty())
        s.error = store.lastError();
    return s;
}

QList<GalleryCell> readImageCells(ProjectStore &store, qint64 imageId, GalleryImage *image)
{
    const std::optional<ImageRecord> record = store.image(imageId);
    if (!record)
        return {};
    if (image)
        *image = GalleryImage { store.absolutePath(*record), record->slideId };
    QHash<qint64, CellLabel> current; // the newest entry of each cell's history
    for (const CellLabelRecord &l : store.imageCellLabelHistory(imageId))
        current.insert(l.cellId, l.label);
    QList<CellRecord> cells = store.whiteCells(imageId);
    std::sort(cells.begin(), cells.end(), [](const CellRecord &a, const CellRecord &b) {
        return a.id < b.id;
    });
    QList<GalleryCell> out;
    out.reserve(cells.size());
    for (const CellRecord &c : std::as_const(cells)) {
        GalleryCell g;
        g.cell = c;
        g.slideId = record->slideId;
        g.label = current.value(c.id);
        out.append(g);
    }
    return out;
}

bool labelAgrees(CellClass label, CellClass predicted)
{
    if (label == predicted)
        return true;
    const auto isGroup
        = [](CellClass c) { return c == CellClass::Polynuclear || c == CellClass::Mononuclear; };
    if (!isGroup(label) && !isGroup(predicted))
        return false;
    if (label == CellClass::Basophil || predicted == CellClass::Basophil)
        return true; // outside the binary task: nothing to disagree with
    return isPolynuclear(label) == isPolynuclear(predicted);
}

} // namespace wbc
