#include "confusionmatrixview.h"
#include "dataset/datasetimporter.h"
#include "projectcommands.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "testsupport.h"
#include "trainingdashboard.h"
#include "trainingform.h"
#include "trainingplots.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace wbc;

namespace {

// A short run: small enough for seconds on two cores, long enough to show several batches.
TrainParams quickParams(int epochs = 2)
{
    TrainParams p;
    p.task = Task::Binary;
    p.arch = ModelArch::LeNet;
    p.epochs = epochs;
    p.perClass = 24;
    p.batch = 8;
    p.lr = 1e-3;
    p.seed = 3;
    return p;
}

QString makeProject(const QTemporaryDir &dir)
{
    const QString data = dir.filePath(QStringLiteral("smears"));
    SyntheticDatasetSpec spec = test::smallDataset(16);
    spec.multiCellFraction = 0;
    writeSyntheticDataset(data, spec);
    const QString project = dir.filePath(QStringLiteral("p.wbc"));
    ProjectStore store;
    store.open(project);
    DatasetImporter(store, QStringLiteral("t")).run(data);
    return project;
}

} // namespace

class TestTrainingDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void liveRunUpdatesPlotsAndMatrix()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(makeProject(dir)));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, QStringLiteral("t"));
        TrainingDashboard dashboard(&commands);
        dashboard.resize(1200, 700);
        dashboard.show();
        dashboard.setProject(&store);
        dashboard.form()->setParams(quickParams());
        dashboard.refreshCounts();
        QVERIFY2(dashboard.form()->canStart(), qPrintable(dashboard.form()->countsProblem()));

        // The GUI thread's longest stall while the worker trains.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        QSignalSpy epochs(dashboard.job(), &TrainingJob::epochFinished);
        QSignalSpy finished(dashboard.job(), &TrainingJob::finished);
        QVERIFY(dashboard.start());
        clock.start();
        ticker.start();
        QVERIFY(finished.wait(180000));
        ticker.stop();
        qInfo("longest event-loop stall while training: %lld ms", longest);
        QVERIFY2(longest < 1500, qPrintable(QString::number(longest)));

        QCOMPARE(epochs.size(), 2);
        QVERIFY(dashboard.plots()->pointCount(QStringLiteral("training, per batch (smoothed)")) >= 2);
        QCOMPARE(dashboard.plots()->pointCount(QStringLiteral("validation")), 2);
        int shown = 0;
        for (const auto &row : dashboard.confusion()->counts())
            for (int c : row)
                shown += c;
        QCOMPARE(shown, int(dashboard.job()->split().validation.size()));
        QCOMPARE(dashboard.job()->state(), TrainingJob::State::Finished);

        // A click on a cell asks the browser for exactly those images.
        QSignalSpy show(&dashboard, &TrainingDashboard::showImages);
        const QRect cell = dashboard.confusion()->cellRect(0, 0);
        QTest::mouseClick(dashboard.confusion(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(show.size(), 1);
        const auto ids = show.first().first().value<QSet<qint64>>();
        QCOMPARE(int(ids.size()), dashboard.confusion()->counts()[0][0]);

        // The finished run's model becomes the active model, undoably.
        const qint64 active = RunHistory(store).activeModelId();
        QVERIFY(active != 0);
        QVERIFY(QFileInfo::exists(RunHistory(store).modelPath(active)));
        stack.undo();
        QCOMPARE(RunHistory(store).activeModelId(), 0);
        stack.redo();
        QCOMPARE(RunHistory(store).activeModelId(), active);
    }

    void cancelStopsWithinOneBatch()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(makeProject(dir)));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, QStringLiteral("t"));
        TrainingDashboard dashboard(&commands);
        dashboard.setProject(&store);
        dashboard.form()->setParams(quickParams(20));
        int batchesAfterCancel = -1;
        connect(dashboard.job(), &TrainingJob::batchFinished, [&](const BatchReport &) {
            if (batchesAfterCancel >= 0)
                ++batchesAfterCancel;
            else if (dashboard.job()->state() == TrainingJob::State::Training) {
                batchesAfterCancel = 0;
                dashboard.job()->cancel();
            }
        });
        QSignalSpy finished(dashboard.job(), &TrainingJob::finished);
        QVERIFY(dashboard.start());
        QVERIFY(finished.wait(120000));
        // Signals of the batch in flight when cancel() ran may still arrive: at most one.
        QVERIFY2(batchesAfterCancel <= 1, qPrintable(QString::number(batchesAfterCancel)));
        QCOMPARE(dashboard.job()->state(), TrainingJob::State::Cancelled);
        QVERIFY(finished.first().first().value<TrainResult>().cancelled);
    }

    void metricsReappearAfterReopening()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        {
            ProjectStore store;
            QVERIFY(store.open(project));
            QUndoStack stack;
            ProjectCommands commands(&stack);
            commands.setStore(&store, QStringLiteral("t"));
            TrainingDashboard dashboard(&commands);
            dashboard.setProject(&store);
            dashboard.form()->setParams(quickParams(1));
            QSignalSpy finished(dashboard.job(), &TrainingJob::finished);
            QVERIFY(dashboard.start());
            QVERIFY(finished.wait(120000));
        }
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        // A run left "running" by a crash shows as interrupted when the project opens again.
        {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (created_at, task, model, params, "
                                          "status) VALUES ('2026-01-01T00:00:00Z', 'binary', "
                                          "'lenet', '{}', 'running')")));
        }
        QCOMPARE(RunHistory(store).markInterrupted(), 1);
        const QList<RunInfo> all = RunHistory(store).runs();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().status, QStringLiteral("interrupted"));
        QSqlQuery(store.database()).exec(QStringLiteral("DELETE FROM runs WHERE status = 'interrupted'"));
        const QList<RunInfo> runs = RunHistory(store).runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, QStringLiteral("finished"));
        QCOMPARE(runs.first().epochs.size(), 1);
        QVERIFY(runs.first().epochs.first().contains(QStringLiteral("val_accuracy")));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, QStringLiteral("t"));
        TrainingDashboard dashboard(&commands);
        dashboard.setProject(&store);
        QCOMPARE(dashboard.runsList()->topLevelItemCount(), 1);
        dashboard.runsList()->topLevelItem(0)->setSelected(true);
        QTemporaryDir out;
        QVERIFY(dashboard.exportMetricsCsv(out.filePath(QStringLiteral("m.csv"))));
        QCOMPARE(test::readFile(out.filePath(QStringLiteral("m.csv"))).count('\n'), 2);
        QVERIFY(dashboard.plots()->savePdf(out.filePath(QStringLiteral("p.pdf"))));
        QVERIFY(test::readFile(out.filePath(QStringLiteral("p.pdf"))).startsWith("%PDF"));
    }

    void refusesToStartWithTooFewImages()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("empty.wbc"))));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, QStringLiteral("t"));
        TrainingDashboard dashboard(&commands);
        dashboard.setProject(&store);
        QVERIFY(!dashboard.form()->canStart());
        QVERIFY(dashboard.form()->countsProblem().contains(QStringLiteral("Polynuclear")));
        QVERIFY(!dashboard.start());
    }
};

QTEST_MAIN(TestTrainingDashboard)
#include "tst_trainingdashboard.moc"
