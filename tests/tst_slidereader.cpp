#include <opencv2/imgcodecs.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "slide/slidereader.h"
#include "slide/syntheticslide.h"
#include "testsupport.h"

using namespace wbc;

class TestSlideReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeSlide(
        const QString &name, const SyntheticSlideSpec &spec, SyntheticSlide *truth = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        SyntheticSlide t;
        if (!writeSyntheticSlide(path, spec, &t, &error))
            qWarning() << error;
        if (truth)
            *truth = t;
        return path;
    }

private Q_SLOTS:
    void pyramidLevels()
    {
        SyntheticSlideSpec spec;
        spec.width = 3000;
        spec.height = 2000;
        spec.fields = { QRect(100, 100, 320, 240) };
        SyntheticSlide truth;
        const QString path = writeSlide(QStringLiteral("levels.tif"), spec, &truth);
        QVERIFY(SlideReader::isSlideFile(path));
        QString error;
        const auto reader = SlideReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->width(), 3000);
        QCOMPARE(reader->height(), 2000);
        QCOMPARE(int(reader->levels().size()), truth.levels);
        QVERIFY(truth.levels >= 3);
        for (size_t i = 1; i < reader->levels().size(); ++i)
            QVERIFY(qAbs(reader->levels()[i].downsample - double(1 << i)) < 0.01 * (1 << i));
        QCOMPARE(reader->bestLevelForDownsample(1.0), 0);
        QCOMPARE(reader->bestLevelForDownsample(3.0), 1);
        QCOMPARE(reader->bestLevelForDownsample(4.0), 2);
        // Glass is opaque light grey, beyond the slide is transparent.
        const QImage glass = reader->readRegion(0, 2000, 1500, 4, 4, &error);
        QVERIFY2(!glass.isNull(), qPrintable(error));
        QCOMPARE(qAlpha(glass.pixel(1, 1)), 255);
        QVERIFY(qRed(glass.pixel(1, 1)) > 230);
        const QImage outside = reader->readRegion(0, 2998, 1998, 4, 4, &error);
        QCOMPARE(qAlpha(outside.pixel(3, 3)), 0);
        QCOMPARE(qAlpha(outside.pixel(0, 0)), 255);
        // The field is drawn where it was put: darker and pinker than the glass.
        const QImage field = reader->readRegion(0, 110, 110, 300, 220, &error);
        double grey = 0;
        for (int y = 0; y < field.height(); y += 10)
            for (int x = 0; x < field.width(); x += 10)
                grey += qGray(field.pixel(x, y));
        QVERIFY(grey / (30 * 22) < 225);
        const QImage thumb = reader->thumbnail(256, &error);
        QVERIFY2(!thumb.isNull(), qPrintable(error));
        QCOMPARE(std::max(thumb.width(), thumb.height()), 256);
    }

    void micronsPerPixel_data()
    {
        QTest::addColumn<double>("mpp");
        QTest::addColumn<double>("resolutionPerCm");
        QTest::addColumn<QString>("vendor");
        QTest::newRow("aperio mpp, 72 dpi") << 0.2527 << 28.3465 << QStringLiteral("aperio");
        QTest::newRow("aperio mpp, no resolution") << 0.5 << 0.0 << QStringLiteral("aperio");
        // A generic TIFF's XResolution (here 0.25 um/px) is no pixel size: ignored.
        QTest::newRow("generic, 40000 px/cm") << 0.0 << 40000.0 << QStringLiteral("generic-tiff");
        QTest::newRow("generic, 72 dpi") << 0.0 << 28.3465 << QStringLiteral("generic-tiff");
    }
    void micronsPerPixel()
    {
        QFETCH(double, mpp);
        QFETCH(double, resolutionPerCm);
        QFETCH(QString, vendor);
        SyntheticSlideSpec spec;
        spec.width = 1024;
        spec.height = 768;
        spec.fields = { QRect(0, 0, 320, 240) };
        if (mpp > 0)
            spec.micronsPerPixel = mpp;
        spec.tiffResolutionPerCm = resolutionPerCm;
        const QString path = writeSlide(QStringLiteral("mpp.tif"), spec);
        QString error;
        const auto reader = SlideReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->vendor(), vendor);
        if (mpp > 0) {
            QVERIFY(reader->micronsPerPixelX().has_value());
            QVERIFY(qAbs(*reader->micronsPerPixelX() - mpp) < 1e-6);
            QVERIFY(qAbs(*reader->micronsPerPixelY() - mpp) < 1e-6);
        } else {
            QVERIFY(!reader->micronsPerPixelX().has_value());
            QVERIFY(!reader->micronsPerPixelY().has_value());
        }
    }

    void truncatedSlideRefused_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("90%") << 0.9;
        QTest::newRow("50%") << 0.5;
        QTest::newRow("10%") << 0.1;
        QTest::newRow("header only") << 0.0;
    }
    void truncatedSlideRefused()
    {
        QFETCH(double, keep);
        SyntheticSlideSpec spec;
        spec.width = 2048;
        spec.height = 2048;
        spec.fields = syntheticFieldGrid(QRect(0, 0, 2048, 2048), 320, 240, 0);
        const QString path = writeSlide(QStringLiteral("cut.tif"), spec);
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY(size > 100000);
        QVERIFY(f.resize(std::max<qint64>(8, qint64(size * keep))));
        QString error;
        const auto reader = SlideReader::open(path, &error);
        QVERIFY(!reader);
        QVERIFY2(error.contains(QStringLiteral("cut.tif")), qPrintable(error));
    }

    void notASlide()
    {
        // An untiled TIFF and a PNG are images, not slides.
        const cv::Mat img(300, 400, CV_8UC3, cv::Scalar(200, 210, 220));
        const QString tif = m_dir.filePath(QStringLiteral("plain.tif"));
        const QString png = m_dir.filePath(QStringLiteral("plain.png"));
        QVERIFY(cv::imwrite(tif.toStdString(), img));
        QVERIFY(cv::imwrite(png.toStdString(), img));
        for (const QString &p : { tif, png }) {
            QVERIFY(!SlideReader::isSlideFile(p));
            QString error;
            QVERIFY(!SlideReader::open(p, &error));
            QVERIFY2(error.contains(QFileInfo(p).fileName()), qPrintable(error));
        }
        QString error;
        QVERIFY(!SlideReader::open(m_dir.filePath(QStringLiteral("missing.svs")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.svs")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSlideReader)
#include "tst_slidereader.moc"
