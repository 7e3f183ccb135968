#pragma once

// Projects for the cell gallery's and the slide list's tests, built straight through the store:
// real PNG fields with white cells, slides, cell labels and an active model's predictions.

#include <opencv2/imgcodecs.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QString>

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

} // namespace wbc::test
