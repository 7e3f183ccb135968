#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "testsupport.h"
#include "training/trainingjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace wbc;

namespace {

// A short run: seconds on two cores, three epochs of six batches.
TrainParams quickParams()
{
    TrainParams p;
    p.task = Task::Binary;
    p.arch = ModelArch::LeNet;
    p.epochs = 3;
    p.perClass = 24;
    p.batch = 8;
    p.lr = 1e-3;
    p.seed = 3;
    p.device = QStringLiteral("cpu");
    return p;
}

// The same synthetic smears imported into dir/name.wbc (the same cells, ids and split for the
// same params in every such project).
QString makeProject(const QTemporaryDir &dir, const QString &name)
{
    const QString data = dir.filePath(name + QStringLiteral("-smears"));
    SyntheticDatasetSpec spec = test::smallDataset(16);
    spec.multiCellFraction = 0;
    writeSyntheticDataset(data, spec);
    const QString project = dir.filePath(name + QStringLiteral(".wbc"));
    ProjectStore store;
    store.open(project);
    DatasetImporter(store, QStringLiteral("t")).run(data);
    return project;
}

struct JobRun
{
    bool started = false;
    bool ended = false;
    TrainResult result;
    QStringList warnings; // a checkpoint refused (the split's remarks left out)
    QStringList failures;
    int epochs = 0; // reported in this session
};

// Starts a job with `start` and waits for its end; cancels it once it reports `cancelAfter`
// epochs (0: never), so a checkpoint is on disk and recorded.
JobRun runJob(TrainingJob &job, const std::function<bool()> &start, int cancelAfter = 0)
{
    JobRun run;
    QSignalSpy finished(&job, &TrainingJob::finished);
    QSignalSpy failed(&job, &TrainingJob::failed);
    QObject context;
    QObject::connect(&job, &TrainingJob::warning, &context,
                     [&](const QString &m) {
                         if (m.contains(QStringLiteral(": checkpoint refused: ")))
                             run.warnings.append(m);
                     });
    QObject::connect(&job, &TrainingJob::failed, &context,
                     [&](const QString &m) { run.failures.append(m); });
    QObject::connect(&job, &TrainingJob::epochFinished, &context, [&](const EpochReport &) {
        if (++run.epochs == cancelAfter)
            job.cancel();
    });
    run.started = start();
    if (!run.started)
        return run;
    run.ended = QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 180000);
    if (!finished.isEmpty())
        run.result = finished.first().first().value<TrainResult>();
    return run;
}

// A run of quickParams() cancelled after its first epoch: its checkpoint is kept and recorded.
JobRun cancelledRun(TrainingJob &job, ProjectStore &store)
{
    return runJob(job, [&] { return job.start(&store, quickParams()); }, 1);
}

// A project with one run of quickParams() cancelled after its first epoch.
struct CancelledRun
{
    QTemporaryDir dir;
    ProjectStore store;
    TrainingJob job;
    qint64 runId = 0;
    QString checkpoint; // its path

    bool make()
    {
        if (!store.open(makeProject(dir, QStringLiteral("p"))))
            return false;
        if (!cancelledRun(job, store).result.cancelled)
            return false;
        runId = job.runId();
        checkpoint = TrainingJob::checkpointPath(store, runId);
        return true;
    }
};

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray recorded(const ProjectStore &store, qint64 runId)
{
    return QByteArray::fromHex(store.meta(TrainingJob::checkpointRecordKey(runId)).toLatin1());
}

} // namespace

// Checkpoints of the project's runs: recorded when written, trusted only as recorded, removed
// when a run finishes, kept when it is cancelled, and resumed with the run's own params.
class TestTrainingJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Run ids are predictable: a folder received from someone else can hold a checkpoint under
    // the name of the next run. It is refused with a message and the run starts from scratch.
    void plantedCheckpointIsRefused_data()
    {
        QTest::addColumn<QString>("planted");
        QTest::newRow("torch archive") << "torch archive";
        QTest::newRow("another project's checkpoint") << "other project";
    }
    void plantedCheckpointIsRefused()
    {
        QFETCH(QString, planted);
        QTemporaryDir dir;
        QByteArray bytes = QByteArray("PK\x03\x04") + QByteArray(600, 'x');
        if (planted == u"other project") {
            // A valid checkpoint of the very same run (same cells, same params), but written
            // for another project: only that project's record vouches for it.
            ProjectStore other;
            QVERIFY(other.open(makeProject(dir, QStringLiteral("other"))));
            TrainingJob job;
            QVERIFY(cancelledRun(job, other).result.cancelled);
            bytes = test::readFile(TrainingJob::checkpointPath(other, job.runId()));
            QVERIFY(bytes.startsWith("WBCCHKPT"));
        }
        ProjectStore store;
        QVERIFY(store.open(makeProject(dir, QStringLiteral("p"))));
        const QString path = TrainingJob::checkpointPath(store, 1); // the next run's
        test::writeFile(path, bytes);

        TrainingJob job;
        const JobRun r = runJob(job, [&] { return job.start(&store, quickParams()); });
        QVERIFY(r.ended);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(u'\n')));
        QCOMPARE(job.runId(), 1);
        QCOMPARE(r.warnings, QStringList{path + ": checkpoint refused: not recorded by this project"});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(r.result.resumedFrom, 0); // a new run, from scratch
        QCOMPARE(r.epochs, 3);
        QCOMPARE(job.state(), TrainingJob::State::Finished);
        // Finished: the model file stays, the checkpoint and its record go.
        QVERIFY(QFileInfo::exists(job.modelPath()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(recorded(store, 1).isEmpty());
    }

    void cancelledRunResumesFromItsRecordedCheckpoint()
    {
        CancelledRun c;
        QVERIFY(c.make());
        ProjectStore &store = c.store;
        TrainingJob &job = c.job;
        const qint64 runId = c.runId;
        const QString &path = c.checkpoint;
        JobRun r;
        // Cancelled: the checkpoint is kept, and the project holds its hash.
        const QByteArray good = test::readFile(path);
        QVERIFY(good.startsWith("WBCCHKPT"));
        QCOMPARE(recorded(store, runId), sha256(good));
        std::optional<RunInfo> run = RunHistory(store).run(runId);
        QVERIFY(run);
        QCOMPARE(run->status, QStringLiteral("cancelled"));
        QCOMPARE(TrainingJob::resumeProblem(store, *run), QString());
        // The run's params record the device they resolved to.
        QCOMPARE(run->params.value("device_used").toString(), QStringLiteral("cpu"));

        // One byte flipped: refused, nothing starts.
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        test::writeFile(path, flipped);
        const QString refusal = path + ": checkpoint refused: its hash differs from the one recorded";
        QCOMPARE(TrainingJob::resumeProblem(store, *run), refusal);
        QString error;
        QVERIFY(!job.resume(&store, runId, &error));
        QCOMPARE(error, refusal);
        QVERIFY(!job.isRunning());

        // The recorded file: the run goes on under its id, where it stopped.
        test::writeFile(path, good);
        r = runJob(job, [&] { return job.resume(&store, runId, &error); });
        QVERIFY2(r.started, qPrintable(error));
        QVERIFY(r.ended);
        QVERIFY2(r.result.ok, qPrintable(r.failures.join(u'\n')));
        QCOMPARE(r.warnings, QStringList());
        QCOMPARE(job.runId(), runId);
        QVERIFY(r.result.resumedFrom >= 1);
        QCOMPARE(r.epochs, 3 - r.result.resumedFrom);
        QCOMPARE(r.result.epochsRun, 3);
        run = RunHistory(store).run(runId);
        QCOMPARE(run->status, QStringLiteral("finished"));
        QCOMPARE(run->epochs.size(), 3);
        QVERIFY(run->modelId != 0);
        QCOMPARE(RunHistory(store).runs().size(), 1);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(recorded(store, runId).isEmpty());
        QCOMPARE(TrainingJob::resumeProblem(store, *run),
                 QStringLiteral("Only an interrupted or cancelled run can resume"));
    }

    // The hash matches, but the run's params changed since (here in the project itself): the
    // checkpoint does not belong to the run as it would train now, so a new run starts.
    void checkpointOfOtherParamsStartsANewRun()
    {
        CancelledRun c;
        QVERIFY(c.make());
        const QByteArray checkpoint = test::readFile(c.checkpoint);
        TrainParams changed = quickParams();
        changed.lr *= 2;
        QSqlQuery q(c.store.database());
        q.prepare(QStringLiteral("UPDATE runs SET params = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(changed.toJson()).toJson()));
        q.addBindValue(c.runId);
        QVERIFY(q.exec());

        QString error;
        const JobRun r = runJob(c.job, [&] { return c.job.resume(&c.store, c.runId, &error); });
        QVERIFY2(r.started, qPrintable(error));
        QVERIFY(r.ended);
        QCOMPARE(r.warnings,
                 QStringList{c.checkpoint
                             + ": checkpoint refused: it belongs to a run with other parameters "
                               "or data"});
        QVERIFY2(r.result.ok, qPrintable(r.failures.join(u'\n')));
        QCOMPARE(r.result.resumedFrom, 0);
        QVERIFY(c.job.runId() != c.runId);
        // The old run is as it was, its checkpoint untouched.
        QCOMPARE(RunHistory(c.store).run(c.runId)->status, QStringLiteral("cancelled"));
        QCOMPARE(test::readFile(c.checkpoint), checkpoint);
        QCOMPARE(RunHistory(c.store).run(c.job.runId())->status, QStringLiteral("finished"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingJob)
#include "tst_trainingjob.moc"
