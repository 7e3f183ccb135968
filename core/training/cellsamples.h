#pragma once

#include "base/cellclass.h"
#include "detection/detectionevaluation.h"
#include "base/problem.h"
#include "base/task.h"

#include <QList>
#include <QMap>
#include <QRect>
#include <QString>

#include <opencv2/core.hpp>

#include <atomic>
#include <functional>
#include <vector>

namespace wbc {

class ProjectStore;
class WbcDetector;

// Where the crop of a sample came from, best first.
enum class BoxSource { Detected, Annotated, WholeField };
QString boxSourceName(BoxSource source);

// How a field becomes the classifier's input. Stored in model files: prediction must crop the
// way training did.
struct CellCropParams
{
    double margin = 0.10;   // cropAroundCell margin, a fraction of the box on each side (CV: docs/BENCHMARKS.md)
    bool useDetector = true; // false: annotated box, else the whole field
};

struct CellCrop
{
    cv::Mat rgb; // kInputHeight x kInputWidth, 8-bit RGB
    BoxSource source = BoxSource::WholeField;
    cv::Rect box; // in the field's pixels; empty for WholeField
};

// Crops the cell of one decoded BGR field: the detector's best box, else the largest annotated
// box, else the whole field resized. Thread-safe.
CellCrop cropCell(const cv::Mat &bgr,
                  const WbcDetector &detector,
                  const QList<QRect> &annotatedBoxes,
                  const CellCropParams &params);

// The field rectangle the crop's pixels came from (what cropCell scaled to the model's input):
// the margin-grown, aspect-widened window around crop.box, or the whole field for WholeField.
// It may reach past the field's edges (the crop reflects there); the saliency map and the crop
// both map linearly onto it.
cv::Rect cropRectInField(const CellCrop &crop, const cv::Size &field, const CellCropParams &params);

// One labelled single-cell image, decoded and cropped once; only the small crop is kept.
struct CellSample
{
    qint64 imageId = 0;
    QString path;
    CellClass cellClass = CellClass::Neutrophil;
    int label = -1; // class index in the task
    CellCrop crop;
};

struct CellSampleSet
{
    Task task = Task::Binary;
    std::vector<CellSample> samples;
    Problems problems; // images that could not be decoded (left out)
    int excluded = 0;  // labelled images outside the task (multi-cell, basophil)
    bool cancelled = false;
    QString error; // fatal: nothing could be loaded

    std::vector<int> labels() const;
    std::vector<qint64> imageIds() const;
    QMap<BoxSource, int> sourceCounts() const;
    std::vector<int> classCounts() const;
};

// The task class an image trains as, or -1 when it is left out: unlabelled, several cells in its
// label, a class outside the task, or flagged "multi"/"none" by the multi-cell filter (detection
// or a person's override). The one rule for the loader and the dashboard's counts.
int trainingClassIndex(Task task, const ImageLabel &label, std::optional<CellCountFlag> flag);

// Loads the single-cell labelled images of a task: current labels only; multi-cell labels and
// classes outside the task are excluded. Decoding, detection and cropping fan out to the global
// thread pool; progress and cancel are polled on the caller's thread, which must own the store.
class CellSampleLoader
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit CellSampleLoader(Task task, CellCropParams params = {});
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    CellSampleSet load(ProjectStore &store);
    // Imports a dataset folder into a temporary project, then loads from it.
    CellSampleSet loadDataset(const QString &datasetDir);

private:
    Task m_task;
    CellCropParams m_params;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
