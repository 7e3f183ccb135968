#include "mainwindow.h"
#include "projectstore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
