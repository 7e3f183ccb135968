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

// One image to classify: where it is and its annotated WBC boxes (the crop falls back to them
// as training did).
struct PredictionInput
{
    qint64 imageId = 0;
    QString path; // absolute
    QList<QRect> annotatedBoxes;
};

struct PredictionResults
{
    QList<PredictionRecord> records; // in input order, unreadable images left out
    Problems problems;               // one per unreadable image, naming the file
    bool cancelled = false;
};

using PredictionProgress = std::function<void(int done, int total)>;

// A model's output for one crop as a record: the header's classes in order, predicted = the most
// probable one. imageId and modelId are left for the caller.
PredictionRecord predictionFromProbabilities(const ModelHeader &header,
                                             const std::vector<float> &probabilities);

// The inputs for images of a project (every image when imageIds is empty; unknown ids are
// skipped). Call on the thread that owns the store.
QList<PredictionInput> predictionInputs(const ProjectStore &store,
                                        const QList<qint64> &imageIds = {});

// Decodes and crops the images as the classifier's model was trained (on the global thread pool)
// and classifies them in batches on the caller's thread. Stores nothing: `wbc report --model`
// uses it directly, ProjectPrediction stores what it returns. Progress and cancel are handled
// on the caller's thread between chunks of images.
PredictionResults predictImages(const Classifier &classifier,
                                const QList<PredictionInput> &inputs,
                                qint64 modelId = 0,
                                const PredictionProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr);

struct ProjectPredictionReport
{
    int images = 0;
    int predicted = 0;
    int failed = 0;
    bool cancelled = false;
    QString fatalError; // no project, unknown model, model file missing or invalid, write failed
    Problems problems;
};

// Runs a model of the project (table models) over its images and stores the predictions
// (replacing that model's previous prediction of each image), chunk by chunk, so a cancelled run
// keeps what it finished. Runs on the thread that owns the store; progress is called there.
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
    ProjectStore &m_store;
    qint64 m_modelId = 0;
    QList<qint64> m_imageIds;
    QString m_device = QStringLiteral("auto");
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
