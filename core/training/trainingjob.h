#pragma once

#include "training/trainer.h"

#include <QObject>

#include <memory>

class QThread;

namespace wbc {

class ProjectStore;
struct RunInfo;

// One training run of a project, as the GUI drives it: loads and freezes the labelled samples
// (decoding and cropping on the thread pool, with its own connection to the project), splits
// them, records the run in the project, trains on a dedicated QThread (Trainer moved there) and
// writes the model file beside the project. Lives on the GUI thread and records through the
// owner's store there; the destructor cancels and waits for the thread (requestInterruption,
// quit, wait). Labels changed while a run trains do not affect it: its samples are frozen.
//
// Each epoch's checkpoint ("run-N.checkpoint" beside the model files) has its SHA-256 recorded
// in the project (meta "checkpoint_sha256:run-N"); resume() continues an interrupted or
// cancelled run from it only when the file is the one recorded and belongs to the run. A file
// the project did not record is refused ("FILE: checkpoint refused: REASON", warning()) and a
// new run starts. A finished run's checkpoint is removed; a cancelled one's is kept.
class TrainingJob : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Training, Paused, Finished, Cancelled, Failed };
    Q_ENUM(State)

    explicit TrainingJob(QObject *parent = nullptr);
    ~TrainingJob() override;

    // Starts a run on the project the store has open. False (and *error) when it cannot start.
    bool start(ProjectStore *store, const TrainParams &params, QString *error = nullptr);
    // Continues an interrupted or cancelled run of the project (same run id, its recorded
    // params) from its checkpoint. False (and *error) when it cannot (resumeProblem()). A
    // checkpoint refused once the cells are loaded (another split, labels changed since) is
    // reported by warning() and a new run of the same params starts instead.
    bool resume(ProjectStore *store, qint64 runId, QString *error = nullptr);
    void setPaused(bool paused);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const;
    const TrainParams &params() const { return m_params; }
    std::shared_ptr<const CellSampleSet> samples() const { return m_samples; }
    const DataSplit &split() const { return m_split; }
    qint64 runId() const { return m_runId; }
    QString modelPath() const { return m_modelPath; }
    QStringList classNames() const;
    QString stateText() const;

    // Where a project keeps its model files: "<project>.models/" beside a project file; for a
    // shared project "wbc-models/<database>/" in its dataset root (on the lab's file share).
    static QString modelDir(const ProjectStore &store);
    // Labelled white cells per class of a task that a run would use (with singleCellFields only
    // those of fields with one white cell). Cheap: no decoding.
    static std::vector<int> usableCounts(const ProjectStore &store, Task task,
                                         bool singleCellFields = false);
    // The fewest images a class needs for a run (one to train, one to validate).
    static constexpr int kMinimumPerClass = 2;
    // Where a run's checkpoint is, and the project's meta key of its recorded SHA-256 (hex).
    static QString checkpointPath(const ProjectStore &store, qint64 runId);
    static QString checkpointRecordKey(qint64 runId);
    // Why a run cannot resume ("" when it can): it is not interrupted or cancelled, or its
    // checkpoint is missing or refused (not the one recorded, damaged). Reads and hashes the
    // checkpoint; the run's fingerprint is checked once its cells are loaded.
    static QString resumeProblem(const ProjectStore &store, const RunInfo &run);

Q_SIGNALS:
    void stateChanged(wbc::TrainingJob::State state);
    void loadingProgress(int done, int total);
    void batchFinished(const wbc::BatchReport &report);
    void epochFinished(const wbc::EpochReport &report);
    void finished(const wbc::TrainResult &result);
    void failed(const QString &message);
    // Something the user should know about a run that goes ahead (how the split groups cells).
    void warning(const QString &message);

private:
    bool canStart(ProjectStore *store, QString *error) const;
    void setState(State state);
    void load(ProjectStore *store, const TrainParams &params);
    void samplesLoaded(std::shared_ptr<CellSampleSet> samples);
    bool beginRun();
    void launch(bool resume);
    void checkpointRefused(const QString &message);
    void trainingFinished(const TrainResult &result);
    void trainingFailed(const QString &message);
    void stopThread();

    ProjectStore *m_store = nullptr;
    TrainParams m_params;
    State m_state = State::Idle;
    std::shared_ptr<const CellSampleSet> m_samples;
    std::shared_ptr<std::atomic_bool> m_loadCancel;
    DataSplit m_split;
    QThread *m_thread = nullptr;
    Trainer *m_trainer = nullptr;
    qint64 m_runId = 0;
    QString m_modelPath;
    QString m_checkpointPath;
    // resume(): the run and what it was before it resumed (restored when its checkpoint is refused).
    qint64 m_resumeRunId = 0;
    QString m_resumedStatus;
    QJsonObject m_resumedSummary;
};

} // namespace wbc
