#include "training/trainingjob.h"

#include "training/models.h"

#include "project/sharedsession.h"

#include "training/checkpointfile.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingJob)
};

} // namespace

TrainingJob::TrainingJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<wbc::BatchReport>();
    qRegisterMetaType<wbc::EpochReport>();
    qRegisterMetaType<wbc::TrainResult>();
}

TrainingJob::~TrainingJob()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    stopThread();
}

QString TrainingJob::modelDir(const ProjectStore &store)
{
    if (store.isShared())
        return store.baseDir().filePath(QStringLiteral("wbc-models/") + store.location().database);
    return store.path() + QStringLiteral(".models");
}

std::vector<int> TrainingJob::usableCounts(const ProjectStore &store, Task task,
                                           bool singleCellFields)
{
    return trainableCellCounts(store, task, singleCellFields);
}

QString TrainingJob::checkpointPath(const ProjectStore &store, qint64 runId)
{
    return QDir(modelDir(store)).filePath(QStringLiteral("run-%1.checkpoint").arg(runId));
}

QString TrainingJob::checkpointRecordKey(qint64 runId)
{
    return QStringLiteral("checkpoint_sha256:run-%1").arg(runId);
}

QString TrainingJob::resumeProblem(const ProjectStore &store, const RunInfo &run)
{
    if (run.status != u"interrupted" && run.status != u"cancelled")
        return Tr::tr("Only an interrupted or cancelled run can resume");
    const QString path = checkpointPath(store, run.id);
    if (!QFileInfo::exists(path))
        return Tr::tr("%1: the run has no checkpoint to resume from").arg(path);
    QString error;
    const QByteArray recorded
        = QByteArray::fromHex(store.meta(checkpointRecordKey(run.id)).toLatin1());
    if (!readCheckpointHeader(path, recorded, &error))
        return error;
    return {};
}

QStringList TrainingJob::classNames() const
{
    return taskClassNames(m_params.task);
}

bool TrainingJob::isRunning() const
{
    return m_state == State::Loading || m_state == State::Training || m_state == State::Paused;
}

QString TrainingJob::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return Tr::tr("Ready");
    case State::Loading:
        return Tr::tr("Preparing images");
    case State::Training:
        return Tr::tr("Training");
    case State::Paused:
        return Tr::tr("Paused");
    case State::Finished:
        return Tr::tr("Finished");
    case State::Cancelled:
        return Tr::tr("Cancelled");
    case State::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

void TrainingJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool TrainingJob::canStart(ProjectStore *store, QString *error) const
{
    if (isRunning()) {
        if (error)
            *error = Tr::tr("A training run is already in progress");
        return false;
    }
    if (!store || !store->isOpen() || store->isReadOnly()) {
        if (error)
            *error = Tr::tr("Open a writable project first");
        return false;
    }
    return true;
}

bool TrainingJob::start(ProjectStore *store, const TrainParams &params, QString *error)
{
    if (!canStart(store, error))
        return false;
    m_resumeRunId = 0;
    load(store, params);
    return true;
}

bool TrainingJob::resume(ProjectStore *store, qint64 runId, QString *error)
{
    if (!canStart(store, error))
        return false;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<RunInfo> run = RunHistory(*store).run(runId);
    if (!run)
        return fail(Tr::tr("The project has no run %1").arg(runId));
    const QString problem = resumeProblem(*store, *run);
    if (!problem.isEmpty())
        return fail(problem);
    QString reason;
    const std::optional<TrainParams> params = TrainParams::fromJson(run->params, &reason);
    if (!params)
        return fail(Tr::tr("Run %1 cannot resume: %2").arg(runId).arg(reason));
    m_resumeRunId = runId;
    m_resumedStatus = run->status;
    m_resumedSummary = run->summary;
    load(store, *params);
    return true;
}

void TrainingJob::load(ProjectStore *store, const TrainParams &params)
{
    stopThread();
    m_store = store;
    m_params = params;
    m_samples.reset();
    m_split = {};
    m_runId = 0;
    m_modelPath.clear();
    m_checkpointPath.clear();
    m_loadCancel = std::make_shared<std::atomic_bool>(false);
    setState(State::Loading);

    const QString projectPath = store->path();
    const auto cancel = m_loadCancel;
    auto *watcher = new QFutureWatcher<std::shared_ptr<CellSampleSet>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<CellSampleSet>>::progressValueChanged, this,
            [this, watcher](int v) { Q_EMIT loadingProgress(v, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<std::shared_ptr<CellSampleSet>>::finished, this,
            [this, watcher] {
                const auto samples = watcher->result();
                watcher->deleteLater();
                samplesLoaded(samples);
            });
    watcher->setFuture(QtConcurrent::run([projectPath, params, cancel](
                                             QPromise<std::shared_ptr<CellSampleSet>> &promise) {
        auto set = std::make_shared<CellSampleSet>();
        ProjectStore own;
        // A shared project: as the person who opened it (password, image folder).
        if (!SharedSession::open(own, projectPath, ProjectStore::OpenMode::OpenExisting,
                                 &set->error)) {
            promise.addResult(set);
            return;
        }
        CellSampleLoader loader(params.task, params.crop);
        loader.setSingleCellFields(params.singleCellFields);
        loader.setCancelFlag(cancel.get());
        loader.setProgress([&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        });
        *set = loader.load(own);
        promise.addResult(set);
    }));
}

void TrainingJob::samplesLoaded(std::shared_ptr<CellSampleSet> samples)
{
    if (!m_store) {
        setState(State::Failed);
        return;
    }
    if (samples->cancelled || m_loadCancel->load()) {
        setState(State::Cancelled);
        return;
    }
    if (!samples->error.isEmpty()) {
        setState(State::Failed);
        Q_EMIT failed(samples->error);
        return;
    }
    const std::vector<int> counts = samples->classCounts();
    const QStringList names = classNames();
    for (size_t c = 0; c < counts.size(); ++c) {
        if (counts[c] < kMinimumPerClass) {
            setState(State::Failed);
            Q_EMIT failed(
                Tr::tr("Class %1 has %2 labelled white cells; at least 2 are needed to "
                       "train and validate")
                    .arg(names.value(int(c)))
                    .arg(counts[c]));
            return;
        }
    }
    m_samples = samples;
    QString splitWarning;
    m_split = validationSplit(*samples, m_params.valFraction, m_params.seed, &splitWarning);
    if (!splitWarning.isEmpty())
        Q_EMIT warning(splitWarning);
    if (m_resumeRunId) {
        m_runId = m_resumeRunId;
        if (!RunRecorder(*m_store).resume(m_runId)) {
            setState(State::Failed);
            Q_EMIT failed(Tr::tr("%1: cannot record the run: %2")
                              .arg(m_store->path(), m_store->lastError()));
            return;
        }
        launch(true);
    } else if (beginRun()) {
        launch(false);
    }
}

bool TrainingJob::beginRun()
{
    // The run records the device its parameters resolve to here (auto: the GPU when there is one).
    m_params.deviceUsed = resolveComputeDevice(m_params.device).value_or(QString());
    m_runId = RunRecorder(*m_store).begin(m_params, m_split.toJson(m_samples->cellIds()));
    if (m_runId == 0) {
        setState(State::Failed);
        Q_EMIT failed(
            Tr::tr("%1: cannot record the run: %2").arg(m_store->path(), m_store->lastError()));
        return false;
    }
    return true;
}

void TrainingJob::launch(bool resume)
{
    const QString dir = modelDir(*m_store);
    QDir().mkpath(dir);
    m_modelPath = QDir(dir).filePath(QStringLiteral("run-%1.wbcmodel").arg(m_runId));
    m_checkpointPath = checkpointPath(*m_store, m_runId);
    const QString recordKey = checkpointRecordKey(m_runId);
    if (!resume) {
        // A new run has no checkpoint yet: a file under its name (run ids are predictable) was
        // not written for it, nor is a record an earlier run of the same id left.
        m_store->setMeta(recordKey, QString());
        QString refusal;
        if (QFileInfo::exists(m_checkpointPath)
            && !readCheckpointHeader(m_checkpointPath, QByteArray(), &refusal))
            Q_EMIT warning(refusal);
    }
    TrainParams params = m_params;
    params.checkpointPath = m_checkpointPath;
    params.resume = resume;

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("training"));
    m_trainer = new Trainer;
    m_trainer->setParams(params);
    m_trainer->setData(m_samples, m_split);
    m_trainer->setRecordedCheckpoint(QByteArray::fromHex(m_store->meta(recordKey).toLatin1()));
    m_trainer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_trainer, &QObject::deleteLater);
    connect(m_thread, &QThread::started, m_trainer, &Trainer::run);
    connect(m_trainer, &Trainer::batchFinished, this, &TrainingJob::batchFinished);
    // Queued: the project records on its own thread, in the order the worker reports.
    connect(m_trainer, &Trainer::checkpointWritten, this,
            [this, recordKey](const QString &, const QByteArray &sha256) {
                if (m_store)
                    m_store->setMeta(recordKey, QString::fromLatin1(sha256.toHex()));
            });
    connect(m_trainer, &Trainer::epochFinished, this, [this](const EpochReport &r) {
        if (m_store)
            RunRecorder(*m_store).addEpoch(m_runId, r, classNames());
        Q_EMIT epochFinished(r);
    });
    connect(m_trainer, &Trainer::finished, this, &TrainingJob::trainingFinished);
    connect(m_trainer, &Trainer::checkpointRefused, this, &TrainingJob::checkpointRefused);
    connect(m_trainer, &Trainer::failed, this, &TrainingJob::trainingFailed);
    setState(State::Training);
    m_thread->start();
}

void TrainingJob::checkpointRefused(const QString &message)
{
    stopThread();
    Q_EMIT warning(message);
    if (!m_store) {
        setState(State::Failed);
        return;
    }
    if (m_resumeRunId) {
        // The run stays as it was (its checkpoint may be looked at); a new one starts.
        RunRecorder(*m_store).finish(m_resumeRunId, m_resumedStatus, m_resumedSummary);
        m_resumeRunId = 0;
        if (!beginRun())
            return;
    }
    launch(false);
}

void TrainingJob::trainingFinished(const TrainResult &result)
{
    stopThread();
    if (!m_store) {
        setState(State::Failed);
        return;
    }
    RunRecorder recorder(*m_store);
    QJsonObject summary{{QStringLiteral("epochs"), result.epochsRun},
                        {QStringLiteral("best_epoch"), result.bestEpoch},
                        {QStringLiteral("seconds"), result.seconds},
                        {QStringLiteral("device"), result.device}};
    for (const EpochReport &e : result.history) {
        if (e.epoch == result.bestEpoch && e.hasValidation) {
            summary.insert(QStringLiteral("val_accuracy"), e.valAccuracy());
            summary.insert(QStringLiteral("balanced_accuracy"), e.balancedAccuracy());
        }
    }
    if (result.cancelled) {
        recorder.finish(m_runId, QStringLiteral("cancelled"), summary);
        setState(State::Cancelled);
        Q_EMIT finished(result);
        return;
    }
    QString error;
    if (!writeModelFile(m_modelPath, result.model, &error)) {
        recorder.finish(m_runId, QStringLiteral("failed"), summary);
        setState(State::Failed);
        Q_EMIT failed(error);
        return;
    }
    recorder.addModel(m_runId, m_modelPath, result.model.header);
    recorder.finish(m_runId, QStringLiteral("finished"), summary);
    // The model file holds the result: the checkpoint has served (a cancelled run keeps its).
    QFile::remove(m_checkpointPath);
    m_store->setMeta(checkpointRecordKey(m_runId), QString());
    setState(State::Finished);
    Q_EMIT finished(result);
}

void TrainingJob::trainingFailed(const QString &message)
{
    stopThread();
    if (m_store && m_runId)
        RunRecorder(*m_store).finish(m_runId, QStringLiteral("failed"),
                                     {{QStringLiteral("error"), message}});
    setState(State::Failed);
    Q_EMIT failed(message);
}

void TrainingJob::setPaused(bool paused)
{
    if (!m_trainer || (m_state != State::Training && m_state != State::Paused))
        return;
    m_trainer->setPaused(paused);
    setState(paused ? State::Paused : State::Training);
}

void TrainingJob::cancel()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    if (m_trainer) {
        m_trainer->setPaused(false);
        m_trainer->cancel();
    }
}

void TrainingJob::stopThread()
{
    if (!m_thread)
        return;
    if (m_trainer) {
        m_trainer->setPaused(false);
        m_trainer->cancel();
    }
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the trainer was deleted by the finished() connection
    m_thread = nullptr;
    m_trainer = nullptr;
}

} // namespace wbc
