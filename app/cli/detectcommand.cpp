#include "command.h"

#include "dataset/datasetimporter.h"
#include "detection/detectionevaluation.h"
#include "detection/detectionoverlay.h"
#include "base/imagefile.h"
#include "detection/projectdetection.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "dataset/vocreader.h"
#include "slide/slidereader.h"
#include "slidedetect.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcDetect)
};

QStringList collectImages(const QStringList &inputs, QStringList *missing)
{
    QStringList files;
    for (const QString &in : inputs) {
        const QFileInfo info(in);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(DatasetLayout::of(in).imageDir, QDir::Files);
            while (it.hasNext()) {
                const QString p = it.next();
                if (isImageFileName(p)
                    || (SlideReader::slideSuffixes().contains(QFileInfo(p).suffix().toLower())
                        && SlideReader::isSlideFile(p)))
                    found.append(p);
            }
            found.sort();
            files += found;
        } else if (info.isFile()) {
            files.append(in);
        } else {
            missing->append(in);
        }
    }
    return files;
}

QJsonArray boxesJson(const QList<QRect> &boxes)
{
    QJsonArray out;
    for (const QRect &b : boxes)
        out.append(QJsonArray{b.x(), b.y(), b.x() + b.width(), b.y() + b.height()});
    return out;
}

int detectFiles(const QCommandLineParser &parser, const QStringList &inputs, bool json)
{
    QStringList missing;
    QStringList files = collectImages(inputs, &missing);
    for (const QString &m : missing)
        err() << Tr::tr("%1: no such file or folder").arg(m) << Qt::endl;
    // Whole-slide images (a tiled TIFF whatever its size, .svs, .ndpi, ...) are scanned tile by
    // tile; their entries come after the fields'.
    QStringList slides;
    files.removeIf([&](const QString &p) {
        const bool slide = SlideReader::slideSuffixes().contains(QFileInfo(p).suffix().toLower())
                           && (!isImageFileName(p) || SlideReader::isSlideFile(p));
        if (slide)
            slides.append(p);
        return slide;
    });
    const WbcDetector detector;
    const QList<ImageDetection> results = QtConcurrent::blockingMapped(
        files, [&detector](const QString &p) { return detectFile(detector, p); });
    QJsonArray array;
    int failures = int(missing.size());
    for (const ImageDetection &d : results) {
        if (!d.error.isEmpty()) {
            err() << d.path << ": " << d.error << Qt::endl;
            ++failures;
            continue;
        }
        if (json) {
            QJsonArray scores;
            for (double s : d.scores)
                scores.append(std::round(s * 1000.0) / 1000.0);
            array.append(QJsonObject{{QStringLiteral("image"), d.path},
                                     {QStringLiteral("wbc_count"), int(d.boxes.size())},
                                     {QStringLiteral("boxes"), boxesJson(d.boxes)},
                                     {QStringLiteral("scores"), scores}});
        } else {
            out() << Tr::tr("%1: %2 WBC (%3)")
                         .arg(d.path)
                         .arg(d.boxes.size())
                         .arg(flagName(flagForCount(int(d.boxes.size()))));
            for (qsizetype i = 0; i < d.boxes.size(); ++i) {
                const QRect &b = d.boxes.at(i);
                out() << QStringLiteral(" [%1,%2,%3,%4 %5]")
                             .arg(b.x())
                             .arg(b.y())
                             .arg(b.x() + b.width())
                             .arg(b.y() + b.height())
                             .arg(d.scores.at(i), 0, 'f', 2);
            }
            out() << Qt::endl;
        }
    }
    QList<QJsonObject> slideObjects;
    failures += detectSlideFiles(parser, slides, json, &slideObjects);
    for (const QJsonObject &o : std::as_const(slideObjects))
        array.append(o);
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    return failures == 0 ? Ok : Failure;
}

int detectProject(const QString &projectPath)
{
    ProjectLock lock(projectPath);
    ProjectStore store;
    if (!openLockedProject(lock, store, projectPath, QStringLiteral("detect")))
        return Failure;
    ProjectDetection detection(store);
    QElapsedTimer timer;
    timer.start();
    detection.setProgress([&](int done, int total) {
        err() << Tr::tr("detected %1 of %2 images").arg(done).arg(total) << Qt::endl;
    });
    const ProjectDetectionReport r = detection.run();
    for (const Problem &p : r.problems)
        err() << p.toString() << Qt::endl;
    if (!r.fatalError.isEmpty()) {
        err() << "wbc detect: " << r.fatalError << Qt::endl;
        return Failure;
    }
    out() << Tr::tr(
        "%1 images: %2 without a white cell, %3 single, %4 multi-cell; %5 flags changed, "
        "%6 unreadable (%7 s)\n")
                 .arg(r.processed)
                 .arg(r.none)
                 .arg(r.single)
                 .arg(r.multi)
                 .arg(r.flagsChanged)
                 .arg(r.failed)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    return Ok;
}

// Disagreements first, then multi-cell and single-cell examples: up to 16 tiles.
bool writeGrid(const QString &gridPath, const QStringList &scored, const QList<QList<QRect>> &truth,
               const QList<ImageDetection> &results, const DetectionScores &scores)
{
    QList<qsizetype> pick;
    QSet<QString> disagreeing;
    for (const auto &d : scores.disagreements)
        disagreeing.insert(d.image);
    for (qsizetype i = 0; i < scored.size(); ++i)
        if (disagreeing.contains(QFileInfo(scored.at(i)).fileName()))
            pick.append(i);
    for (int wantMulti : {1, 0}) {
        int added = 0;
        for (qsizetype i = 0; i < scored.size() && added < 4; ++i) {
            if (pick.contains(i) || (truth.at(i).size() >= 2) != bool(wantMulti))
                continue;
            pick.append(i);
            ++added;
        }
    }
    std::vector<cv::Mat> tiles;
    for (qsizetype i : pick.mid(0, 16)) {
        const DecodedImage img = decodeImageFile(scored.at(i));
        if (!img.ok())
            continue;
        // notr: OpenCV's Hershey fonts draw ASCII only, so the picture's captions stay English.
        const QString caption = QStringLiteral("%1: annotated %2, detected %3") // notr
                                    .arg(QFileInfo(scored.at(i)).completeBaseName())
                                    .arg(truth.at(i).size())
                                    .arg(results.at(i).boxes.size());
        tiles.push_back(drawDetections(img.bgr, truth.at(i), results.at(i).boxes,
                                       results.at(i).scores, caption));
    }
    return cv::imwrite(gridPath.toStdString(), composeGrid(tiles, 4, cv::Size(400, 300)));
}

int evaluate(const QString &datasetDir, bool json, const QString &gridPath)
{
    const DatasetLayout layout = DatasetLayout::of(datasetDir);
    QStringList missing;
    QStringList files = collectImages({layout.imageDir}, &missing);
    // Scored on the images that have an annotation file, as the targets are defined.
    QList<QList<QRect>> truth;
    QStringList scored;
    for (const QString &f : files) {
        const QString xml = QDir(layout.annotationDir)
                                .filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".xml"));
        if (!QFileInfo(xml).isFile())
            continue;
        const VocAnnotation ann = VocReader::readFile(xml);
        if (!ann.ok) {
            for (const Problem &p : ann.problems)
                err() << p.toString() << Qt::endl;
            continue;
        }
        QList<QRect> boxes;
        for (const VocObject &o : ann.objects)
            if (o.kind == CellKind::Wbc)
                boxes.append(o.box);
        truth.append(boxes);
        scored.append(f);
    }
    if (scored.isEmpty()) {
        err() << "wbc detect: " << Tr::tr("%1: no images with VOC annotations").arg(datasetDir)
              << Qt::endl;
        return Failure;
    }
    const WbcDetector detector;
    QElapsedTimer timer;
    timer.start();
    const QList<ImageDetection> results = QtConcurrent::blockingMapped(
        scored, [&detector](const QString &p) { return detectFile(detector, p); });
    const double seconds = timer.elapsed() / 1000.0;
    DetectionScores s;
    for (qsizetype i = 0; i < scored.size(); ++i)
        s.add(QFileInfo(scored.at(i)).fileName(), truth.at(i), results.at(i).boxes);
    if (!gridPath.isEmpty() && !writeGrid(gridPath, scored, truth, results, s)) {
        err() << "wbc detect: " << Tr::tr("%1: cannot write the picture").arg(gridPath) << Qt::endl;
        return Failure;
    }

    if (json) {
        QJsonArray dis;
        for (const auto &d : s.disagreements)
            dis.append(QJsonObject{{QStringLiteral("image"), d.image},
                                   {QStringLiteral("annotated"), d.truthCount},
                                   {QStringLiteral("detected"), d.detectedCount},
                                   {QStringLiteral("missed"), d.unmatchedTruth},
                                   {QStringLiteral("extra"), d.unmatchedDetections}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("images"), s.images},
                                           {QStringLiteral("wbc_boxes"), s.truthBoxes},
                                           {QStringLiteral("detections"), s.detections},
                                           {QStringLiteral("matched"), s.matched},
                                           {QStringLiteral("recall"), s.recall()},
                                           {QStringLiteral("precision"), s.precision()},
                                           {QStringLiteral("multi_flag_precision"), s.flagPrecision()},
                                           {QStringLiteral("multi_flag_recall"), s.flagRecall()},
                                           {QStringLiteral("multi_flag_f1"), s.flagF1()},
                                           {QStringLiteral("seconds"), seconds},
                                           {QStringLiteral("disagreements"), dis}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    out() << Tr::tr(
        "Detection scored on %1 annotated images (%2 WBC boxes, %3 detections, IoU >= 0.5)\n"
        "  box recall     %4\n  box precision  %5\n"
        "  multi-cell flag: precision %6, recall %7, F1 %8\n"
        "  %9 s for all images\n")
                 .arg(s.images)
                 .arg(s.truthBoxes)
                 .arg(s.detections)
                 .arg(s.recall(), 0, 'f', 3)
                 .arg(s.precision(), 0, 'f', 3)
                 .arg(s.flagPrecision(), 0, 'f', 3)
                 .arg(s.flagRecall(), 0, 'f', 3)
                 .arg(s.flagF1(), 0, 'f', 3)
                 .arg(seconds, 0, 'f', 1);
    out() << Tr::tr("Disagreements (%1):\n").arg(s.disagreements.size());
    for (const auto &d : s.disagreements)
        out() << Tr::tr("  %1: annotated %2, detected %3, missed %4, extra %5\n")
                     .arg(d.image)
                     .arg(d.truthCount)
                     .arg(d.detectedCount)
                     .arg(d.unmatchedTruth)
                     .arg(d.unmatchedDetections);
    return Ok;
}

int runDetect(QCommandLineParser &parser)
{
    const QStringList inputs = parser.positionalArguments().mid(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("evaluate"))) {
        if (!inputs.isEmpty())
            return usageError(QStringLiteral("detect"), Tr::tr("--evaluate takes no other inputs"));
        return evaluate(parser.value(QStringLiteral("evaluate")), json,
                        parser.value(QStringLiteral("grid")));
    }
    if (parser.isSet(QStringLiteral("project"))) {
        if (!inputs.isEmpty())
            return usageError(QStringLiteral("detect"), Tr::tr("--project detects on the project's "
                                                           "own images; give no other inputs"));
        const QString project = parser.value(QStringLiteral("project"));
        const int fields = detectProject(project);
        if (fields != Ok)
            return fields;
        return detectProjectSlides(parser, project);
    }
    if (inputs.isEmpty())
        return usageError(QStringLiteral("detect"),
                          Tr::tr("give IMAGE_OR_DIR..., --project FILE or --evaluate DATASET_DIR"));
    return detectFiles(parser, inputs, json);
}

} // namespace

Command detectCommand()
{
    return {QStringLiteral("detect"),
                Tr::tr("Find white blood cells; flag images with none, one or several"),
                [](QCommandLineParser &p) {
                    p.addPositionalArgument(QStringLiteral("IMAGE_OR_DIR"), Tr::tr("Images or folders"),
                                            QStringLiteral("[IMAGE_OR_DIR...]"));
                    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON")});
                    p.addOption({QStringLiteral("project"),
                                 Tr::tr("Detect on every image of a project and store the results"),
                                 QStringLiteral("FILE")});
                    p.addOption({QStringLiteral("evaluate"),
                                 Tr::tr("Score detection against a dataset's VOC WBC boxes"),
                                 QStringLiteral("DATASET_DIR")});
                    p.addOption({QStringLiteral("grid"),
                        Tr::tr("With --evaluate: write a picture of disagreements and examples"),
                        QStringLiteral("PNG")});
                    addSlideDetectOptions(p);
                },
                runDetect};
}

} // namespace wbc::cli
