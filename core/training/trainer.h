#pragma once

#include "training/cellsamples.h"
#include "dataset/datasplit.h"
#include "training/imagepipeline.h"
#include "training/metrics.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "base/task.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <memory>
#include <optional>
#include <vector>

namespace wbc {

enum class OptimizerKind { Adam, AdamW, Sgd };
enum class LrSchedule { Constant, OneCycle, Cosine };

// Everything a training run depends on. Defaults are the project's recipe (docs/BENCHMARKS.md).
struct TrainParams
{
    Task task = Task::Binary;
    ModelArch arch = ModelArch::WbcNet;
    int epochs = 20;
    int perClass = 300; // augmented samples per class and epoch (balanced, with replacement)
    int batch = 32;
    OptimizerKind optimizer = OptimizerKind::AdamW;
    double lr = 2e-3; // peak learning rate
    LrSchedule schedule = LrSchedule::OneCycle;
    double warmupFraction = 0.15; // of all steps, linear warm-up (one-cycle and cosine)
    double weightDecay = 5e-4;
    double momentum = 0.9; // SGD only
    double labelSmoothing = 0.05;
    bool testFlips = true; // validation averages the four flips, as prediction does (networks.h)
    double valFraction = 0.2;
    quint64 seed = 1;
    QString device = QStringLiteral("auto");
    QString deviceUsed; // what device resolved to when the run began ("cpu", "cuda"); recorded
    int threads = 0;             // compute threads, 0 = the machine's
    int patience = 0;            // early stopping on validation loss after this many bad epochs; 0 = off
    bool restoreBest = true;     // end with the weights of the epoch with the lowest validation loss
    QString checkpointPath;      // written every epoch when set (checkpointfile.h)
    bool resume = true;          // continue from checkpointPath when it exists and is trusted
    AugmentParams augment;
    CellCropParams crop;
    bool singleCellFields = false; // train only on fields with exactly one white cell (the seed's)

    QJsonObject toJson() const;
    // Reads toJson() back (a run's recorded params), every field checked; nullopt and *error
    // otherwise.
    static std::optional<TrainParams> fromJson(const QJsonObject &json, QString *error);
};

QString optimizerName(OptimizerKind kind);
std::optional<OptimizerKind> parseOptimizer(QStringView text);
QString scheduleName(LrSchedule schedule);
std::optional<LrSchedule> parseSchedule(QStringView text);
// Learning rate at step (0-based) of total steps.
double scheduledLr(const TrainParams &params, qint64 step, qint64 totalSteps);

struct BatchReport
{
    int epoch = 0; // 1-based
    int batch = 0; // 1-based within the epoch
    int batches = 0;
    double loss = 0.0;            // this batch
    double runningAccuracy = 0.0; // over the epoch so far
    double imagesPerSecond = 0.0; // over the epoch so far
    double lr = 0.0;
};

struct EpochReport
{
    int epoch = 0; // 1-based
    int epochs = 0;
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;
    bool hasValidation = false;
    double valLoss = 0.0;
    ConfusionMatrix confusion; // validation, rows truth
    std::vector<int> valPredicted; // predicted class per validation sample, in split order
    double lr = 0.0;           // at the end of the epoch
    double seconds = 0.0;
    double etaSeconds = 0.0;
    double imagesPerSecond = 0.0;
    bool best = false; // lowest validation loss so far

    double valAccuracy() const { return confusion.accuracy(); }
    double balancedAccuracy() const { return confusion.balancedAccuracy(); }
    QJsonObject toJson(const QStringList &classNames) const;
};

struct TrainResult
{
    bool ok = false;
    bool cancelled = false;
    bool checkpointRefused = false; // error is "FILE: checkpoint refused: REASON"; nothing ran
    QString error;
    int epochsRun = 0;  // including epochs restored from a checkpoint
    int resumedFrom = 0; // epochs read from the checkpoint
    int bestEpoch = 0;  // whose weights the model holds
    std::vector<EpochReport> history;
    ModelFile model;
    DataSplit split;
    QString device;
    double seconds = 0.0;
    double computeSeconds = 0.0; // forward + backward + step only
    qint64 trainImages = 0;      // augmented images trained on in this session
};

// Trains a classifier on cropped cell samples. A worker: create it, set params and data, move
// it to a QThread and invoke run() (results arrive through queued signals), or call train() on
// the current thread. cancel() and setPaused() are thread-safe; a cancel takes effect after the
// batch in flight. Deterministic for a seed (same thread count): a run resumed from its
// checkpoint ends with the same weights as an uninterrupted one.
//
// A checkpoint (params().checkpointPath, written after every epoch) resumes a run only when it
// is trusted: with setRecordedCheckpoint() (a project's record) its SHA-256 must be the recorded
// one before it is parsed at all; without, its own header, sizes and hash trailer must check out.
// Either way its run fingerprint (params and split), architecture and optimizer must be this
// run's, and every tensor's name and size that of this run's network before anything is copied.
// A checkpoint that is not trusted fails the run (TrainResult::checkpointRefused).
class Trainer : public QObject
{
    Q_OBJECT

public:
    explicit Trainer(QObject *parent = nullptr);
    ~Trainer() override;

    void setParams(const TrainParams &params) { m_params = params; }
    const TrainParams &params() const { return m_params; }
    // The samples (shared, read-only) and which of them train and validate.
    void setData(std::shared_ptr<const CellSampleSet> samples, DataSplit split);
    // The SHA-256 (raw bytes) a project recorded for the checkpoint; empty: it recorded none.
    void setRecordedCheckpoint(const QByteArray &sha256) { m_recordedCheckpoint = sha256; }

    // Thread-safe; a paused run sleeps on a condition until resumed or cancelled.
    void cancel();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Runs on the calling thread, emitting the signals there.
    TrainResult train();

public Q_SLOTS:
    // For a worker thread: train(), then finished(), checkpointRefused() or failed().
    void run();

Q_SIGNALS:
    void batchFinished(const wbc::BatchReport &report);
    // After the epoch's checkpoint was written (checkpointWritten() comes first).
    void epochFinished(const wbc::EpochReport &report);
    // The checkpoint of an epoch is complete on disk: its path and SHA-256, for a project to
    // record (on its own thread, through a queued connection).
    void checkpointWritten(const QString &path, const QByteArray &sha256);
    void finished(const wbc::TrainResult &result);
    void checkpointRefused(const QString &message);
    void failed(const QString &message);

private:
    TrainParams m_params;
    std::shared_ptr<const CellSampleSet> m_samples;
    DataSplit m_split;
    std::optional<QByteArray> m_recordedCheckpoint;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_paused{false};
    // std:: rather than QMutex/QWaitCondition: ThreadSanitizer sees through these (Qt's own
    // wait, inside the uninstrumented library, looks like a double lock to it).
    std::mutex m_pauseMutex;
    std::condition_variable m_resumed;
};

} // namespace wbc

Q_DECLARE_METATYPE(wbc::BatchReport)
Q_DECLARE_METATYPE(wbc::EpochReport)
Q_DECLARE_METATYPE(wbc::TrainResult)
