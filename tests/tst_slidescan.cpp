#include <algorithm>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include "dataset/syntheticsmear.h"
#include "dataset/vocreader.h"
#include "detection/detectionevaluation.h"
#include "slide/focusmeasure.h"
#include "slide/slidereader.h"
#include "slide/slidescanner.h"
#include "slide/syntheticslide.h"
#include "testsupport.h"

using namespace wbc;

namespace {

QList<QRect> boxesOf(const QList<ScannedCell> &cells)
{
    QList<QRect> out;
    for (const ScannedCell &c : cells)
        out.append(c.box);
    return out;
}

QList<QRect> sorted(QList<QRect> boxes)
{
    std::sort(boxes.begin(), boxes.end(), [](const QRect &a, const QRect &b) {
        return std::tuple(a.y(), a.x(), a.width(), a.height())
            < std::tuple(b.y(), b.x(), b.width(), b.height());
    });
    return boxes;
}

// Fields of 320 x 240 (white cells about 95 px, the working scale: no resampling) at 0.13 um/px
// over a 5120 x 3072 slide; the grid's pitch (360 x 280) is no divisor of the 1024 px tiles, so
// many cells straddle a tile border.
SyntheticSlideSpec smearSpec()
{
    SyntheticSlideSpec spec;
    spec.width = 5120;
    spec.height = 3072;
    spec.micronsPerPixel = 2 * kBccdMicronsPerPixel;
    spec.fields = syntheticFieldGrid(QRect(20, 30, 5080, 3020), 320, 240, 40);
    spec.seed = 7;
    return spec;
}

// A tile-sized mosaic (4 x 5 fields of 320 x 240, the working scale: white cells ~95 px) of
// synthetic fields, or of BCCD images shrunk to the working scale, blurred by sigma working
// pixels with sensor noise (sigma 2) added after the blur.
cv::Mat focusMosaic(const QStringList &bccdImages, quint64 seed, double sigma)
{
    cv::Mat mosaic(4 * 240, 5 * 320, CV_8UC3);
    for (int i = 0; i < 20; ++i) {
        cv::Mat field;
        if (bccdImages.isEmpty()) {
            SmearSpec s;
            s.width = 320;
            s.height = 240;
            s.rbcCount = 10;
            field = generateSmear(seed + quint64(i), s).bgr;
        } else {
            const QString path = bccdImages.at((int(seed) + i) % bccdImages.size());
            field = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
            cv::resize(field, field, cv::Size(320, 240), 0, 0, cv::INTER_AREA);
        }
        field.copyTo(mosaic(cv::Rect((i % 5) * 320, (i / 5) * 240, 320, 240)));
    }
    if (sigma > 0.0) {
        cv::GaussianBlur(mosaic, mosaic, cv::Size(), sigma);
        cv::Mat noise(mosaic.size(), CV_16SC3);
        cv::RNG rng(seed);
        rng.fill(noise, cv::RNG::NORMAL, 0, 2);
        cv::Mat m16;
        mosaic.convertTo(m16, CV_16SC3);
        m16 += noise;
        m16.convertTo(mosaic, CV_8UC3);
    }
    return mosaic;
}

QStringList bccdImageList(const QString &bccd, int count)
{
    QStringList images;
    QDirIterator it(bccd + QStringLiteral("/images"), { QStringLiteral("*.jpg") });
    while (it.hasNext())
        images.append(it.next());
    images.sort();
    return images.mid(0, count);
}

} // namespace

class TestSlideScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_slide;
    SyntheticSlide m_truth;
    QList<ScannedCell> m_full; // one uninterrupted scan, 2 threads

    SlideScanParams params() const
    {
        SlideScanParams p;
        p.threads = 2;
        p.tileSize = 1024; // 15 tiles on the test slide
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_slide = m_dir.filePath(QStringLiteral("smear.tif"));
        QString error;
        QVERIFY2(writeSyntheticSlide(m_slide, smearSpec(), &m_truth, &error), qPrintable(error));
        QVERIFY(m_truth.wbcs.size() > 100);
        const auto reader = SlideReader::open(m_slide, &error);
        QVERIFY2(reader, qPrintable(error));
        SlideScanner scanner(*reader, params());
        const SlideScanResult r = scanner.run();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.cancelled);
        QVERIFY(r.micronsPerPixelFromSlide);
        QCOMPARE(r.downsample, 1.0);
        QVERIFY(r.state.isComplete());
        qInfo("%d tiles: %d scanned, %d skipped, %.1f s",
            r.tilesTotal,
            r.tilesScanned,
            r.tilesSkipped,
            r.seconds);
        QCOMPARE(r.tilesOutOfFocus, 0); // a sharp slide loses no tile to the focus check
        m_full = r.cells;
    }

    // The focus measure against known blurs (working pixels at 0.13 um/px, the scan's scale):
    // the estimate grows with the blur, sharp fields stay under the scan's threshold and fields
    // blurred by 0.8 um or more are over it. Prints the calibration docs/DETECTION.md quotes.
    void focusMeasureCalibration()
    {
        const double umPerPx = 2 * kBccdMicronsPerPixel;
        const double threshold = kDefaultMaxEdgeBlurMicrons / umPerPx; // working px
        const QList<double> sigmas { 0, 1, 2, 3, 4, 5, 6, 8, 12 };
        const QString bccd = wbc::test::bccdDir();
        const QStringList bccdImages = bccd.isEmpty() ? QStringList() : bccdImageList(bccd, 60);
        for (int source = 0; source < (bccdImages.isEmpty() ? 1 : 2); ++source) {
            double previous = -1.0;
            for (double sigma : sigmas) {
                double lo = 1e9;
                double hi = -1e9;
                for (quint64 seed : { 11, 23, 37 }) {
                    const double e = estimateEdgeBlur(
                        focusMosaic(source == 0 ? QStringList() : bccdImages, seed, sigma));
                    QVERIFY2(e >= 0.0, "a mosaic of smear fields has edges");
                    lo = std::min(lo, e);
                    hi = std::max(hi, e);
                }
                qInfo("%s blur %.1f px (%.2f um): estimate %.2f-%.2f px (%.2f-%.2f um)",
                    source == 0 ? "synthetic" : "BCCD",
                    sigma,
                    sigma * umPerPx,
                    lo,
                    hi,
                    lo * umPerPx,
                    hi * umPerPx);
                QVERIFY2(lo > previous, "the estimate grows with the blur");
                previous = lo;
                if (sigma * umPerPx <= 0.3)
                    QVERIFY2(hi < threshold, qPrintable(QString::number(hi)));
                if (sigma * umPerPx >= 0.8)
                    QVERIFY2(lo > threshold, qPrintable(QString::number(lo)));
            }
        }
        // No edges: glass and plasma are not called out of focus.
        const cv::Mat glass(600, 600, CV_8UC3, cv::Scalar(242, 242, 242));
        QCOMPARE(estimateEdgeBlur(glass), -1.0);
    }

    // Fields blurred by 1 um (Gaussian sigma) on the left of the slide: the tiles that hold only
    // them are skipped as out of focus, those with sharp fields are not, and the sharp fields'
    // cells are found as without the focus check.
    void outOfFocusSkipped()
    {
        SyntheticSlideSpec spec = smearSpec();
        const double sigma = 1.0 / spec.micronsPerPixel.value(); // level 0 = working px here
        for (const QRect &f : std::as_const(spec.fields))
            spec.fieldBlur.append(f.right() < 2560 ? sigma : 0.0);
        const QString path = m_dir.filePath(QStringLiteral("blurred.tif"));
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(path, spec, &truth, &error), qPrintable(error));
        QList<QRect> sharpCells;
        for (const QRect &b : std::as_const(truth.wbcs)) {
            if (b.left() >= 2560)
                sharpCells.append(b);
        }
        QVERIFY(sharpCells.size() > 30);
        const auto reader = SlideReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));

        const SlideScanResult r = SlideScanner(*reader, params()).run();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        SlideScanParams all = params();
        all.skipOutOfFocus = false;
        const SlideScanResult unchecked = SlideScanner(*reader, all).run();
        qInfo("%d tiles: %d scanned, skipped: background %d, out of focus %d; focus %.3f s, "
              "detection %.3f s (summed)",
            r.tilesTotal,
            r.tilesScanned,
            r.tilesSkipped - r.tilesOutOfFocus,
            r.tilesOutOfFocus,
            r.focusSeconds,
            r.detectSeconds);
        QCOMPARE(unchecked.tilesOutOfFocus, 0);
        // 1,024 px tiles with 95 px of overlap: columns 0 and 1 (footprints up to x = 2143)
        // hold only blurred fields, column 2 on reaches the sharp ones.
        QCOMPARE(r.tilesOutOfFocus, 2 * 3);
        QCOMPARE(r.tilesScanned + r.tilesSkipped, r.tilesTotal);
        for (const ScannedCell &c : r.cells)
            QVERIFY2(c.box.center().x() >= 2048, "no cell from an out-of-focus tile");
        const BoxMatch m = matchBoxes(sharpCells, boxesOf(r.cells), 0.5);
        const BoxMatch mu = matchBoxes(sharpCells, boxesOf(unchecked.cells), 0.5);
        qInfo("sharp fields' cells: %lld, found %lld (without the focus check %lld)",
            qint64(sharpCells.size()),
            qint64(m.matched),
            qint64(mu.matched));
        QCOMPARE(m.matched, mu.matched);
        QVERIFY(m.matched >= sharpCells.size() * 95 / 100);
    }

    // Recall and precision at IoU >= 0.5 against the drawn cells. Measured on this slide: recall
    // 1.00, precision 1.00 (docs/DETECTION.md); the thresholds leave room for detector tuning.
    void recallAndPrecision()
    {
        const BoxMatch m = matchBoxes(m_truth.wbcs, boxesOf(m_full), 0.5);
        const double recall = double(m.matched) / m_truth.wbcs.size();
        const double precision = double(m.matched) / std::max<qsizetype>(1, m_full.size());
        qInfo("%lld cells drawn, %lld found: recall %.3f, precision %.3f",
            qint64(m_truth.wbcs.size()),
            qint64(m_full.size()),
            recall,
            precision);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    }

    // A cell on a tile border is seen by two tiles (the overlap) and counted once.
    void borderCellsCountedOnce()
    {
        const int tile = params().tileSize; // downsample 1: working px are level-0 px
        int straddling = 0;
        for (const QRect &t : m_truth.wbcs) {
            const bool acrossX = t.left() / tile != t.right() / tile;
            const bool acrossY = t.top() / tile != t.bottom() / tile;
            if (!acrossX && !acrossY)
                continue;
            ++straddling;
            int hits = 0;
            for (const ScannedCell &c : m_full)
                hits += iou(t, c.box) >= 0.3 ? 1 : 0;
            QVERIFY2(hits == 1,
                qPrintable(QStringLiteral("cell at %1,%2 found %3 times")
                               .arg(t.x())
                               .arg(t.y())
                               .arg(hits)));
        }
        QVERIFY2(straddling >= 10, qPrintable(QString::number(straddling)));
        // And no two results overlap at all.
        for (qsizetype i = 0; i < m_full.size(); ++i)
            for (qsizetype j = i + 1; j < m_full.size(); ++j)
                QVERIFY(iou(m_full.at(i).box, m_full.at(j).box) < 0.3);
    }

    void cancelAndContinue()
    {
        QString error;
        const auto reader = SlideReader::open(m_slide, &error);
        QVERIFY2(reader, qPrintable(error));
        SlideScanner scanner(*reader, params());
        int calls = 0;
        scanner.setProgress([&](int done, int total, double eta) {
            QVERIFY(done <= total);
            QVERIFY(eta >= 0.0);
            if (++calls == 4)
                scanner.cancel();
        });
        const SlideScanResult first = scanner.run();
        QVERIFY(first.cancelled);
        QVERIFY(first.tilesScanned + first.tilesSkipped < first.tilesTotal);
        QVERIFY(first.cells.size() < m_full.size());
        // The state survives a round trip through its stored form.
        const auto state = SlideScanState::fromJson(first.state.toJson());
        QVERIFY(state);
        QVERIFY(!state->isComplete());
        SlideScanner again(*reader, params());
        const SlideScanResult second = again.run(&*state);
        QVERIFY(!second.cancelled);
        QVERIFY(second.state.isComplete());
        QCOMPARE(
            first.tilesScanned + first.tilesSkipped + second.tilesScanned + second.tilesSkipped,
            first.tilesTotal);
        QCOMPARE(sorted(boxesOf(second.cells)), sorted(boxesOf(m_full)));
    }

    void threadsGiveTheSameCells()
    {
        QString error;
        const auto reader = SlideReader::open(m_slide, &error);
        SlideScanParams p = params();
        p.threads = 1;
        const SlideScanResult one = SlideScanner(*reader, p).run();
        QCOMPARE(boxesOf(one.cells), boxesOf(m_full));
    }

    void stopAfterN()
    {
        QString error;
        const auto reader = SlideReader::open(m_slide, &error);
        SlideScanParams p = params();
        p.maxCells = 12;
        const SlideScanResult r = SlideScanner(*reader, p).run();
        QVERIFY(r.stoppedAtMaxCells);
        QCOMPARE(r.cells.size(), 12);
        QVERIFY(r.tilesScanned < r.tilesTotal);
        // The first 12 of the whole scan's meander order.
        QCOMPARE(boxesOf(r.cells), boxesOf(m_full.mid(0, 12)));
        // Meander: the first cells go left to right along the first row of tiles.
        const int tile = p.tileSize;
        QList<int> rows;
        for (const ScannedCell &c : r.cells)
            rows.append(c.box.center().y() / tile);
        QVERIFY(std::is_sorted(rows.begin(), rows.end()));
        for (qsizetype i = 1; i < r.cells.size(); ++i) {
            const QPoint a = r.cells.at(i - 1).box.center();
            const QPoint b = r.cells.at(i).box.center();
            if (a.y() / tile == b.y() / tile && a.x() / tile != b.x() / tile)
                QCOMPARE(a.x() / tile < b.x() / tile, (a.y() / tile) % 2 == 0);
        }
    }

    void regionOnly()
    {
        QString error;
        const auto reader = SlideReader::open(m_slide, &error);
        SlideScanParams p = params();
        p.region = QRect(1000, 500, 2500, 1800);
        const SlideScanResult r = SlideScanner(*reader, p).run();
        QVERIFY(!r.cells.isEmpty());
        QList<QRect> expected;
        for (const ScannedCell &c : m_full)
            if (p.region->contains(c.box.center()))
                expected.append(c.box);
        for (const ScannedCell &c : r.cells)
            QVERIFY(p.region->contains(c.box.center()));
        const BoxMatch m = matchBoxes(expected, boxesOf(r.cells), 0.5);
        QVERIFY(m.matched >= expected.size() - 2);
    }

    // A slide mostly of glass: background tiles are skipped, the cells are all found.
    void backgroundSkipped()
    {
        SyntheticSlideSpec spec;
        spec.width = 8192;
        spec.height = 6144;
        spec.fields = syntheticFieldGrid(QRect(4200, 3300, 1500, 1000), 320, 240, 30);
        spec.micronsPerPixel = 2 * kBccdMicronsPerPixel;
        const QString path = m_dir.filePath(QStringLiteral("glass.tif"));
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(path, spec, &truth, &error), qPrintable(error));
        const auto reader = SlideReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        const SlideScanResult r = SlideScanner(*reader, params()).run();
        QVERIFY(r.tilesSkipped >= r.tilesTotal * 3 / 4);
        QCOMPARE(r.tilesSkipped + r.tilesScanned, r.tilesTotal);
        const BoxMatch m = matchBoxes(truth.wbcs, boxesOf(r.cells), 0.5);
        QVERIFY2(m.matched >= truth.wbcs.size() * 95 / 100,
            qPrintable(QStringLiteral("%1 of %2").arg(m.matched).arg(truth.wbcs.size())));
    }

    // Without MPP the scale comes from the setting: the same cells drawn twice as large are
    // found when the setting says so.
    void fallbackScale()
    {
        SyntheticSlideSpec spec;
        spec.width = 4096;
        spec.height = 3072;
        spec.fields = syntheticFieldGrid(QRect(0, 0, 4096, 3072), 640, 480, 40);
        const QString path = m_dir.filePath(QStringLiteral("nompp.tif"));
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(path, spec, &truth, &error), qPrintable(error));
        const auto reader = SlideReader::open(path, &error);
        QVERIFY(!reader->micronsPerPixelX());
        SlideScanParams p = params();
        const SlideScanResult r = SlideScanner(*reader, p).run(); // BCCD scale by default
        QVERIFY(!r.micronsPerPixelFromSlide);
        QCOMPARE(r.micronsPerPixel, kBccdMicronsPerPixel);
        QVERIFY(qAbs(r.downsample - 2.0) < 1e-9);
        const BoxMatch m = matchBoxes(truth.wbcs, boxesOf(r.cells), 0.5);
        QVERIFY(m.matched >= truth.wbcs.size() * 95 / 100);
        // Told the pixels are four times smaller, the scanner looks for cells four times larger
        // and does not take these for white cells.
        p.fallbackMicronsPerPixel = kBccdMicronsPerPixel / 4;
        const SlideScanResult wrong = SlideScanner(*reader, p).run();
        QVERIFY(qAbs(wrong.downsample - 8.0) < 1e-9);
        const BoxMatch w = matchBoxes(truth.wbcs, boxesOf(wrong.cells), 0.5);
        qInfo("right scale: %d of %lld found; told 4x smaller pixels: %d (%lld boxes)",
            m.matched,
            qint64(truth.wbcs.size()),
            w.matched,
            qint64(wrong.cells.size()));
        QVERIFY(w.matched < truth.wbcs.size() / 2);
    }

    // A mosaic of BCCD fields (their VOC boxes are the truth), at the BCCD scale.
    void bccdMosaic()
    {
        WBC_REQUIRE_BCCD(bccd);
        const QStringList images = bccdImageList(bccd, 24);
        SyntheticSlideSpec spec;
        spec.width = 6 * 640;
        spec.height = 4 * 480;
        spec.fields = syntheticFieldGrid(QRect(0, 0, spec.width, spec.height), 640, 480, 0);
        spec.bccdImages = images;
        const QString path = m_dir.filePath(QStringLiteral("bccd.tif"));
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(path, spec, &truth, &error), qPrintable(error));
        QVERIFY(truth.wbcs.size() >= 20);
        const auto reader = SlideReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        const SlideScanResult r = SlideScanner(*reader, params()).run();
        QCOMPARE(r.tilesOutOfFocus, 0); // BCCD photographs are in focus
        const BoxMatch m = matchBoxes(truth.wbcs, boxesOf(r.cells), 0.5);
        const double recall = double(m.matched) / truth.wbcs.size();
        const double precision = double(m.matched) / std::max<qsizetype>(1, r.cells.size());
        qInfo("BCCD mosaic: %lld cells, %lld found: recall %.3f, precision %.3f",
            qint64(truth.wbcs.size()),
            qint64(r.cells.size()),
            recall,
            precision);
        QVERIFY2(recall >= 0.8, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.8, qPrintable(QString::number(precision)));
    }
};

QTEST_GUILESS_MAIN(TestSlideScan)
#include "tst_slidescan.moc"
