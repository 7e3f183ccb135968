#pragma once

// Projects for the cell gallery's and the slide list's tests (and the gallery screenshot of
// tools/screenshots), built straight through the store: real PNG fields with white cells, slides,
// cell labels and an active model's predictions.

#include <optional>

#include <opencv2/imgcodecs.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include "cellgallerymodel.h"
#include "dataset/syntheticsmear.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"
#include "training/modelfile.h"

namespace wbc::test {

// Writes a synthetic field with these white cells to path; returns their boxes (empty on error).
inline QList<QRect> writeField(const QString &path,
    quint64 seed,
    const QList<CellClass> &wbcs,
    int width = 240,
    int height = 180)
{
    SmearSpec spec;
    spec.width = width;
    spec.height = height;
    spec.rbcCount = 5;
    spec.wbcs = wbcs;
    const SyntheticSmear smear = generateSmear(seed, spec);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!cv::imwrite(path.toStdString(), smear.bgr))
        return {};
    QList<QRect> boxes;
    for (const SyntheticWbc &w : smear.wbcs)
        boxes.append(w.box);
    return boxes;
}

// An image row for a file (many rows may share one file: the key is made from `key`).
inline qint64 addImage(ProjectStore &store,
    const QString &path,
    const QString &key,
    qint64 slideId,
    int width = 240,
    int height = 180)
{
    ImageRecord r;
    r.path = store.storedPath(path);
    r.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    r.width = width;
    r.height = height;
    r.fileSize = QFileInfo(path).size();
    r.slideId = slideId;
    return store.addImage(r);
}

// Adds annotated white cells to an image; returns their ids in box order.
inline QList<qint64> addCells(ProjectStore &store, qint64 imageId, const QList<QRect> &boxes)
{
    QList<CellRecord> records;
    for (const QRect &box : boxes) {
        CellRecord c;
        c.imageId = imageId;
        c.kind = CellKind::Wbc;
        c.box = box;
        c.source = QStringLiteral("annotation");
        records.append(c);
    }
    if (!store.replaceCells(imageId, QStringLiteral("annotation"), records))
        return {};
    QList<qint64> ids;
    for (const CellRecord &c : store.cells(imageId, QStringLiteral("annotation")))
        ids.append(c.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Registers a (file-less) four-class model and makes it active; returns its id.
inline qint64 addActiveModel(ProjectStore &store, const QString &path)
{
    ModelHeader header;
    header.arch = QStringLiteral("lenet");
    header.task = Task::Four;
    const qint64 id = RunRecorder(store).addModel(0, path, header);
    if (id)
        RunHistory(store).setActiveModel(id);
    return id;
}

inline PredictionRecord cellPrediction(qint64 imageId, qint64 cellId, CellClass predicted, double p)
{
    PredictionRecord r;
    r.imageId = imageId;
    r.cellId = cellId;
    r.predicted = predicted;
    r.probabilities.append({ predicted, p });
    const CellClass other
        = predicted == CellClass::Neutrophil ? CellClass::Lymphocyte : CellClass::Neutrophil;
    r.probabilities.append({ other, 1.0 - p });
    return r;
}

// Six fields of two white cells on two slides (A: images 0-3, B: images 4-5), labels and an
// active model's predictions chosen so that every filter picks a known set:
//   cell  0 N (N .90)   1 L (N .55)   2 N (N .80)   3 -  (L .70)   4 E (E .95)   5 SMUDGE
//         6 UNIDENT.    7 -           8 M (L .40)   9 N (N .99)   10 -          11 DAMAGED
struct GalleryFixture
{
    QTemporaryDir dir;
    ProjectStore store;
    QList<qint64> images;
    QList<qint64> cells;
    qint64 slideA = 0;
    qint64 slideB = 0;
    qint64 modelId = 0;

    GalleryFixture()
    {
        const QString project = dir.filePath(QStringLiteral("gallery.wbc"));
        if (!store.open(project))
            return;
        slideA = store.ensureSlide(QStringLiteral("A"));
        slideB = store.ensureSlide(QStringLiteral("B"));
        for (int i = 0; i < 6; ++i) {
            const QString path = dir.filePath(QStringLiteral("fields/f%1.png").arg(i));
            const QList<QRect> boxes
                = writeField(path, 100 + i, { CellClass::Neutrophil, CellClass::Lymphocyte });
            const qint64 id = addImage(store, path, path, i < 4 ? slideA : slideB);
            images.append(id);
            cells.append(addCells(store, id, boxes));
        }
        const auto cls = [](CellClass c) { return CellLabel::ofClass(c); };
        const QList<std::optional<CellLabel>> labels = { cls(CellClass::Neutrophil),
            cls(CellClass::Lymphocyte),
            cls(CellClass::Neutrophil),
            std::nullopt,
            cls(CellClass::Eosinophil),
            CellLabel::notCounted(NotCounted::Smudge),
            CellLabel::unidentified(),
            std::nullopt,
            cls(CellClass::Monocyte),
            cls(CellClass::Neutrophil),
            std::nullopt,
            CellLabel::notCounted(NotCounted::Damaged) };
        for (int i = 0; i < labels.size() && i < cells.size(); ++i) {
            if (labels.at(i))
                store.addCellLabel(
                    cells.at(i), *labels.at(i), LabelOrigin::Import, QStringLiteral("import"));
        }
        modelId = addActiveModel(store, dir.filePath(QStringLiteral("m.wbcmodel")));
        const QList<QPair<int, QPair<CellClass, double>>> predicted
            = { { 0, { CellClass::Neutrophil, 0.90 } },
                  { 1, { CellClass::Neutrophil, 0.55 } },
                  { 2, { CellClass::Neutrophil, 0.80 } },
                  { 3, { CellClass::Lymphocyte, 0.70 } },
                  { 4, { CellClass::Eosinophil, 0.95 } },
                  { 8, { CellClass::Lymphocyte, 0.40 } },
                  { 9, { CellClass::Neutrophil, 0.99 } } };
        QList<PredictionRecord> records;
        for (const auto &p : predicted)
            records.append(cellPrediction(
                images.at(p.first / 2), cells.at(p.first), p.second.first, p.second.second));
        store.replacePredictions(modelId, records);
    }

    bool ok() const { return cells.size() == 12 && modelId > 0; }
    QList<qint64> pick(std::initializer_list<int> which) const
    {
        QList<qint64> out;
        for (int i : which)
            out.append(cells.at(i));
        return out;
    }
};

// The index of the gallery group of that label, -1 when there is none.
inline int groupOfLabel(const CellGalleryModel &model, const CellLabel &label)
{
    for (int g = 0; g < model.groupCount(); ++g) {
        if (model.groupLabel(g) == label)
            return g;
    }
    return -1;
}

} // namespace wbc::test
