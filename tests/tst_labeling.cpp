#include "training/cellsamples.h"
#include "cellviewer.h"
#include "dataset/datasetimporter.h"
#include "labelhistorypanel.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "slidebrowser.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace wbc;

namespace {

QString makeUnlabeledProject(const QTemporaryDir &dir, int images = 8)
{
    return test::makeUnlabeledProject(dir.path(), images);
}

using test::showActive;

QString currentLabel(const ProjectStore &store, qint64 id)
{
    const auto l = store.currentLabel(id);
    return l ? l->label.toString() : QString();
}

} // namespace

class TestLabeling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
    }
    void init() { QSettings().clear(); }

    void classKeyLabelsAndAdvances()
    {
        QTemporaryDir dir;
        const QString project = makeUnlabeledProject(dir);
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(project));
        const qint64 first = w.browser()->currentImageId();
        QVERIFY(first != 0);
        QTest::keyClick(&w, Qt::Key_3); // Lymphocyte
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("LYMPHOCYTE"));
        const qint64 second = w.browser()->currentImageId();
        QVERIFY2(second != first, "the view advances to the next unlabeled image");
        QCOMPARE(currentLabel(*w.store(), second), QString());
        // Who and when are recorded; the history panel shows the entry.
        const auto l = w.store()->currentLabel(first);
        QCOMPARE(l->author, QStringLiteral("tester"));
        QCOMPARE(l->source, QStringLiteral("user"));
        QVERIFY(w.browser()->selectImage(first));
        QVERIFY(w.historyPanel()->entryCount() >= 1);
    }

    void binaryModeKeys()
    {
        setBinaryLabelMode(true);
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_P);
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("POLYNUCLEAR"));
        const qint64 second = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_M);
        QCOMPARE(currentLabel(*w.store(), second), QStringLiteral("MONONUCLEAR"));
        QTest::keyClick(&w, Qt::Key_1); // four-class keys are off in binary mode
        QCOMPARE(currentLabel(*w.store(), w.browser()->currentImageId()), QString());
        // Group labels train the binary task and are left out of the four-class one.
        QCOMPARE(trainingClassIndex(Task::Binary, w.store()->currentLabel(first)->label, {}), 0);
        QCOMPARE(trainingClassIndex(Task::Binary, w.store()->currentLabel(second)->label, {}), 1);
        QCOMPARE(trainingClassIndex(Task::Four, w.store()->currentLabel(first)->label, {}), -1);
    }

    void undoRedoRestores()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_1);
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_4);
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("MONOCYTE"));
        QCOMPARE(w.undoStack()->count(), 2);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("NEUTROPHIL"));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(currentLabel(*w.store(), first), QString());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("NEUTROPHIL"));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("MONOCYTE"));
        // Nothing is overwritten: set, set, undo, undo, redo, redo are all in the history.
        QCOMPARE(w.store()->labelHistory(first).size(), 6);
    }

    void clearKeyClearsAndSameLabelAddsNothing()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_2);
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_2); // same label again: no new step
        QCOMPARE(w.undoStack()->count(), 1);
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_0);
        QCOMPARE(currentLabel(*w.store(), first), QString());
        QCOMPARE(w.store()->labelHistory(first).size(), 2);
    }

    void bulkLabeling()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 6)));
        QListView *view = w.browser()->view();
        view->selectAll();
        const QList<qint64> ids = w.browser()->selectedImageIds();
        QCOMPARE(ids.size(), 6);
        QTest::keyClick(&w, Qt::Key_5);
        for (qint64 id : ids)
            QCOMPARE(currentLabel(*w.store(), id), QStringLiteral("BASOPHIL"));
        QCOMPARE(w.undoStack()->count(), 1); // one step for the lot
        w.undoStack()->undo();
        for (qint64 id : ids)
            QCOMPARE(currentLabel(*w.store(), id), QString());
    }

    void flagOverrideIsUndoable()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 4)));
        QSignalSpy done(&w, &MainWindow::detectionFinished);
        w.detectCells();
        QVERIFY(done.wait(60000));
        const qint64 id = w.browser()->currentImageId();
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Single);
        w.setCurrentFlag(CellCountFlag::Multi);
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Multi);
        QCOMPARE(w.store()->effectiveFlag(id)->source, QStringLiteral("user"));
        w.undoStack()->undo();
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Single);
        QCOMPARE(w.store()->effectiveFlag(id)->source, QStringLiteral("detected"));
        w.undoStack()->redo();
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Multi);
    }

    void boxEditsAreUndoable()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 2)));
        CellViewer *viewer = w.viewer();
        const qint64 id = w.browser()->currentImageId();
        QTRY_VERIFY(viewer->hasImage());
        const int before = int(w.store()->cells(id).size());
        Q_EMIT viewer->boxAdded(id, QRect(10, 10, 30, 30));
        QCOMPARE(w.store()->cells(id).size(), before + 1);
        const qint64 added = w.store()->cells(id, QStringLiteral("user")).first().id;
        Q_EMIT viewer->boxEdited(added, QRect(20, 20, 30, 30));
        QCOMPARE(w.store()->cell(added)->box, QRect(20, 20, 30, 30));
        Q_EMIT viewer->boxDeleteRequested(added);
        QCOMPARE(w.store()->cells(id).size(), before);
        w.undoStack()->undo(); // delete
        QCOMPARE(w.store()->cells(id, QStringLiteral("user")).first().box, QRect(20, 20, 30, 30));
        w.undoStack()->undo(); // move (on the re-created box)
        QCOMPARE(w.store()->cells(id, QStringLiteral("user")).first().box, QRect(10, 10, 30, 30));
        w.undoStack()->undo(); // add
        QCOMPARE(w.store()->cells(id).size(), before);
        w.undoStack()->redo();
        w.undoStack()->redo();
        QCOMPARE(w.store()->cells(id, QStringLiteral("user")).first().box, QRect(20, 20, 30, 30));
        int wbcBoxes = 0;
        for (const CellRecord &c : w.store()->cells(id))
            wbcBoxes += c.kind == CellKind::Wbc;
        QCOMPARE(viewer->boxCount(), wbcBoxes); // the viewer shows the store's WBC boxes
        // Editing an annotated box makes it a person's box; undo restores the annotation.
        const CellRecord annotated = w.store()->cells(id, QStringLiteral("annotation")).first();
        Q_EMIT viewer->boxEdited(annotated.id, annotated.box.adjusted(1, 1, 1, 1));
        QCOMPARE(w.store()->cell(annotated.id)->source, QStringLiteral("user"));
        w.undoStack()->undo();
        QCOMPARE(w.store()->cell(annotated.id)->source, QStringLiteral("annotation"));
        QCOMPARE(w.store()->cell(annotated.id)->box, annotated.box);
    }

    void viewerZoom()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1000, 700);
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 2)));
        CellViewer *viewer = w.viewer();
        QTRY_VERIFY(viewer->hasImage());
        QVERIFY(viewer->isFitting());
        const double fit = viewer->zoom();
        viewer->zoomIn();
        QVERIFY(viewer->zoom() > fit);
        QVERIFY(!viewer->isFitting());
        viewer->fitToWindow();
        QCOMPARE(viewer->zoom(), fit);
        viewer->zoomToActualSize();
        QCOMPARE(viewer->zoom(), 1.0);
    }

    void labelSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString project = makeUnlabeledProject(dir, 4);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--label-child"), project});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("labeled ") && t.elapsed() < 60000) {
            child.waitForReadyRead(500);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("labeled "), out.constData());
        test::killChild(child); // no clean shutdown, no Save
        const qint64 id = out.mid(out.indexOf("labeled ") + 8).trimmed().toLongLong();
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(currentLabel(store, id), QStringLiteral("EOSINOPHIL"));
    }
};

// Child mode for labelSurvivesSigkill: opens the window, presses "2" and reports, then idles.
static int labelChild(const QString &project)
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow w;
    if (!showActive(w) || !w.openProject(project))
        return 1;
    const qint64 id = w.browser()->currentImageId();
    QTest::keyClick(&w, Qt::Key_2);
    printf("labeled %lld\n", static_cast<long long>(id));
    fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--label-child") == 0)
        return labelChild(QString::fromLocal8Bit(argv[2]));
    TestLabeling tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_labeling.moc"
