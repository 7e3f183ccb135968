// The cell gallery: its model (filters, grouping, refresh after label changes, drag and drop),
// the view (keys, Enter, double-click, lazy crops) and the main window's wiring. The stall
// figure with 20,000 cells is tst_cellgalleryload.
#include <functional>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDataStream>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "cellcroploader.h"
#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "cellgroupheader.h"
#include "cellgroupview.h"
#include "cellviewer.h"
#include "galleryfixture.h"
#include "guisupport.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "projectcommands.h"
#include "slidebrowser.h"
#include "slidelistdock.h"
#include "slidelistmodel.h"
#include "testsupport.h"

using namespace wbc;

namespace {

using Fixture = test::GalleryFixture;
using test::waitLoaded;

QList<qint64> shownCells(const CellGalleryModel &model)
{
    QList<qint64> ids;
    for (int g = 0; g < model.groupCount(); ++g) {
        const QModelIndex group = model.groupIndex(g);
        for (int row = 0; row < model.rowCount(group); ++row)
            ids.append(model.index(row, 0, group).data(CellGalleryModel::CellIdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

CellLabel labelOf(ProjectStore &store, qint64 cellId)
{
    const auto l = store.currentCellLabel(cellId);
    return l ? l->label : CellLabel();
}

} // namespace

class TestCellGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
    }
    void init()
    {
        QSettings().clear(); // default label keys, four-class mode
    }

    void modelPassesTester()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryModel model(nullptr);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCommands(&commands);
        model.setProject(&f.store);
        QVERIFY(waitLoaded(&model));
        QCOMPARE(model.totalCount(), 12);
        QCOMPARE(model.shownCount(), 12);
        QCOMPARE(model.modelId(), f.modelId);
        QCOMPARE(model.slides().size(), 2);
        model.setFilter(GalleryFilter::Unlabelled);
        model.setGrouping(GalleryGrouping::Prediction);
        model.setGrouping(GalleryGrouping::Label);
        // A relabel (layout change), an undo, a new box and its deletion (rows come and go).
        QVERIFY(model.relabel(
            { f.cells.at(3) }, CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key));
        stack.undo();
        model.flushRefresh();
        const qint64 box = commands.addBox(f.images.at(0), QRect(2, 2, 30, 30));
        QVERIFY(box > 0);
        model.flushRefresh();
        QCOMPARE(model.totalCount(), 13);
        QVERIFY(model.indexOfCell(box).isValid()); // a new unlabelled cell passes the filter
        QVERIFY(commands.deleteBox(box));
        model.flushRefresh();
        QCOMPARE(model.totalCount(), 12);
        QVERIFY(!model.indexOfCell(box).isValid());
        model.reload();
        QVERIFY(waitLoaded(&model));
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(model.groupIndex(0)), 0);
    }

    void filters_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("cls");
        QTest::addColumn<bool>("slideB");
        QTest::addColumn<QList<int>>("expected");
        const int n = int(CellClass::Neutrophil);
        QTest::newRow("all") << int(GalleryFilter::All) << n << false
                             << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        QTest::newRow("labelled N")
            << int(GalleryFilter::LabelClass) << n << false << QList<int> { 0, 2, 9 };
        QTest::newRow("predicted N")
            << int(GalleryFilter::PredictedClass) << n << false << QList<int> { 0, 1, 2, 9 };
        QTest::newRow("predicted L") << int(GalleryFilter::PredictedClass)
                                     << int(CellClass::Lymphocyte) << false << QList<int> { 3, 8 };
        QTest::newRow("unlabelled")
            << int(GalleryFilter::Unlabelled) << n << false << QList<int> { 3, 7, 10 };
        QTest::newRow("disagreements")
            << int(GalleryFilter::Disagreement) << n << false << QList<int> { 1, 8 };
        QTest::newRow("low confidence")
            << int(GalleryFilter::LowConfidence) << n << false << QList<int> { 1, 8 };
        QTest::newRow("unidentified")
            << int(GalleryFilter::Unidentified) << n << false << QList<int> { 6 };
        QTest::newRow("not counted")
            << int(GalleryFilter::NotCounted) << n << false << QList<int> { 5, 11 };
        QTest::newRow("slide B") << int(GalleryFilter::All) << n << true
                                 << QList<int> { 8, 9, 10, 11 };
        QTest::newRow("slide B unlabelled")
            << int(GalleryFilter::Unlabelled) << n << true << QList<int> { 10 };
    }

    void filters()
    {
        QFETCH(int, filter);
        QFETCH(int, cls);
        QFETCH(bool, slideB);
        QFETCH(QList<int>, expected);
        Fixture f;
        QVERIFY(f.ok());
        CellGalleryModel model(nullptr);
        model.setProject(&f.store);
        QVERIFY(waitLoaded(&model));
        model.setFilter(GalleryFilter(filter), CellClass(cls));
        model.setSlide(slideB ? f.slideB : 0);
        QList<qint64> want;
        for (int i : expected)
            want.append(f.cells.at(i));
        QCOMPARE(shownCells(model), want);
        QCOMPARE(model.shownCount(), int(want.size()));
        QCOMPARE(model.totalCount(), 12);
    }

    void groupsByLabelAndByPrediction()
    {
        Fixture f;
        QVERIFY(f.ok());
        CellGalleryModel model(nullptr);
        model.setProject(&f.store);
        QVERIFY(waitLoaded(&model));
        const auto cellsOf = [&](int g) {
            QList<qint64> ids;
            for (int row = 0; row < model.groupSize(g); ++row)
                ids.append(model.index(row, 0, model.groupIndex(g))
                               .data(CellGalleryModel::CellIdRole)
                               .toLongLong());
            return ids;
        };
        const int n = test::groupOfLabel(model, CellLabel::ofClass(CellClass::Neutrophil));
        QCOMPARE(cellsOf(n), f.pick({ 0, 2, 9 }));
        QCOMPARE(model.groupTitle(n), cellClassDisplayName(CellClass::Neutrophil));
        QCOMPARE(cellsOf(test::groupOfLabel(model, CellLabel())), f.pick({ 3, 7, 10 }));
        QCOMPARE(
            cellsOf(test::groupOfLabel(model, CellLabel::notCounted(NotCounted::Smudge))), f.pick({ 5 }));
        QCOMPARE(cellsOf(test::groupOfLabel(model, CellLabel::unidentified())), f.pick({ 6 }));
        QVERIFY(model.groupAcceptsDrops(test::groupOfLabel(model, CellLabel())));

        model.setGrouping(GalleryGrouping::Prediction);
        QCOMPARE(model.groupCount(), 8);
        QCOMPARE(cellsOf(test::groupOfLabel(model, CellLabel::ofClass(CellClass::Neutrophil))),
            f.pick({ 0, 1, 2, 9 }));
        QCOMPARE(cellsOf(test::groupOfLabel(model, CellLabel::ofClass(CellClass::Lymphocyte))),
            f.pick({ 3, 8 }));
        const int none = model.groupCount() - 1;
        QCOMPARE(model.groupTitle(none), QStringLiteral("No prediction"));
        QCOMPARE(cellsOf(none), f.pick({ 5, 6, 7, 10, 11 }));
        QVERIFY(!model.groupAcceptsDrops(none));

        // The roles the tiles are painted from.
        const QModelIndex c1 = model.indexOfCell(f.cells.at(1));
        QCOMPARE(c1.data(CellGalleryModel::LabelRole).toString(), QStringLiteral("LYMPHOCYTE"));
        QCOMPARE(
            c1.data(CellGalleryModel::PredictionRole).toString(), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(c1.data(CellGalleryModel::ConfidenceRole).toDouble(), 0.55);
        QVERIFY(c1.data(CellGalleryModel::DisagreesRole).toBool());
        QCOMPARE(c1.data(CellGalleryModel::ImageIdRole).toLongLong(), f.images.at(0));
        QCOMPARE(c1.data(CellGalleryModel::SlideIdRole).toLongLong(), f.slideA);
        QCOMPARE(c1.data(Qt::DisplayRole).toString(), QStringLiteral("f0.png"));
        QVERIFY(!model.indexOfCell(f.cells.at(0)).data(CellGalleryModel::DisagreesRole).toBool());
    }

    // A labeling key on the focused grid labels every selected cell through ProjectCommands
    // (one undo step) and moves on; undo restores and the gallery follows.
    void keyReclassifiesSelectedCellsAndUndoRestores()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        gallery.resize(1000, 700);
        QVERIFY(test::showActive(gallery));
        gallery.setProject(&f.store);
        QVERIFY(waitLoaded(gallery.model()));
        gallery.setFilter(GalleryFilter::Unlabelled);
        CellGalleryModel *model = gallery.model();
        const qint64 c3 = f.cells.at(3);
        const qint64 c7 = f.cells.at(7);
        const qint64 c10 = f.cells.at(10);
        QVERIFY(gallery.selectCell(c3));
        gallery.selectionModel()->select(model->indexOfCell(c7), QItemSelectionModel::Select);
        QCOMPARE(gallery.selectedCellIds(), QList<qint64>({ c3, c7 }));
        const int unlabelled = test::groupOfLabel(*model, CellLabel());
        CellGroupView *view = gallery.groupView(unlabelled);
        QVERIFY(view->isVisible());
        view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return view->hasFocus(); }));

        QTest::keyClick(view, Qt::Key_3); // Lymphocyte
        const CellLabel lymphocyte = CellLabel::ofClass(CellClass::Lymphocyte);
        QCOMPARE(labelOf(f.store, c3), lymphocyte);
        QCOMPARE(labelOf(f.store, c7), lymphocyte);
        QCOMPARE(f.store.currentCellLabel(c3)->origin, LabelOrigin::Bulk);
        QCOMPARE(f.store.currentCellLabel(c3)->author, QStringLiteral("tester"));
        QCOMPARE(labelOf(f.store, c10), CellLabel());
        QCOMPARE(stack.count(), 1);
        // The cells moved to their class but stay shown; the next unlabelled cell is current.
        const int l = test::groupOfLabel(*model, lymphocyte);
        QCOMPARE(model->groupOf(model->indexOfCell(c3)), l);
        QCOMPARE(model->groupOf(model->indexOfCell(c7)), l);
        QCOMPARE(model->shownCount(), 3);
        QCOMPARE(gallery.currentCellId(), c10);
        QCOMPARE(gallery.selectedCellIds(), QList<qint64>({ c10 }));
        QVERIFY(gallery.groupView(l)->isVisible());

        // One cell: origin "key". The store's other connection (the test's) sees it at once.
        QTest::keyClick(view, Qt::Key_7); // smudge cell (not counted)
        QCOMPARE(labelOf(f.store, c10), CellLabel::notCounted(NotCounted::Smudge));
        QCOMPARE(f.store.currentCellLabel(c10)->origin, LabelOrigin::Key);

        stack.undo();
        QTRY_COMPARE(model->groupOf(model->indexOfCell(c10)), unlabelled);
        QCOMPARE(labelOf(f.store, c10), CellLabel());
        stack.undo();
        QTRY_COMPARE(model->groupOf(model->indexOfCell(c3)), unlabelled);
        QCOMPARE(labelOf(f.store, c3), CellLabel());
        QCOMPARE(labelOf(f.store, c7), CellLabel());
        QCOMPARE(f.store.currentCellLabel(c3)->origin, LabelOrigin::Undo);
        stack.redo();
        QTRY_COMPARE(model->groupOf(model->indexOfCell(c7)), l);
    }

    // Up and down arrows cross from one group to the next; a header click collapses its group.
    void arrowsCrossGroupsAndHeadersCollapse()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        gallery.resize(1000, 700);
        QVERIFY(test::showActive(gallery));
        gallery.setProject(&f.store);
        CellGalleryModel *model = gallery.model();
        QVERIFY(waitLoaded(model));
        const int n = test::groupOfLabel(*model, CellLabel::ofClass(CellClass::Neutrophil));
        const int e = test::groupOfLabel(*model, CellLabel::ofClass(CellClass::Eosinophil));
        QVERIFY(gallery.selectCell(f.cells.at(0)));
        CellGroupView *neutrophils = gallery.groupView(n);
        neutrophils->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return neutrophils->hasFocus(); }));
        QTest::keyClick(neutrophils, Qt::Key_Down); // one row only: on to the eosinophils
        QCOMPARE(gallery.currentCellId(), f.cells.at(4));
        QVERIFY(gallery.groupView(e)->hasFocus());
        QTest::keyClick(gallery.groupView(e), Qt::Key_Up);
        QCOMPARE(gallery.currentCellId(), f.cells.at(0));
        QTest::keyClick(neutrophils, Qt::Key_Right);
        QCOMPARE(gallery.currentCellId(), f.cells.at(2));

        CellGroupHeader *header = gallery.groupHeader(n);
        QCOMPARE(header->title(), cellClassDisplayName(CellClass::Neutrophil));
        QCOMPARE(header->count(), 3);
        QTest::mouseClick(header, Qt::LeftButton);
        QVERIFY(!header->isExpanded());
        QVERIFY(!neutrophils->isVisible());
        QTest::mouseClick(header, Qt::LeftButton);
        QVERIFY(neutrophils->isVisible());
    }

    void enterAcceptsPredictions()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        gallery.resize(1000, 700);
        QVERIFY(test::showActive(gallery));
        gallery.setProject(&f.store);
        QVERIFY(waitLoaded(gallery.model()));
        gallery.setGrouping(GalleryGrouping::Prediction);
        // Cell 3 (predicted L) and cell 1 (labelled L, predicted N): one undo step.
        QVERIFY(gallery.selectCell(f.cells.at(3)));
        gallery.selectionModel()->select(
            gallery.model()->indexOfCell(f.cells.at(1)), QItemSelectionModel::Select);
        CellGroupView *view = gallery.groupView(
            gallery.model()->groupOf(gallery.model()->indexOfCell(f.cells.at(3))));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(labelOf(f.store, f.cells.at(3)), CellLabel::ofClass(CellClass::Lymphocyte));
        QCOMPARE(labelOf(f.store, f.cells.at(1)), CellLabel::ofClass(CellClass::Neutrophil));
        QCOMPARE(f.store.currentCellLabel(f.cells.at(3))->origin, LabelOrigin::Review);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(labelOf(f.store, f.cells.at(3)), CellLabel());
        QCOMPARE(labelOf(f.store, f.cells.at(1)), CellLabel::ofClass(CellClass::Lymphocyte));
        // A cell without a prediction: nothing to accept.
        QVERIFY(gallery.selectCell(f.cells.at(7)));
        QVERIFY(!gallery.acceptSelection());
        QCOMPARE(labelOf(f.store, f.cells.at(7)), CellLabel());
    }

    // Dropping cells on another class group (the model's dropMimeData, the group's tiles or its
    // header) reclassifies them through ProjectCommands.
    void dropOnAnotherGroupReclassifies()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        gallery.resize(1000, 700);
        QVERIFY(test::showActive(gallery));
        gallery.setProject(&f.store);
        CellGalleryModel *model = gallery.model();
        QVERIFY(waitLoaded(model));
        const qint64 c0 = f.cells.at(0);
        const qint64 c2 = f.cells.at(2);
        const CellLabel lymphocyte = CellLabel::ofClass(CellClass::Lymphocyte);
        const int l = test::groupOfLabel(*model, lymphocyte);

        std::unique_ptr<QMimeData> mime(
            model->mimeData({ model->indexOfCell(c0), model->indexOfCell(c2) }));
        QVERIFY(mime);
        QCOMPARE(model->cellIdsIn(mime.get()), QList<qint64>({ c0, c2 }));
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->groupIndex(l)));
        QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->groupIndex(l)));
        QCOMPARE(labelOf(f.store, c0), lymphocyte);
        QCOMPARE(labelOf(f.store, c2), lymphocyte);
        QCOMPARE(f.store.currentCellLabel(c0)->origin, LabelOrigin::Bulk);
        QCOMPARE(model->groupOf(model->indexOfCell(c0)), l);
        // Dropped again on the group they are in: nothing to do.
        QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->groupIndex(l)));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(labelOf(f.store, c0), CellLabel::ofClass(CellClass::Neutrophil));
        QTRY_COMPARE(model->groupOf(model->indexOfCell(c0)),
            test::groupOfLabel(*model, CellLabel::ofClass(CellClass::Neutrophil)));

        // Onto a tile of another group (the parent the view passes is that cell): its group.
        const QModelIndex target = model->indexOfCell(f.cells.at(4)); // eosinophil
        QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        QCOMPARE(labelOf(f.store, c2), CellLabel::ofClass(CellClass::Eosinophil));
        stack.undo();

        // Through the widgets: a drop event on the unidentified group's grid, then on the
        // (empty) basophil group's header.
        const int unidentified = test::groupOfLabel(*model, CellLabel::unidentified());
        CellGroupView *view = gallery.groupView(unidentified);
        QVERIFY(view->isVisible());
        const QPoint at
            = view->visualRect(model->index(0, 0, model->groupIndex(unidentified))).center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QCOMPARE(labelOf(f.store, c0), CellLabel::unidentified());
        QCOMPARE(labelOf(f.store, c2), CellLabel::unidentified());

        const int basophil = test::groupOfLabel(*model, CellLabel::ofClass(CellClass::Basophil));
        CellGroupHeader *header = gallery.groupHeader(basophil);
        QVERIFY(header->isVisible()); // an empty group offered by the keys stays a drop target
        QVERIFY(!gallery.groupView(basophil)->isVisible());
        QCOMPARE(header->count(), 0);
        const QPoint middle = header->rect().center();
        QDragEnterEvent enterHeader(
            middle, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(header, &enterHeader); // makes it the drag's target
        QVERIFY(enterHeader.isAccepted());
        QDropEvent onHeader(middle, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(header, &onHeader);
        QCOMPARE(labelOf(f.store, c0), CellLabel::ofClass(CellClass::Basophil));
        QCOMPARE(header->count(), 2);
        QVERIFY(gallery.groupView(basophil)->isVisible());

        // Refused: the prediction grouping's "no prediction" group, another project's cells.
        model->setGrouping(GalleryGrouping::Prediction);
        QVERIFY(!model->canDropMimeData(
            mime.get(), Qt::MoveAction, -1, -1, model->groupIndex(model->groupCount() - 1)));
        QMimeData foreign;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << QStringLiteral("/elsewhere/other.wbc") << QList<qint64> { c0 };
        foreign.setData(CellGalleryModel::kMimeType, bytes);
        QVERIFY(!model->canDropMimeData(&foreign, Qt::MoveAction, -1, -1, model->groupIndex(0)));
    }

    void doubleClickOpensTheCell()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        gallery.resize(1000, 700);
        QVERIFY(test::showActive(gallery));
        gallery.setProject(&f.store);
        QVERIFY(waitLoaded(gallery.model()));
        QSignalSpy activated(&gallery, &CellGalleryView::cellActivated);
        const qint64 cell = f.cells.at(9);
        QVERIFY(gallery.selectCell(cell));
        const QModelIndex index = gallery.model()->indexOfCell(cell);
        CellGroupView *view = gallery.groupView(gallery.model()->groupOf(index));
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // a double click's first
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), f.images.at(4));
        QCOMPARE(activated.at(0).at(1).toLongLong(), cell);
    }

    // Crops are made off the GUI thread for the tiles painted, and come back into the model.
    void cropsLoadLazily()
    {
        Fixture f;
        QVERIFY(f.ok());
        // An image whose file is gone: its tile says so instead of waiting forever.
        const qint64 missing = test::addImage(
            f.store, f.dir.filePath(QStringLiteral("gone.png")), QStringLiteral("gone"), f.slideB);
        const QList<qint64> lost = test::addCells(f.store, missing, { QRect(10, 10, 40, 40) });
        QCOMPARE(lost.size(), 1);
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        CellCropLoader *loader = gallery.cropLoader();
        QCOMPARE(loader->requestedCells(), 0);
        gallery.resize(1200, 900);
        QVERIFY(test::showActive(gallery));
        gallery.setProject(&f.store);
        QVERIFY(waitLoaded(gallery.model()));
        const QModelIndex index = gallery.model()->indexOfCell(f.cells.at(0));
        QTRY_VERIFY(!loader->cached(f.cells.at(0)).isNull());
        const QImage crop = loader->cached(f.cells.at(0));
        QCOMPARE(crop.size(), CellCropLoader::kCropSize);
        QCOMPARE(index.data(CellGalleryModel::CropStateRole).toInt(),
            int(CellGalleryModel::CropState::Ready));
        const QModelIndex gone = gallery.model()->indexOfCell(lost.first());
        QCOMPARE(gone.data(CellGalleryModel::CropStateRole).toInt(),
            int(CellGalleryModel::CropState::Loading));
        QVERIFY(gallery.selectCell(lost.first())); // scrolled into view, so painted
        QTRY_COMPARE(gone.data(CellGalleryModel::CropStateRole).toInt(),
            int(CellGalleryModel::CropState::Failed));
        QTRY_COMPARE(loader->pendingCount(), 0);
        QVERIFY(loader->requestedCells() >= 1);
        QVERIFY(loader->requestedCells() <= 13);
        QVERIFY(loader->decodedFields() <= 7); // each field decoded once for its cells
    }

    void readOnlyProjectCannotBeRelabelled()
    {
        Fixture f;
        QVERIFY(f.ok());
        const QString path = f.store.path();
        f.store.close();
        ProjectStore readOnly;
        QVERIFY(readOnly.open(path, ProjectStore::OpenMode::ReadOnly));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&readOnly, QStringLiteral("tester"));
        CellGalleryView gallery(&commands);
        gallery.setProject(&readOnly);
        QVERIFY(waitLoaded(gallery.model()));
        QCOMPARE(gallery.model()->totalCount(), 12);
        QSignalSpy message(&gallery, &CellGalleryView::message);
        QVERIFY(gallery.selectCell(f.cells.at(3)));
        QVERIFY(!gallery.relabelSelection(CellLabel::ofClass(CellClass::Monocyte)));
        QCOMPARE(message.size(), 1);
        QVERIFY(!(gallery.model()->flags(gallery.model()->indexOfCell(f.cells.at(3)))
            & Qt::ItemIsDragEnabled));
        QCOMPARE(labelOf(readOnly, f.cells.at(3)), CellLabel());
    }

    // In the main window: the gallery dock, a key labels the gallery's cell (not the browser's
    // images), double-click shows the cell in the viewer.
    void mainWindowWiring()
    {
        Fixture f;
        QVERIFY(f.ok());
        const QString path = f.store.path();
        MainWindow window;
        QVERIFY(window.openProject(path));
        QVERIFY(window.gallery());
        QVERIFY(window.slideList());
        window.showGallery();
        QVERIFY(test::showActive(window));
        CellGalleryView *gallery = window.gallery();
        QVERIFY(waitLoaded(gallery->model()));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("galleryDock"));
        QVERIFY(dock && dock->isVisible());

        const qint64 cell = f.cells.at(7); // unlabelled; its image's other cell is unidentified
        QVERIFY(gallery->selectCell(cell));
        const QModelIndex index = gallery->model()->indexOfCell(cell);
        CellGroupView *view = gallery->groupView(gallery->model()->groupOf(index));
        view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return view->hasFocus(); }));
        QTest::keyClick(view, Qt::Key_2); // eosinophil
        QCOMPARE(labelOf(f.store, cell), CellLabel::ofClass(CellClass::Eosinophil));
        QCOMPARE(labelOf(f.store, f.cells.at(6)), CellLabel::unidentified());

        const qint64 other = f.cells.at(11);
        const QModelIndex target = gallery->model()->indexOfCell(other);
        CellGroupView *targetView = gallery->groupView(gallery->model()->groupOf(target));
        QVERIFY(gallery->selectCell(other)); // scrolled into view
        const QPoint at = targetView->visualRect(target).center();
        QTest::mouseClick(targetView->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(targetView->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.browser()->currentImageId(), f.images.at(5));
        QCOMPARE(window.viewer()->imageId(), f.images.at(5));
        QCOMPARE(window.viewer()->selectedCellId(), other);

        // The slide list filters the gallery.
        QTRY_VERIFY(window.slideList()->selectSlide(f.slideB));
        QCOMPARE(gallery->slide(), f.slideB);
        QCOMPARE(gallery->model()->shownCount(), 4);
        window.closeProject();
        QCOMPARE(gallery->model()->totalCount(), 0);
    }
};

QTEST_MAIN(TestCellGallery)
#include "tst_cellgallery.moc"
