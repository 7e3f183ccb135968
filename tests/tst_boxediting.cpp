// Editing boxes and reading the saliency overlay in the main window's viewer, with the mouse as a
// user does: a corner handle resizes from anywhere on it and a few pixels around it (not only
// its inner half), draw mode (B) says what to do in the status bar and selects the box it drew,
// and the saliency overlay has a legend with an opacity slider that acts on the overlay.
#include <QAction>
#include <QGraphicsItem>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "boxitem.h"
#include "cellviewer.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "saliencylegend.h"
#include "slidebrowser.h"

using namespace wbc;

namespace {

// A shown window on a fresh project of single-cell fields, the first field in the viewer.
struct Window
{
    QTemporaryDir dir;
    MainWindow w;
    qint64 image = 0;

    bool open()
    {
        w.resize(1280, 820);
        if (!test::showActive(w) || !w.openProject(test::makeUnlabeledProject(dir.path(), 2)))
            return false;
        image = w.browser()->currentImageId();
        return image
            && QTest::qWaitFor(
                [&] {
                    return w.viewer()->imageId() == image && w.viewer()->hasImage()
                        && w.viewer()->boxCount() == 1;
                },
                10000);
    }

    BoxItem *box() const
    {
        for (QGraphicsItem *item : w.viewer()->scene()->items()) {
            if (auto *b = dynamic_cast<BoxItem *>(item))
                return b;
        }
        return nullptr;
    }

    QRect storedBox() const { return w.store()->whiteCells(image).value(0).box; }
};

// Drags with the left button from `from` to `to` (viewport pixels), in steps as a hand does.
void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 6);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestBoxEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Screen pixels from the bottom right corner, outwards: its centre, the handle's outer half
    // (it is 8 px), and just past the handle.
    void cornerGrabsAroundItsHandle_data()
    {
        QTest::addColumn<int>("outwards");
        QTest::newRow("centre") << 0;
        QTest::newRow("outer half") << 3;
        QTest::newRow("beside") << 7;
    }

    void cornerGrabsAroundItsHandle()
    {
        QFETCH(int, outwards);
        Window f;
        QVERIFY(f.open());
        BoxItem *box = f.box();
        QVERIFY(box);
        const QRect before = f.storedBox();
        CellViewer *viewer = f.w.viewer();
        const QPoint corner = viewer->mapFromScene(box->sceneBox().bottomRight());
        const QPoint press = corner + QPoint(outwards, outwards);
        QCOMPARE(box->cornerAtScene(viewer->mapToScene(press)), 2);
        drag(viewer->viewport(), press, press + QPoint(30, 24));
        QTRY_VERIFY(f.storedBox() != before);
        const QRect after = f.storedBox();
        QCOMPARE(after.topLeft(), before.topLeft()); // resized, not moved
        QVERIFY2(after.width() > before.width() && after.height() > before.height(),
            qPrintable(QStringLiteral("%1x%2 -> %3x%4")
                           .arg(before.width())
                           .arg(before.height())
                           .arg(after.width())
                           .arg(after.height())));
    }

    // Well inside the box, a press moves it; far outside, it is not the box's.
    void insideMovesOutsideMisses()
    {
        Window f;
        QVERIFY(f.open());
        BoxItem *box = f.box();
        CellViewer *viewer = f.w.viewer();
        const QRectF r = box->sceneBox();
        QCOMPARE(box->cornerAtScene(r.center()), -1);
        const QPoint corner = viewer->mapFromScene(r.bottomRight());
        QCOMPARE(box->cornerAtScene(viewer->mapToScene(corner + QPoint(14, 14))), -1);
        const QRect before = f.storedBox();
        const QPoint centre = viewer->mapFromScene(r.center());
        drag(viewer->viewport(), centre, centre + QPoint(20, 10));
        QTRY_VERIFY(f.storedBox() != before);
        // Moved whole: the same size, give or take the pixel the rounding to the field's pixels
        // may add.
        QVERIFY(std::abs(f.storedBox().width() - before.width()) <= 1);
        QVERIFY(std::abs(f.storedBox().height() - before.height()) <= 1);
        QVERIFY(f.storedBox().left() > before.left());
    }

    void drawModeHintsAndSelectsTheNewBox()
    {
        Window f;
        QVERIFY(f.open());
        CellViewer *viewer = f.w.viewer();
        viewer->setFocus();
        QTest::keyClick(viewer, Qt::Key_B);
        QVERIFY(viewer->isAddBoxMode());
        const QString hint = f.w.statusBar()->currentMessage();
        QVERIFY2(hint == MainWindow::tr("Draw a box: drag over the white cell (Esc cancels)"),
            qPrintable(hint));
        // An empty part of the field: away from the one box.
        const QRectF taken = f.box()->sceneBox();
        const QSize field = viewer->imageSize();
        const QPointF start = taken.center().x() > field.width() / 2.0
            ? QPointF(8, 8)
            : QPointF(field.width() - 60, 8);
        const QPoint from = viewer->mapFromScene(start);
        const QPoint to = viewer->mapFromScene(start + QPointF(40, 40));
        QVERIFY(!viewer->mapToScene(to).isNull());
        drag(viewer->viewport(), from, to);
        QTRY_COMPARE(viewer->boxCount(), 2);
        QVERIFY(!viewer->isAddBoxMode());
        QVERIFY(f.w.statusBar()->currentMessage().isEmpty());
        const QList<CellRecord> cells = f.w.store()->whiteCells(f.image);
        QCOMPARE(cells.size(), 2);
        qint64 drawn = 0;
        for (const CellRecord &c : cells) {
            if (c.source == u"user")
                drawn = c.id;
        }
        QVERIFY(drawn);
        QCOMPARE(viewer->currentCellId(), drawn);
        QCOMPARE(viewer->selectedCellIds(), QList<qint64> { drawn });
        // The next key labels it.
        QTest::keyClick(viewer, Qt::Key_3);
        QCOMPARE(f.w.store()->currentCellLabel(drawn).value().label.cellClass(),
            std::optional<CellClass>(CellClass::Lymphocyte));
    }

    void saliencyLegendControlsTheOverlay()
    {
        Window f;
        QVERIFY(f.open());
        CellViewer *viewer = f.w.viewer();
        SaliencyLegend *legend = viewer->overlayLegend();
        QVERIFY(legend);
        QVERIFY(!legend->isVisible());
        QImage heat(40, 30, QImage::Format_ARGB32);
        heat.fill(QColor(255, 0, 0, 170));
        viewer->setOverlay(f.image, heat, QRect(10, 10, 80, 60));
        QVERIFY(viewer->hasOverlay());
        QVERIFY(legend->isVisible());
        QVERIFY(viewer->viewport()->geometry().contains(legend->geometry()));
        // Not fully opaque by default: the cell shows through.
        QVERIFY(viewer->overlayOpacity() < 1.0);
        legend->slider()->setValue(30);
        QCOMPARE(viewer->overlayOpacity(), 0.3);
        legend->slider()->setValue(90);
        QCOMPARE(viewer->overlayOpacity(), 0.9);
        // It says what the colours mean.
        QStringList texts;
        for (const QLabel *l : legend->findChildren<QLabel *>())
            texts.append(l->text());
        QVERIFY(texts.contains(SaliencyLegend::tr("more important")));
        QVERIFY(texts.contains(SaliencyLegend::tr("less important")));
        // The opacity is kept for the next overlay.
        viewer->setOverlay(f.image, QImage(), QRect());
        QVERIFY(!legend->isVisible());
        viewer->setOverlay(f.image, heat, QRect(10, 10, 80, 60));
        QCOMPARE(viewer->overlayOpacity(), 0.9);
    }
};

QTEST_MAIN(TestBoxEditing)
#include "tst_boxediting.moc"
