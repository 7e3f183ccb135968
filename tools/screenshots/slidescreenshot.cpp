// slide-viewer: the main window on a scanned slide (a synthetic pyramidal TIFF of smear fields,
// tests/slidefixture.h) in the slide viewer: its white cells drawn in their labels' colours, a
// few labelled through the keys, one selected, the overview inset in the corner.
// slide-gallery: the cell gallery of the white cells a scan of that slide found (their crops
// cached at the scan).
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include "cellcroploader.h"
#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "slide/projectslidescan.h"
#include "slidebrowser.h"
#include "slidefixture.h"
#include "slideview.h"
#include "thumbnailloader.h"

namespace wbc::screenshots {

namespace {

    // The view of the screenshots: a few fields' worth of the smear at 22 %.
    void showSomeFields(SlideView &v)
    {
        v.setScale(0.22);
        v.centerOn(QPointF(2300, 1700));
    }

    // The class the writer drew in the field holding a cell: field i has class i modulo this
    // cycle (core/slide/syntheticslide.cpp), so the labels of the picture are the right ones.
    std::optional<CellClass> drawnClass(const test::SlideProject &fixture, const QRect &box)
    {
        const CellClass cycle[] = { CellClass::Neutrophil,
            CellClass::Lymphocyte,
            CellClass::Monocyte,
            CellClass::Eosinophil,
            CellClass::Neutrophil };
        for (int i = 0; i < fixture.fields.size(); ++i)
            if (fixture.fields[i].contains(box.center()))
                return cycle[i % std::size(cycle)];
        return std::nullopt;
    }

    // Labels some of the cells in view through the window's keys, as a person would: a click on
    // the cell, then its class key.
    QString labelSomeCells(MainWindow &w, SlideView &v, const test::SlideProject &fixture)
    {
        showSomeFields(v);
        QList<CellRecord> inView;
        for (const CellRecord &c : v.cells())
            if (v.visibleRect().adjusted(100, 100, -100, -100).contains(QRectF(c.box))
                && drawnClass(fixture, c.box))
                inView.append(c);
        WBC_SHOT_CHECK(inView.size() >= 12);
        for (int i = 0; i < 9; ++i) {
            const CellRecord cell = inView.at((i * 5) % inView.size()); // spread over the view
            showSomeFields(v);
            QTest::mouseClick(
                &v, Qt::LeftButton, {}, v.mapFromSlide(QRectF(cell.box).center()).toPoint());
            WBC_SHOT_CHECK(v.currentCellId() == cell.id);
            const QKeySequence key
                = test::keyFor(CellLabel::ofClass(*drawnClass(fixture, cell.box)));
            QTest::keyClick(&w, key[0].key(), key[0].keyboardModifiers());
        }
        showSomeFields(v);
        return {};
    }

} // namespace

QString slideViewer(const Options &, const QString &out)
{
    QTemporaryDir dir;
    const test::SlideProject fixture = test::makeSlideProject(dir.path());
    WBC_SHOT_CHECK(fixture.ok());
    MainWindow w;
    w.resize(1600, 1000);
    WBC_SHOT_CHECK(test::showActive(w));
    w.setWindowState(Qt::WindowMaximized);
    WBC_SHOT_CHECK(w.openProject(fixture.project));
    WBC_SHOT_CHECK(w.browser()->selectImage(fixture.imageId));
    SlideView *v = w.slideView();
    WBC_SHOT_CHECK(QTest::qWaitFor([&] { return v->isOpen(); }, 20000));
    if (const QString error = labelSomeCells(w, *v, fixture); !error.isEmpty())
        return error;
    // An unlabelled cell in view selected: what the next key labels.
    for (const CellRecord &c : v->cells())
        if (v->cellLabel(c.id).isUnlabelled()
            && v->visibleRect().adjusted(300, 300, -300, -300).contains(QRectF(c.box))) {
            QTest::mouseClick(
                v, Qt::LeftButton, {}, v->mapFromSlide(QRectF(c.box).center()).toPoint());
            break;
        }
    WBC_SHOT_CHECK(QTest::qWaitFor(
        [&] {
            v->repaint();
            return v->missingTileCount() == 0 && !v->isLoading();
        },
        20000));
    WBC_SHOT_CHECK(QTest::qWaitFor(
        [&] { return w.browser()->thumbnailLoader()->pendingCount() == 0; }, 30000));
    QTest::qWait(800); // the status bar's counts follow within 500 ms
    return save(w, out);
}

QString slideGallery(const Options &, const QString &out)
{
    QTemporaryDir dir;
    const test::SlideProject fixture = test::makeSlideProject(dir.path());
    WBC_SHOT_CHECK(fixture.ok());
    {
        // Scanned as `wbc detect --project` does: the detector's cells with their cached crops.
        ProjectStore store;
        WBC_SHOT_CHECK(store.open(fixture.project, ProjectStore::OpenMode::OpenExisting));
        const ProjectSlideScanReport scan = ProjectSlideScan(store, SlideScanParams()).run();
        WBC_SHOT_CHECK(scan.fatalError.isEmpty() && scan.completed == 1 && scan.cells > 20);
    }
    MainWindow w;
    w.resize(1600, 1000);
    WBC_SHOT_CHECK(test::showActive(w));
    WBC_SHOT_CHECK(w.openProject(fixture.project));
    WBC_SHOT_CHECK(w.browser()->selectImage(fixture.imageId));
    SlideView *v = w.slideView();
    WBC_SHOT_CHECK(QTest::qWaitFor([&] { return v->isOpen(); }, 20000));
    if (const QString error = labelSomeCells(w, *v, fixture); !error.isEmpty())
        return error;
    w.showGallery();
    CellGalleryView *gallery = w.gallery();
    WBC_SHOT_CHECK(test::waitLoaded(gallery->model()));
    gallery->model()->setFilter(GalleryFilter::All);
    QTest::qWait(300);
    gallery->scrollArea()->verticalScrollBar()->setValue(0); // the labelled groups first
    QTest::qWait(1500);
    WBC_SHOT_CHECK(
        QTest::qWaitFor([&] { return gallery->cropLoader()->pendingCount() == 0; }, 30000));
    QTest::qWait(500);
    return save(w, out);
}

} // namespace wbc::screenshots
