#include "review/projectprediction.h"

#include "review/classifier.h"
#include "training/cellsamples.h"
#include "base/imagefile.h"
#include "project/runhistory.h"
#include "detection/wbcdetector.h"
#include "slide/slidecellcrops.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPrediction)
};

// Images decoded and cropped at once: bounds the memory of full-size fields in flight and is
// how often progress and cancel are looked at.
constexpr qsizetype kChunk = 64;

struct Cropped
{
    QList<CellRecord> cells; // stored, or found by the detector (id 0)
    std::vector<cv::Mat> rgb;
    QString error;
};

} // namespace

PredictionRecord predictionFromProbabilities(const ModelHeader &header,
                                             const std::vector<float> &probabilities)
{
    PredictionRecord r;
    double best = -1.0;
    const qsizetype n = std::min(header.classNames.size(), qsizetype(probabilities.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const std::optional<CellClass> cls = parseCellClass(header.classNames.at(i));
        if (!cls)
            continue;
        const double p = probabilities[size_t(i)];
        r.probabilities.append({*cls, p});
        if (p > best) {
            best = p;
            r.predicted = *cls;
        }
    }
    return r;
}

QList<PredictionRecord> PredictionResults::storedRecords() const
{
    QList<PredictionRecord> out;
    for (const CellPrediction &c : cells) {
        if (c.cellId > 0)
            out.append(c.record);
    }
    return out;
}

QList<PredictionInput> predictionInputs(const ProjectStore &store, const QList<qint64> &imageIds)
{
    QList<ImageRecord> images;
    if (imageIds.isEmpty()) {
        images = store.images();
    } else {
        for (qint64 id : imageIds) {
            if (const std::optional<ImageRecord> image = store.image(id))
                images.append(*image);
        }
    }
    const QHash<qint64, QList<CellRecord>> cells = store.whiteCellsByImage();
    QList<PredictionInput> inputs;
    inputs.reserve(images.size());
    for (const ImageRecord &image : images) {
        PredictionInput in;
        in.imageId = image.id;
        in.path = store.absolutePath(image);
        in.cells = cells.value(image.id);
        in.cachedCrops = cachedSlideCrops(store, image.id, in.cells);
        in.slide = store.slideFile(image.id).has_value();
        if (in.slide)
            in.detectMissing = false; // a slide's cells come from its scan
        if (in.cells.size() == 1) {
            for (const CellRecord &c : store.cells(image.id, QStringLiteral("annotation"))) {
                if (c.kind == CellKind::Wbc)
                    in.annotatedBoxes.append(c.box);
            }
        }
        inputs.append(in);
    }
    return inputs;
}

PredictionResults predictImages(const Classifier &classifier,
                                const QList<PredictionInput> &inputs,
                                qint64 modelId,
                                const PredictionProgress &progress,
                                const std::atomic_bool *cancel)
{
    PredictionResults results;
    if (!classifier.isLoaded())
        return results;
    const WbcDetector detector;
    const CellCropParams params = classifier.header().crop;
    for (qsizetype start = 0; start < inputs.size(); start += kChunk) {
        if (cancel && cancel->load()) {
            results.cancelled = true;
            break;
        }
        const QList<PredictionInput> chunk = inputs.mid(start, kChunk);
        // Cropping is thread-safe; the classifier itself stays on this thread.
        const QList<Cropped> crops = QtConcurrent::blockingMapped(
            chunk, [&detector, params](const PredictionInput &in) {
                Cropped c;
                if (in.slide) {
                    // A whole-slide image: its cells' cached crops, never the slide itself.
                    c.cells = in.cells;
                    for (const CellRecord &cell : in.cells) {
                        cv::Mat bgr;
                        CellRecord inCrop;
                        if (!cachedCropField(in.cachedCrops, cell, &bgr, &inCrop)) {
                            c.error = QCoreApplication::translate(
                                          "ProjectPrediction",
                                          "white cell %1 has no cached crop; scan the slide "
                                          "again")
                                          .arg(cell.id);
                            return c;
                        }
                        c.rgb.push_back(cropStoredCell(bgr, inCrop, params).rgb);
                    }
                    return c;
                }
                const DecodedImage decoded = decodeImageFile(in.path);
                if (!decoded.ok()) {
                    c.error = decoded.error;
                    return c;
                }
                c.cells = in.cells;
                if (c.cells.isEmpty() && in.detectMissing) {
                    for (const DetectedCell &d : detector.detect(decoded.bgr)) {
                        CellRecord cell;
                        cell.imageId = in.imageId;
                        cell.kind = CellKind::Wbc;
                        cell.box = QRect(d.box.x, d.box.y, d.box.width, d.box.height);
                        cell.source = QStringLiteral("detected");
                        cell.score = d.score;
                        c.cells.append(cell);
                    }
                }
                for (const CellCrop &crop :
                     cropCells(decoded.bgr, c.cells, params, detector, in.annotatedBoxes))
                    c.rgb.push_back(crop.rgb);
                return c;
            });
        std::vector<cv::Mat> batch;
        QList<CellPrediction> pending;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const Cropped &c = crops.at(i);
            if (!c.error.isEmpty()) {
                results.problems.append({chunk.at(i).path, 0, c.error});
                continue;
            }
            for (qsizetype k = 0; k < c.cells.size(); ++k) {
                batch.push_back(c.rgb[size_t(k)]);
                CellPrediction p;
                p.imageId = chunk.at(i).imageId;
                p.cellId = c.cells.at(k).id;
                p.box = c.cells.at(k).box;
                pending.append(p);
            }
        }
        const std::vector<std::vector<float>> probabilities = classifier.predict(batch);
        for (size_t b = 0; b < probabilities.size(); ++b) {
            CellPrediction &p = pending[qsizetype(b)];
            p.record = predictionFromProbabilities(classifier.header(), probabilities[b]);
            p.record.imageId = p.imageId;
            p.record.cellId = p.cellId;
            p.record.modelId = modelId;
            results.cells.append(p);
        }
        if (progress)
            progress(int(start + chunk.size()), int(inputs.size()));
    }
    return results;
}

ProjectPrediction::ProjectPrediction(ProjectStore &store, qint64 modelId)
    : m_store(store)
    , m_modelId(modelId)
{}

bool ProjectPrediction::storeDetectedCells(PredictionResults &results, int *stored)
{
    QHash<qint64, QList<CellRecord>> found;
    for (const CellPrediction &c : results.cells) {
        if (c.cellId == 0) {
            CellRecord cell;
            cell.kind = CellKind::Wbc;
            cell.box = c.box;
            found[c.imageId].append(cell);
        }
    }
    if (found.isEmpty())
        return true;
    return m_store.transaction([&] {
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!m_store.replaceCells(it.key(), QStringLiteral("detected"), it.value()))
                return false;
            const QList<CellRecord> cells = m_store.whiteCells(it.key());
            for (CellPrediction &c : results.cells) {
                if (c.imageId != it.key() || c.cellId != 0)
                    continue;
                for (const CellRecord &cell : cells) {
                    if (cell.box == c.box) {
                        c.cellId = cell.id;
                        c.record.cellId = cell.id;
                        ++*stored;
                        break;
                    }
                }
            }
        }
        return true;
    });
}

ProjectPredictionReport ProjectPrediction::run()
{
    ProjectPredictionReport report;
    if (!m_store.isOpen() || m_store.isReadOnly()) {
        report.fatalError = Tr::tr("%1: project is not open for writing").arg(m_store.path());
        return report;
    }
    const QString modelPath = RunHistory(m_store).modelPath(m_modelId);
    if (modelPath.isEmpty()) {
        report.fatalError = Tr::tr("%1: the project has no model %2").arg(m_store.path()).arg(m_modelId);
        return report;
    }
    Classifier classifier;
    QString error;
    if (!classifier.load(modelPath, &error, std::nullopt, m_device)) {
        report.fatalError = error;
        return report;
    }
    const QList<PredictionInput> inputs = predictionInputs(m_store, m_imageIds);
    report.images = int(inputs.size());
    for (qsizetype start = 0; start < inputs.size(); start += kChunk) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        PredictionResults r = predictImages(classifier, inputs.mid(start, kChunk), m_modelId, {},
                                            m_cancel);
        if (!storeDetectedCells(r, &report.detected)
            || !m_store.replacePredictions(m_modelId, r.storedRecords())) {
            report.fatalError = Tr::tr("%1: write failed: %2").arg(m_store.path(), m_store.lastError());
            break;
        }
        QSet<qint64> images;
        for (const CellPrediction &c : r.cells) {
            if (c.cellId > 0) {
                images.insert(c.imageId);
                ++report.cells;
            }
        }
        report.predicted += int(images.size());
        report.failed += int(r.problems.size());
        report.problems += r.problems;
        if (r.cancelled) {
            report.cancelled = true;
            break;
        }
        if (m_progress)
            m_progress(int(std::min(start + kChunk, inputs.size())), int(inputs.size()));
    }
    return report;
}

} // namespace wbc
