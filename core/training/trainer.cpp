#include "training/trainer.h"

#include "engine/model.h"
#include "engine/training.h"
#include "training/checkpointfile.h"
#include "training/trainercheckpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <opencv2/core.hpp>

#include <cmath>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

using engine::mixSeed;

struct Batch
{
    std::vector<std::uint8_t> images; // N x H x W x 3 RGB
    std::vector<std::int64_t> labels; // N
    int count() const { return int(labels.size()); }
};

// Copies (and, with an augmenter, augments) the crops of `indices` into one batch. Each image's
// augmentation draws from its own generator seeded by (seed, epoch, position), so a batch is the
// same whichever thread makes it and whenever.
Batch makeBatch(const CellSampleSet &set,
                const std::vector<int> &indices,
                qsizetype begin,
                qsizetype end,
                const Augmenter *augmenter,
                std::uint64_t epochSeed)
{
    const int n = int(end - begin);
    Batch b;
    b.images.resize(size_t(n) * engine::kInputBytes);
    b.labels.resize(size_t(n));
    auto *labels = b.labels.data();
    for (int i = 0; i < n; ++i) {
        const CellSample &s = set.samples[size_t(indices[size_t(begin + i)])];
        cv::Mat dst(kInputHeight, kInputWidth, CV_8UC3, b.images.data() + size_t(i) * engine::kInputBytes);
        if (augmenter) {
            std::mt19937_64 rng(mixSeed(epochSeed, std::uint64_t(begin + i)));
            augmenter->apply(s.crop.rgb, rng).copyTo(dst);
        } else {
            s.crop.rgb.copyTo(dst);
        }
        labels[i] = s.label;
    }
    return b;
}

std::array<std::array<float, 3>, 2> channelStats(const CellSampleSet &set,
                                                 const std::vector<int> &indices)
{
    engine::ChannelStats stats;
    for (int i : indices) {
        const cv::Mat &img = set.samples[size_t(i)].crop.rgb;
        cv::Scalar mean, stddev;
        cv::meanStdDev(img, mean, stddev);
        const double m[3] = {mean[0], mean[1], mean[2]};
        const double sd[3] = {stddev[0], stddev[1], stddev[2]};
        stats.addMoments(m, sd, double(img.total()));
    }
    return {stats.mean(), stats.std()};
}

engine::OptimizerOptions optimizerOptions(const TrainParams &p)
{
    const engine::OptimizerKind kind = p.optimizer == OptimizerKind::Adam ? engine::OptimizerKind::Adam
                                       : p.optimizer == OptimizerKind::Sgd
                                           ? engine::OptimizerKind::Sgd
                                           : engine::OptimizerKind::AdamW;
    return {kind, p.lr, p.weightDecay, p.momentum};
}

// Loss (plain cross-entropy of the predicted probabilities) and confusion over a sample list,
// without augmentation; with flips, the probabilities are test-time augmented as prediction does.
std::pair<double, ConfusionMatrix> evaluate(engine::Model &model,
                                            const CellSampleSet &set,
                                            const std::vector<int> &indices,
                                            int classCount,
                                            bool flips,
                                            std::vector<int> *predictions = nullptr)
{
    ConfusionMatrix confusion(classCount);
    if (predictions)
        predictions->clear();
    double lossSum = 0.0;
    constexpr int kBatch = 64;
    for (qsizetype begin = 0; begin < qsizetype(indices.size()); begin += kBatch) {
        const qsizetype end = std::min(begin + kBatch, qsizetype(indices.size()));
        const Batch b = makeBatch(set, indices, begin, end, nullptr, 0);
        const std::vector<float> probs = model.probabilities(b.images.data(), b.count(), flips);
        for (int i = 0; i < b.count(); ++i) {
            const float *row = probs.data() + size_t(i) * size_t(classCount);
            const int truth = int(b.labels[size_t(i)]);
            const int predicted = int(std::max_element(row, row + classCount) - row);
            lossSum -= std::log(std::max(double(row[truth]), 1e-12));
            confusion.add(truth, predicted);
            if (predictions)
                predictions->push_back(predicted);
        }
    }
    return {indices.empty() ? 0.0 : lossSum / double(indices.size()), confusion};
}

} // namespace

double scheduledLr(const TrainParams &p, qint64 step, qint64 totalSteps)
{
    const engine::Schedule schedule = p.schedule == LrSchedule::Constant ? engine::Schedule::Constant
                                      : p.schedule == LrSchedule::Cosine ? engine::Schedule::Cosine
                                                                         : engine::Schedule::OneCycle;
    return engine::scheduledLr(schedule, p.lr, p.warmupFraction, step, totalSteps);
}

void Trainer::cancel()
{
    {
        const std::lock_guard lock(m_pauseMutex);
        m_cancel = true;
    }
    m_resumed.notify_all();
}

void Trainer::setPaused(bool paused)
{
    {
        const std::lock_guard lock(m_pauseMutex);
        m_paused = paused;
    }
    m_resumed.notify_all();
}

QJsonObject EpochReport::toJson(const QStringList &classNames) const
{
    QJsonObject o{{QStringLiteral("epoch"), epoch},
                  {QStringLiteral("epochs"), epochs},
                  {QStringLiteral("train_loss"), trainLoss},
                  {QStringLiteral("train_accuracy"), trainAccuracy},
                  {QStringLiteral("lr"), lr},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("eta_seconds"), etaSeconds},
                  {QStringLiteral("images_per_second"), imagesPerSecond},
                  {QStringLiteral("best"), best}};
    if (hasValidation) {
        const QJsonObject m = confusion.toJson(classNames);
        o.insert(QStringLiteral("val_loss"), valLoss);
        o.insert(QStringLiteral("val_accuracy"), m.value(QStringLiteral("accuracy")));
        for (const char *key : {"balanced_accuracy", "macro_f1", "confusion", "per_class"})
            o.insert(QLatin1String(key), m.value(QLatin1String(key)));
    }
    return o;
}

Trainer::Trainer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<BatchReport>();
    qRegisterMetaType<EpochReport>();
    qRegisterMetaType<TrainResult>();
}

Trainer::~Trainer() = default;

void Trainer::setData(std::shared_ptr<const CellSampleSet> samples, DataSplit split)
{
    m_samples = std::move(samples);
    m_split = std::move(split);
}

void Trainer::run()
{
    const TrainResult result = train();
    if (result.ok || result.cancelled)
        Q_EMIT finished(result);
    else if (result.checkpointRefused)
        Q_EMIT checkpointRefused(result.error);
    else
        Q_EMIT failed(result.error);
}

TrainResult Trainer::train()
{
    m_cancel = false;
    TrainResult result;
    const TrainParams &p = m_params;
    result.split = m_split;
    const auto fail = [&](const QString &message) {
        result.error = message;
        return result;
    };
    if (!m_samples || m_split.train.empty())
        return fail(Tr::tr("no training images"));
    if (p.epochs < 1 || p.batch < 1 || p.perClass < 1 || !(p.lr > 0))
        return fail(Tr::tr("epochs, batch, samples per class and learning rate must be positive"));
    const CellSampleSet &set = *m_samples;
    const int classCount = taskClassCount(p.task);
    const QStringList names = taskClassNames(p.task);
    QString error;
    const std::optional<QString> deviceName = resolveComputeDevice(p.device, &error);
    if (!deviceName)
        return fail(error);
    result.device = *deviceName;
    configureComputeThreads(p.threads);

    QElapsedTimer total;
    total.start();
    try {
        engine::Model model(engineArch(p.arch), classCount, engineDevice(*deviceName), p.seed);
        const auto stats = channelStats(set, m_split.train);
        model.setNormalization(stats[0], stats[1]);
        model.startTraining(optimizerOptions(p));
        // A step reads nothing back from the device; the statistics are read after every batch
        // on the CPU (free there) and every kCudaReadEvery batches on a GPU.
        constexpr int kCudaReadEvery = 10;
        const int readEvery = result.device == u"cuda" ? kCudaReadEvery : 1;

        std::vector<int> trainLabels;
        for (int i : m_split.train)
            trainLabels.push_back(set.samples[size_t(i)].label);
        int presentClasses = 0;
        for (int c = 0; c < classCount; ++c)
            presentClasses += std::count(trainLabels.begin(), trainLabels.end(), c) > 0;
        const qint64 epochSize = qint64(presentClasses) * p.perClass;
        const int batches = int((epochSize + p.batch - 1) / p.batch);
        const qint64 totalSteps = qint64(batches) * p.epochs;

        const QString print = runFingerprint(p, m_split, set);
        LoopState state;
        if (!p.checkpointPath.isEmpty() && p.resume && QFile::exists(p.checkpointPath)) {
            QString reason;
            const std::optional<CheckpointFile> checkpoint
                = readCheckpointFile(p.checkpointPath, m_recordedCheckpoint, &error);
            if (!checkpoint || !resumeFrom(*checkpoint, model, p, print, &state, &reason)) {
                result.checkpointRefused = true;
                return fail(checkpoint ? checkpointRefusal(p.checkpointPath, reason) : error);
            }
            result.resumedFrom = state.epoch;
        }

        const Augmenter augmenter(p.augment);
        // The next batch is augmented during this one's compute when a core is left over from
        // the compute threads. Where every core computes (2 cores here), it is augmented between
        // steps instead: a prefetch thread would preempt a compute thread, and the others wait
        // for it at every parallel region (wbcnet ran at 70-85 % of its pure compute that way,
        // 90-100 % without).
        const bool spareCore = QThread::idealThreadCount() > computeThreads();
        QThreadPool prefetchPool;
        prefetchPool.setMaxThreadCount(1);
        double computeSeconds = 0.0;
        QElapsedTimer sessionTimer;
        sessionTimer.start();
        int epochsThisSession = 0;

        while (state.epoch < p.epochs) {
            const int epoch = state.epoch + 1;
            QElapsedTimer epochTimer;
            epochTimer.start();
            engine::manualSeed(mixSeed(p.seed, std::uint64_t(epoch))); // dropout stream of the epoch
            const std::uint64_t epochSeed = mixSeed(p.seed ^ 0x5eedULL, std::uint64_t(epoch));
            std::vector<int> order = balancedEpoch(trainLabels, classCount, p.perClass, epochSeed);
            for (int &i : order)
                i = m_split.train[size_t(i)];
            const auto prefetch = [&](int b) {
                const qsizetype begin = qsizetype(b) * p.batch;
                const qsizetype end = std::min(begin + p.batch, qsizetype(order.size()));
                if (!spareCore)
                    return QtFuture::makeReadyFuture(
                        makeBatch(set, order, begin, end, &augmenter, epochSeed));
                return QtConcurrent::run(&prefetchPool, [&, begin, end] {
                    return makeBatch(set, order, begin, end, &augmenter, epochSeed);
                });
            };
            QFuture<Batch> next = prefetch(0);
            double lossSum = 0.0;
            qint64 seen = 0;
            qint64 right = 0;
            for (int b = 0; b < batches; ++b) {
                Batch batch = next.result();
                if (b + 1 < batches)
                    next = prefetch(b + 1);
                const double lr = scheduledLr(p, qint64(state.epoch) * batches + b, totalSteps);
                QElapsedTimer compute;
                compute.start();
                model.trainStep(batch.images.data(), batch.labels.data(), batch.count(), lr,
                                p.labelSmoothing);
                const bool read = (b + 1) % readEvery == 0 || b + 1 == batches;
                const engine::StepStats stats = read ? model.stepStats() : engine::StepStats{};
                computeSeconds += compute.nsecsElapsed() / 1e9;
                result.trainImages += batch.count();
                // A report only where the statistics were read back.
                if (read && (!std::isfinite(stats.lastLoss) || !std::isfinite(stats.lossSum))) {
                    next.waitForFinished();
                    const double bad = std::isfinite(stats.lastLoss) ? stats.lossSum : stats.lastLoss;
                    return fail(
                        Tr::tr("training diverged: the loss became %1 in epoch %2, batch %3; "
                               "lower the learning rate")
                            .arg(std::isnan(bad) ? QStringLiteral("NaN")
                                                 : QStringLiteral("infinite"))
                            .arg(epoch)
                            .arg(b + 1));
                }
                if (read) {
                    right += stats.correct;
                    seen += stats.images;
                    lossSum += stats.lossSum;
                    BatchReport report;
                    report.epoch = epoch;
                    report.batch = b + 1;
                    report.batches = batches;
                    report.loss = stats.lastLoss;
                    report.runningAccuracy = double(right) / double(std::max<qint64>(seen, 1));
                    report.imagesPerSecond = seen
                                             / std::max(epochTimer.nsecsElapsed() / 1e9, 1e-9);
                    report.lr = lr;
                    Q_EMIT batchFinished(report);
                }
                {
                    std::unique_lock lock(m_pauseMutex);
                    m_resumed.wait(lock, [this] { return !m_paused || m_cancel; });
                }
                if (m_cancel) {
                    next.waitForFinished();
                    result.cancelled = true;
                    result.error = Tr::tr("cancelled");
                    break;
                }
            }
            if (result.cancelled)
                break;

            EpochReport report;
            report.epoch = epoch;
            report.epochs = p.epochs;
            report.trainLoss = lossSum / double(std::max<qint64>(seen, 1));
            report.trainAccuracy = double(right) / double(std::max<qint64>(seen, 1));
            report.lr = scheduledLr(p, qint64(epoch) * batches - 1, totalSteps);
            report.confusion = ConfusionMatrix(classCount);
            if (!m_split.validation.empty()) {
                auto [valLoss, confusion] = evaluate(model, set, m_split.validation, classCount,
                                                     p.testFlips, &report.valPredicted);
                report.hasValidation = true;
                report.valLoss = valLoss;
                report.confusion = confusion;
                if (valLoss < state.bestValLoss) {
                    state.bestValLoss = valLoss;
                    state.bestEpoch = epoch;
                    state.badEpochs = 0;
                    report.best = true;
                    if (p.restoreBest)
                        state.bestWeights = model.weights();
                } else {
                    ++state.badEpochs;
                }
            }
            report.seconds = epochTimer.nsecsElapsed() / 1e9;
            report.imagesPerSecond = seen / std::max(report.seconds, 1e-9);
            ++epochsThisSession;
            report.etaSeconds = sessionTimer.nsecsElapsed() / 1e9 / epochsThisSession
                                * (p.epochs - epoch);
            state.epoch = epoch;
            state.history.push_back(report);
            const bool stop = p.patience > 0 && report.hasValidation
                              && state.badEpochs >= p.patience;
            if (!p.checkpointPath.isEmpty()) {
                QByteArray sha256;
                if (!saveCheckpoint(p.checkpointPath, model, p, state, print, &sha256, &error))
                    return fail(error);
                Q_EMIT checkpointWritten(p.checkpointPath, sha256);
            }
            Q_EMIT epochFinished(report);
            if (stop)
                break;
        }

        result.history = state.history;
        result.epochsRun = state.epoch;
        result.bestEpoch = state.epoch;
        if (p.restoreBest && !state.bestWeights.empty()) {
            std::string why;
            if (!model.setWeights(state.bestWeights, &why))
                return fail(QString::fromStdString(why));
            result.bestEpoch = state.bestEpoch;
        }
        result.computeSeconds = computeSeconds;

        ModelHeader &h = result.model.header;
        h.arch = modelArchName(p.arch);
        h.task = p.task;
        h.classNames = names;
        h.inputWidth = kInputWidth;
        h.inputHeight = kInputHeight;
        h.mean = stats[0];
        h.std = stats[1];
        h.crop = p.crop;
        h.trainingParams = p.toJson();
        h.trainingParams.remove(QStringLiteral("checkpoint"));
        h.trainingParams.remove(QStringLiteral("resume"));
        h.trainingParams.insert(QStringLiteral("device_used"), result.device);
        h.trainingParams.insert(QStringLiteral("device_name"),
                                computeDeviceDescription(result.device));
        QJsonObject metrics{{QStringLiteral("epochs_run"), result.epochsRun},
                            {QStringLiteral("best_epoch"), result.bestEpoch},
                            {QStringLiteral("train_images"), int(m_split.train.size())},
                            {QStringLiteral("validation_images"), int(m_split.validation.size())}};
        for (const EpochReport &e : state.history) {
            if (e.epoch == result.bestEpoch)
                metrics.insert(QStringLiteral("epoch"), e.toJson(names));
        }
        h.metrics = metrics;
        h.appVersion = QStringLiteral(WBC_VERSION);
        h.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        result.model.weights = model.weights();
    } catch (const std::exception &e) {
        return fail(
            Tr::tr("training failed: %1").arg(QString::fromUtf8(e.what()).section(u'\n', 0, 0)));
    }
    result.seconds = total.nsecsElapsed() / 1e9;
    result.ok = !result.cancelled;
    return result;
}

} // namespace wbc
