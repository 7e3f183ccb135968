#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "testsupport.h"
#include "base/thumbnailcache.h"
#include "slide/syntheticslide.h"

using namespace wbc;

namespace {

QString writeImage(const QString &path, int width, int height)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(200, 120, 60));
    cv::circle(image, { width / 2, height / 2 }, std::min(width, height) / 3, { 90, 20, 140 }, -1);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return cv::imwrite(path.toStdString(), image) ? path : QString();
}

const QString kKey
    = QStringLiteral("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12");

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesThenReadsBackFromDisk()
    {
        QTemporaryDir dir;
        const QString image = writeImage(dir.filePath(QStringLiteral("smear.png")), 640, 480);
        QVERIFY(!image.isEmpty());
        const QString cacheDir
            = ThumbnailCache::cacheDirForProject(dir.filePath(QStringLiteral("p.wbc")));
        QCOMPARE(cacheDir, dir.filePath(QStringLiteral("p.wbc.cache/thumbs")));
        QVERIFY(!QFileInfo::exists(cacheDir)); // made lazily

        const ThumbnailCache cache(cacheDir);
        const Thumbnail first = cache.thumbnail(image, kKey);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(!first.fromDisk);
        QCOMPARE(first.bgr.cols, 192);
        QCOMPARE(first.bgr.rows, 144);
        QCOMPARE(first.bgr.type(), CV_8UC3);
        const QString file = cache.cachePath(kKey);
        QCOMPARE(file, cacheDir + QStringLiteral("/") + kKey + QStringLiteral(".jpg"));
        QVERIFY(QFileInfo(file).isFile());
        QVERIFY(test::readFile(file).startsWith("\xFF\xD8\xFF")); // JPEG
        // No temporary files left behind by QSaveFile.
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files).size(), 1);

        const Thumbnail second = cache.thumbnail(image, kKey);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.fromDisk);
        QCOMPARE(second.bgr.cols, 192);
        QCOMPARE(second.bgr.rows, 144);

        // From the cache even when the original has gone.
        QVERIFY(QFile::remove(image));
        QVERIFY(cache.thumbnail(image, kKey).fromDisk);
    }

    void keepsAspectAndNeverEnlarges_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("maxSide");
        QTest::addColumn<int>("outWidth");
        QTest::addColumn<int>("outHeight");
        QTest::newRow("landscape") << 640 << 480 << 192 << 192 << 144;
        QTest::newRow("portrait") << 100 << 400 << 192 << 48 << 192;
        QTest::newRow("small") << 64 << 48 << 192 << 64 << 48;
        QTest::newRow("thin") << 2000 << 3 << 192 << 192 << 1;
        QTest::newRow("high-dpi") << 640 << 480 << 384 << 384 << 288;
    }
    void keepsAspectAndNeverEnlarges()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, maxSide);
        QFETCH(int, outWidth);
        QFETCH(int, outHeight);
        QTemporaryDir dir;
        const QString image = writeImage(dir.filePath(QStringLiteral("i.png")), width, height);
        const ThumbnailCache cache(dir.filePath(QStringLiteral("thumbs")), maxSide);
        const Thumbnail t = cache.thumbnail(image, kKey);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.bgr.cols, outWidth);
        QCOMPARE(t.bgr.rows, outHeight);
        QVERIFY(cache.thumbnail(image, kKey).fromDisk);
        if (maxSide != ThumbnailCache::kDefaultMaxSide)
            QVERIFY(cache.cachePath(kKey).endsWith(QStringLiteral("@%1.jpg").arg(maxSide)));
    }

    void hashesTheFileWithoutKey()
    {
        QTemporaryDir dir;
        const QString image = writeImage(dir.filePath(QStringLiteral("i.png")), 300, 200);
        const ThumbnailCache cache(dir.filePath(QStringLiteral("thumbs")));
        QVERIFY(cache.thumbnail(image).ok());
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(test::readFile(image), QCryptographicHash::Sha256).toHex());
        QVERIFY(QFileInfo(cache.cachePath(sha)).isFile());
        QVERIFY(cache.thumbnail(image).fromDisk);
    }

    void keyCannotEscapeTheFolder()
    {
        const ThumbnailCache cache(QStringLiteral("/tmp/thumbs"));
        const QString path = cache.cachePath(QStringLiteral("../../etc/passwd"));
        QCOMPARE(QFileInfo(path).absolutePath(), QStringLiteral("/tmp/thumbs"));
        QVERIFY(ThumbnailCache().cachePath(kKey).isEmpty());
    }

    void worksWithoutCacheFolder()
    {
        QTemporaryDir dir;
        const QString image = writeImage(dir.filePath(QStringLiteral("i.png")), 640, 480);
        const ThumbnailCache cache;
        const Thumbnail t = cache.thumbnail(image, kKey);
        QVERIFY(t.ok());
        QVERIFY(!cache.thumbnail(image, kKey).fromDisk);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
    }

    void badImagesGiveErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("this is not an image at all");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("jpeg header only") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
    }
    void badImagesGiveErrors()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.png"));
        test::writeFile(bad, bytes);
        const ThumbnailCache cache(dir.filePath(QStringLiteral("thumbs")));
        for (const QString &key : { kKey, QString() }) {
            const Thumbnail t = cache.thumbnail(bad, key);
            QVERIFY(!t.ok());
            QVERIFY(!t.error.isEmpty());
            QVERIFY(t.bgr.empty());
        }
        QVERIFY(!QFileInfo::exists(cache.cachePath(kKey)));
    }

    void missingFileGivesError()
    {
        const ThumbnailCache cache(QDir::tempPath() + QStringLiteral("/wbc-no-such-thumbs"));
        for (const QString &key : { kKey, QString() }) {
            const Thumbnail t = cache.thumbnail(QStringLiteral("/nonexistent/x.png"), key);
            QVERIFY(!t.ok());
            QVERIFY(!t.error.isEmpty());
        }
    }

    void corruptCacheFileIsMadeAgain()
    {
        QTemporaryDir dir;
        const QString image = writeImage(dir.filePath(QStringLiteral("i.png")), 640, 480);
        const ThumbnailCache cache(dir.filePath(QStringLiteral("thumbs")));
        test::writeFile(cache.cachePath(kKey), "\xFF\xD8\xFF truncated");
        const Thumbnail t = cache.thumbnail(image, kKey);
        QVERIFY(t.ok());
        QVERIFY(!t.fromDisk);
        QVERIFY(cache.thumbnail(image, kKey).fromDisk);
    }

    void unwritableCacheStillGivesThumbnails()
    {
        QTemporaryDir dir;
        const QString image = writeImage(dir.filePath(QStringLiteral("i.png")), 640, 480);
        test::writeFile(
            dir.filePath(QStringLiteral("file")), "x"); // a file where a folder should be
        const ThumbnailCache cache(dir.filePath(QStringLiteral("file/thumbs")));
        QVERIFY(cache.thumbnail(image, kKey).ok());
    }

    // A scanned slide's thumbnail is its overview from the pyramid, its aspect kept: never the
    // whole file decoded (this one, 160 megapixels, is larger than any image the decoder takes).
    void slideThumbnailComesFromThePyramid()
    {
        QTemporaryDir dir;
        SyntheticSlideSpec spec;
        spec.width = 16000;
        spec.height = 10000;
        spec.fields = syntheticFieldGrid(QRect(0, 0, 16000, 3000), 640, 480, 40);
        const QString path = dir.filePath("smear.tiff");
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(path, spec, &truth, &error), qPrintable(error));
        const Thumbnail thumb = ThumbnailCache(dir.filePath("cache"), 200).thumbnail(path);
        QVERIFY2(thumb.ok(), qPrintable(thumb.error));
        QCOMPARE(thumb.bgr.cols, 200);
        QCOMPARE(thumb.bgr.rows, 125);
        // The smear's fields and cells, not a blank or uniform tile: red above green where the
        // stain is, and real contrast.
        cv::Scalar mean, stddev;
        cv::meanStdDev(thumb.bgr, mean, stddev);
        QVERIFY2(mean[2] > mean[1] && stddev[1] > 8,
                 qPrintable(QStringLiteral("mean BGR %1 %2 %3, std G %4")
                                .arg(mean[0]).arg(mean[1]).arg(mean[2]).arg(stddev[1])));
    }

    void threadSafe()
    {
        QTemporaryDir dir;
        QStringList images;
        for (int i = 0; i < 4; ++i)
            images << writeImage(dir.filePath(QStringLiteral("i%1.png").arg(i)), 320 + i, 240);
        QStringList jobs;
        for (int round = 0; round < 8; ++round)
            jobs << images;
        const ThumbnailCache cache(dir.filePath(QStringLiteral("thumbs")));
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<bool> ok = QtConcurrent::blockingMapped(&pool, jobs, [&](const QString &p) {
            return cache.thumbnail(p).ok(); // same images at once: same files written
        });
        QCOMPARE(ok.count(true), jobs.size());
        QCOMPARE(QDir(cache.cacheDir()).entryList(QDir::Files).size(), images.size());
    }
};

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
