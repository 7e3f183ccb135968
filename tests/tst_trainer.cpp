#include "training/cellsamples.h"
#include "training/checkpointfile.h"
#include "review/classifier.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"
#include "training/trainer.h"
#include "detection/wbcdetector.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace wbc;

namespace {

// Cropped synthetic cells, the task's classes in turn (drawn boxes, no detector: fast).
std::shared_ptr<CellSampleSet> syntheticSamples(Task task, int count, quint64 seed)
{
    auto set = std::make_shared<CellSampleSet>();
    set->task = task;
    const QList<CellClass> classes{CellClass::Neutrophil,
                                   CellClass::Lymphocyte,
                                   CellClass::Eosinophil,
                                   CellClass::Monocyte};
    const WbcDetector detector;
    for (int i = 0; i < count; ++i) {
        SmearSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.wbcs = {classes.at(i % classes.size())};
        const SyntheticSmear smear = generateSmear(seed + quint64(i), spec);
        CellSample s;
        s.imageId = i + 1;
        s.cellClass = spec.wbcs.front();
        s.label = taskClassIndex(task, s.cellClass);
        s.crop = cropCell(smear.bgr, detector, {smear.wbcs.front().box}, {0.25, false});
        set->samples.push_back(s);
    }
    return set;
}

TrainParams smallParams()
{
    TrainParams p;
    p.task = Task::Binary;
    p.arch = ModelArch::WbcNet;
    p.epochs = 3;
    p.perClass = 48;
    p.batch = 16;
    p.lr = 3e-3;
    p.valFraction = 0.25;
    p.seed = 11;
    p.device = "cpu";
    // One compute thread leaves a core spare on a multi-core machine, so these runs take the
    // prefetch thread's path (the one the TSan run checks); with all cores computing, the
    // Trainer augments between steps.
    p.threads = 1;
    return p;
}

// A trainer on its own thread, as the GUI runs it: counts batches on the worker, and receives
// the result through a queued signal.
struct ThreadedRun
{
    Trainer *trainer = new Trainer; // deleted with the thread
    QThread thread;
    QObject context; // lives on the test's thread
    std::atomic_int batches{0};
    bool done = false;
    TrainResult result;

    ThreadedRun(const TrainParams &params, quint64 seed)
    {
        const auto samples = syntheticSamples(params.task, 16, seed);
        trainer->setParams(params);
        trainer->setData(samples, stratifiedSplit(samples->labels(), 0.25, 1));
        trainer->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, trainer, &QObject::deleteLater);
        QObject::connect(trainer, &Trainer::batchFinished, trainer, [this] { ++batches; },
                         Qt::DirectConnection);
        QObject::connect(trainer, &Trainer::finished, &context, [this](const TrainResult &r) {
            result = r;
            done = true;
        });
    }
    ~ThreadedRun()
    {
        trainer->cancel();
        thread.quit();
        thread.wait();
    }
    void start()
    {
        thread.start();
        QMetaObject::invokeMethod(trainer, &Trainer::run, Qt::QueuedConnection);
    }
};

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

    // A LeNet run cancelled in its second epoch: its samples, split, params and the checkpoint
    // it left after epoch 1. Made once.
    struct ShortRun
    {
        std::shared_ptr<CellSampleSet> samples;
        DataSplit split;
        TrainParams params;
        QByteArray checkpoint;
    };
    std::optional<ShortRun> m_shortRun;

    const ShortRun &shortRun()
    {
        if (m_shortRun)
            return *m_shortRun;
        ShortRun run;
        run.samples = syntheticSamples(Task::Binary, 16, 500);
        run.params = smallParams();
        run.params.arch = ModelArch::LeNet;
        run.params.epochs = 2;
        run.params.perClass = 16;
        run.split = stratifiedSplit(run.samples->labels(), 0.25, 1);
        QTemporaryDir dir;
        TrainParams p = run.params;
        p.checkpointPath = dir.filePath("short.checkpoint");
        Trainer trainer;
        trainer.setParams(p);
        trainer.setData(run.samples, run.split);
        connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchReport &b) {
            if (b.epoch == 2)
                trainer.cancel();
        });
        const TrainResult r = trainer.train();
        if (!r.cancelled)
            qFatal("the short run was not cancelled: %s", qPrintable(r.error));
        run.checkpoint = test::readFile(p.checkpointPath);
        m_shortRun = run;
        return *m_shortRun;
    }

private Q_SLOTS:
    void learnsSyntheticCells()
    {
        const auto samples = syntheticSamples(Task::Binary, 48, 100);
        TrainParams p = smallParams();
        p.epochs = 4;
        p.perClass = 96;
        Trainer trainer;
        trainer.setParams(p);
        trainer.setData(samples, stratifiedSplit(samples->labels(), p.valFraction, p.seed));
        QSignalSpy batches(&trainer, &Trainer::batchFinished);
        QSignalSpy epochs(&trainer, &Trainer::epochFinished);
        const TrainResult r = trainer.train();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(epochs.size(), 4);
        QCOMPARE(batches.size(), 4 * 12);
        const EpochReport last = r.history.back();
        QVERIFY(last.hasValidation);
        QCOMPARE(last.confusion.total(), 12);
        QVERIFY2(r.history[size_t(r.bestEpoch - 1)].valAccuracy() >= 0.9,
                 qPrintable(QString::number(last.valAccuracy())));
        QVERIFY(last.trainAccuracy > 0.85);
        QVERIFY(last.lr < p.lr / 100); // one-cycle annealed
        // The model file records the device the run used, in the user's words too.
        QCOMPARE(r.model.header.trainingParams.value("device_used").toString(), QStringLiteral("cpu"));
        QVERIFY(r.model.header.trainingParams.value("device_name").toString().startsWith("CPU"));

        // The model file predicts what the trainer validated.
        Classifier classifier;
        QString error;
        QVERIFY2(classifier.setModel(r.model, &error, "cpu"), qPrintable(error));
        std::vector<cv::Mat> crops;
        for (int i : r.split.validation)
            crops.push_back(samples->samples[size_t(i)].crop.rgb);
        const auto probs = classifier.predict(crops);
        int right = 0;
        for (size_t i = 0; i < probs.size(); ++i)
            right += int(probs[i][1] > probs[i][0]) == samples->samples[size_t(r.split.validation[i])].label;
        QCOMPARE(right, r.history[size_t(r.bestEpoch - 1)].confusion.count(0, 0)
                            + r.history[size_t(r.bestEpoch - 1)].confusion.count(1, 1));
    }

    void resumeGivesTheSameResult_data()
    {
        // Each optimizer's state goes through the checkpoint as plain tensors.
        QTest::addColumn<int>("optimizer");
        QTest::newRow("adamw") << int(OptimizerKind::AdamW);
        QTest::newRow("adam") << int(OptimizerKind::Adam);
        QTest::newRow("sgd") << int(OptimizerKind::Sgd);
    }
    void resumeGivesTheSameResult()
    {
        QFETCH(int, optimizer);
        const auto samples = syntheticSamples(Task::Four, 24, 200);
        TrainParams p = smallParams();
        p.task = Task::Four;
        p.perClass = 16;
        p.valFraction = 0.25;
        p.optimizer = OptimizerKind(optimizer);
        const DataSplit split = stratifiedSplit(samples->labels(), p.valFraction, p.seed);
        QTemporaryDir dir;

        p.checkpointPath = dir.filePath("whole.ckpt");
        Trainer whole;
        whole.setParams(p);
        whole.setData(samples, split);
        const TrainResult a = whole.train();
        QVERIFY2(a.ok, qPrintable(a.error));

        p.checkpointPath = dir.filePath("interrupted.ckpt");
        Trainer first;
        first.setParams(p);
        first.setData(samples, split);
        connect(&first, &Trainer::batchFinished, &first, [&](const BatchReport &b) {
            if (b.epoch == 2 && b.batch == 2)
                first.cancel();
        });
        QSignalSpy written(&first, &Trainer::checkpointWritten);
        const TrainResult cancelled = first.train();
        QVERIFY(cancelled.cancelled);
        QCOMPARE(int(cancelled.history.size()), 1);
        // The project's own format (no TorchScript archive), and the hash reported is the file's.
        const QByteArray bytes = test::readFile(p.checkpointPath);
        QVERIFY(bytes.startsWith("WBCCHKPT"));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toString(), p.checkpointPath);
        QCOMPARE(written.first().at(1).toByteArray(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));

        Trainer second;
        second.setParams(p);
        second.setData(samples, split);
        QSignalSpy epochs(&second, &Trainer::epochFinished);
        const TrainResult b = second.train();
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.resumedFrom, 1);
        QCOMPARE(epochs.size(), 2);
        QCOMPARE(b.history.size(), a.history.size());
        QCOMPARE(b.bestEpoch, a.bestEpoch);
        for (size_t e = 0; e < a.history.size(); ++e)
            QCOMPARE(b.history[e].valLoss, a.history[e].valLoss);
        QCOMPARE(b.model.weights.size(), a.model.weights.size());
        for (size_t i = 0; i < a.model.weights.size(); ++i)
            QVERIFY2(b.model.weights[i].values == a.model.weights[i].values,
                     a.model.weights[i].name.c_str());

        // A checkpoint of other params is refused, not silently mixed in.
        p.lr *= 2;
        Trainer other;
        other.setParams(p);
        other.setData(samples, split);
        const TrainResult c = other.train();
        QVERIFY(!c.ok);
        QVERIFY(c.checkpointRefused);
        QCOMPARE(c.error, p.checkpointPath
                              + ": checkpoint refused: it belongs to a run with other parameters "
                                "or data");
    }

    // A checkpoint whose header, sizes and hash trailer check out is still refused, before any
    // tensor is copied, when its tensors are not those of the run's network and optimizer.
    void refusesCheckpointsThatDoNotFit_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weight missing") << "weight missing"
                                        << "its weights do not fit the lenet network: 11 tensors "
                                           "where the network has 12";
        QTest::newRow("best weight reshaped")
            << "best weight reshaped" << "tensor \"conv1.weight\" has another shape";
        QTest::newRow("best weight extra") << "best weight extra" << "13 tensors where";
        QTest::newRow("optimizer tensor reshaped")
            << "optimizer tensor reshaped" << "has another shape than its parameter";
        QTest::newRow("optimizer tensor unknown")
            << "optimizer tensor unknown" << "no optimizer tensor \"fc9.weight/exp_avg\"";
        QTest::newRow("optimizer state incomplete")
            << "optimizer state incomplete" << "the optimizer state is incomplete";
        QTest::newRow("other network") << "other network"
                                       << "it was written for the wbcnet network, not lenet";
        QTest::newRow("more epochs") << "more epochs" << "more epochs than the run has";
    }
    void refusesCheckpointsThatDoNotFit()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const ShortRun &run = shortRun();
        std::optional<CheckpointFile> c = parseCheckpoint(run.checkpoint, nullptr);
        QVERIFY(c);
        QVERIFY(!c->bestWeights.empty() && !c->optimizerState.empty());
        if (edit == "weight missing") {
            c->weights.pop_back();
        } else if (edit == "best weight reshaped") {
            c->bestWeights[0].shape = {qint64(c->bestWeights[0].values.size())};
        } else if (edit == "best weight extra") {
            c->bestWeights.push_back(c->bestWeights.back());
        } else if (edit == "optimizer tensor reshaped") {
            c->optimizerState[0].shape = {qint64(c->optimizerState[0].values.size())};
        } else if (edit == "optimizer tensor unknown") {
            c->optimizerState[0].name = "fc9.weight/exp_avg";
        } else if (edit == "optimizer state incomplete") {
            c->optimizerState.erase(c->optimizerState.begin() + 1); // an exp_avg_sq
        } else if (edit == "other network") {
            c->header.arch = "wbcnet";
        } else if (edit == "more epochs") {
            c->header.epoch = c->header.badEpochs + 5;
            while (c->header.history.size() < c->header.epoch)
                c->header.history.append(c->header.history.first());
        }
        QTemporaryDir dir;
        TrainParams p = run.params;
        p.checkpointPath = dir.filePath("edited.checkpoint");
        QString error;
        QVERIFY2(writeCheckpointFile(p.checkpointPath, *c, nullptr, &error), qPrintable(error));
        const QByteArray edited = test::readFile(p.checkpointPath);
        Trainer trainer;
        trainer.setParams(p);
        trainer.setData(run.samples, run.split);
        QSignalSpy batches(&trainer, &Trainer::batchFinished);
        const TrainResult r = trainer.train();
        QVERIFY(!r.ok);
        QVERIFY(r.checkpointRefused);
        QVERIFY2(r.error.startsWith(p.checkpointPath + ": checkpoint refused: "),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QCOMPARE(batches.size(), 0);                          // nothing trained
        QCOMPARE(test::readFile(p.checkpointPath), edited); // nor overwritten
    }

    // With a project's record the hash decides before anything is parsed.
    void recordedHashDecidesTrust()
    {
        const ShortRun &run = shortRun();
        QTemporaryDir dir;
        TrainParams p = run.params;
        p.checkpointPath = dir.filePath("run-1.checkpoint");
        test::writeFile(p.checkpointPath, run.checkpoint);
        const QByteArray sha256 = QCryptographicHash::hash(run.checkpoint, QCryptographicHash::Sha256);
        const QList<std::pair<QByteArray, QString>> cases{
            {QByteArray(), "not recorded by this project"},
            {QByteArray(32, 'x'), "its hash differs from the one recorded"},
            {sha256, QString()}};
        for (const auto &[record, refusal] : cases) {
            Trainer trainer;
            trainer.setParams(p);
            trainer.setData(run.samples, run.split);
            trainer.setRecordedCheckpoint(record);
            const TrainResult r = trainer.train();
            if (refusal.isEmpty()) {
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(r.resumedFrom, 1);
            } else {
                QVERIFY(r.checkpointRefused);
                QCOMPARE(r.error, p.checkpointPath + ": checkpoint refused: " + refusal);
                QCOMPARE(test::readFile(p.checkpointPath), run.checkpoint);
            }
        }
    }

    // A run's recorded params come back as they were (what a resumed run trains with).
    void paramsRoundTripThroughJson()
    {
        TrainParams p = smallParams();
        p.task = Task::Four;
        p.optimizer = OptimizerKind::Sgd;
        p.schedule = LrSchedule::Cosine;
        p.lr = 0.0123456789;
        p.seed = 9007199254740993ULL;
        p.patience = 4;
        p.augment.maxRotationDeg = 33.3;
        p.crop.margin = 0.3;
        p.singleCellFields = true;
        QString error;
        const std::optional<TrainParams> back = TrainParams::fromJson(p.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), p.toJson());
        QCOMPARE(back->seed, p.seed);
        QJsonObject broken = p.toJson();
        broken.remove("lr");
        QVERIFY(!TrainParams::fromJson(broken, &error));
        broken = p.toJson();
        broken["epochs"] = 0;
        QVERIFY(!TrainParams::fromJson(broken, &error));
    }

    void cancelStopsWithinOneBatch()
    {
        TrainParams p = smallParams();
        p.arch = ModelArch::LeNet;
        p.epochs = 50;
        p.perClass = 200;
        ThreadedRun run(p, 300);
        std::atomic_int atCancel{-1};
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.batches.load() > 0, 30000);
        atCancel = run.batches.load();
        run.trainer->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 30000);
        QVERIFY(run.batches.load() - atCancel.load() <= 1);
        QVERIFY(run.result.cancelled);
        QVERIFY(!run.result.ok);
    }

    void pauseHoldsTheRunUntilResumed()
    {
        TrainParams p = smallParams();
        p.arch = ModelArch::LeNet;
        p.epochs = 2;
        p.perClass = 64;
        ThreadedRun run(p, 350);
        // Paused from inside the first batch report (on the worker), so the pause is in force
        // before the next batch can start, whatever the machine's load.
        Trainer *trainer = run.trainer;
        connect(trainer, &Trainer::batchFinished, trainer, [&run, trainer] {
            if (run.batches.load() == 1)
                trainer->setPaused(true);
        }, Qt::DirectConnection);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.batches.load() > 0, 30000);
        QVERIFY(trainer->isPaused());
        const int atPause = run.batches.load();
        QTest::qWait(1500);
        QCOMPARE(run.batches.load(), atPause); // no batch runs while paused
        QVERIFY(!run.done);
        trainer->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 60000);
        QVERIFY2(run.result.ok, qPrintable(run.result.error));
        QVERIFY(run.batches.load() > atPause);
    }

    void divergenceStopsWithAClearMessage()
    {
        const auto samples = syntheticSamples(Task::Binary, 16, 400);
        TrainParams p = smallParams();
        p.arch = ModelArch::LeNet;
        p.optimizer = OptimizerKind::Sgd;
        p.schedule = LrSchedule::Constant;
        p.lr = 1e12;
        p.labelSmoothing = 0;
        Trainer trainer;
        trainer.setParams(p);
        trainer.setData(samples, stratifiedSplit(samples->labels(), 0.25, 1));
        const TrainResult r = trainer.train();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("diverged"), qPrintable(r.error));
    }

    void scheduleShapes()
    {
        TrainParams p;
        p.lr = 1.0;
        p.schedule = LrSchedule::OneCycle;
        p.warmupFraction = 0.2;
        QCOMPARE(scheduledLr(p, 0, 101), 1.0 / 25);
        QCOMPARE(scheduledLr(p, 20, 101), 1.0);
        QVERIFY(scheduledLr(p, 100, 101) < 1e-3);
        p.schedule = LrSchedule::Cosine;
        QCOMPARE(scheduledLr(p, 0, 101), 0.0);
        QVERIFY(qAbs(scheduledLr(p, 60, 101) - 0.5) < 1e-9);
        p.schedule = LrSchedule::Constant;
        QCOMPARE(scheduledLr(p, 50, 101), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
