// Cells > Find White Cells on Slide in the main window, on a synthetic slide project just
// imported: the scan runs in the background with Cancel in
// the status bar, stores the cells with their crops and shows them in the slide view and the
// gallery; a cancelled scan keeps its cells and the action continues it to the full set; "stop
// after N" stores N cells; a counting area dragged on the slide limits the scan to it; and the
// differential count report of the scanned slide shows its example cells from the cached crops
// after the slide file has been moved away.
#include <algorithm>
#include <tuple>

#include <opencv2/core.hpp>

#include <QAction>
#include <QFile>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "detection/detectionevaluation.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "pdftextsupport.h"
#include "project/projectstore.h"
#include "report/differentialreport.h"
#include "slide/slidecellcrops.h"
#include "slidebrowser.h"
#include "slidefixture.h"
#include "slideview.h"
#include "taskprogress.h"

using namespace wbc;

namespace {

QList<std::tuple<int, int, int, int>> sortedBoxes(const QList<CellRecord> &cells)
{
    QList<std::tuple<int, int, int, int>> boxes;
    for (const CellRecord &c : cells)
        boxes.append({ c.box.y(), c.box.x(), c.box.width(), c.box.height() });
    std::sort(boxes.begin(), boxes.end());
    return boxes;
}

// A project holding one imported slide file and no cells, as File > Import leaves it: a
// 5120 x 3072 smear of 320 x 240 fields at twice the detector's scale (white cells about 95
// pixels at the working scale, as in tst_slidescan), 15 tiles of 1024.
test::SlideProject unscannedProject(const QString &dir)
{
    test::SlideProject p;
    p.slide = dir + QStringLiteral("/smear.tiff");
    p.project = dir + QStringLiteral("/slides.wbc");
    SyntheticSlideSpec spec;
    spec.width = 5120;
    spec.height = 3072;
    spec.micronsPerPixel = 2 * kBccdMicronsPerPixel;
    spec.fields = syntheticFieldGrid(QRect(20, 30, 5080, 3020), 320, 240, 40);
    spec.seed = 7;
    p.fields = spec.fields;
    if (!writeSyntheticSlide(p.slide, spec, &p.truth, &p.error))
        return p;
    ProjectStore store;
    if (!store.open(p.project)) {
        p.error = store.lastError();
        return p;
    }
    const SlideImportReport report = SlideImporter(store).run({ p.slide }, dir);
    if (!report.fatalError.isEmpty() || report.imageIds.size() != 1)
        p.error = report.fatalError.isEmpty() ? p.slide + QStringLiteral(": not imported")
                                              : report.fatalError;
    else
        p.imageId = report.imageIds.first();
    return p;
}

} // namespace

class TestSlideScanAction : public QObject
{
    Q_OBJECT

private:
    QList<CellRecord> m_full; // the cells of one uninterrupted scan
    QTemporaryDir m_scannedDir; // its project, for the report

    // Opens the project in w and shows its slide.
    bool showSlide(MainWindow &w, const test::SlideProject &p)
    {
        if (!test::showActive(w) || !w.openProject(p.project)
            || !w.browser()->selectImage(p.imageId))
            return false;
        SlideView *v = w.slideView();
        return QTest::qWaitFor([&] { return v->isOpen() && v->imageId() == p.imageId; }, 20000)
            && v->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
        QVERIFY(m_scannedDir.isValid());
    }
    void init() { QSettings().clear(); }

    void findsTheCellsOfTheShownSlide()
    {
        const test::SlideProject p = unscannedProject(m_scannedDir.path());
        QVERIFY2(p.ok(), qPrintable(p.error));
        MainWindow w;
        QVERIFY(showSlide(w, p));
        QCOMPARE(w.slideView()->cells().size(), 0);
        QCOMPARE(w.scanSlideAction()->text(), MainWindow::tr("&Find White Cells on Slide"));
        QVERIFY(w.scanSlideAction()->isEnabled());

        QSignalSpy finished(&w, &MainWindow::slideScanFinished);
        w.scanSlideAction()->trigger();
        // A job of the status bar: the quit prompt knows it, Cancel is there.
        auto *task = w.findChild<TaskProgress *>();
        QVERIFY(task);
        QVERIFY(w.isBusy());
        QVERIFY(task->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!w.isBusy());

        // Stored: every drawn white cell found (IoU >= 0.5), each with a cached crop.
        const QList<CellRecord> stored = w.store()->whiteCells(p.imageId);
        QVERIFY(!stored.isEmpty());
        int found = 0;
        for (const QRect &truth : p.truth.wbcs)
            found += std::any_of(stored.cbegin(), stored.cend(), [&](const CellRecord &c) {
                return iou(c.box, truth) >= 0.5;
            });
        QVERIFY2(found >= 0.9 * p.truth.wbcs.size(),
            qPrintable(QStringLiteral("%1 of %2").arg(found).arg(p.truth.wbcs.size())));
        QList<qint64> ids;
        for (const CellRecord &c : stored)
            ids.append(c.id);
        const QHash<qint64, CellCropRecord> crops = w.store()->cellCrops(ids);
        QCOMPARE(crops.size(), stored.size());
        bool complete = false;
        QVERIFY(!w.store()->slideScan(p.imageId, &complete).isEmpty());
        QVERIFY(complete);

        // Shown: the slide view and the gallery have them.
        QCOMPARE(w.slideView()->cells().size(), stored.size());
        QTRY_COMPARE(w.gallery()->model()->totalCount(), int(stored.size()));
        QCOMPARE(w.scanSlideAction()->text(), MainWindow::tr("&Find White Cells on Slide Again"));
        m_full = stored;
    }

    void cancelThenContinueGivesTheFullSet()
    {
        QVERIFY(!m_full.isEmpty());
        QTemporaryDir dir;
        const test::SlideProject p = unscannedProject(dir.path());
        QVERIFY2(p.ok(), qPrintable(p.error));
        MainWindow w;
        QVERIFY(showSlide(w, p));
        auto *task = w.findChild<TaskProgress *>();
        auto *bar = task->findChild<QProgressBar *>();
        QVERIFY(bar);
        // Cancel as soon as the first tiles are done, as the status bar's Cancel would.
        const QMetaObject::Connection c
            = connect(bar, &QProgressBar::valueChanged, task, [task](int v) {
                  if (v > 0)
                      task->cancel();
              });
        QSignalSpy finished(&w, &MainWindow::slideScanFinished);
        w.scanSlideAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        disconnect(c);
        bool complete = true;
        QVERIFY(!w.store()->slideScan(p.imageId, &complete).isEmpty());
        QVERIFY(!complete);
        const QList<CellRecord> partial = w.store()->whiteCells(p.imageId);
        QVERIFY(partial.size() < m_full.size());
        QCOMPARE(w.slideView()->cells().size(), partial.size()); // what it found is kept
        QCOMPARE(
            w.scanSlideAction()->text(), MainWindow::tr("Continue &Finding White Cells on Slide"));

        w.scanSlideAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 180000);
        QVERIFY(!w.store()->slideScan(p.imageId, &complete).isEmpty());
        QVERIFY(complete);
        const QList<CellRecord> all = w.store()->whiteCells(p.imageId);
        QCOMPARE(sortedBoxes(all), sortedBoxes(m_full));
        QCOMPARE(w.slideView()->cells().size(), all.size());
    }

    void stopsAfterNCells()
    {
        QTemporaryDir dir;
        const test::SlideProject p = unscannedProject(dir.path());
        QVERIFY2(p.ok(), qPrintable(p.error));
        QVERIFY(p.truth.wbcs.size() > 20);
        MainWindow::setSlideScanMaxCells(20);
        QCOMPARE(MainWindow::slideScanMaxCells(), 20);
        MainWindow w;
        QVERIFY(showSlide(w, p));
        QSignalSpy finished(&w, &MainWindow::slideScanFinished);
        w.scanAllSlidesAction()->trigger(); // every slide not scanned: this one
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        QCOMPARE(w.store()->whiteCells(p.imageId).size(), 20);
        QCOMPARE(w.slideView()->cells().size(), 20);
    }

    // Cells > Draw Counting Area, a drag over the slide: the scan covers only that rectangle.
    void countingAreaDrawnOnTheSlide()
    {
        QVERIFY(!m_full.isEmpty());
        QTemporaryDir dir;
        const test::SlideProject p = unscannedProject(dir.path());
        QVERIFY2(p.ok(), qPrintable(p.error));
        MainWindow w;
        QVERIFY(showSlide(w, p));
        SlideView *v = w.slideView();
        v->fitToWindow();
        const QPoint from(v->width() / 4, v->height() / 4);
        const QPoint to(v->width() * 3 / 4, v->height() * 3 / 4);
        const QRectF expected = QRectF(v->mapToSlide(from), v->mapToSlide(to))
                                    .intersected(QRectF(QPointF(0, 0), v->slideSize()));
        QVERIFY(expected.width() > 500 && expected.height() > 500);
        w.countingAreaAction()->trigger();
        QVERIFY(w.countingAreaAction()->isChecked());
        QTest::mousePress(v, Qt::LeftButton, {}, from);
        QTest::mouseMove(v, (from + to) / 2);
        QTest::mouseMove(v, to);
        QTest::mouseRelease(v, Qt::LeftButton, {}, to);
        QVERIFY(!w.countingAreaAction()->isChecked());
        QCOMPARE(v->currentCellId(), 0); // the drag was not a click on the view
        const std::optional<QRect> area = w.slideCountingArea(p.imageId);
        QVERIFY(area);
        QVERIFY2(std::abs(area->left() - expected.left()) <= 2
                && std::abs(area->bottom() - expected.bottom()) <= 2,
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(area->x())
                           .arg(area->y())
                           .arg(area->width())
                           .arg(area->height())));
        // The area is outlined on the slide, and again when the slide is shown anew.
        QCOMPARE(v->countingArea(), area);
        const QImage shot = v->grab().toImage();
        const QPoint edge = v->mapFromSlide(QPointF(area->x(), area->center().y())).toPoint();
        int outline = 0; // the outline's dark blue along its left edge (no smear is that colour)
        for (int dy = -10; dy <= 10; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = shot.pixelColor(edge + QPoint(dx, dy));
                outline += c.red() < 60 && c.green() < 80 && c.blue() > 90;
            }
        }
        QVERIFY2(outline >= 5, qPrintable(QString::number(outline)));
        QVERIFY(showSlide(w, p));
        QCOMPARE(w.slideView()->countingArea(), area);

        QSignalSpy finished(&w, &MainWindow::slideScanFinished);
        w.scanSlideAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        const QList<CellRecord> cells = w.store()->whiteCells(p.imageId);
        QVERIFY(!cells.isEmpty());
        QList<QRect> inside;
        for (const CellRecord &c : m_full)
            if (area->contains(c.box.center()))
                inside.append(c.box);
        QVERIFY(inside.size() < m_full.size());
        QList<QRect> found;
        for (const CellRecord &c : cells) {
            QVERIFY(area->contains(c.box.center()));
            found.append(c.box);
        }
        QVERIFY(matchBoxes(inside, found, 0.5).matched >= inside.size() - 2);

        // Cleared: the next scan covers the whole slide again.
        QVERIFY(w.setSlideCountingArea(p.imageId, std::nullopt));
        QVERIFY(!w.slideCountingArea(p.imageId));
    }

    // The scanned slide moved away: the report still counts its cells and draws its example
    // cells from the cached crops (no "unreadable" placeholder, real pixels).
    void reportUsesCachedCropsWithoutTheSlide()
    {
        QVERIFY(!m_full.isEmpty());
        const QString project = m_scannedDir.filePath(QStringLiteral("slides.wbc"));
        const QString slide = m_scannedDir.filePath(QStringLiteral("smear.tiff"));
        QVERIFY(QFile::rename(slide, slide + QStringLiteral(".moved")));
        ProjectStore store;
        QVERIFY(store.open(project));
        const CellClass classes[] = { CellClass::Neutrophil, CellClass::Lymphocyte };
        for (int i = 0; i < 6; ++i)
            QVERIFY(store.addCellLabel(m_full.at(i).id,
                CellLabel::ofClass(classes[i % 2]),
                LabelOrigin::Key,
                QStringLiteral("tester")));
        const DifferentialReport r = buildDifferentialReport(store, ReportSelection(), 0);
        QCOMPARE(r.total.excluded.size(), 0);
        QCOMPARE(r.total.labelledTotal, 6);
        QCOMPARE(r.total.examples.size(), 6);
        for (const DifferentialCount::Example &e : r.total.examples) {
            QVERIFY(e.onSlide);
            cv::Mat bgr;
            CellRecord inCrop;
            QVERIFY(cachedCropField({ { e.cell.id, e.crop } }, e.cell, &bgr, &inCrop));
            cv::Scalar mean, stddev;
            cv::meanStdDev(bgr, mean, stddev);
            QVERIFY2(stddev[0] + stddev[1] + stddev[2] > 10.0, "a blank crop");
        }
        const QString pdf = m_scannedDir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writeReportPdf(r, pdf, &error), qPrintable(error));
        const QString text = test::pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains(QStringLiteral("Example cells")));
        QVERIFY2(!text.contains(QStringLiteral("unreadable")), qPrintable(text));
    }
};

QTEST_MAIN(TestSlideScanAction)
#include "tst_slidescanaction.moc"
