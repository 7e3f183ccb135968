#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"
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
struct CellRecord;
class WbcDetector;

// Where the crop of a sample came from, best first.
enum class BoxSource { Detected, Annotated, WholeField };
QString boxSourceName(BoxSource source);

// How a field becomes the classifier's input. Stored in model files: prediction must crop the
// way training did.
struct CellCropParams
{
    double margin = 0.10;   // cropAroundCell margin, a fraction of the box on each side (CV: docs/BENCHMARKS.md)
    // false (since schema 3): each cell's stored box (cropStoredCell). true: models of 0.1.0,
    // trained on the detector's box of single-cell fields; evaluation crops as they did.
    bool useDetector = false;
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

// The one path from a stored cell to the classifier's input (training, prediction, review, the
// gallery and the report): the cell's stored box with the margin, or the whole field resized for
// a whole-field cell. Never runs the detector. Thread-safe.
CellCrop cropStoredCell(const cv::Mat &bgr, const CellRecord &cell, const CellCropParams &params);

// Crops the listed cells of one decoded field as a model with these crop params expects: the
// stored boxes (cropStoredCell), or for models of 0.1.0 (params.useDetector) the detector's best
// box when the field has a single cell, as they were trained. annotated: the field's annotated
// WBC boxes (only read in that case). Thread-safe.
std::vector<CellCrop> cropCells(const cv::Mat &bgr,
                                const QList<CellRecord> &cells,
                                const CellCropParams &params,
                                const WbcDetector &detector,
                                const QList<QRect> &annotated = {});

// The field rectangle the crop's pixels came from (what cropCell scaled to the model's input):
// the margin-grown, aspect-widened window around crop.box, or the whole field for WholeField.
// It may reach past the field's edges (the crop reflects there); the saliency map and the crop
// both map linearly onto it.
cv::Rect cropRectInField(const CellCrop &crop, const cv::Size &field, const CellCropParams &params);

// One labelled white cell, decoded and cropped once when the set is loaded (frozen for the run);
// only the small crop is kept.
struct CellSample
{
    qint64 cellId = 0;
    qint64 imageId = 0;
    qint64 slideId = 0;
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
    int excluded = 0;  // labelled cells outside the task (basophil, unidentified, not counted,
                       // or in a multi-cell field with singleCellFields)
    bool cancelled = false;
    QString error; // fatal: nothing could be loaded

    std::vector<int> labels() const;
    std::vector<qint64> imageIds() const;
    std::vector<qint64> cellIds() const;
    // What splits group by: the slide when the set spans at least `folds` slides, else the
    // image (two cells of one field never sit on both sides); *bySlide tells which.
    std::vector<qint64> splitGroups(int folds, bool *bySlide = nullptr) const;
    QMap<BoxSource, int> sourceCounts() const;
    std::vector<int> classCounts() const;
};

// The task class a cell trains as, or -1 when it is left out: unlabelled, unidentified, not
// counted, or a class outside the task. The one rule for the loader and the dashboard's counts.
int trainingClassIndex(Task task, const CellLabel &label);

struct DataSplit;

// The validation split of a run: stratified, whole groups from splitGroups(5) on one side. When
// that groups by image rather than slide, *warning says so (it is empty otherwise).
DataSplit validationSplit(const CellSampleSet &set, double valFraction, quint64 seed,
                          QString *warning = nullptr);

// Per task class, the labelled white cells that would train (the dashboard's counts).
std::vector<int> trainableCellCounts(const ProjectStore &store, Task task, bool singleCellFields);

// Loads the labelled white cells of a task (current labels only), each cropped from its stored
// box; with singleCellFields only fields with exactly one white cell (the seed's recipe).
// Decoding and cropping fan out to the global thread pool (one decode per field); progress and
// cancel are reported on the caller's thread, which must own the store.
class CellSampleLoader
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit CellSampleLoader(Task task, CellCropParams params = {});
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setSingleCellFields(bool on) { m_singleCellFields = on; }

    CellSampleSet load(ProjectStore &store);
    // Imports a dataset folder into a temporary project, then loads from it.
    CellSampleSet loadDataset(const QString &datasetDir);

private:
    Task m_task;
    CellCropParams m_params;
    bool m_singleCellFields = false;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
