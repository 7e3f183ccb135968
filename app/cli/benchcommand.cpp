#include "command.h"

#include "training/benchmark.h"
#include "project/storebenchmark.h"
#include "slide/slidebenchmark.h"
#include "training/pipelinebenchmark.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcBench)
};

// A benchmark's error (exit 1) or, with --json, its result as one line (exit 0); nullopt when
// the caller prints the text form.
std::optional<int> errorOrJson(const QCommandLineParser &parser, const QJsonObject &r)
{
    if (r.contains(QStringLiteral("error"))) {
        err() << "wbc bench: " << r.value(QStringLiteral("error")).toString() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(r).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    return std::nullopt;
}

// wbc bench pipeline: per-stage microseconds and per-image throughput on 1 and 2 threads.
int runPipelineBench(QCommandLineParser &parser)
{
    PipelineBenchmarkParams params;
    params.dataDir = parser.value(QStringLiteral("data"));
    if (parser.isSet(QStringLiteral("images"))) {
        bool ok = false;
        params.images = parser.value(QStringLiteral("images")).toInt(&ok);
        if (!ok || params.images <= 0)
            return usageError(QStringLiteral("bench"), Tr::tr("--images takes a positive integer"));
    }
    const QJsonObject r = benchmarkPipeline(params);
    if (const std::optional<int> done = errorOrJson(parser, r))
        return *done;
    const QJsonObject st = r.value(QStringLiteral("stages")).toObject();
    const QJsonObject pl = r.value(QStringLiteral("pipeline")).toObject();
    out() << Tr::tr("Image pipeline, %1 images (%2), microseconds per image:\n")
                 .arg(r.value(QStringLiteral("images")).toInt())
                 .arg(r.value(QStringLiteral("source")).toString());
    for (const char *key : {"decode_us", "resize_us", "crop_us", "augment_us", "tensor_us",
                            "detect_us"})
        out() << QStringLiteral("  %1 %2\n")
                     .arg(QString::fromLatin1(key).chopped(3).leftJustified(10))
                     .arg(st.value(QLatin1String(key)).toDouble(), 9, 'f', 0);
    out() << Tr::tr("Whole per-image pipeline (decode, detect, crop, augment, tensor):\n"
                    "  1 thread   %1 images/s\n  2 threads  %2 images/s\n")
                 .arg(pl.value(QStringLiteral("images_per_second_1_thread")).toDouble(), 0, 'f', 1)
                 .arg(pl.value(QStringLiteral("images_per_second_2_threads")).toDouble(), 0, 'f', 1);
    return Ok;
}

// wbc bench store: label latency, concurrent annotators and opening, on SQLite or PostgreSQL.
int runStoreBench(QCommandLineParser &parser)
{
    StoreBenchmarkParams params;
    if (!requireOption(parser, QStringLiteral("bench"), QStringLiteral("project"), &params.project))
        return Usage;
    for (const auto &[option, value] :
         {std::pair{QStringLiteral("cells"), &params.cells},
          std::pair{QStringLiteral("labels"), &params.roundTrips},
          std::pair{QStringLiteral("annotators"), &params.annotators}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value <= 0)
            return usageError(QStringLiteral("bench"),
                              Tr::tr("--%1 takes a positive integer").arg(option));
    }
    const QJsonObject r = benchmarkStore(params);
    if (const std::optional<int> done = errorOrJson(parser, r))
        return *done;
    const QJsonObject rt = r.value(QStringLiteral("label_round_trip_ms")).toObject();
    const QJsonObject cc = r.value(QStringLiteral("concurrent")).toObject();
    const QJsonObject op = r.value(QStringLiteral("open")).toObject();
    out() << Tr::tr("Store %1 (%2):\n"
                    "  label round trip  p50 %3 ms  p99 %4 ms  (%5 labels)\n"
                    "  %6 annotators     %7 labels/s  (%8 labels, %9 failed)\n")
                 .arg(r.value(QStringLiteral("backend")).toString(), params.project)
                 .arg(rt.value(QStringLiteral("p50")).toDouble(), 0, 'f', 2)
                 .arg(rt.value(QStringLiteral("p99")).toDouble(), 0, 'f', 2)
                 .arg(rt.value(QStringLiteral("n")).toInt())
                 .arg(cc.value(QStringLiteral("annotators")).toInt())
                 .arg(cc.value(QStringLiteral("labels_per_s")).toDouble(), 0, 'f', 0)
                 .arg(cc.value(QStringLiteral("labels")).toInt())
                 .arg(cc.value(QStringLiteral("failed")).toInt())
          << Tr::tr("  open              %1 ms (connect %2 ms; %3 cells of %4 images)\n")
                 .arg(op.value(QStringLiteral("total_ms")).toDouble(), 0, 'f', 0)
                 .arg(op.value(QStringLiteral("connect_ms")).toDouble(), 0, 'f', 0)
                 .arg(op.value(QStringLiteral("cells")).toInt())
                 .arg(op.value(QStringLiteral("images")).toInt());
    return Ok;
}

// wbc bench slide: slide scan against separate fields, threads, a 10-gigapixel slide's time and
// peak memory (slide/slidebenchmark.h).
int runSlideBench(QCommandLineParser &parser)
{
    SlideBenchmarkParams params;
    params.dir = parser.value(QStringLiteral("data"));
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        params.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || params.threads <= 0)
            return usageError(QStringLiteral("bench"), Tr::tr("--threads takes a positive integer"));
    }
    if (parser.isSet(QStringLiteral("side"))) {
        bool ok = false;
        params.largeSide = parser.value(QStringLiteral("side")).toLongLong(&ok);
        if (!ok || params.largeSide < 4096 || params.largeSide > 1000000)
            return usageError(QStringLiteral("bench"),
                              Tr::tr("--side takes a number of pixels from 4096 to 1000000"));
    }
    if (parser.isSet(QStringLiteral("smear"))) {
        bool ok = false;
        params.largeSmear = parser.value(QStringLiteral("smear")).toDouble(&ok);
        if (!ok || !(params.largeSmear > 0.0) || params.largeSmear > 1.0)
            return usageError(QStringLiteral("bench"),
                              Tr::tr("--smear takes a fraction from 0 to 1"));
    }
    const QJsonObject r = benchmarkSlide(params);
    if (const std::optional<int> done = errorOrJson(parser, r))
        return *done;
    const QJsonObject slide = r.value(QStringLiteral("slide_scan")).toObject();
    const QJsonObject fields = r.value(QStringLiteral("fields")).toObject();
    const QJsonObject byThreads = r.value(QStringLiteral("slide_scan_by_threads")).toObject();
    const QJsonObject large = r.value(QStringLiteral("large_slide")).toObject();
    out() << Tr::tr("Slide %1 x %1 px of smear, %2 threads:\n"
                    "  slide scan        %3 MP/s (%4 s, %5 cells)\n"
                    "  640 x 480 fields  %6 MP/s (%7 s, %8 fields, %9 cells)\n")
                 .arg(params.side)
                 .arg(params.threads)
                 .arg(slide.value(QStringLiteral("megapixels_per_second")).toDouble(), 0, 'f', 1)
                 .arg(slide.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                 .arg(slide.value(QStringLiteral("cells")).toInt())
                 .arg(fields.value(QStringLiteral("megapixels_per_second")).toDouble(), 0, 'f', 1)
                 .arg(fields.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                 .arg(fields.value(QStringLiteral("fields")).toInt())
                 .arg(fields.value(QStringLiteral("cells")).toInt());
    for (const QString &format : { QStringLiteral("jpeg"), QStringLiteral("png") }) { // notr
        const QJsonObject files = r.value(QStringLiteral("field_files_") + format).toObject();
        out() << Tr::tr("  640 x 480 %1 files read and detected  %2 MP/s (%3 s)\n")
                     .arg(format.toUpper())
                     .arg(files.value(QStringLiteral("megapixels_per_second")).toDouble(), 0, 'f', 1)
                     .arg(files.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1);
    }
    for (const QString &t : byThreads.keys())
        out() << Tr::tr("  slide scan, %1 thread(s): %2 MP/s\n")
                     .arg(t)
                     .arg(byThreads.value(t).toObject().value(QStringLiteral("megapixels_per_second"))
                              .toDouble(),
                          0, 'f', 1);
    out() << Tr::tr("Slide %1 x %1 px (%2% smear): %3 s, %4 of %5 tiles skipped, %6 cells, "
                    "peak RSS %7 MiB\n")
                 .arg(large.value(QStringLiteral("width")).toInteger())
                 .arg(large.value(QStringLiteral("smear_fraction")).toDouble() * 100, 0, 'f', 1)
                 .arg(large.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                 .arg(large.value(QStringLiteral("tiles_skipped")).toInt())
                 .arg(large.value(QStringLiteral("tiles")).toInt())
                 .arg(large.value(QStringLiteral("cells")).toInt())
                 .arg(large.value(QStringLiteral("peak_rss_mib")).toDouble(), 0, 'f', 0);
    return Ok;
}

int runBench(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("bench");
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() == 1 && args.first() == u"pipeline")
        return runPipelineBench(parser);
    if (args.size() == 1 && args.first() == u"store")
        return runStoreBench(parser);
    if (args.size() == 1 && args.first() == u"slide")
        return runSlideBench(parser);
    if (args.size() != 1 || (args.first() != u"train" && args.first() != u"infer"))
        return usageError(command,
                          Tr::tr("say what to measure: 'wbc bench train', 'wbc bench infer', "
                                 "'wbc bench pipeline', 'wbc bench store' or 'wbc bench slide'"));
    BenchmarkParams params;
    if (parser.isSet(QStringLiteral("model"))) {
        const auto arch = parseModelArch(parser.value(QStringLiteral("model")));
        if (!arch)
            return usageError(
                command, Tr::tr("unknown model \"%1\"").arg(parser.value(QStringLiteral("model"))));
        params.arch = *arch;
    }
    const auto readInt = [&](const QString &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value > 0;
    };
    if (!readInt(QStringLiteral("batch"), &params.batch)
        || !readInt(QStringLiteral("batches"), &params.batches)
        || !readInt(QStringLiteral("images"), &params.images)
        || !readInt(QStringLiteral("rounds"), &params.rounds)
        || !readInt(QStringLiteral("threads"), &params.threads))
        return usageError(
            command, Tr::tr("--batch, --batches, --rounds, --images and --threads take a positive "
                           "integer"));
    if (parser.isSet(QStringLiteral("device")))
        params.device = parser.value(QStringLiteral("device"));
    const QJsonObject r = args.first() == u"train" ? benchmarkTraining(params)
                                                   : benchmarkInference(params);
    if (const std::optional<int> done = errorOrJson(parser, r))
        return *done;
    out() << Tr::tr("%1 %2, batch %3, %4 images, %5 on %6 threads:\n"
                "  end to end  %7 images/s\n  compute     %8 images/s\n  ratio       %9%\n")
                 .arg(args.first(), r.value(QStringLiteral("model")).toString())
                 .arg(params.batch)
                 .arg(r.value(QStringLiteral("images")).toInt())
                 .arg(r.value(QStringLiteral("device")).toString())
                 .arg(r.value(QStringLiteral("threads")).toInt())
                 .arg(r.value(QStringLiteral("end_to_end_images_per_second")).toDouble(), 0, 'f', 1)
                 .arg(r.value(QStringLiteral("compute_images_per_second")).toDouble(), 0, 'f', 1)
                 .arg(r.value(QStringLiteral("end_to_end_vs_compute")).toDouble() * 100, 0, 'f', 1);
    return Ok;
}

} // namespace

Command benchCommand()
{
    return {QStringLiteral("bench"),
            Tr::tr("Measure training, inference or image pipeline speed"),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(
                    QStringLiteral("what"),
                    Tr::tr("train, infer, pipeline, store or slide"),
                    QStringLiteral("train|infer|pipeline|store|slide"));
                p.addOption({QStringLiteral("data"),
                             Tr::tr("pipeline: read images from this dataset folder; slide: write "
                                    "the synthetic slides here"),
                             QStringLiteral("DIR")});
                p.addOption({QStringLiteral("model"),
                    Tr::tr("Architecture (default lenet)"),
                    QStringLiteral("NAME")});
                p.addOption({QStringLiteral("batch"),
                    Tr::tr("Batch size (default 32)"),
                    QStringLiteral("N")});
                p.addOption({QStringLiteral("batches"),
                    Tr::tr("Timed training batches (default 40)"),
                    QStringLiteral("N")});
                p.addOption({QStringLiteral("rounds"),
                    Tr::tr("Training: alternate end to end and compute N times, report the "
                           "fastest of each (default 3)"),
                    QStringLiteral("N")});
                p.addOption({QStringLiteral("images"),
                    Tr::tr("Synthetic smears (default 64)"),
                    QStringLiteral("N")});
                p.addOption({QStringLiteral("threads"),
                    Tr::tr("Compute threads (default: all cores)"),
                    QStringLiteral("N")});
                p.addOption({QStringLiteral("device"),
                    Tr::tr("auto, cpu or cuda"),
                    QStringLiteral("DEVICE")});
                p.addOption({QStringLiteral("project"),
                             Tr::tr("store: a new project file or the URL of an empty database"),
                             QStringLiteral("FILE_OR_URL")});
                p.addOption({QStringLiteral("cells"),
                             Tr::tr("store: white cells to create (default 20000)"),
                             QStringLiteral("N")});
                p.addOption({QStringLiteral("labels"),
                             Tr::tr("store: labels timed one by one (default 1000)"),
                             QStringLiteral("N")});
                p.addOption({QStringLiteral("annotators"),
                             Tr::tr("store: concurrent annotators (default 8)"),
                             QStringLiteral("N")});
                p.addOption({QStringLiteral("side"),
                             Tr::tr("slide: the large slide's side in pixels (default 100000)"),
                             QStringLiteral("PX")});
                p.addOption({QStringLiteral("smear"),
                             Tr::tr("slide: the fraction of the large slide covered with smear "
                                    "(default 0.01)"),
                             QStringLiteral("FRACTION")});
                p.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object")});
            },
            runBench};
}

} // namespace wbc::cli
