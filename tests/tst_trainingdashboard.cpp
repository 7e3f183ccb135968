#include "confusionmatrixview.h"
#include "dataset/datasetimporter.h"
#include "i18n.h"
#include "projectcommands.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"
#include "testsupport.h"
#include "trainingdashboard.h"
#include "trainingform.h"
#include "trainingplots.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
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

// A project open in a dashboard, as the main window holds them.
struct OpenProject
{
    ProjectStore store;
    QUndoStack stack;
    ProjectCommands commands{&stack};
    TrainingDashboard dashboard{&commands};

    bool open(const QString &path)
    {
        if (!store.open(path, ProjectStore::OpenMode::OpenExisting))
            return false;
        commands.setStore(&store, QStringLiteral("t"));
        dashboard.setProject(&store);
        return true;
    }
};

} // namespace

class TestTrainingDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // Each case opens with the recipe's settings, not those a previous case started with.
    void init() { QSettings().remove(QStringLiteral("training/lastParams")); }

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
            OpenProject first;
            QVERIFY(first.open(project));
            first.dashboard.form()->setParams(quickParams(1));
            QSignalSpy finished(first.dashboard.job(), &TrainingJob::finished);
            QVERIFY(first.dashboard.start());
            QVERIFY(finished.wait(120000));
        }
        OpenProject again;
        QVERIFY(again.open(project));
        const QList<RunInfo> runs = RunHistory(again.store).runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, QStringLiteral("finished"));
        QCOMPARE(runs.first().epochs.size(), 1);
        QVERIFY(runs.first().epochs.first().contains(QStringLiteral("val_accuracy")));
        TrainingDashboard &dashboard = again.dashboard;
        QCOMPARE(dashboard.runsList()->topLevelItemCount(), 1);
        dashboard.runsList()->topLevelItem(0)->setSelected(true);
        QTemporaryDir out;
        QVERIFY(dashboard.exportMetricsCsv(out.filePath(QStringLiteral("m.csv"))));
        QCOMPARE(test::readFile(out.filePath(QStringLiteral("m.csv"))).count('\n'), 2);
        QVERIFY(dashboard.plots()->savePdf(out.filePath(QStringLiteral("p.pdf"))));
        QVERIFY(test::readFile(out.filePath(QStringLiteral("p.pdf"))).startsWith("%PDF"));
    }

    // The window closes in the middle of a run (its job is destroyed: nothing records an end).
    // Opened again, the project shows the run as interrupted, and Resume in the runs list
    // continues it under its id from its recorded checkpoint; not while that file is not the
    // one recorded.
    void interruptedRunResumesAfterReopening()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        {
            OpenProject first;
            QVERIFY(first.open(project));
            TrainingDashboard &dashboard = first.dashboard;
            dashboard.form()->setParams(quickParams(3));
            // Paused after its first epoch (checkpoint written and recorded), so the window
            // closes before the run could end.
            connect(dashboard.job(), &TrainingJob::epochFinished, dashboard.job(),
                    [&] { dashboard.job()->setPaused(true); });
            QVERIFY(dashboard.start());
            QTRY_COMPARE_WITH_TIMEOUT(dashboard.job()->state(), TrainingJob::State::Paused, 120000);
            QCOMPARE(RunHistory(first.store).run(1)->status, QStringLiteral("running"));
        }

        OpenProject again;
        QVERIFY(again.open(project));
        ProjectStore &store = again.store;
        TrainingDashboard &dashboard = again.dashboard;
        QCOMPARE(dashboard.runsList()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = dashboard.runsList()->topLevelItem(0);
        QCOMPARE(item->data(4, Qt::UserRole).toString(), QStringLiteral("interrupted"));
        QCOMPARE(item->text(4), QStringLiteral("Interrupted"));
        QVERIFY(!dashboard.resumeButton()->isEnabled()); // nothing selected
        item->setSelected(true);
        QVERIFY(dashboard.resumeButton()->isEnabled());
        QVERIFY(dashboard.resumeAction()->isEnabled());
        QVERIFY(dashboard.runsList()->actions().contains(dashboard.resumeAction()));

        // A checkpoint that is not the one recorded: Resume is off and says why.
        const QString path = TrainingJob::checkpointPath(store, 1);
        const QByteArray good = test::readFile(path);
        QVERIFY(good.startsWith("WBCCHKPT"));
        QByteArray flipped = good;
        flipped[flipped.size() / 3] = char(flipped[flipped.size() / 3] ^ 0x01);
        test::writeFile(path, flipped);
        dashboard.refreshRuns();
        item = dashboard.runsList()->topLevelItem(0);
        item->setSelected(true);
        QVERIFY(!dashboard.resumeButton()->isEnabled());
        QVERIFY(!dashboard.resumeAction()->isEnabled());
        QCOMPARE(dashboard.resumeButton()->toolTip(),
                 path + ": checkpoint refused: its hash differs from the one recorded");
        QFile::remove(path);
        dashboard.refreshRuns();
        dashboard.runsList()->topLevelItem(0)->setSelected(true);
        QVERIFY(!dashboard.resumeButton()->isEnabled());
        QVERIFY2(dashboard.resumeButton()->toolTip().contains("no checkpoint"),
                 qPrintable(dashboard.resumeButton()->toolTip()));

        test::writeFile(path, good);
        dashboard.refreshRuns();
        dashboard.runsList()->topLevelItem(0)->setSelected(true);
        QVERIFY(dashboard.resumeButton()->isEnabled());
        QSignalSpy epochs(dashboard.job(), &TrainingJob::epochFinished);
        QSignalSpy finished(dashboard.job(), &TrainingJob::finished);
        QTest::mouseClick(dashboard.resumeButton(), Qt::LeftButton);
        QCOMPARE(dashboard.job()->state(), TrainingJob::State::Loading);
        QVERIFY(!dashboard.resumeButton()->isEnabled()); // one run at a time
        QVERIFY(finished.wait(180000));
        const TrainResult result = finished.first().first().value<TrainResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(dashboard.job()->runId(), 1);
        QCOMPARE(result.resumedFrom, 1);
        QCOMPARE(epochs.size(), 2);
        QCOMPARE(dashboard.form()->params().epochs, 3); // the run's own settings
        const std::optional<RunInfo> run = RunHistory(store).run(1);
        QCOMPARE(run->status, QStringLiteral("finished"));
        QCOMPARE(run->epochs.size(), 3);
        QCOMPARE(RunHistory(store).activeModelId(), run->modelId);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(dashboard.runsList()->topLevelItemCount(), 1);
        QCOMPARE(dashboard.runsList()->topLevelItem(0)->text(4), QStringLiteral("Finished"));
    }

    // The runs table counts the running run's epochs as they finish (it showed 0 until the end),
    // and the summary gives the whole run's time, loading included, beside the training time.
    void runsTableCountsEpochsDuringRun()
    {
        QTemporaryDir dir;
        OpenProject p;
        QVERIFY(p.open(makeProject(dir)));
        TrainingDashboard &dashboard = p.dashboard;
        dashboard.form()->setParams(quickParams(2));
        QStringList seen; // the run's Epochs cell after each epoch, while it runs
        connect(dashboard.job(), &TrainingJob::epochFinished, this, [&](const EpochReport &r) {
            QTreeWidget *runs = dashboard.runsList();
            for (int i = 0; i < runs->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = runs->topLevelItem(i);
                if (item->data(0, Qt::UserRole).toLongLong() == dashboard.job()->runId())
                    seen.append(QStringLiteral("%1:%2:%3").arg(r.epoch).arg(item->text(5),
                                                                            item->text(4)));
            }
        });
        QSignalSpy finished(dashboard.job(), &TrainingJob::finished);
        QVERIFY(dashboard.start());
        QVERIFY(finished.wait(180000));
        QCOMPARE(seen, QStringList({"1:1:Running", "2:2:Running"}));
        const QString summary = dashboard.summaryText();
        QVERIFY2(summary.contains(" of training on the CPU, ") || summary.contains(" on the GPU, "),
                 qPrintable(summary));
        QVERIFY2(summary.contains(" in all with loading the cells"), qPrintable(summary));
    }

    // Whether a cancelled run can resume takes reading and hashing its checkpoint (tens of MB for
    // a large network) on the GUI thread. A run starting refreshes the runs list: that must not
    // read the other runs' checkpoints again (the window froze for seconds), only a changed one.
    void startingARunReadsNoCheckpointAgain()
    {
        QTemporaryDir dir;
        OpenProject p;
        QVERIFY(p.open(makeProject(dir)));
        TrainingDashboard &dashboard = p.dashboard;
        dashboard.form()->setParams(quickParams(3));
        // Run 1: cancelled after its first epoch, its checkpoint kept.
        const auto cancelAfterFirst = connect(dashboard.job(), &TrainingJob::epochFinished,
                                              dashboard.job(), [&] { dashboard.job()->cancel(); });
        QSignalSpy finished(dashboard.job(), &TrainingJob::finished);
        QVERIFY(dashboard.start());
        QVERIFY(finished.wait(120000));
        disconnect(cancelAfterFirst);
        QCOMPARE(RunHistory(p.store).run(1)->status, QStringLiteral("cancelled"));
        const QString checkpoint = TrainingJob::checkpointPath(p.store, 1);
        QVERIFY(QFileInfo::exists(checkpoint));
        dashboard.refreshRuns();
        const int checks = dashboard.checkpointChecks();
        QVERIFY(checks >= 1);
        dashboard.refreshRuns();
        QCOMPARE(dashboard.checkpointChecks(), checks); // nothing changed: not read again

        // Run 2 starts: the list shows it running, run 1's checkpoint is not read again.
        finished.clear();
        QSignalSpy states(dashboard.job(), &TrainingJob::stateChanged);
        QVERIFY(dashboard.start());
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.job()->state() == TrainingJob::State::Training
                                     || finished.size() > 0,
                                 120000);
        QVERIFY(states.contains({QVariant::fromValue(TrainingJob::State::Training)}));
        QCOMPARE(dashboard.runsList()->topLevelItemCount(), 2);
        QCOMPARE(dashboard.checkpointChecks(), checks);
        // A checkpoint that changed is read again.
        QByteArray bytes = test::readFile(checkpoint);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QTest::qWait(5); // another modification time
        test::writeFile(checkpoint, bytes);
        dashboard.refreshRuns();
        QCOMPARE(dashboard.checkpointChecks(), checks + 1);
        dashboard.job()->cancel();
        QVERIFY(finished.size() > 0 || finished.wait(120000));
    }

    // The settings of the last run started are those a new dashboard (the next start of the
    // application) opens with; Restore Defaults goes back to the recipe, for the next one too.
    void settingsSurviveANewDashboard()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        TrainParams used = quickParams(7);
        used.augment.maxRotationDeg = 42;
        used.valFraction = 0.3;
        used.singleCellFields = true;
        QVERIFY(TrainParams().epochs != 7);
        {
            OpenProject first;
            QVERIFY(first.open(project));
            first.dashboard.form()->setParams(used);
            first.dashboard.form()->setParams(quickParams(5)); // not started: not kept
            first.dashboard.form()->setParams(used);
            QVERIFY(first.dashboard.start());
            first.dashboard.job()->cancel();
            QTRY_VERIFY_WITH_TIMEOUT(!first.dashboard.job()->isRunning(), 60000);
        }
        OpenProject again;
        QVERIFY(again.open(project));
        TrainingForm *form = again.dashboard.form();
        QCOMPARE(form->params().epochs, 7);
        QCOMPARE(form->params().arch, ModelArch::LeNet);
        QCOMPARE(form->params().perClass, 24);
        QCOMPARE(form->params().batch, 8);
        QCOMPARE(form->params().augment.maxRotationDeg, 42.0);
        QCOMPARE(form->params().valFraction, 0.3);
        QCOMPARE(form->params().singleCellFields, true);
        QCOMPARE(form->params().seed, quint64(3));

        QTest::mouseClick(form->restoreDefaultsButton(), Qt::LeftButton);
        const TrainParams recipe;
        QCOMPARE(form->params().epochs, recipe.epochs);
        QCOMPARE(form->params().arch, recipe.arch);
        QCOMPARE(form->params().augment.maxRotationDeg, recipe.augment.maxRotationDeg);
        QCOMPARE(form->params().singleCellFields, recipe.singleCellFields);
        TrainingForm next;
        QCOMPARE(next.params().epochs, recipe.epochs);
        QCOMPARE(next.params().perClass, recipe.perClass);
        QCOMPARE(next.params().toJson(), recipe.toJson());
    }

    // In German the runs table names the status, task and device in German (stored as they
    // were), and the date is in the locale's format, not "1 Dec 2026".
    void runsTableSpeaksTheLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(i18n::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
        auto restore = qScopeGuard([&] {
            for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QLocale::setDefault(before);
        });

        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("runs.wbc"))));
        TrainParams params = quickParams(1);
        params.task = Task::Four;
        const qint64 finished = RunRecorder(store).begin(params, {});
        QVERIFY(finished > 0);
        QVERIFY(RunRecorder(store).finish(finished, QStringLiteral("finished"), {}));
        const qint64 cancelled = RunRecorder(store).begin(quickParams(1), {});
        QVERIFY(RunRecorder(store).finish(cancelled, QStringLiteral("cancelled"), {}));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, QStringLiteral("t"));
        TrainingDashboard dashboard(&commands);
        dashboard.setProject(&store);

        QCOMPARE(dashboard.runsList()->topLevelItemCount(), 2);
        QHash<qint64, QTreeWidgetItem *> rows;
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *item = dashboard.runsList()->topLevelItem(i);
            rows.insert(item->data(0, Qt::UserRole).toLongLong(), item);
        }
        QTreeWidgetItem *row = rows.value(finished);
        QVERIFY(row);
        QCOMPARE(row->data(4, Qt::UserRole).toString(), QStringLiteral("finished")); // as stored
        QCOMPARE(row->text(4), QStringLiteral("Abgeschlossen"));
        QCOMPARE(rows.value(cancelled)->text(4), QStringLiteral("Abgebrochen"));
        QCOMPARE(row->text(2), QStringLiteral("Vier Klassen"));
        QCOMPARE(rows.value(cancelled)->text(2),
                 QStringLiteral("Polymorphkernig gegen mononukleär"));
        QCOMPARE(TrainingDashboard::deviceDisplayName(QStringLiteral("cpu")),
                 QStringLiteral("der CPU"));
        // 01.12.26 13:40: the German short format, not "1 Dec 2026".
        const QDateTime started = RunHistory(store).run(finished)->createdAt.toLocalTime();
        QCOMPARE(row->text(1), QLocale().toString(started, QLocale::ShortFormat));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}$"))
                     .match(row->text(1))
                     .hasMatch(),
                 qPrintable(row->text(1)));
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
