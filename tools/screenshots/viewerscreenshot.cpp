// viewer-two-cells: the main window with a two-cell field labelled through the keys (BCCD's
// BloodImage_00043, a neutrophil and a monocyte, when the set is there). Best under a real X
// server (xvfb-run -a -s "-screen 0 1600x1000x24", QT_QPA_PLATFORM=xcb), where it is maximized.
#include <QListView>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cellviewer.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "slidebrowser.h"
#include "thumbnailloader.h"

namespace wbc::screenshots {

QString viewerTwoCells(const Options &options, const QString &out)
{
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("bccd.wbc"));
    QString name = QStringLiteral("BloodImage_00043.jpg");
    QList<int> keys = { Qt::Key_1, Qt::Key_4 }; // neutrophil, monocyte
    if (const QString bccd = test::bccdDir(); !bccd.isEmpty()) {
        ProjectStore store;
        WBC_SHOT_CHECK(store.open(project));
        WBC_SHOT_CHECK(
            DatasetImporter(store, QStringLiteral("import")).run(bccd).fatalError.isEmpty());
    } else {
        project = test::makeTwoCellProject(dir.path(), 24);
        name.clear();
        keys = { Qt::Key_1, Qt::Key_3 };
    }
    MainWindow w;
    w.resize(1600, 1000);
    WBC_SHOT_CHECK(test::showActive(w));
    w.setWindowState(Qt::WindowMaximized);
    WBC_SHOT_CHECK(w.openProject(project));
    const qint64 image = name.isEmpty() ? test::imageWithCells(w, 2) : [&] {
        return w.browser()->selectImageNamed(name) ? w.browser()->currentImageId() : 0;
    }();
    WBC_SHOT_CHECK(image);
    WBC_SHOT_CHECK(w.browser()->selectImage(image));
    for (int key : keys)
        QTest::keyClick(&w, Qt::Key(key));
    WBC_SHOT_CHECK(w.store()->whiteCells(image).size() == 2);
    WBC_SHOT_CHECK(w.browser()->selectImage(image));
    WBC_SHOT_CHECK(QTest::qWaitFor(
        [&] { return w.viewer()->hasImage() && w.viewer()->imageId() == image; }, 10000));
    w.browser()->view()->setFocus();
    WBC_SHOT_CHECK(QTest::qWaitFor(
        [&] { return w.browser()->thumbnailLoader()->pendingCount() == 0; }, 30000));
    QTest::qWait(800); // the status bar's counts follow within 500 ms
    if (options.rootWindow) {
        const QStringList args = { QStringLiteral("-window"), QStringLiteral("root"), out };
        WBC_SHOT_CHECK(QProcess::execute(QStringLiteral("import"), args) == 0);
        return {};
    }
    return save(w, out);
}

} // namespace wbc::screenshots
