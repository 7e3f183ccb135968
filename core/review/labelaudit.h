#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QJsonObject>
#include <QStringList>

#include "base/problem.h"
#include "review/labelquality.h"
#include "training/cellsamples.h"
#include "training/trainer.h"

namespace wbc {

class ProjectStore;
struct AuditCellRecord;

// What a label audit runs: k-fold training of the task's classifier on the labelled white cells,
// every cell scored by the fold model that never saw it.
struct LabelAuditParams
{
    Task task = Task::Four;
    int folds = 5;
    quint64 seed = 1; // the folds and every fold's training
    // Each fold's recipe (task and seed are taken from above; no validation, no early stopping:
    // each fold trains on the other folds' cells and ends with its last epoch).
    TrainParams train = fastTraining();
    LabelRanking ranking = kDefaultLabelRanking;
    // Cells scored but never trained on (the suspects of an earlier audit: does cleaning help?).
    std::vector<qint64> leaveOut;

    // The default recipe with fewer epochs (kFastEpochs): a 5-fold audit of BCCD in the time of
    // about three training runs (docs/BENCHMARKS.md, "Check labels").
    static constexpr int kFastEpochs = 12;
    static TrainParams fastTraining();
    // {"task", "folds", "seed", "ranking", "training": TrainParams::toJson(), "left_out": [ids]}:
    // stored with the audit run.
    QJsonObject toJson() const;
};

// One audited cell: its out-of-fold probabilities and what the ranking makes of them.
struct AuditedCell
{
    qint64 cellId = 0;
    qint64 imageId = 0;
    QString path; // the image's absolute path
    int label = -1; // the given label, a task class index
    int fold = 0; // 0-based: the fold whose model scored it
    std::vector<float> probabilities; // task class order, mean of the crop and its three flips
    double score = 1.0; // label quality in [0, 1]; lower is more likely wrong
    int suggested = -1; // the most probable other class
    int rank = 0; // 1: the worst
};

struct LabelAuditResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    Task task = Task::Four;
    QStringList classes; // the task's class names, the probabilities' order
    int folds = 0;
    bool bySlide = false; // folds grouped by slide (else by image)
    std::vector<AuditedCell> cells; // worst first
    ConfidentJoint joint; // estimated joint and label errors per class
    int suspects = 0; // cells[0, suspects): at least the estimated errors
    double seconds = 0.0;
    qint64 auditId = 0; // the stored audit, when run on a project
    Problems problems; // images that could not be decoded (left out), from run()

    // {"classes", "ranking", "cells", "suspects", "by_slide", "estimated_errors": {CLASS: n},
    //  "thresholds": {CLASS: t}, "confident_joint": [[...]], "joint": [[...]], "seconds"}
    QJsonObject summary(LabelRanking ranking) const;
    // The cells as the store keeps them (auditId left 0).
    QList<AuditCellRecord> records() const;
};

// Progress of an audit: the stage, the fold being trained (1-based, 0 outside training) and the
// fraction of the whole audit done, in [0, 1].
struct LabelAuditProgress
{
    enum class Stage { Loading, Training, Scoring, Saving };
    Stage stage = Stage::Loading;
    int fold = 0;
    int folds = 0;
    double fraction = 0.0;
};

// The folds of an audit: whole groups (splitGroups: the slide when the set spans at least
// `folds` slides, else the image) dealt stratified; foldOf[i] is sample i's fold.
std::vector<int> auditFolds(const CellSampleSet &samples, int folds, quint64 seed, bool *bySlide);

// Finds the likely mislabelled cells of a project ("Check labels"). A worker in the manner of
// ProjectPrediction: create it with its params, set a progress callback and a cancel flag, and
// either call compute() on any thread with frozen samples (training and scoring, no store), or
// run() on the thread that owns a store: it loads the samples, computes, and stores the audit
// run with every cell's out-of-fold probabilities (AuditHistory), after marking audits left
// "running" as interrupted (one audit runs on a project at a time). The GUI calls either on a
// worker thread (run() with the worker's own connection to the project, as TrainingJob loads)
// and cancels through the flag; a cancel takes effect after the training batch in flight.
// Progress is called on the thread that runs the audit.
class LabelAudit
{
public:
    using Progress = std::function<void(const LabelAuditProgress &)>;

    explicit LabelAudit(LabelAuditParams params);
    const LabelAuditParams &params() const { return m_params; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Restricts the cells to fields with exactly one white cell (the seed's recipe).
    void setSingleCellFields(bool on) { m_params.train.singleCellFields = on; }

    LabelAuditResult compute(std::shared_ptr<const CellSampleSet> samples);
    LabelAuditResult run(ProjectStore &store);

    // The fewest cells a class needs in an audit, and the fewest cells in all (each fold must
    // train on every class present).
    static constexpr int kMinimumCells = 4;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report(LabelAuditProgress::Stage stage, int fold, double fraction) const;

    LabelAuditParams m_params;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
