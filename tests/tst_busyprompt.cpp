// Quitting or leaving the project while work runs asks first (BusyPrompt): let it finish, stop
// it (a training run stays resumable), or cancel; nothing is asked when nothing runs.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "dataset/datasetimporter.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "testsupport.h"
#include "training/trainingjob.h"
#include "trainingdashboard.h"
#include "trainingform.h"

using namespace wbc;

namespace {

// A labelled synthetic project (dir/p.wbc), enough for a LeNet run.
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

// Many epochs: the run lasts far longer than any test waits, unless it is stopped.
TrainParams longRun()
{
    TrainParams p;
    p.task = Task::Binary;
    p.arch = ModelArch::LeNet;
    p.epochs = 500;
    p.perClass = 24;
    p.batch = 8;
    p.lr = 1e-3;
    p.seed = 3;
    return p;
}

// Answers the next modal question (polled for 3 s) with the button named `button` (or the
// Cancel button when empty), recording what it asked. Nothing asked: asked stays false. Stops
// polling when it goes out of scope, so it never answers another test's question.
struct PromptAnswer
{
    bool asked = false;
    QString objectName;
    QString text;
    QTimer timer;
    int tries = 0;

    void answerNext(const QString &button)
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                asked = true;
                objectName = box->objectName();
                text = box->text() + QLatin1Char('\n') + box->informativeText();
                QAbstractButton *b = button.isEmpty() ? box->button(QMessageBox::Cancel)
                                                      : box->findChild<QAbstractButton *>(button);
                if (b)
                    b->click();
                else
                    box->reject();
            }
            if (box || ++tries > 150)
                timer.stop();
        });
        timer.start(20);
    }
};

constexpr int kBigImages = 150;

} // namespace

class TestBusyPrompt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_bigData; // a dataset whose import lasts long enough to be asked about

    // A window on the project with a long training run that has done an epoch (a checkpoint).
    bool startTraining(MainWindow &w)
    {
        if (!w.openProject(m_project))
            return false;
        w.show();
        w.dashboard()->form()->setParams(longRun());
        QSignalSpy epochs(w.dashboard()->job(), &TrainingJob::epochFinished);
        if (!w.dashboard()->start())
            return false;
        return epochs.wait(60000) && w.dashboard()->job()->isRunning();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("WBC_USER", "tester");
        QVERIFY(m_dir.isValid());
        m_project = makeProject(m_dir);
        m_bigData = m_dir.filePath(QStringLiteral("big"));
        writeSyntheticDataset(m_bigData, test::smallDataset(kBigImages));
    }

    void nothingRunningAsksNothing()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project));
        w.show();
        PromptAnswer answer;
        answer.answerNext({}); // would cancel a question, so the close would fail
        QVERIFY(w.close());
        QVERIFY(!answer.asked);
        QVERIFY(!w.isVisible());
    }

    void letItFinishKeepsWindowAndRun()
    {
        MainWindow w;
        QVERIFY(startTraining(w));
        PromptAnswer answer;
        answer.answerNext(QStringLiteral("letFinishButton"));
        QVERIFY(!w.close());
        QVERIFY(answer.asked);
        QCOMPARE(answer.objectName, QStringLiteral("busyPrompt"));
        QVERIFY2(answer.text.contains(QStringLiteral("training")), qPrintable(answer.text));
        QVERIFY2(answer.text.contains(QStringLiteral("runs list")), qPrintable(answer.text));
        QVERIFY(w.isVisible());
        QTest::qWait(300);
        QVERIFY(w.isVisible());
        QVERIFY(w.dashboard()->job()->isRunning());
        QVERIFY(w.store());
        // When the run ends, the window quits by itself.
        w.dashboard()->job()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 30000);
        QVERIFY(!w.dashboard()->job()->isRunning());
    }

    void cancelKeepsWindowAndForgets()
    {
        MainWindow w;
        QVERIFY(startTraining(w));
        PromptAnswer answer;
        answer.answerNext({});
        QVERIFY(!w.close());
        QVERIFY(answer.asked);
        QVERIFY(w.isVisible());
        QVERIFY(w.dashboard()->job()->isRunning());
        // The run ends (here, stopped from the dashboard): nothing was waiting for it.
        w.dashboard()->job()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!w.dashboard()->job()->isRunning(), 30000);
        QTest::qWait(100);
        QVERIFY(w.isVisible());
        QVERIFY(w.store());
    }

    void stopItStopsRunAndQuits()
    {
        MainWindow w;
        QVERIFY(startTraining(w));
        PromptAnswer answer;
        answer.answerNext(QStringLiteral("stopButton"));
        QVERIFY(w.close());
        QVERIFY(answer.asked);
        QVERIFY(!w.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!w.dashboard()->job()->isRunning(), 30000);
        QCOMPARE(w.dashboard()->job()->state(), TrainingJob::State::Cancelled);
        // The stopped run keeps its checkpoint: it can be resumed.
        const QList<RunInfo> runs = RunHistory(*w.store()).runs();
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first().status, QStringLiteral("cancelled"));
        QCOMPARE(TrainingJob::resumeProblem(*w.store(), runs.first()), QString());
    }

    void stopItThenClosesProject()
    {
        MainWindow w;
        QVERIFY(startTraining(w));
        PromptAnswer answer;
        answer.answerNext(QStringLiteral("stopButton"));
        w.requestCloseProject();
        QVERIFY(answer.asked);
        // The project closes once the run has stopped (and recorded itself as cancelled).
        QTRY_VERIFY_WITH_TIMEOUT(!w.store(), 30000);
        QVERIFY(!w.dashboard()->job()->isRunning());
        QVERIFY(w.isVisible());
        ProjectStore store;
        QVERIFY(store.open(m_project, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(RunHistory(store).runs().first().status, QStringLiteral("cancelled"));
    }

    // The status bar's jobs (here an import) ask the same; stopping keeps what was imported.
    void importStopItQuits()
    {
        MainWindow w;
        w.show();
        const QString project = m_dir.filePath(QStringLiteral("stopped.wbc"));
        QSignalSpy finished(&w, &MainWindow::importFinished);
        w.importFolder(m_bigData, project);
        QVERIFY(w.isBusy());
        PromptAnswer answer;
        answer.answerNext(QStringLiteral("stopButton"));
        QVERIFY(w.close());
        QVERIFY(answer.asked);
        QVERIFY2(answer.text.contains(QStringLiteral("Importing")), qPrintable(answer.text));
        QVERIFY(!w.isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(!w.isBusy());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QVERIFY(store.images().size() < kBigImages); // it stopped early
    }

    void importLetItFinishThenQuits()
    {
        MainWindow w;
        w.show();
        const QString project = m_dir.filePath(QStringLiteral("finished.wbc"));
        w.importFolder(m_bigData, project);
        QVERIFY(w.isBusy());
        PromptAnswer answer;
        answer.answerNext(QStringLiteral("letFinishButton"));
        QVERIFY(!w.close());
        QVERIFY(answer.asked);
        QVERIFY(w.isVisible());
        QVERIFY(w.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 60000); // quits once the import is done
        QVERIFY(!w.isBusy());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(int(store.images().size()), kBigImages);
    }

    void openingAnotherProjectAsks()
    {
        MainWindow w;
        QVERIFY(startTraining(w));
        PromptAnswer answer;
        answer.answerNext({});
        QVERIFY(!w.openProject(m_project));
        QVERIFY(answer.asked);
        QVERIFY(w.dashboard()->job()->isRunning()); // Cancel: the run goes on
        QVERIFY(w.store());
        w.dashboard()->job()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!w.dashboard()->job()->isRunning(), 30000);
    }
};

QTEST_MAIN(TestBusyPrompt)
#include "tst_busyprompt.moc"
