// gallery: the main window with the cell gallery, a cell that label and prediction disagree on
// selected and shown in its field. docs/images/gallery.png shows the demo project of
// make-demo-project.sh (four BCCD "patients" and a model's predictions) with --slide patient-02;
// without --project, the cell gallery tests' six synthetic fields.
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include "cellcroploader.h"
#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "cellgroupview.h"
#include "galleryfixture.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "slidelistdock.h"
#include "slidelistmodel.h"

namespace wbc::screenshots {

namespace {

    // The first cell, group by group, whose label and prediction disagree; 0 when none does.
    qint64 disagreeingCell(const CellGalleryModel &model)
    {
        for (int g = 0; g < model.groupCount(); ++g) {
            const QModelIndex group = model.groupIndex(g);
            for (int row = 0; row < model.rowCount(group); ++row) {
                const QModelIndex index = model.index(row, 0, group);
                if (index.data(CellGalleryModel::DisagreesRole).toBool())
                    return index.data(CellGalleryModel::CellIdRole).toLongLong();
            }
        }
        return 0;
    }

} // namespace

QString gallery(const Options &options, const QString &out)
{
    std::optional<test::GalleryFixture> fixture;
    QString project = options.project;
    if (project.isEmpty()) {
        fixture.emplace();
        WBC_SHOT_CHECK(fixture->ok());
        project = fixture->store.path();
        fixture->store.close(); // the window opens it
    }
    MainWindow window;
    window.resize(1600, 1000);
    WBC_SHOT_CHECK(window.openProject(project));
    WBC_SHOT_CHECK(test::showActive(window));
    window.showGallery();
    CellGalleryView *gallery = window.gallery();
    WBC_SHOT_CHECK(test::waitLoaded(gallery->model()));
    SlideListDock *slides = window.slideList();
    WBC_SHOT_CHECK(QTest::qWaitFor([&] { return slides->model()->rowCount() > 1; }, 5000));
    if (!options.slide.isEmpty()) {
        const auto slide = window.store()->slideByName(options.slide);
        WBC_SHOT_CHECK(slide);
        WBC_SHOT_CHECK(slides->selectSlide(slide->id));
    }
    gallery->model()->setFilter(GalleryFilter::All);
    if (const qint64 shown = disagreeingCell(*gallery->model())) {
        WBC_SHOT_CHECK(gallery->selectCell(shown));
        const QModelIndex index = gallery->model()->indexOfCell(shown);
        CellGroupView *view = gallery->groupView(gallery->model()->groupOf(index));
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        gallery->scrollArea()->verticalScrollBar()->setValue(0);
    }
    QTest::qWait(1500);
    WBC_SHOT_CHECK(
        QTest::qWaitFor([&] { return gallery->cropLoader()->pendingCount() == 0; }, 20000));
    QTest::qWait(500);
    return save(window, out);
}

} // namespace wbc::screenshots
