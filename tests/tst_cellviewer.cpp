#include <QApplication>
#include <QGraphicsPixmapItem>
#include <QImageReader>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTemporaryDir>
#include <QTest>

#include "base/imagefile.h"
#include "browserfixture.h"
#include "cellviewer.h"
#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "testsupport.h"
#include "thumbnailloader.h"

using namespace wbc;

namespace {

// A PNG signature and IHDR chunk claiming width x height, and nothing else.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (quint32 v : { width, height }) {
        for (int shift : { 24, 16, 8, 0 })
            b.append(char((v >> shift) & 0xFF));
    }
    return b + QByteArray("\x08\x02\0\0\0\0\0\0\0", 9);
}

// A 1x1 GIF, which Qt's own image reader shows.
QByteArray tinyGif()
{
    return QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00"
                      "\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;",
        43);
}

} // namespace

// The viewer and the thumbnails decode through the core decoder: they refuse exactly the files
// import refuses (formats, pixel limit, file size limit), with the reason import gives.
class TestCellViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatImportRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // what the core decoder says
        QTest::newRow("GIF") << "tiny.png"
                             << "not a JPEG, PNG, BMP or TIFF image";
        QTest::newRow("20000x20000 header")
            << "huge.png"
            << "image is 20000x20000 pixels, more than the 144 megapixel limit";
        QTest::newRow("just over 144 MP")
            << "over.png"
            << "image is 12100x12000 pixels, more than the 144 megapixel limit";
        QTest::newRow("file over 512 MiB") << "sparse.png"
                                           << "file is larger than 512 MiB";
    }
    void refusesWhatImportRefuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath("data/" + name);
        if (name == "tiny.png") {
            test::writeFile(path, tinyGif());
            QVERIFY2(!QImageReader(path).read().isNull(), "Qt's reader shows this GIF");
        } else if (name == "huge.png") {
            test::writeFile(path, pngHeader(20000, 20000));
        } else if (name == "over.png") {
            test::writeFile(path, pngHeader(12100, 12000));
        } else {
            test::writeFile(path, test::tinyPng(1)); // a whole PNG, then a hole: Qt shows it
            QFile f(path);
            QVERIFY(f.resize(kMaxImageFileBytes + 1));
        }

        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const ImportReport imported = DatasetImporter(store, "t").run(dir.filePath("data"));
        QCOMPARE(imported.skipped, 1);
        QCOMPARE(imported.problems.size(), 1);
        QCOMPARE(imported.problems.first().message, reason + "; skipped");

        CellViewer viewer;
        QSignalSpy failed(&viewer, &CellViewer::loadFailed);
        QSignalSpy loaded(&viewer, &CellViewer::imageLoaded);
        viewer.showImage(5, path, {});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), 5);
        QCOMPARE(failed.first().at(1).toString(), path + ": cannot show image: " + reason);
        QVERIFY(!viewer.hasImage());
        QCOMPARE(loaded.size(), 0);

        ThumbnailLoader loader;
        loader.setCache(ThumbnailCache(dir.filePath("thumbs")));
        QSignalSpy thumbFailed(&loader, &ThumbnailLoader::thumbnailFailed);
        QSignalSpy thumbReady(&loader, &ThumbnailLoader::thumbnailReady);
        loader.thumbnail(5, path, {});
        QTRY_COMPARE(thumbFailed.size(), 1);
        QCOMPARE(thumbFailed.first().at(1).toString(), reason);
        QCOMPARE(thumbReady.size(), 0);
    }

    // What import takes, the viewer shows, at the size import measured.
    void showsWhatImportTakes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("data/a.png");
        test::writeFile(path, test::tinyPng(2, 90, 60));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        QCOMPARE(DatasetImporter(store, "t").run(dir.filePath("data")).imported, 1);
        const ImageRecord img = store.images().first();

        CellViewer viewer;
        QSignalSpy loaded(&viewer, &CellViewer::imageLoaded);
        QSignalSpy failed(&viewer, &CellViewer::loadFailed);
        viewer.showImage(img.id, path, {});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(viewer.imageSize(), QSize(img.width, img.height));
        // BGR -> RGB: tinyPng(2)'s background is (B, G, R) = (154, 160, 146).
        QImage shown;
        for (QGraphicsItem *item : viewer.scene()->items()) {
            if (auto *pixmap = qgraphicsitem_cast<QGraphicsPixmapItem *>(item))
                shown = pixmap->pixmap().toImage();
        }
        QCOMPARE(shown.size(), QSize(90, 60));
        QCOMPARE(QColor(shown.pixel(1, 1)), QColor(146, 160, 154));
    }

    // A field clicked while a long job fills the global thread pool (loading a training run's
    // cells, predicting, importing: each queues a task per image there) still decodes at once:
    // the viewer has a pool of its own. Here every global thread is held until the field shows.
    void decodesWhileTheGlobalPoolIsBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.png");
        test::writeFile(path, test::tinyPng(1, 40, 30));
        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int threads = global->maxThreadCount();
        for (int i = 0; i < threads + 4; ++i) // every thread held, more tasks queued behind
            global->start([&] {
                started.release();
                release.acquire();
            });
        QVERIFY(started.tryAcquire(threads, 10000));
        const auto unblock = qScopeGuard([&] {
            release.release(threads + 4);
            global->waitForDone();
        });

        CellViewer viewer;
        QSignalSpy loaded(&viewer, &CellViewer::imageLoaded);
        viewer.showImage(1, path, {});
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(viewer.hasImage());
        QCOMPARE(started.available(), 0); // the global pool was still held all along
    }
};

QTEST_MAIN(TestCellViewer)
#include "tst_cellviewer.moc"
