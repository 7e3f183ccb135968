#include "guisupport.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "project/projectstore.h"
#include "slidebrowser.h"
#include "testsupport.h"
#include "trainingdashboard.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

namespace {

// What the window told the user (showError() logs instead of a message box offscreen).
QStringList g_warnings;

void recordWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        g_warnings.append(message);
}

struct WarningRecorder
{
    QtMessageHandler previous;
    WarningRecorder() : previous(qInstallMessageHandler(recordWarning)) { g_warnings.clear(); }
    ~WarningRecorder() { qInstallMessageHandler(previous); }
    bool saw(const QStringList &words) const
    {
        for (const QString &w : std::as_const(g_warnings)) {
            if (std::all_of(words.cbegin(), words.cend(), [&](const QString &x) { return w.contains(x); }))
                return true;
        }
        return false;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndQuitsOnCtrlQ()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("WBC Studio"));
        QTest::keyClick(w.focusWidget() ? w.focusWidget() : &w, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w.isVisible());
    }

    void importsFolderGivenOnCommandLine()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("smears"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(6)));
        MainWindow w;
        w.show();
        QSignalSpy finished(&w, &MainWindow::importFinished);
        QVERIFY(w.openPath(data));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(w.store());
        QCOMPARE(w.store()->path(), dir.filePath(QStringLiteral("smears.wbc")));
        QCOMPARE(w.store()->stats().images, 6);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("smears.wbc")));
    }

    // Two windows on one project: the second opens it read-only, names the first and writes
    // nothing; when the first dies its lock is taken over.
    void secondInstanceOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("smears"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(4)));
        const QString project = dir.filePath(QStringLiteral("smears.wbc"));
        QCOMPARE(test::runCli({"import", data, "--project", project, "--quiet"}).status, 0);

        QProcess first; // another wbc-studio: this test binary showing a MainWindow
        first.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--window"), project});
        QVERIFY(first.waitForStarted());
        QVERIFY(first.waitForReadyRead(60000));
        QCOMPARE(first.readLine().trimmed(), QByteArray("readonly=0"));

        WarningRecorder warnings;
        {
            MainWindow w;
            QVERIFY(test::showActive(w));
            QVERIFY(w.openProject(project));
            QVERIFY(w.store()->isReadOnly());
            const QString pid = QString::number(first.processId());
            // One banner names the holder (no dialog); the title says read-only.
            QVERIFY(w.readOnlyBanner()->isVisible());
            const QString bannerText = w.readOnlyBanner()->text();
            QVERIFY2(bannerText.contains(project) && bannerText.contains("process " + pid)
                         && bannerText.contains("read-only"),
                     qPrintable(bannerText));
            QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
            QVERIFY(w.statusBar()->currentMessage().contains("process " + pid));
            QVERIFY2(w.windowTitle().startsWith("smears.wbc (read-only) \u2014 "),
                     qPrintable(w.windowTitle()));
            // The label actions are off; their keys point at the banner, never a dialog per key.
            const QString labelText = QStringLiteral("Label as %1")
                                          .arg(CellLabel::ofClass(CellClass::Monocyte).displayName());
            int labelActions = 0;
            for (QAction *a : w.actions()) {
                if (a->text() == labelText && a->isEnabled())
                    ++labelActions;
            }
            QCOMPARE(labelActions, 1); // the stand-in only
            const QByteArray before = test::readFile(project);
            QTest::keySequence(&w, defaultKeyFor(CellLabel::ofClass(CellClass::Monocyte)));
            QVERIFY(w.readOnlyBanner()->isFlashing());
            QTRY_VERIFY(!w.readOnlyBanner()->isFlashing());
            w.labelSelection(CellLabel::ofClass(CellClass::Monocyte));
            QVERIFY(w.readOnlyBanner()->isFlashing());
            QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
            QSignalSpy imported(&w, &MainWindow::importFinished);
            w.importFolder(data, project);
            QVERIFY(imported.wait(30000));
            QCOMPARE(imported.first().first().toBool(), false);
            QSignalSpy detected(&w, &MainWindow::detectionFinished);
            w.detectCells();
            QVERIFY(detected.wait(30000));
            QCOMPARE(detected.first().first().toBool(), false);
            QVERIFY(warnings.saw({project, "close it there first"}));
            QCOMPARE(test::readFile(project), before);
        }
        test::killChild(first);

        MainWindow w; // the lock of the killed window is stale: this one writes
        QVERIFY(w.openProject(project));
        QVERIFY(!w.store()->isReadOnly());
        QVERIFY(!w.readOnlyBanner()->isVisibleTo(&w));
        QVERIFY(!w.windowTitle().contains("read-only"));
        QProcess second;
        second.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--window"), project});
        QVERIFY(second.waitForStarted());
        QVERIFY(second.waitForReadyRead(60000));
        QCOMPARE(second.readLine().trimmed(), QByteArray("readonly=1"));
        test::killChild(second);
        QVERIFY(w.store()->addLabel(w.store()->images().first().id, ImageLabel({CellClass::Monocyte}),
                                    "user", "me"));
    }

    // Project files the window cannot use: a message names the file, nothing is opened or written.
    void refusesBadProjectFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("text") << QByteArray("junk") << "not a WBC Studio project";
        QTest::newRow("sqlite header, garbage body")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(5000, '\x7f') << "not a WBC Studio project";
    }
    void refusesBadProjectFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.wbc"));
        test::writeFile(path, bytes);
        WarningRecorder warnings;
        MainWindow w;
        QVERIFY(!w.openProject(path));
        QVERIFY(!w.store());
        QVERIFY2(warnings.saw({path, words}), qPrintable(g_warnings.join('\n')));
        QCOMPARE(test::readFile(path), bytes);
        QVERIFY(!QFileInfo::exists(path + ".lock"));
    }

    void newerProjectIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setMeta("schema_version", "99"));
        }
        WarningRecorder warnings;
        MainWindow w;
        QVERIFY(!w.openProject(path));
        QVERIFY(warnings.saw({path, "newer WBC Studio"}));
    }

    // A dataset folder full of bad files: the good image goes in, the window reports problems.
    void importReportsBadFiles()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("bad"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(2)));
        test::writeFile(data + "/images/zero.jpg", QByteArray());
        test::writeFile(data + "/images/text.jpg", "I am text\n");
        test::writeFile(data + "/labels.csv", "image,label\nnope.png,MONOCYTE\n\"open\n");
        test::writeFile(data + "/annotations/x.xml", "<!DOCTYPE a [<!ENTITY e \"e\">]><annotation/>");
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::importFinished);
        w.importFolder(data, dir.filePath(QStringLiteral("bad.wbc")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(w.store()->stats().images, 2);
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains("problem(s), the first:"), qPrintable(message));
    }

    // "project — image — WBC Studio", following the shown image; the name alone when closed.
    void windowTitleNamesProjectAndImage()
    {
        QTemporaryDir dir;
        const QString project = test::makeUnlabeledProject(dir.path(), 3);
        MainWindow w;
        QVERIFY(w.openProject(project));
        const QList<ImageRecord> images = w.store()->images();
        QVERIFY(images.size() == 3);
        for (const ImageRecord &image : images) {
            QVERIFY(w.browser()->selectImage(image.id));
            QCOMPARE(w.windowTitle(),
                     QStringLiteral("p.wbc \u2014 %1 \u2014 WBC Studio")
                         .arg(QFileInfo(image.path).fileName()));
        }
        w.closeProject();
        QCOMPARE(w.windowTitle(), QStringLiteral("WBC Studio"));
    }

    // A click in the training dashboard's confusion matrix shows exactly that entry's images:
    // under another browser filter (here: unlabelled fields only, which hides them all) the
    // filter gives way and the status bar says which one was turned off.
    void confusionMatrixEntryReplacesTheBrowserFilter()
    {
        QTemporaryDir dir;
        const QString project = test::makeUnlabeledProject(dir.path(), 4);
        MainWindow w;
        QVERIFY(w.openProject(project));
        const QList<ImageRecord> images = w.store()->images();
        QCOMPARE(w.browser()->shownCount(), 4);
        w.browser()->setFilter(ImageFilter::Labeled); // nothing is labelled: shows none
        QCOMPARE(w.browser()->shownCount(), 0);
        const QSet<qint64> entry{images.at(1).id, images.at(3).id};
        Q_EMIT w.dashboard()->showImages(entry, QStringLiteral("true A, predicted B"));
        QCOMPARE(w.browser()->shownCount(), 2);
        QVERIFY(w.browser()->isShowingOnly());
        QCOMPARE(w.browser()->filter(), ImageFilter::All);
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("turned off")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2 image")), qPrintable(message));
    }

    // wbc-studio notes.txt: the message File > Open gives, no project made of the file.
    void openPathRefusesFileThatIsNotAProject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("buy reagents\n");
    }
    void openPathRefusesFileThatIsNotAProject()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(path, bytes);
        WarningRecorder warnings;
        MainWindow w;
        QVERIFY(!w.openPath(path));
        QVERIFY(!w.store());
        QVERIFY2(warnings.saw({path, "not a WBC Studio project"}),
                 qPrintable(g_warnings.join('\n')));
        QCOMPARE(test::readFile(path), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"notes.txt"});
    }

    // A folder without images: the window says so and makes no project, nor changes the open one.
    void importOfEmptyFolderCreatesNothing()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        test::writeFile(empty + "/readme.txt", "no images here\n");
        WarningRecorder warnings;
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::importFinished);
        w.openPath(empty);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(warnings.saw({"No images found", empty}), qPrintable(g_warnings.join('\n')));
        QVERIFY(!w.store());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("empty.wbc"))));

        // Into an open project: it stays open and unchanged.
        const QString project = test::makeUnlabeledProject(dir.path(), 2);
        QVERIFY(w.openProject(project));
        const qint64 before = w.store()->stats().images;
        g_warnings.clear();
        w.importFolder(empty, project);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).first().toBool(), false);
        QVERIFY(warnings.saw({"No images found", empty}));
        QVERIFY(w.store());
        QCOMPARE(w.store()->path(), QFileInfo(project).absoluteFilePath());
        QCOMPARE(w.store()->stats().images, before);
    }

    void opensProjectFileAndRefusesGarbage()
    {
        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("junk.wbc"));
        test::writeFile(garbage, "junk");
        MainWindow w;
        QVERIFY(!w.openProject(garbage));
        QVERIFY(!w.store());
        const QString good = dir.filePath(QStringLiteral("good.wbc"));
        QVERIFY(w.openProject(good));
        QCOMPARE(w.store()->stats().images, 0);
    }
};

// Child mode for secondInstanceOpensReadOnly: a window on the project until it is killed.
static int windowChild(const QString &project)
{
    MainWindow w;
    if (!w.openProject(project))
        return 1;
    std::printf("readonly=%d\n", w.store()->isReadOnly() ? 1 : 0);
    std::fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--window") == 0)
        return windowChild(QString::fromLocal8Bit(argv[2]));
    TestMainWindow tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_mainwindow.moc"
