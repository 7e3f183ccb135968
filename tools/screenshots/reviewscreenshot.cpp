// review-table: the main window's review table of cells over twelve synthetic fields, half of
// them with two white cells (the review tests' project: an untrained model's predictions), with
// four cells labelled, two of them through the review.
#include <QSignalSpy>
#include <QTest>

#include "guisupport.h"
#include "mainwindow.h"
#include "reviewfixture.h"
#include "reviewpanel.h"
#include "screenshot.h"
#include "slidebrowser.h"
#include "thumbnailloader.h"

namespace wbc::screenshots {

QString reviewTable(const Options &, const QString &out)
{
    test::ReviewFixture f(12, 0.5);
    MainWindow w;
    w.resize(1600, 1000);
    WBC_SHOT_CHECK(test::showActive(w));
    WBC_SHOT_CHECK(w.openProject(f.project));
    QSignalSpy done(&w, &MainWindow::predictionFinished);
    w.predictImages();
    WBC_SHOT_CHECK(done.wait(120000));
    w.showReview();
    for (int i = 0; i < 4 && i < f.cells.size(); ++i)
        WBC_SHOT_CHECK(w.store()->addCellLabel(f.cells[i].id,
            CellLabel::ofClass(CellClass(i % 4)),
            i % 2 ? LabelOrigin::Review : LabelOrigin::Key,
            QStringLiteral("tester")));
    w.review()->reload();
    WBC_SHOT_CHECK(w.review()->selectCell(f.cells[1].id));
    WBC_SHOT_CHECK(QTest::qWaitFor(
        [&] { return w.browser()->thumbnailLoader()->pendingCount() == 0; }, 30000));
    QTest::qWait(300);
    return save(w, out);
}

} // namespace wbc::screenshots
