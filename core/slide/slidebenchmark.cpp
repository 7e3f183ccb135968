#include "slide/slidebenchmark.h"

#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "detection/wbcdetector.h"
#include "slide/slidereader.h"
#include "slide/slidescanner.h"
#include "slide/syntheticslide.h"

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(SlideBenchmark)
    };

    // VmHWM / VmRSS of this process in MiB (Linux), -1 elsewhere.
    double statusMiB(const char *key)
    {
        QFile f(QStringLiteral("/proc/self/status")); // notr
        if (!f.open(QIODevice::ReadOnly))
            return -1.0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith(key)) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2)
                    return parts.at(1).toDouble() / 1024.0;
            }
        }
        return -1.0;
    }

    void resetPeakRss()
    {
        QFile f(QStringLiteral("/proc/self/clear_refs")); // notr
        if (f.open(QIODevice::WriteOnly))
            f.write("5");
    }

    QJsonObject scanJson(const SlideScanResult &r, qint64 pixels)
    {
        return QJsonObject { { QStringLiteral("seconds"), r.seconds }, // notr
            { QStringLiteral("megapixels_per_second"), pixels / 1e6 / r.seconds }, // notr
            { QStringLiteral("cells"), int(r.cells.size()) }, // notr
            { QStringLiteral("tiles"), r.tilesTotal }, // notr
            { QStringLiteral("tiles_skipped"), r.tilesSkipped }, // notr
            { QStringLiteral("tiles_out_of_focus"), r.tilesOutOfFocus }, // notr
            { QStringLiteral("read_seconds"), r.readSeconds }, // notr
            { QStringLiteral("focus_seconds"), r.focusSeconds }, // notr
            { QStringLiteral("detect_seconds"), r.detectSeconds } }; // notr
    }

    // Fields written as files (what a camera leaves), then read, decoded and detected on `pool`.
    QJsonObject fieldFilesJson(const std::vector<cv::Mat> &fields,
        const QString &dir,
        const char *suffix,
        const std::vector<int> &writeParams,
        const WbcDetector &detector,
        QThreadPool *pool,
        QString *error)
    {
        QDir().mkpath(dir);
        QStringList paths;
        qint64 bytes = 0;
        for (size_t i = 0; i < fields.size(); ++i) {
            const QString path = QStringLiteral("%1/field-%2.%3")
                                     .arg(dir)
                                     .arg(i, 4, 10, QLatin1Char('0'))
                                     .arg(QLatin1String(suffix)); // notr
            if (!cv::imwrite(QFile::encodeName(path).toStdString(), fields[i], writeParams)) {
                *error = QStringLiteral("%1: %2").arg(path, Tr::tr("cannot be written")); // notr
                return {};
            }
            bytes += QFileInfo(path).size();
            paths.append(path);
        }
        QElapsedTimer timer;
        timer.start();
        const std::vector<qint64> counts = QtConcurrent::blockingMapped<std::vector<qint64>>(
            pool, paths, [&detector](const QString &path) {
                const cv::Mat bgr
                    = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
                return bgr.empty() ? qint64(-1) : qint64(detector.detect(bgr).size());
            });
        const double seconds = timer.elapsed() / 1000.0;
        qint64 cells = 0;
        for (qint64 c : counts) {
            if (c < 0) {
                *error = QStringLiteral("%1: %2") // notr
                             .arg(dir, Tr::tr("a field cannot be read back"));
                return {};
            }
            cells += c;
        }
        const qint64 pixels = qint64(fields.size()) * 640 * 480;
        return QJsonObject { { QStringLiteral("seconds"), seconds }, // notr
            { QStringLiteral("megapixels_per_second"), pixels / 1e6 / seconds }, // notr
            { QStringLiteral("cells"), cells }, // notr
            { QStringLiteral("mib"), bytes / 1048576.0 } }; // notr
    }

} // namespace

QJsonObject benchmarkSlide(const SlideBenchmarkParams &params)
{
    auto failed = [](const QString &error) {
        return QJsonObject { { QStringLiteral("error"), error } }; // notr
    };
    QTemporaryDir temp;
    const QString dir = params.dir.isEmpty() ? temp.path() : params.dir;
    QJsonObject out;
    out.insert(QStringLiteral("threads"), params.threads); // notr

    // 1. Throughput: a slide covered with 640 x 480 smear fields (cells ~190 px).
    const QString smearPath = dir + QStringLiteral("/bench-smear.tif"); // notr
    SyntheticSlideSpec spec;
    spec.width = params.side;
    spec.height = params.side;
    spec.fields = syntheticFieldGrid(QRect(0, 0, params.side, params.side), 640, 480, 0);
    spec.rbcCount = 14;
    SyntheticSlide truth;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!writeSyntheticSlide(smearPath, spec, &truth, &error))
        return failed(error);
    out.insert(QStringLiteral("smear_slide"), // notr
        QJsonObject { { QStringLiteral("width"), params.side }, // notr
            { QStringLiteral("height"), params.side }, // notr
            { QStringLiteral("cells_drawn"), int(truth.wbcs.size()) }, // notr
            { QStringLiteral("write_seconds"), timer.elapsed() / 1000.0 }, // notr
            { QStringLiteral("file_mib"), truth.bytes / 1048576.0 } }); // notr
    const auto reader = SlideReader::open(smearPath, &error);
    if (!reader)
        return failed(error);
    const qint64 pixels = qint64(params.side) * params.side;
    SlideScanParams scan;
    QJsonObject byThreads;
    for (int threads : { 1, 2 }) {
        scan.threads = threads;
        const SlideScanResult r = SlideScanner(*reader, scan).run();
        if (!r.error.isEmpty())
            return failed(r.error);
        byThreads.insert(QString::number(threads), scanJson(r, pixels));
    }
    out.insert(QStringLiteral("slide_scan_by_threads"), byThreads); // notr
    scan.threads = params.threads;
    const SlideScanResult slideRun = SlideScanner(*reader, scan).run();
    QJsonObject slideJson = scanJson(slideRun, pixels);
    // Detection alone, as for the decoded fields: the detector's summed seconds over threads.
    slideJson.insert(QStringLiteral("detect_only_megapixels_per_second"), // notr
        pixels / 1e6 / (slideRun.detectSeconds / params.threads));
    out.insert(QStringLiteral("slide_scan"), slideJson); // notr

    // The same slide with JPEG tiles (quality 90), as Aperio and most scanners write it.
    {
        const QString jpegPath = dir + QStringLiteral("/bench-smear-jpeg.tif"); // notr
        SyntheticSlideSpec jpegSpec = spec;
        jpegSpec.jpegQuality = 90;
        SyntheticSlide jpegTruth;
        if (!writeSyntheticSlide(jpegPath, jpegSpec, &jpegTruth, &error))
            return failed(error);
        const auto jpegReader = SlideReader::open(jpegPath, &error);
        if (!jpegReader)
            return failed(error);
        const SlideScanResult r = SlideScanner(*jpegReader, scan).run();
        if (!r.error.isEmpty())
            return failed(r.error);
        QJsonObject j = scanJson(r, pixels);
        j.insert(QStringLiteral("file_mib"), jpegTruth.bytes / 1048576.0); // notr
        out.insert(QStringLiteral("slide_scan_jpeg_tiles"), j); // notr
    }

    // The same pixels as separate 640 x 480 fields, decoded beforehand.
    std::vector<cv::Mat> fields;
    for (int y = 0; y + 480 <= params.side; y += 480) {
        for (int x = 0; x + 640 <= params.side; x += 640) {
            const QImage img = reader->readRegion(0, x, y, 640, 480, &error);
            if (img.isNull())
                return failed(error);
            const cv::Mat argb(img.height(),
                img.width(),
                CV_8UC4,
                const_cast<uchar *>(img.constBits()),
                size_t(img.bytesPerLine()));
            cv::Mat bgr;
            cv::cvtColor(argb, bgr, cv::COLOR_BGRA2BGR);
            fields.push_back(bgr);
        }
    }
    const WbcDetector detector;
    QThreadPool pool;
    pool.setMaxThreadCount(params.threads);
    timer.restart();
    const std::vector<std::size_t> counts = QtConcurrent::blockingMapped<std::vector<std::size_t>>(
        &pool, fields, [&detector](const cv::Mat &f) { return detector.detect(f).size(); });
    const double fieldSeconds = timer.elapsed() / 1000.0;
    qint64 fieldCells = 0;
    for (std::size_t c : counts)
        fieldCells += qint64(c);
    const qint64 fieldPixels = qint64(fields.size()) * 640 * 480;
    out.insert(QStringLiteral("fields"), // notr
        QJsonObject { { QStringLiteral("fields"), int(fields.size()) }, // notr
            { QStringLiteral("seconds"), fieldSeconds }, // notr
            { QStringLiteral("megapixels_per_second"), // notr
                fieldPixels / 1e6 / fieldSeconds },
            { QStringLiteral("cells"), fieldCells } }); // notr
    // Like for like with the scan (which reads and decodes the slide file): the fields as the
    // files a camera writes, read, decoded and detected.
    const QJsonObject jpeg = fieldFilesJson(fields,
        dir + QStringLiteral("/fields-jpeg"), // notr
        "jpg",
        { cv::IMWRITE_JPEG_QUALITY, 90 },
        detector,
        &pool,
        &error);
    if (jpeg.isEmpty())
        return failed(error);
    out.insert(QStringLiteral("field_files_jpeg"), jpeg); // notr
    const QJsonObject png = fieldFilesJson(fields,
        dir + QStringLiteral("/fields-png"), // notr
        "png",
        { cv::IMWRITE_PNG_COMPRESSION, 3 },
        detector,
        &pool,
        &error);
    if (png.isEmpty())
        return failed(error);
    out.insert(QStringLiteral("field_files_png"), png); // notr
    fields.clear();
    fields.shrink_to_fit();

    // 2. A large slide, mostly glass, with a square smear band in its middle.
    const QString largePath = dir + QStringLiteral("/bench-large.tif"); // notr
    SyntheticSlideSpec large;
    large.width = params.largeSide;
    large.height = params.largeSide;
    const int band = int(std::sqrt(params.largeSmear) * double(params.largeSide));
    const int origin = int((params.largeSide - band) / 2);
    large.fields = syntheticFieldGrid(QRect(origin, origin, band, band), 640, 480, 0);
    large.rbcCount = 14;
    timer.restart();
    SyntheticSlide largeTruth;
    if (!writeSyntheticSlide(largePath, large, &largeTruth, &error))
        return failed(error);
    const double largeWrite = timer.elapsed() / 1000.0;
    const auto largeReader = SlideReader::open(largePath, &error);
    if (!largeReader)
        return failed(error);
    const double rssBefore = statusMiB("VmRSS:");
    resetPeakRss();
    const SlideScanResult largeRun = SlideScanner(*largeReader, scan).run();
    if (!largeRun.error.isEmpty())
        return failed(largeRun.error);
    QJsonObject l = scanJson(largeRun, qint64(params.largeSide) * params.largeSide);
    l.insert(QStringLiteral("width"), params.largeSide); // notr
    l.insert(QStringLiteral("smear_fraction"),
        double(band) * band / (double(params.largeSide) * params.largeSide)); // notr
    l.insert(QStringLiteral("cells_drawn"), int(largeTruth.wbcs.size())); // notr
    l.insert(QStringLiteral("write_seconds"), largeWrite); // notr
    l.insert(QStringLiteral("file_mib"), largeTruth.bytes / 1048576.0); // notr
    l.insert(QStringLiteral("rss_before_mib"), rssBefore); // notr
    l.insert(QStringLiteral("peak_rss_mib"), statusMiB("VmHWM:")); // notr
    out.insert(QStringLiteral("large_slide"), l); // notr
    return out;
}

} // namespace wbc
