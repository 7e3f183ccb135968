#include "slidedetect.h"

#include <cmath>
#include <csignal>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include "command.h"
#include "detection/detectionevaluation.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "slide/projectslidescan.h"
#include "slide/slidereader.h"
#include "slide/slidescanner.h"

namespace wbc::cli {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(WbcDetect)
    };

    std::atomic_bool g_interrupted { false };

    void onInterrupt(int)
    {
        g_interrupted.store(true);
    }

    // --max-cells, --region, --threads, --um-per-px; false (message printed) when one is bad.
    bool scanParams(const QCommandLineParser &parser, SlideScanParams *p)
    {
        auto bad = [](const QString &option, const QString &value) {
            usageError(
                QStringLiteral("detect"), Tr::tr("--%1: invalid value \"%2\"").arg(option, value));
            return false;
        };
        bool ok = true;
        if (parser.isSet(QStringLiteral("max-cells"))) {
            p->maxCells = parser.value(QStringLiteral("max-cells")).toInt(&ok);
            if (!ok || p->maxCells < 0)
                return bad(QStringLiteral("max-cells"), parser.value(QStringLiteral("max-cells")));
        }
        if (parser.isSet(QStringLiteral("threads"))) {
            p->threads = parser.value(QStringLiteral("threads")).toInt(&ok);
            if (!ok || p->threads < 1)
                return bad(QStringLiteral("threads"), parser.value(QStringLiteral("threads")));
        }
        if (parser.isSet(QStringLiteral("um-per-px"))) {
            p->fallbackMicronsPerPixel = parser.value(QStringLiteral("um-per-px")).toDouble(&ok);
            if (!ok || !(p->fallbackMicronsPerPixel > 0.0) || p->fallbackMicronsPerPixel > 100.0)
                return bad(QStringLiteral("um-per-px"), parser.value(QStringLiteral("um-per-px")));
        }
        if (parser.isSet(QStringLiteral("region"))) {
            const QString v = parser.value(QStringLiteral("region"));
            const QStringList parts = v.split(u',');
            QList<int> n;
            for (const QString &s : parts) {
                n.append(s.trimmed().toInt(&ok));
                if (!ok)
                    break;
            }
            if (!ok || n.size() != 4 || n[2] <= 0 || n[3] <= 0)
                return bad(QStringLiteral("region"), v);
            p->region = QRect(n[0], n[1], n[2], n[3]);
        }
        return true;
    }

    QJsonArray boxesJson(const QList<ScannedCell> &cells)
    {
        QJsonArray out;
        for (const ScannedCell &c : cells)
            out.append(QJsonArray {
                c.box.x(), c.box.y(), c.box.x() + c.box.width(), c.box.y() + c.box.height() });
        return out;
    }

} // namespace

void addSlideDetectOptions(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("max-cells"),
        Tr::tr("Slides: stop after N white cells in the order a technologist meets them "
               "(0: all)"),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("region"),
        Tr::tr("Slides: scan only this counting area (level-0 pixels)"),
        QStringLiteral("X,Y,W,H") });
    p.addOption({ QStringLiteral("threads"),
        Tr::tr("Slides: worker threads (default: all cores)"),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("um-per-px"),
        Tr::tr("Slides without a pixel size: micrometres per level-0 pixel (default: "
               "%1, the detector's fields)")
            .arg(kBccdMicronsPerPixel),
        QStringLiteral("UM") });
    p.addOption({ QStringLiteral("rescan"),
        Tr::tr("With --project: scan slides again that were scanned completely") });
}

int detectSlideFiles(const QCommandLineParser &parser,
    const QStringList &slides,
    bool json,
    QList<QJsonObject> *objects)
{
    SlideScanParams params;
    if (!scanParams(parser, &params))
        return int(slides.size());
    int failures = 0;
    for (const QString &path : slides) {
        QString error;
        const auto reader = SlideReader::open(path, &error);
        if (!reader) {
            err() << error << Qt::endl;
            ++failures;
            continue;
        }
        SlideScanner scanner(*reader, params);
        const SlideScanResult r = scanner.run();
        if (!r.error.isEmpty()) {
            err() << r.error << Qt::endl;
            ++failures;
            continue;
        }
        if (json) {
            QJsonArray scores;
            for (const ScannedCell &c : r.cells)
                scores.append(std::round(c.score * 1000.0) / 1000.0);
            objects->append(QJsonObject { { QStringLiteral("image"), path },
                { QStringLiteral("wbc_count"), int(r.cells.size()) },
                { QStringLiteral("boxes"), boxesJson(r.cells) },
                { QStringLiteral("scores"), scores },
                { QStringLiteral("slide"), true },
                { QStringLiteral("width"), reader->width() },
                { QStringLiteral("height"), reader->height() },
                { QStringLiteral("microns_per_pixel"), r.micronsPerPixel },
                { QStringLiteral("microns_per_pixel_from_slide"), r.micronsPerPixelFromSlide },
                { QStringLiteral("tiles"), r.tilesTotal },
                { QStringLiteral("tiles_skipped"), r.tilesSkipped },
                { QStringLiteral("tiles_out_of_focus"), r.tilesOutOfFocus },
                { QStringLiteral("stopped_at_max_cells"), r.stoppedAtMaxCells },
                { QStringLiteral("seconds"), r.seconds } });
        } else {
            out() << Tr::tr("%1: %2 WBC (slide %3 x %4 px, %5 um/px%6; %7 tiles, skipped: "
                            "background %8, out of focus %9; %10 s)")
                         .arg(path)
                         .arg(r.cells.size())
                         .arg(reader->width())
                         .arg(reader->height())
                         .arg(r.micronsPerPixel)
                         .arg(r.micronsPerPixelFromSlide ? QString() : Tr::tr(" assumed"))
                         .arg(r.tilesTotal)
                         .arg(r.tilesSkipped - r.tilesOutOfFocus)
                         .arg(r.tilesOutOfFocus)
                         .arg(r.seconds, 0, 'f', 1);
            for (const ScannedCell &c : r.cells)
                out() << QStringLiteral(" [%1,%2,%3,%4 %5]")
                             .arg(c.box.x())
                             .arg(c.box.y())
                             .arg(c.box.x() + c.box.width())
                             .arg(c.box.y() + c.box.height())
                             .arg(c.score, 0, 'f', 2);
            out() << Qt::endl;
        }
    }
    return failures;
}

int detectProjectSlides(const QCommandLineParser &parser, const QString &projectPath)
{
    SlideScanParams params;
    if (!scanParams(parser, &params))
        return Usage;
    ProjectLock lock(projectPath);
    ProjectStore store;
    if (!openLockedProject(lock, store, projectPath, QStringLiteral("detect")))
        return Failure;
    // --um-per-px with --project becomes the project's setting for slides without MPP.
    if (parser.isSet(QStringLiteral("um-per-px"))
        && !store.setMeta(QLatin1String(kSlideMicronsPerPixelKey),
            QString::number(params.fallbackMicronsPerPixel, 'g', 10))) {
        err() << "wbc detect: " << store.lastError() << Qt::endl;
        return Failure;
    }
    if (store.slideFiles().isEmpty())
        return Ok;
    // Ctrl+C stops the scan after the tiles in flight; what was found is kept and continues.
    g_interrupted.store(false);
    const auto previous = std::signal(SIGINT, onInterrupt);
    ProjectSlideScan scan(store, params);
    scan.setCancelFlag(&g_interrupted);
    scan.setRescan(parser.isSet(QStringLiteral("rescan")));
    QElapsedTimer lastPrint;
    lastPrint.start();
    scan.setProgress([&](const QString &slide, int done, int total, double eta) {
        if (lastPrint.elapsed() > 1000 || done == total) {
            err() << Tr::tr("%1: %2 of %3 tiles, %4 s left")
                         .arg(slide)
                         .arg(done)
                         .arg(total)
                         .arg(std::ceil(eta))
                  << Qt::endl;
            lastPrint.restart();
        }
    });
    const ProjectSlideScanReport r = scan.run();
    std::signal(SIGINT, previous);
    for (const Problem &p : r.problems)
        err() << p.toString() << Qt::endl;
    if (!r.fatalError.isEmpty()) {
        err() << "wbc detect: " << r.fatalError << Qt::endl;
        return Failure;
    }
    out() << Tr::tr("%1 slides: %2 scanned, %3 already scanned, %4 continued, %5 unreadable; "
                    "%6 white cells stored%7\n")
                 .arg(r.slides)
                 .arg(r.completed)
                 .arg(r.alreadyDone)
                 .arg(r.resumed)
                 .arg(r.failed)
                 .arg(r.cells)
                 .arg(r.cancelled ? Tr::tr(" (interrupted: run again to continue)") : QString());
    return r.failed == 0 && !r.cancelled ? Ok : Failure;
}

} // namespace wbc::cli
