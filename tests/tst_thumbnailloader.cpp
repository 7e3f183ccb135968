#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "browserfixture.h"
#include "testsupport.h"
#include "thumbnailloader.h"

using namespace wbc;

class TestThumbnailLoader : public QObject
{
    Q_OBJECT

private:
    static QString writePng(const QTemporaryDir &dir, int i)
    {
        const QString path = dir.filePath(QStringLiteral("img%1.png").arg(i));
        test::writeFile(path, test::tinyPng(i));
        return path;
    }
    static QString key(int i) { return QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')); }

private Q_SLOTS:
    void loadsOncePerPath()
    {
        QTemporaryDir dir;
        const QString path = writePng(dir, 1);
        ThumbnailLoader loader;
        loader.setCache(ThumbnailCache(dir.filePath(QStringLiteral("thumbs"))));
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        QSignalSpy idle(&loader, &ThumbnailLoader::idle);
        QVERIFY(loader.thumbnail(1, path, key(1)).isNull());
        QVERIFY(loader.thumbnail(2, path, key(1)).isNull()); // same file, second row
        QVERIFY(loader.thumbnail(1, path, key(1)).isNull());
        QCOMPARE(loader.pendingCount(), 1);
        QVERIFY(loader.isPending(path));
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(idle.size(), 1);
        QSet<qint64> ids { ready.at(0).at(0).toLongLong(), ready.at(1).at(0).toLongLong() };
        QCOMPARE(ids, QSet<qint64>({ 1, 2 }));
        const QImage image = ready.first().at(1).value<QImage>();
        QCOMPARE(image.size(), QSize(64, 48));
        QCOMPARE(image.format(), QImage::Format_RGB32);
        // BGR -> RGB: the tiny PNG's background is (B, G, R) = (117, 160, 93).
        QCOMPARE(QColor(image.pixel(1, 1)), QColor(93, 160, 117));
        // Now from memory, at once, without a new job.
        QCOMPARE(loader.thumbnail(3, path, key(1)).size(), QSize(64, 48));
        QCOMPARE(loader.pendingCount(), 0);
        QVERIFY(QFileInfo(loader.cache().cachePath(key(1))).isFile());
    }

    void failuresAreReportedOnce()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.png"));
        test::writeFile(bad, "not a png");
        ThumbnailLoader loader;
        QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        QVERIFY(loader.thumbnail(7, bad, key(7)).isNull());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), 7);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(!loader.error(bad).isEmpty());
        QVERIFY(loader.thumbnail(7, bad, key(7)).isNull());
        QCOMPARE(loader.pendingCount(), 0); // not tried again
        QCOMPARE(ready.size(), 0);
        loader.clear();
        QVERIFY(loader.error(bad).isEmpty());
    }

    void clearDropsPendingWork()
    {
        QTemporaryDir dir;
        ThumbnailLoader loader;
        loader.setCache(ThumbnailCache(dir.filePath(QStringLiteral("thumbs"))));
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        for (int i = 0; i < 40; ++i)
            loader.thumbnail(i + 1, writePng(dir, i), key(i));
        QCOMPARE(loader.pendingCount(), 40);
        loader.clear();
        QCOMPARE(loader.pendingCount(), 0);
        loader.threadPool()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(ready.size(), 0); // jobs that were running finished, but nobody heard of it
    }

    // Results that finished before the loader went away are waiting in the event queue when it
    // is deleted; none of them may arrive, neither during the destructor nor after it.
    void destroyedWhileLoading()
    {
        QTemporaryDir dir;
        auto *loader = new ThumbnailLoader;
        loader->setCache(ThumbnailCache(dir.filePath(QStringLiteral("thumbs"))));
        QSignalSpy ready(loader, &ThumbnailLoader::thumbnailReady);
        QSignalSpy failed(loader, &ThumbnailLoader::thumbnailFailed);
        QObject receiver; // a view that outlives the loader and counts what reaches it
        int delivered = 0;
        connect(loader, &ThumbnailLoader::thumbnailReady, &receiver, [&] { ++delivered; });
        connect(loader, &ThumbnailLoader::thumbnailFailed, &receiver, [&] { ++delivered; });
        for (int i = 0; i < 20; ++i)
            loader->thumbnail(i + 1, writePng(dir, i), key(i));
        QCOMPARE(loader->pendingCount(), 20);
        QCOMPARE(loader->queuedCount(), 20 - ThumbnailLoader::kThreads);
        // The running jobs finish; their results are posted, not yet delivered.
        loader->threadPool()->waitForDone();
        QCOMPARE(loader->pendingCount(), 20);
        QCOMPARE(ready.size(), 0);

        // A loader that stays: its result is posted after the doomed loader's, so once it has
        // arrived the event loop has gone past every result the doomed one could deliver.
        ThumbnailLoader control;
        QSignalSpy controlReady(&control, &ThumbnailLoader::thumbnailReady);
        control.thumbnail(99, writePng(dir, 99), key(99));
        control.threadPool()->waitForDone();

        delete loader; // drops the finished results and waits for nothing else
        QTRY_COMPARE(controlReady.size(), 1);
        QTest::qWait(50);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(delivered, 0);
        // There were results to deliver: the two jobs that ran wrote their disk cache files.
        const QStringList cached = QDir(dir.filePath(QStringLiteral("thumbs")))
                                       .entryList(QDir::Files | QDir::NoDotAndDotDot);
        QCOMPARE(cached.size(), ThumbnailLoader::kThreads);
    }

    void newestRequestFirstAndQueueBounded()
    {
        QTemporaryDir dir;
        ThumbnailLoader loader;
        // One worker runs the jobs in the order they were started, so the order in which
        // failures arrive shows the start order, whatever the machine's load.
        loader.threadPool()->setMaxThreadCount(1);
        QStringList paths;
        for (int i = 0; i < ThumbnailLoader::kMaxQueued + 50; ++i)
            paths << dir.filePath(QStringLiteral("missing%1.png").arg(i)); // fail fast
        QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
        for (int i = 0; i < paths.size(); ++i)
            loader.thumbnail(i + 1, paths.at(i), {});
        QVERIFY(loader.queuedCount() <= ThumbnailLoader::kMaxQueued);
        QTRY_COMPARE(loader.pendingCount(), 0);
        QVERIFY(failed.size() <= ThumbnailLoader::kMaxQueued + ThumbnailLoader::kThreads);
        // The last request was served before the oldest ones still queued.
        const qint64 last = paths.size();
        int lastAt = -1;
        for (int i = 0; i < failed.size(); ++i) {
            if (failed.at(i).at(0).toLongLong() == last)
                lastAt = i;
        }
        QVERIFY(lastAt >= 0 && lastAt <= ThumbnailLoader::kThreads);
    }

    void memoryIsBounded()
    {
        QTemporaryDir dir;
        ThumbnailLoader loader;
        loader.setMemoryLimitKiB(30); // two 64x48 RGB32 thumbnails (12 KiB each)
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            paths << writePng(dir, i);
            QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
            loader.thumbnail(i + 1, paths.last(), key(i));
            QVERIFY(ready.wait(5000));
        }
        QVERIFY(!loader.thumbnail(3, paths.at(2), key(2)).isNull());
        QVERIFY(!loader.thumbnail(2, paths.at(1), key(1)).isNull());
        QVERIFY(loader.thumbnail(1, paths.at(0), key(0)).isNull()); // least recently used: gone
        QCOMPARE(loader.pendingCount(), 1);
    }
};

QTEST_MAIN(TestThumbnailLoader)
#include "tst_thumbnailloader.moc"
