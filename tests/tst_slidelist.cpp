// The slide list: its model (counts and progress per slide, a project row), refresh after label
// changes, selection, renaming (duplicate names refused), and in the main window the filter it
// puts on the slide browser and the cell gallery.
#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "cellgalleryview.h"
#include "galleryfixture.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "projectcommands.h"
#include "slidebrowser.h"
#include "slidelistdock.h"
#include "slidelistmodel.h"
#include "testsupport.h"

using namespace wbc;

namespace {

// Three slides: "alpha" 2 images x 2 cells (3 labelled), "beta" 1 image x 2 cells (none),
// "gamma" 3 images x 2 cells (all 6 labelled, one as a smudge cell).
struct Fixture
{
    QTemporaryDir dir;
    ProjectStore store;
    QHash<QString, qint64> slides;
    QHash<QString, QList<qint64>> images;
    QHash<QString, QList<qint64>> cells;

    Fixture()
    {
        if (!store.open(dir.filePath(QStringLiteral("slides.wbc"))))
            return;
        const QList<QPair<QString, int>> spec = { { QStringLiteral("alpha"), 2 },
            { QStringLiteral("beta"), 1 },
            { QStringLiteral("gamma"), 3 } };
        int seed = 0;
        for (const auto &[name, count] : spec) {
            const qint64 slide = store.ensureSlide(name);
            slides.insert(name, slide);
            for (int i = 0; i < count; ++i) {
                const QString path = dir.filePath(QStringLiteral("%1/f%2.png").arg(name).arg(i));
                const QList<QRect> boxes = test::writeField(
                    path, 50 + seed++, { CellClass::Neutrophil, CellClass::Monocyte }, 200, 150);
                const qint64 image = test::addImage(store, path, path, slide, 200, 150);
                images[name].append(image);
                cells[name].append(test::addCells(store, image, boxes));
            }
        }
        const auto label = [this](qint64 cell, const CellLabel &l) {
            store.addCellLabel(cell, l, LabelOrigin::Import, QStringLiteral("import"));
        };
        for (int i = 0; i < 3; ++i)
            label(cells[QStringLiteral("alpha")].at(i), CellLabel::ofClass(CellClass::Neutrophil));
        for (int i = 0; i < 6; ++i)
            label(cells[QStringLiteral("gamma")].at(i),
                i == 5 ? CellLabel::notCounted(NotCounted::Smudge)
                       : CellLabel::ofClass(CellClass::Lymphocyte));
    }

    bool ok() const { return cells.value(QStringLiteral("gamma")).size() == 6; }
};

bool waitRefreshed(SlideListDock &dock)
{
    if (!dock.isRefreshing())
        return true;
    QSignalSpy refreshed(&dock, &SlideListDock::refreshed);
    return refreshed.wait(20000);
}

struct Row
{
    QString name;
    int images;
    int cells;
    int labelled;
};

Row rowAt(const SlideListModel &model, int row)
{
    return { model.index(row, SlideListModel::NameColumn).data().toString(),
        model.index(row, SlideListModel::ImagesColumn).data().toInt(),
        model.index(row, 0).data(SlideListModel::CellsRole).toInt(),
        model.index(row, 0).data(SlideListModel::LabelledRole).toInt() };
}

} // namespace

class TestSlideList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
    }
    void init() { QSettings().clear(); }

    void countsAndProgress()
    {
        Fixture f;
        QVERIFY(f.ok());
        SlideListDock dock;
        QAbstractItemModelTester tester(
            dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.setProject(&f.store);
        QVERIFY(waitRefreshed(dock));
        const SlideListModel &model = *dock.model();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(SlideListModel::ColumnCount));
        const Row all = rowAt(model, 0);
        QCOMPARE(all.name, QStringLiteral("All slides"));
        QCOMPARE(all.images, 6);
        QCOMPARE(all.cells, 12);
        QCOMPARE(all.labelled, 9);
        QCOMPARE(model.index(0, 0).data(SlideListModel::SlideIdRole).toLongLong(), 0);
        const Row alpha = rowAt(model, 1);
        QCOMPARE(alpha.name, QStringLiteral("alpha"));
        QCOMPARE(alpha.images, 2);
        QCOMPARE(alpha.cells, 4);
        QCOMPARE(alpha.labelled, 3);
        QCOMPARE(model.index(1, SlideListModel::ProgressColumn).data().toString(),
            QStringLiteral("3 / 4"));
        QCOMPARE(model.index(1, 0).data(SlideListModel::ProgressRole).toDouble(), 0.75);
        const Row beta = rowAt(model, 2);
        QCOMPARE(beta.cells, 2);
        QCOMPARE(beta.labelled, 0);
        QCOMPARE(model.index(2, 0).data(SlideListModel::ProgressRole).toDouble(), 0.0);
        const Row gamma = rowAt(model, 3);
        QCOMPARE(gamma.images, 3);
        QCOMPARE(gamma.labelled, 6); // a smudge cell is labelled (not counted, but done)
        QCOMPARE(model.index(3, 0).data(SlideListModel::ProgressRole).toDouble(), 1.0);
        dock.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Labels set through ProjectCommands refresh the counts (coalesced), keeping the selection.
    void refreshesWhenLabelsChange()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        SlideListDock dock;
        dock.setCommands(&commands);
        dock.setProject(&f.store);
        QVERIFY(waitRefreshed(dock));
        const qint64 beta = f.slides.value(QStringLiteral("beta"));
        QVERIFY(dock.selectSlide(beta));
        QSignalSpy refreshed(&dock, &SlideListDock::refreshed);
        QSignalSpy selected(&dock, &SlideListDock::slideSelected);
        QVERIFY(commands.setCellLabel(f.cells.value(QStringLiteral("beta")),
            CellLabel::ofClass(CellClass::Basophil),
            LabelOrigin::Bulk));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.size(), 1); // one read for the burst
        QCOMPARE(rowAt(*dock.model(), 2).labelled, 2);
        QCOMPARE(rowAt(*dock.model(), 0).labelled, 11);
        QCOMPARE(dock.selectedSlideId(), beta);
        QCOMPARE(dock.view()->currentIndex().row(), 2);
        QCOMPARE(selected.size(), 0); // the same slide: no new selection
        stack.undo();
        QTRY_COMPARE(rowAt(*dock.model(), 2).labelled, 0);
    }

    void selectingASlideReportsItsImages()
    {
        Fixture f;
        QVERIFY(f.ok());
        SlideListDock dock;
        dock.setProject(&f.store);
        QVERIFY(waitRefreshed(dock));
        QSignalSpy selected(&dock, &SlideListDock::slideSelected);
        const qint64 gamma = f.slides.value(QStringLiteral("gamma"));
        dock.view()->setCurrentIndex(dock.model()->index(3, 0));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toLongLong(), gamma);
        const QList<qint64> images = f.images.value(QStringLiteral("gamma"));
        QCOMPARE(selected.at(0).at(1).value<QSet<qint64>>(),
            QSet<qint64>(images.cbegin(), images.cend()));
        QCOMPARE(selected.at(0).at(2).toString(), QStringLiteral("gamma"));
        QCOMPARE(dock.selectedSlideId(), gamma);
        QVERIFY(dock.selectSlide(0));
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.at(1).at(0).toLongLong(), 0);
        QVERIFY(selected.at(1).at(1).value<QSet<qint64>>().isEmpty());
        QVERIFY(!dock.selectSlide(987654));
    }

    void renameSlides()
    {
        Fixture f;
        QVERIFY(f.ok());
        SlideListDock dock;
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setProject(&f.store);
        QVERIFY(waitRefreshed(dock));
        QSignalSpy renamed(&dock, &SlideListDock::slideRenamed);
        QSignalSpy failed(&dock, &SlideListDock::renameFailed);
        const qint64 beta = f.slides.value(QStringLiteral("beta"));
        QVERIFY(dock.renameSlide(beta, QStringLiteral("  patient 7  ")));
        QCOMPARE(f.store.slide(beta)->name, QStringLiteral("patient 7"));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(dock.model()->slideName(beta), QStringLiteral("patient 7"));
        QTRY_COMPARE(dock.model()->index(3, 0).data().toString(), QStringLiteral("patient 7"));

        // A name another slide has: refused with a message, nothing written.
        QVERIFY(!dock.renameSlide(beta, QStringLiteral("alpha")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("alpha")));
        QCOMPARE(f.store.slide(beta)->name, QStringLiteral("patient 7"));
        QMessageBox *box = dock.findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->close();

        // Through the model (what the in-place editor does), and never the project row.
        const int row = dock.model()->rowOfSlide(f.slides.value(QStringLiteral("gamma")));
        const QModelIndex name = dock.model()->index(row, SlideListModel::NameColumn);
        QVERIFY(dock.model()->flags(name) & Qt::ItemIsEditable);
        QVERIFY(dock.model()->setData(name, QStringLiteral("gamma 2")));
        QCOMPARE(f.store.slide(f.slides.value(QStringLiteral("gamma")))->name,
            QStringLiteral("gamma 2"));
        QVERIFY(!dock.model()->setData(dock.model()->index(row, 0), QString()));
        QVERIFY(!(dock.model()->flags(dock.model()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(dock.model()->flags(dock.model()->index(row, SlideListModel::CellsColumn))
            & Qt::ItemIsEditable));
    }

    // With the window's commands a rename is one undo step; the list follows undo and redo.
    void renameThroughCommandsIsUndoable()
    {
        Fixture f;
        QVERIFY(f.ok());
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&f.store, QStringLiteral("tester"));
        SlideListDock dock;
        dock.setCommands(&commands);
        dock.setProject(&f.store);
        QVERIFY(waitRefreshed(dock));
        const qint64 alpha = f.slides.value(QStringLiteral("alpha"));
        QSignalSpy failed(&dock, &SlideListDock::renameFailed);
        QVERIFY(!dock.renameSlide(alpha, QStringLiteral("gamma"))); // taken: refused before
        QCOMPARE(failed.size(), 1); // any command
        QCOMPARE(stack.count(), 0);
        QVERIFY(dock.renameSlide(alpha, QStringLiteral("zeta")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(f.store.slide(alpha)->name, QStringLiteral("zeta"));
        QTRY_COMPARE(dock.model()->index(3, 0).data().toString(), QStringLiteral("zeta"));
        stack.undo();
        QCOMPARE(f.store.slide(alpha)->name, QStringLiteral("alpha"));
        QTRY_COMPARE(dock.model()->index(1, 0).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(dock.model()->slideName(alpha), QStringLiteral("alpha"));
    }

    void readOnlyProjectCannotRename()
    {
        Fixture f;
        QVERIFY(f.ok());
        const QString path = f.store.path();
        f.store.close();
        ProjectStore readOnly;
        QVERIFY(readOnly.open(path, ProjectStore::OpenMode::ReadOnly));
        SlideListDock dock;
        dock.setProject(&readOnly);
        QVERIFY(waitRefreshed(dock));
        QCOMPARE(dock.model()->rowCount(), 4);
        QVERIFY(!(dock.model()->flags(dock.model()->index(1, 0)) & Qt::ItemIsEditable));
        QVERIFY(!dock.renameSlide(dock.model()->slideIdAt(1), QStringLiteral("x")));
    }

    // In the main window: choosing a slide filters the image browser and the cell gallery; the
    // project row shows everything again.
    void mainWindowFiltersBrowserAndGallery()
    {
        Fixture f;
        QVERIFY(f.ok());
        MainWindow window;
        QVERIFY(window.openProject(f.store.path()));
        QVERIFY(test::showActive(window));
        SlideListDock *dock = window.slideList();
        QVERIFY(dock->isVisible());
        QVERIFY(waitRefreshed(*dock));
        QCOMPARE(dock->model()->rowCount(), 4);
        QCOMPARE(window.browser()->shownCount(), 6);
        const qint64 gamma = f.slides.value(QStringLiteral("gamma"));
        QVERIFY(dock->selectSlide(gamma));
        QCOMPARE(window.browser()->shownCount(), 3);
        QVERIFY(window.browser()->isShowingOnly());
        QCOMPARE(window.gallery()->slide(), gamma);
        QVERIFY(dock->selectSlide(0));
        QCOMPARE(window.browser()->shownCount(), 6);
        QVERIFY(!window.browser()->isShowingOnly());
        QCOMPARE(window.gallery()->slide(), 0);
        // A label set in the window refreshes the counts.
        const qint64 cell = f.cells.value(QStringLiteral("beta")).first();
        QVERIFY(window.findChild<ProjectCommands *>()->setCellLabel(
            { cell }, CellLabel::ofClass(CellClass::Eosinophil), LabelOrigin::Key));
        QTRY_COMPARE(rowAt(*dock->model(), 2).labelled, 1);
    }
};

QTEST_MAIN(TestSlideList)
#include "tst_slidelist.moc"
