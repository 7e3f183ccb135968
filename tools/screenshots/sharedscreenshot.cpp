// shared-project: an annotator's window on a shared project (BCCD, else synthetic smears) on a
// private PostgreSQL cluster (tests/pgtestsupport.h), with a reviewer's label that arrived live
// in the label history, just after the server went away (the banner).
#include <QTemporaryDir>
#include <QTest>

#include "cellviewer.h"
#include "dataset/datasetimporter.h"
#include "dataset/syntheticsmear.h"
#include "guisupport.h"
#include "labelhistorypanel.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pgtestsupport.h"
#include "project/projectstore.h"
#include "screenshot.h"
#include "slidebrowser.h"
#include "testsupport.h"
#include "thumbnailloader.h"

namespace wbc::screenshots {

QString sharedProject(const Options &, const QString &out)
{
    test::PrivatePgCluster cluster;
    if (!cluster.isStarted())
        return cluster.error();
    QTemporaryDir dir;
    QString error;
    const auto db = test::createPgDatabase(QStringLiteral("screenshot"), &error);
    if (!db)
        return error;
    {
        ProjectStore store;
        if (!store.open(test::pgUrl(*db), ProjectStore::OpenMode::OpenOrCreate, &error))
            return error;
        QString data = test::bccdDir();
        if (data.isEmpty()) {
            data = dir.filePath(QStringLiteral("smears"));
            WBC_SHOT_CHECK(writeSyntheticDataset(data, test::smallDataset(24)));
        }
        WBC_SHOT_CHECK(
            DatasetImporter(store, QStringLiteral("import")).run(data).fatalError.isEmpty());
        WBC_SHOT_CHECK(store.grantRole(QStringLiteral("ann1"), ProjectRole::Annotator));
        WBC_SHOT_CHECK(store.grantRole(QStringLiteral("rev1"), ProjectRole::Reviewer));
    }
    MainWindow w;
    w.resize(1600, 1000);
    WBC_SHOT_CHECK(test::showActive(w));
    w.setWindowState(Qt::WindowMaximized);
    WBC_SHOT_CHECK(w.openProject(test::pgUrl(*db, QStringLiteral("ann1"))));
    WBC_SHOT_CHECK(w.browser()->selectImageNamed(QStringLiteral("BloodImage_00043.jpg"))
                   || w.browser()->currentImageId());
    const qint64 image = w.browser()->currentImageId();
    const QList<CellRecord> cells = w.store()->whiteCells(image);
    WBC_SHOT_CHECK(!cells.isEmpty());
    w.viewer()->selectCell(cells.first().id);
    QTest::keySequence(&w, test::keyFor(CellLabel::ofClass(CellClass::Neutrophil)));
    ProjectStore reviewer;
    WBC_SHOT_CHECK(reviewer.open(test::pgUrl(*db, QStringLiteral("rev1")),
                                 ProjectStore::OpenMode::OpenExisting));
    WBC_SHOT_CHECK(reviewer.addCellLabel(cells.first().id, CellLabel::ofClass(CellClass::Neutrophil),
                                         LabelOrigin::Review, QStringLiteral("rev1")));
    WBC_SHOT_CHECK(QTest::qWaitFor([&] { return w.historyPanel()->entryCount() == 2; }, 2000));
    w.viewer()->selectCell(cells.last().id);
    WBC_SHOT_CHECK(
        QTest::qWaitFor([&] { return w.viewer()->hasImage() && w.viewer()->imageId() == image; }));
    WBC_SHOT_CHECK(test::pgCluster(QStringLiteral("kill")));
    WBC_SHOT_CHECK(QTest::qWaitFor([&] { return w.connectionBanner()->isVisible(); }, 5000));
    WBC_SHOT_CHECK(QTest::qWaitFor(
        [&] { return w.browser()->thumbnailLoader()->pendingCount() == 0; }, 30000));
    QTest::qWait(800);
    return save(w, out);
}

} // namespace wbc::screenshots
