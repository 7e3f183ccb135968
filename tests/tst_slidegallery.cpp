// The gallery's crop loader on a scanned slide: its cells come from their cached crops (the
// slide file is never decoded; it may even be gone).

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cellcroploader.h"
#include "project/projectstore.h"
#include "slide/projectslidescan.h"
#include "slide/slidecellcrops.h"
#include "slide/slideimporter.h"
#include "slide/syntheticslide.h"
#include "testsupport.h"

using namespace wbc;

class TestSlideGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cropsFromCache()
    {
        QTemporaryDir dir;
        SyntheticSlideSpec spec;
        spec.width = 2048;
        spec.height = 1536;
        spec.micronsPerPixel = 2 * kBccdMicronsPerPixel;
        spec.fields = syntheticFieldGrid(QRect(0, 0, 2048, 1536), 320, 240, 40);
        const QString slide = dir.filePath("s.tif");
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(slide, spec, &truth, &error), qPrintable(error));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("g.wbc")));
        const SlideImportReport imported = SlideImporter(store).run({ slide });
        QCOMPARE(imported.imported, 1);
        QCOMPARE(ProjectSlideScan(store, SlideScanParams {}).run().completed, 1);
        const qint64 imageId = imported.imageIds.first();
        const QList<CellRecord> cells = store.cells(imageId, "detected");
        QVERIFY(cells.size() >= 10);
        QVERIFY(QFile::remove(slide)); // never needed again

        CellCropLoader loader;
        loader.setCachedCrops([&](const QList<CellRecord> &wanted) {
            return cachedSlideCrops(store, imageId, wanted);
        });
        QSignalSpy ready(&loader, &CellCropLoader::cropReady);
        QSignalSpy failed(&loader, &CellCropLoader::cropFailed);
        for (const CellRecord &c : cells.mid(0, 5))
            QVERIFY(loader.crop(c, slide, cells).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 5, 20000);
        QCOMPARE(failed.size(), 0);
        for (const CellRecord &c : cells.mid(0, 5)) {
            const QImage crop = loader.cached(c.id);
            QCOMPARE(crop.size(), CellCropLoader::kCropSize);
            // The cell's nucleus is in it: violet pixels, far bluer than red.
            int nucleus = 0;
            for (int y = 0; y < crop.height(); ++y)
                for (int x = 0; x < crop.width(); ++x)
                    nucleus += qBlue(crop.pixel(x, y)) - qRed(crop.pixel(x, y)) > 40 ? 1 : 0;
            QVERIFY2(
                nucleus > crop.width() * crop.height() / 20, qPrintable(QString::number(nucleus)));
        }
        // Only the cells asked for were cropped (a slide holds thousands).
        QVERIFY(loader.cached(cells.last().id).isNull());
    }
};

QTEST_MAIN(TestSlideGallery)
#include "tst_slidegallery.moc"
