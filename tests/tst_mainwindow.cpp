#include "mainwindow.h"
#include "project/projectstore.h"
#include "testsupport.h"

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
            QVERIFY(w.openProject(project));
            QVERIFY(w.store()->isReadOnly());
            const QString pid = QString::number(first.processId());
            QVERIFY2(warnings.saw({project, "in use by process " + pid, "read-only"}),
                     qPrintable(g_warnings.join('\n')));
            QVERIFY(w.statusBar()->currentMessage().contains("process " + pid));
            // Labeling, importing and detecting are refused with a message; nothing is written.
            const QByteArray before = test::readFile(project);
            w.labelSelection(CellLabel::ofClass(CellClass::Monocyte));
            QVERIFY(warnings.saw({project, "read-only"}));
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
