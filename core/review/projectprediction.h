#pragma once

#include "base/problem.h"
#include "project/projectstore.h"

#include <QList>
#include <QRect>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace wbc {

class Classifier;
struct ModelHeader;

// One image to classify: where it is, its white cells (each is cropped from its stored box; an
// image without any is searched by the detector when detectMissing is set) and its annotated WBC
// boxes (models of 0.1.0 crop as they were trained).
struct PredictionInput
{
    qint64 imageId = 0;
    QString path; // absolute
    QList<CellRecord> cells;
    QList<QRect> annotatedBoxes;
    bool detectMissing = true;
    bool slide = false; // a whole-slide image: cropped from cachedCrops, never decoded
    QHash<qint64, CellCropRecord> cachedCrops;
};

// A model's output for one white cell. cellId is 0 for a cell the detector found in an image
// that had none stored (its box says where).
struct CellPrediction
{
    qint64 imageId = 0;
    qint64 cellId = 0;
    QRect box;
    PredictionRecord record; // imageId, cellId and modelId filled in
};

struct PredictionResults
{
    QList<CellPrediction> cells; // in input order, cells in their image's order
    Problems problems;           // one per unreadable image, naming the file
    bool cancelled = false;

    // The records of stored cells (cellId set), as ProjectStore::replacePredictions takes them.
    QList<PredictionRecord> storedRecords() const;
};

using PredictionProgress = std::function<void(int done, int total)>;

// A model's output for one crop as a record: the header's classes in order, predicted = the most
// probable one. imageId, cellId and modelId are left for the caller.
PredictionRecord predictionFromProbabilities(const ModelHeader &header,
                                             const std::vector<float> &probabilities);

// The inputs for images of a project (every image when imageIds is empty; unknown ids are
// skipped), with their white cells. Call on the thread that owns the store.
QList<PredictionInput> predictionInputs(const ProjectStore &store,
                                        const QList<qint64> &imageIds = {});

// Decodes each image once, crops its cells as the classifier's model expects (on the global
// thread pool) and classifies them in batches on the caller's thread. Stores nothing: `wbc
// predict` and `wbc report --model` use it directly, ProjectPrediction stores what it returns.
// Progress and cancel are handled on the caller's thread between chunks of images.
PredictionResults predictImages(const Classifier &classifier,
                                const QList<PredictionInput> &inputs,
                                qint64 modelId = 0,
                                const PredictionProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr);

struct ProjectPredictionReport
{
    int images = 0;
    int predicted = 0; // images with at least one predicted cell
    int cells = 0;     // cells predicted
    int detected = 0;  // cells the detector found in images that had none
    int failed = 0;
    bool cancelled = false;
    QString fatalError; // no project, unknown model, model file missing or invalid, write failed
    Problems problems;
};

// Runs a model of the project (table models) over the white cells of its images and stores a
// prediction per cell (replacing that model's previous prediction of the cell), chunk by chunk,
// so a cancelled run keeps what it finished. An image without white cells is searched by the
// detector first and the cells found are stored as detected boxes. Runs on the thread that owns the store; progress is called there.
class ProjectPrediction
{
public:
    using Progress = PredictionProgress;

    ProjectPrediction(ProjectStore &store, qint64 modelId);
    // Empty (the default): every image of the project.
    void setImageIds(const QList<qint64> &ids) { m_imageIds = ids; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // "auto" (default), "cpu" or "cuda".
    void setDevice(const QString &device) { m_device = device; }
    ProjectPredictionReport run();

private:
    // Stores the cells the detector found (cellId 0) and gives their predictions the new ids.
    bool storeDetectedCells(PredictionResults &results, int *stored);

    ProjectStore &m_store;
    qint64 m_modelId = 0;
    QList<qint64> m_imageIds;
    QString m_device = QStringLiteral("auto");
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
