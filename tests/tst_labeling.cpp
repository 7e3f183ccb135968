// Labelling white cells in the main window: the viewer's cell selection (Tab, clicks, the first
// unlabelled cell of a field), class keys that label the selected cells and advance, bulk
// labelling, undo/redo with its history, the special choices, box edits and soft deletes.
#include "cellviewer.h"
#include "imagelistmodel.h"
#include "labelhistorypanel.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "slidebrowser.h"
#include "thumbnailloader.h"
#include "training/cellsamples.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wbc;

namespace {

QString makeUnlabeledProject(const QTemporaryDir &dir, int images = 8)
{
    return test::makeUnlabeledProject(dir.path(), images);
}

QString makeTwoCellProject(const QTemporaryDir &dir, int images = 8)
{
    return test::makeTwoCellProject(dir.path(), images);
}

using test::imageWithCells;
using test::showActive;

QString currentLabel(const ProjectStore &store, qint64 id)
{
    const auto l = store.currentLabel(id);
    return l ? l->label.toString() : QString();
}

QString cellLabel(const ProjectStore &store, qint64 cellId)
{
    const auto l = store.currentCellLabel(cellId);
    return l ? l->label.name() : QString();
}

QList<qint64> cellIds(const ProjectStore &store, qint64 imageId)
{
    QList<qint64> ids;
    for (const CellRecord &c : store.whiteCells(imageId))
        ids.append(c.id);
    return ids;
}

} // namespace

class TestLabeling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
    }
    void init() { QSettings().clear(); }

    void classKeyLabelsTheCellAndAdvances()
    {
        QTemporaryDir dir;
        const QString project = makeUnlabeledProject(dir);
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(project));
        const qint64 first = w.browser()->currentImageId();
        QVERIFY(first != 0);
        const QList<qint64> cells = cellIds(*w.store(), first);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(w.viewer()->currentCellId(), cells.first()); // a key has a target at once
        QTest::keyClick(&w, Qt::Key_3); // Lymphocyte
        QCOMPARE(cellLabel(*w.store(), cells.first()), QStringLiteral("LYMPHOCYTE"));
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("LYMPHOCYTE"));
        const qint64 second = w.browser()->currentImageId();
        QVERIFY2(second != first, "the view advances to the next field that needs labels");
        QCOMPARE(currentLabel(*w.store(), second), QString());
        QCOMPARE(w.viewer()->currentCellId(), cellIds(*w.store(), second).first());
        // Who and how are recorded; the history panel shows the entry.
        const auto l = w.store()->currentCellLabel(cells.first());
        QCOMPARE(l->author, QStringLiteral("tester"));
        QCOMPARE(l->origin, LabelOrigin::Key);
        QVERIFY(w.browser()->selectImage(first));
        QCOMPARE(w.historyPanel()->entryCount(), 1);
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::What),
                 cellClassDisplayName(CellClass::Lymphocyte));
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Origin),
                 labelOriginDisplayName(LabelOrigin::Key));
        QCOMPARE(w.undoStack()->text(0),
                 QStringLiteral("Label %1 as Lymphocyte")
                     .arg(QFileInfo(w.store()->image(first)->path).completeBaseName()));
    }

    // Two keys label the two cells of a field, each tagged in the viewer and badged in the
    // browser; the image's derived label lists both.
    void twoCellFieldTakesTwoKeys()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeTwoCellProject(dir)));
        const qint64 image = imageWithCells(w, 2);
        QVERIFY2(image, "the synthetic set has a two-cell field");
        QVERIFY(w.browser()->selectImage(image));
        const QList<qint64> cells = cellIds(*w.store(), image);
        QCOMPARE(w.viewer()->currentCellId(), cells.at(0));
        QTest::keyClick(&w, Qt::Key_1); // Neutrophil, then on to the second cell
        QCOMPARE(cellLabel(*w.store(), cells.at(0)), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(w.browser()->currentImageId(), image);
        QCOMPARE(w.viewer()->currentCellId(), cells.at(1));
        QTest::keyClick(&w, Qt::Key_3); // Lymphocyte, then on to the next field
        QCOMPARE(cellLabel(*w.store(), cells.at(1)), QStringLiteral("LYMPHOCYTE"));
        QCOMPARE(currentLabel(*w.store(), image), QStringLiteral("NEUTROPHIL,LYMPHOCYTE"));
        QVERIFY(w.browser()->currentImageId() != image);
        QCOMPARE(w.undoStack()->count(), 2);
        QVERIFY(w.undoStack()->text(1).endsWith(QStringLiteral(" cell 2 as Lymphocyte")));

        const QModelIndex row = w.browser()->model()->indexOfImage(image);
        QCOMPARE(row.data(ImageListModel::CellBadgesRole).toString(), QStringLiteral("N L"));
        QCOMPARE(row.data(ImageListModel::NeedsLabelsRole).toBool(), false);

        // Back on the field: every cell is labelled, so its first cell is current, and the
        // boxes carry their number and label.
        QVERIFY(w.browser()->selectImage(image));
        QCOMPARE(w.viewer()->currentCellId(), cells.at(0));
        QTRY_VERIFY(w.viewer()->hasImage() && w.viewer()->imageId() == image);
        QCOMPARE(w.viewer()->boxTag(cells.at(0)), QStringLiteral("1 N"));
        QCOMPARE(w.viewer()->boxTag(cells.at(1)), QStringLiteral("2 L"));
        // The history names the cells.
        QCOMPARE(w.historyPanel()->entryCount(), 2);
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Cell), QStringLiteral("Cell 2"));
        QCOMPARE(w.historyPanel()->entryText(1, LabelHistoryPanel::Cell), QStringLiteral("Cell 1"));
    }

    void showingAFieldSelectsItsFirstUnlabelledCell()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeTwoCellProject(dir)));
        const qint64 image = imageWithCells(w, 2);
        QVERIFY(image);
        const QList<qint64> cells = cellIds(*w.store(), image);
        QVERIFY(w.store()->addCellLabel(cells.at(0), CellLabel::ofClass(CellClass::Monocyte),
                                        LabelOrigin::Import, QStringLiteral("i")));
        w.browser()->reload();
        QVERIFY(w.browser()->selectImage(image));
        QCOMPARE(w.viewer()->currentCellId(), cells.at(1));
        QCOMPARE(w.viewer()->selectedCellIds(), QList<qint64>{cells.at(1)});
        const QModelIndex row = w.browser()->model()->indexOfImage(image);
        QCOMPARE(row.data(ImageListModel::CellBadgesRole).toString(), QStringLiteral("M ?"));
        QCOMPARE(row.data(ImageListModel::NeedsLabelsRole).toBool(), true);
    }

    void tabMovesBetweenTheCellsOfTheField()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeTwoCellProject(dir)));
        const qint64 image = imageWithCells(w, 2);
        QVERIFY(w.browser()->selectImage(image));
        const QList<qint64> cells = cellIds(*w.store(), image);
        QSignalSpy changed(w.viewer(), &CellViewer::currentCellChanged);
        w.viewer()->setFocus();
        QCOMPARE(w.viewer()->currentCellId(), cells.at(0));
        QTest::keyClick(w.viewer(), Qt::Key_Tab);
        QCOMPARE(w.viewer()->currentCellId(), cells.at(1));
        QVERIFY(w.viewer()->hasFocus()); // Tab did not move the focus away
        QTest::keyClick(w.viewer(), Qt::Key_Tab); // wraps
        QCOMPARE(w.viewer()->currentCellId(), cells.at(0));
        QTest::keyClick(w.viewer(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(w.viewer()->currentCellId(), cells.at(1));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().first().toLongLong(), cells.at(1));
        // In the image grid too.
        w.browser()->view()->setFocus();
        QTest::keyClick(w.browser()->view(), Qt::Key_Tab);
        QCOMPARE(w.viewer()->currentCellId(), cells.at(0));
        QCOMPARE(w.browser()->currentImageId(), image);
        QTest::keyClick(w.browser()->view(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(w.viewer()->currentCellId(), cells.at(1));
        // A key labels the current cell.
        QTest::keyClick(&w, Qt::Key_4);
        QCOMPARE(cellLabel(*w.store(), cells.at(1)), QStringLiteral("MONOCYTE"));
        QCOMPARE(cellLabel(*w.store(), cells.at(0)), QString());
        QCOMPARE(w.viewer()->currentCellId(), cells.at(0)); // the next unlabelled, wrapping
    }

    void clickSelectsABoxCtrlClickAddsOne()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1200, 800);
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeTwoCellProject(dir)));
        const qint64 image = imageWithCells(w, 2);
        QVERIFY(w.browser()->selectImage(image));
        CellViewer *viewer = w.viewer();
        QTRY_VERIFY(viewer->hasImage() && viewer->imageId() == image);
        const QList<CellRecord> cells = w.store()->whiteCells(image);
        const auto centre = [viewer](const CellRecord &c) {
            return viewer->mapFromScene(QRectF(c.box).center());
        };
        QTest::mouseClick(viewer->viewport(), Qt::LeftButton, {}, centre(cells.at(1)));
        QCOMPARE(viewer->currentCellId(), cells.at(1).id);
        QCOMPARE(viewer->selectedCellIds(), QList<qint64>{cells.at(1).id});
        QTest::mouseClick(viewer->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          centre(cells.at(0)));
        QCOMPARE(viewer->selectedCellIds(), (QList<qint64>{cells.at(0).id, cells.at(1).id}));
        QCOMPARE(viewer->currentCellId(), cells.at(0).id);
        // A click does not move the box.
        QCOMPARE(w.undoStack()->count(), 0);
        QCOMPARE(w.store()->cell(cells.at(0).id)->box, cells.at(0).box);
        // Both selected: one key labels both, in one step.
        QTest::keyClick(&w, Qt::Key_2);
        QCOMPARE(cellLabel(*w.store(), cells.at(0).id), QStringLiteral("EOSINOPHIL"));
        QCOMPARE(cellLabel(*w.store(), cells.at(1).id), QStringLiteral("EOSINOPHIL"));
    }

    void multiSelectionLabelsEverySelectedCell()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeTwoCellProject(dir)));
        const qint64 image = imageWithCells(w, 2);
        QVERIFY(w.browser()->selectImage(image));
        const QList<qint64> cells = cellIds(*w.store(), image);
        w.viewer()->selectAllCells();
        QCOMPARE(w.viewer()->selectedCellIds(), cells);
        QTest::keyClick(&w, Qt::Key_5); // Basophil
        for (qint64 id : cells) {
            QCOMPARE(cellLabel(*w.store(), id), QStringLiteral("BASOPHIL"));
            QCOMPARE(w.store()->currentCellLabel(id)->origin, LabelOrigin::Bulk);
        }
        QCOMPARE(currentLabel(*w.store(), image), QStringLiteral("BASOPHIL,BASOPHIL"));
        QCOMPARE(w.undoStack()->count(), 1);
        QVERIFY(w.undoStack()->text(0).startsWith(QStringLiteral("Label 2 cell")));
        QVERIFY(w.browser()->currentImageId() != image); // the field is done
        w.undoStack()->undo();
        for (qint64 id : cells) {
            QCOMPARE(cellLabel(*w.store(), id), QString());
            QCOMPARE(w.store()->currentCellLabel(id)->origin, LabelOrigin::Undo);
        }
    }

    void binaryModeKeys()
    {
        setBinaryLabelMode(true);
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_P);
        QCOMPARE(currentLabel(*w.store(), first), QStringLiteral("POLYNUCLEAR"));
        const qint64 second = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_M);
        QCOMPARE(currentLabel(*w.store(), second), QStringLiteral("MONONUCLEAR"));
        QTest::keyClick(&w, Qt::Key_1); // four-class keys are off in binary mode
        QCOMPARE(currentLabel(*w.store(), w.browser()->currentImageId()), QString());
        // Group labels train the binary task and are left out of the four-class one.
        const ProjectStore &store = *w.store();
        const CellLabel poly = store.currentCellLabel(cellIds(store, first).first())->label;
        const CellLabel mono = store.currentCellLabel(cellIds(store, second).first())->label;
        QCOMPARE(trainingClassIndex(Task::Binary, poly), 0);
        QCOMPARE(trainingClassIndex(Task::Binary, mono), 1);
        QCOMPARE(trainingClassIndex(Task::Four, poly), -1);
    }

    void specialChoicesHaveKeysAndMenuEntries()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        const qint64 cell = cellIds(*w.store(), first).first();
        QTest::keyClick(&w, Qt::Key_6);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("UNIDENTIFIED"));
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_7);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("SMUDGE"));
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_8);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("ARTEFACT"));
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_9);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("DAMAGED"));
        // Labelled, though no class: not unlabelled any more, and badged as such.
        const QModelIndex row = w.browser()->model()->indexOfImage(first);
        QCOMPARE(row.data(ImageListModel::CellBadgesRole).toString(), QStringLiteral("D"));
        QCOMPARE(row.data(ImageListModel::NeedsLabelsRole).toBool(), false);
        QStringList entries;
        for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
            for (QAction *a : menu->actions())
                entries << a->text();
        }
        for (const CellLabel &special : specialCellLabels())
            QVERIFY2(entries.contains(QStringLiteral("Label as %1").arg(special.displayName())),
                     qPrintable(entries.join(u'|')));
    }

    void undoRedoOfACellLabel()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        const qint64 cell = cellIds(*w.store(), first).first();
        QTest::keyClick(&w, Qt::Key_1);
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_4);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("MONOCYTE"));
        QCOMPARE(w.undoStack()->count(), 2);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(w.store()->currentCellLabel(cell)->origin, LabelOrigin::Undo);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cellLabel(*w.store(), cell), QString());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(w.store()->currentCellLabel(cell)->origin, LabelOrigin::Key);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("MONOCYTE"));
        // Nothing is overwritten: set, set, undo, undo, redo, redo are all in the history.
        const QList<CellLabelRecord> history = w.store()->cellLabelHistory(cell);
        QCOMPARE(history.size(), 6);
        QCOMPARE(history.at(2).origin, LabelOrigin::Undo);
        QCOMPARE(history.at(3).origin, LabelOrigin::Undo);
        QVERIFY(history.at(3).label.isUnlabelled());
        // The panel lists them, newest first, with their origin.
        QVERIFY(w.browser()->selectImage(first));
        QCOMPARE(w.historyPanel()->entryCount(), 6);
        QCOMPARE(w.historyPanel()->entryText(2, LabelHistoryPanel::Origin),
                 labelOriginDisplayName(LabelOrigin::Undo));
        QCOMPARE(w.historyPanel()->entryText(2, LabelHistoryPanel::What),
                 QStringLiteral("label cleared"));
        QCOMPARE(w.historyPanel()->entryCell(0), cell);
    }

    void clearKeyClearsAndSameLabelAddsNothing()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        QTest::keyClick(&w, Qt::Key_2);
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_2); // same label again: no new step
        QCOMPARE(w.undoStack()->count(), 1);
        QVERIFY(w.browser()->selectImage(first));
        QTest::keyClick(&w, Qt::Key_0);
        QCOMPARE(currentLabel(*w.store(), first), QString());
        QCOMPARE(w.store()->labelHistory(first).size(), 2);
        QVERIFY(w.undoStack()->text(1).startsWith(QStringLiteral("Clear the label of ")));
    }

    void bulkLabelingOfSelectedImages()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeTwoCellProject(dir, 6)));
        QListView *view = w.browser()->view();
        view->selectAll();
        const QList<qint64> ids = w.browser()->selectedImageIds();
        QCOMPARE(ids.size(), 6);
        int cells = 0;
        for (qint64 id : ids)
            cells += int(w.store()->whiteCells(id).size());
        QVERIFY(cells > 6);
        QTest::keyClick(&w, Qt::Key_5);
        for (qint64 id : ids) {
            for (qint64 cell : cellIds(*w.store(), id))
                QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("BASOPHIL"));
        }
        QCOMPARE(w.undoStack()->count(), 1); // one step for the lot
        QCOMPARE(w.undoStack()->text(0),
                 QStringLiteral("Label %1 cell(s) in 6 images as Basophil").arg(cells));
        w.undoStack()->undo();
        for (qint64 id : ids)
            QCOMPARE(currentLabel(*w.store(), id), QString());
    }

    void aFieldWithoutBoxesIsLabelledAsAWhole()
    {
        QTemporaryDir dir;
        const QString project = makeUnlabeledProject(dir, 2);
        qint64 image = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(project));
            image = store.images().first().id;
            for (const CellRecord &c : store.cells(image))
                QVERIFY(store.deleteCell(c.id));
        }
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(project));
        QVERIFY(w.browser()->selectImage(image));
        QCOMPARE(w.viewer()->currentCellId(), 0);
        QTest::keyClick(&w, Qt::Key_4);
        const QList<CellRecord> cells = w.store()->whiteCells(image);
        QCOMPARE(cells.size(), 1);
        QVERIFY(cells.first().isWholeField());
        QCOMPARE(currentLabel(*w.store(), image), QStringLiteral("MONOCYTE"));
        w.undoStack()->undo(); // the whole-field cell goes again
        QVERIFY(w.store()->whiteCells(image).isEmpty());
        w.undoStack()->redo();
        QCOMPARE(w.store()->whiteCells(image).first().id, cells.first().id);
        QCOMPARE(currentLabel(*w.store(), image), QStringLiteral("MONOCYTE"));
    }

    void flagOverrideIsUndoable()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 4)));
        QSignalSpy done(&w, &MainWindow::detectionFinished);
        w.detectCells();
        QVERIFY(done.wait(60000));
        const qint64 id = w.browser()->currentImageId();
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Single);
        w.setCurrentFlag(CellCountFlag::Multi);
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Multi);
        QCOMPARE(w.store()->effectiveFlag(id)->source, QStringLiteral("user"));
        const QString name = QFileInfo(w.store()->image(id)->path).completeBaseName();
        QCOMPARE(w.undoStack()->text(w.undoStack()->count() - 1),
                 QStringLiteral("Mark %1 as several white cells").arg(name));
        const int entries = int(w.store()->flagHistory(id).size());
        // Undo appends, as for labels: the override is withdrawn, detection's flag shows again,
        // and the history keeps both steps.
        QVERIFY(w.browser()->selectImage(w.store()->images().last().id));
        w.undoStack()->undo();
        QCOMPARE(w.browser()->currentImageId(), id); // undo shows the image it changed
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Single);
        QCOMPARE(w.store()->effectiveFlag(id)->source, QStringLiteral("detected"));
        QCOMPARE(w.store()->effectiveFlags().value(id).source, QStringLiteral("detected"));
        QCOMPARE(w.store()->flagHistory(id).size(), entries + 1);
        QCOMPARE(w.store()->flagHistory(id).last().source, QStringLiteral("undo-detection"));
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Origin), QStringLiteral("undo"));
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::What),
                 QStringLiteral("flag: several white cells withdrawn"));
        w.undoStack()->redo();
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Multi);

        // Undoing a second override brings the person's first one back, as an undo entry.
        w.setCurrentFlag(CellCountFlag::None);
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::None);
        w.undoStack()->undo();
        QCOMPARE(w.store()->effectiveFlag(id)->flag, CellCountFlag::Multi);
        QCOMPARE(w.store()->effectiveFlag(id)->source, QStringLiteral("undo"));
        QCOMPARE(w.store()->effectiveFlags().value(id).flag, CellCountFlag::Multi);
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::What),
                 QStringLiteral("flag: several white cells"));
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Origin), QStringLiteral("undo"));
        QCOMPARE(w.store()->flagHistory(id).size(), entries + 4); // nothing was deleted
    }

    // Undo and redo name the image they change and show it, with the cell selected.
    void undoShowsTheImageItChanges()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir)));
        const qint64 first = w.browser()->currentImageId();
        const qint64 cell = cellIds(*w.store(), first).first();
        QTest::keyClick(&w, Qt::Key_2);
        const QString name = QFileInfo(w.store()->image(first)->path).completeBaseName();
        QVERIFY2(w.undoStack()->text(0).startsWith(QStringLiteral("Label %1").arg(name)),
                 qPrintable(w.undoStack()->text(0)));
        QVERIFY(w.undoStack()->text(0).endsWith(QStringLiteral(" as Eosinophil")));
        const qint64 other = w.store()->images().last().id;
        QVERIFY(other != first);
        QVERIFY(w.browser()->selectImage(other));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.browser()->currentImageId(), first);
        QCOMPARE(w.viewer()->currentCellId(), cell);
        QCOMPARE(w.store()->currentCellLabel(cell)->origin, LabelOrigin::Undo);
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Origin), QStringLiteral("undo"));
        QVERIFY(w.browser()->selectImage(other));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.browser()->currentImageId(), first);
        QCOMPARE(cellLabel(*w.store(), cell), QStringLiteral("EOSINOPHIL"));
    }

    void boxEditsAreUndoable()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 2)));
        CellViewer *viewer = w.viewer();
        const qint64 id = w.browser()->currentImageId();
        QTRY_VERIFY(viewer->hasImage());
        const int before = int(w.store()->whiteCells(id).size());
        Q_EMIT viewer->boxAdded(id, QRect(10, 10, 30, 30));
        QCOMPARE(w.store()->whiteCells(id).size(), before + 1);
        const CellRecord added = w.store()->cells(id, QStringLiteral("user")).first();
        QCOMPARE(added.editedBy, QStringLiteral("tester"));
        Q_EMIT viewer->boxEdited(added.id, QRect(20, 20, 30, 30));
        const QString name = QFileInfo(w.store()->image(id)->path).completeBaseName();
        QCOMPARE(w.undoStack()->text(w.undoStack()->count() - 1),
                 QStringLiteral("Move box in %1").arg(name));
        Q_EMIT viewer->boxEdited(added.id, QRect(20, 20, 40, 35));
        QCOMPARE(w.undoStack()->text(w.undoStack()->count() - 1),
                 QStringLiteral("Resize box in %1").arg(name));
        QCOMPARE(w.store()->cell(added.id)->box, QRect(20, 20, 40, 35));
        w.undoStack()->undo(); // resize
        QCOMPARE(w.store()->cell(added.id)->box, QRect(20, 20, 30, 30));
        // Label it, delete it (soft), undo: the same cell comes back with its label.
        QVERIFY(viewer->selectCell(added.id));
        QTest::keyClick(&w, Qt::Key_2);
        QCOMPARE(cellLabel(*w.store(), added.id), QStringLiteral("EOSINOPHIL"));
        QVERIFY(w.browser()->selectImage(id));
        Q_EMIT viewer->boxDeleteRequested(added.id);
        QCOMPARE(w.store()->whiteCells(id).size(), before);
        QVERIFY(!w.store()->cell(added.id));
        QVERIFY(!cellIds(*w.store(), id).contains(added.id));
        // Its history stays, under a deleted cell.
        QCOMPARE(w.historyPanel()->entryCell(0), added.id);
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Cell),
                 QStringLiteral("Deleted cell"));
        w.undoStack()->undo(); // delete
        QVERIFY(w.store()->cell(added.id));
        QCOMPARE(w.store()->cell(added.id)->box, QRect(20, 20, 30, 30));
        QCOMPARE(cellLabel(*w.store(), added.id), QStringLiteral("EOSINOPHIL"));
        QCOMPARE(w.store()->cellLabelHistory(added.id).size(), 1);
        w.undoStack()->undo(); // label
        w.undoStack()->undo(); // move
        QCOMPARE(w.store()->cell(added.id)->box, QRect(10, 10, 30, 30));
        w.undoStack()->undo(); // add
        QCOMPARE(w.store()->whiteCells(id).size(), before);
        w.undoStack()->redo(); // add again: the same cell
        QCOMPARE(w.store()->cell(added.id)->box, QRect(10, 10, 30, 30));
        QTRY_COMPARE(viewer->boxCount(), int(w.store()->whiteCells(id).size()));
        // Editing an annotated box makes it a person's box; undo restores the annotation.
        const CellRecord annotated = w.store()->cells(id, QStringLiteral("annotation")).first();
        Q_EMIT viewer->boxEdited(annotated.id, annotated.box.adjusted(1, 1, 1, 1));
        QCOMPARE(w.store()->cell(annotated.id)->source, QStringLiteral("user"));
        QCOMPARE(w.store()->cell(annotated.id)->editedBy, QStringLiteral("tester"));
        QVERIFY(w.store()->cell(annotated.id)->editedAt.isValid());
        w.undoStack()->undo();
        QCOMPARE(w.store()->cell(annotated.id)->source, QStringLiteral("annotation"));
        QCOMPARE(w.store()->cell(annotated.id)->box, annotated.box);
    }

    void viewerZoom()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1000, 700);
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(makeUnlabeledProject(dir, 2)));
        CellViewer *viewer = w.viewer();
        QTRY_VERIFY(viewer->hasImage());
        QVERIFY(viewer->isFitting());
        const double fit = viewer->zoom();
        viewer->zoomIn();
        QVERIFY(viewer->zoom() > fit);
        QVERIFY(!viewer->isFitting());
        viewer->fitToWindow();
        QCOMPARE(viewer->zoom(), fit);
        viewer->zoomToActualSize();
        QCOMPARE(viewer->zoom(), 1.0);
    }

    void labelSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString project = makeUnlabeledProject(dir, 4);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--label-child"), project});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("labeled ") && t.elapsed() < 60000) {
            child.waitForReadyRead(500);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("labeled "), out.constData());
        test::killChild(child); // no clean shutdown, no Save
        const qint64 id = out.mid(out.indexOf("labeled ") + 8).trimmed().toLongLong();
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(currentLabel(store, id), QStringLiteral("EOSINOPHIL"));
    }
};

// Child mode for labelSurvivesSigkill: opens the window, presses "2" and reports, then idles.
static int labelChild(const QString &project)
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow w;
    if (!showActive(w) || !w.openProject(project))
        return 1;
    const qint64 id = w.browser()->currentImageId();
    QTest::keyClick(&w, Qt::Key_2);
    printf("labeled %lld\n", static_cast<long long>(id));
    fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--label-child") == 0)
        return labelChild(QString::fromLocal8Bit(argv[2]));
    TestLabeling tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_labeling.moc"
