#include "command.h"

#include "review/classifier.h"
#include "base/csvwriter.h"
#include "base/imagefile.h"
#include "project/projectlock.h"
#include "review/projectprediction.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "training/cellsamples.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcPredict)
};

QStringList collectImages(const QStringList &args, QStringList *missing)
{
    QStringList files;
    for (const QString &arg : args) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            QStringList inDir;
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isImageFileName(f))
                    inDir.append(f);
            }
            inDir.sort();
            files += inDir;
        } else if (info.isFile()) {
            files.append(arg);
        } else {
            missing->append(arg);
        }
    }
    return files;
}

// Runs the project's active model over its images and stores the predictions.
int predictProject(const QString &projectPath, const QString &device)
{
    ProjectLock lock(projectPath);
    ProjectStore store;
    if (!openLockedProject(lock, store, projectPath, QStringLiteral("predict")))
        return Failure;
    QString error;
    const qint64 modelId = RunHistory(store).activeModelId();
    if (!modelId) {
        err() << "wbc predict: "
              << Tr::tr("%1: the project has no active model (make one active in the training "
                        "dashboard)")
                     .arg(projectPath)
              << Qt::endl;
        return Failure;
    }
    ProjectPrediction prediction(store, modelId);
    prediction.setDevice(device);
    prediction.setProgress([](int done, int total) {
        err() << Tr::tr("predicted %1 of %2 images").arg(done).arg(total) << Qt::endl;
    });
    QElapsedTimer timer;
    timer.start();
    const ProjectPredictionReport r = prediction.run();
    for (const Problem &p : r.problems)
        err() << p.toString() << Qt::endl;
    if (!r.fatalError.isEmpty()) {
        err() << "wbc predict: " << r.fatalError << Qt::endl;
        return Failure;
    }
    out() << Tr::tr("Stored predictions of model %1 for %2 cells in %3 of %4 images (%5 cells "
                    "found by detection), %6 unreadable (%7 s)")
                 .arg(modelId)
                 .arg(r.cells)
                 .arg(r.predicted)
                 .arg(r.images)
                 .arg(r.detected)
                 .arg(r.failed)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return r.failed ? Failure : Ok;
}

int runPredict(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("predict");
    if (parser.isSet(QStringLiteral("project"))) {
        if (parser.isSet(QStringLiteral("model")) || parser.positionalArguments().size() > 1
            || parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("csv")))
            return usageError(command, Tr::tr("--project predicts the project's own images with "
                                              "its active model; give no model, images or format"));
        return predictProject(parser.value(QStringLiteral("project")),
                              parser.value(QStringLiteral("device")));
    }
    QString modelPath;
    if (!requireOption(parser, command, QStringLiteral("model"), &modelPath))
        return Usage;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (json && csv)
        return usageError(command, Tr::tr("give at most one of --json and --csv"));
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty())
        return usageError(command, Tr::tr("no image or folder given"));
    Classifier classifier;
    QString error;
    if (!classifier.load(modelPath, &error, std::nullopt, parser.value(QStringLiteral("device")))) {
        err() << "wbc predict: " << error << Qt::endl;
        return Failure;
    }
    classifier.setTestFlips(!parser.isSet(QStringLiteral("no-test-flips")));
    QStringList missing;
    const QStringList files = collectImages(args, &missing);
    for (const QString &m : missing)
        err() << "wbc predict: " << Tr::tr("%1: no such file or folder").arg(m) << Qt::endl;
    const ModelHeader &h = classifier.header();
    if (csv) {
        QStringList head{QStringLiteral("image"), QStringLiteral("class")};
        for (const QString &name : h.classNames)
            head.append(QStringLiteral("p_") + name);
        head += {QStringLiteral("box_source"), QStringLiteral("x0"), QStringLiteral("y0"),
                 QStringLiteral("x1"), QStringLiteral("y1")};
        CsvWriter header;
        header.row(head);
        out() << QString::fromUtf8(header.data()) << Qt::flush;
    }
    // Every white cell the detector finds in each file, each classified (one decode per file).
    QList<PredictionInput> inputs;
    for (const QString &file : files) {
        PredictionInput in;
        in.imageId = inputs.size() + 1;
        in.path = file;
        inputs.append(in);
    }
    const PredictionResults results = predictImages(classifier, inputs);
    for (const Problem &p : results.problems)
        err() << "wbc predict: " << p.toString() << Qt::endl;
    int failures = int(missing.size() + results.problems.size());
    QHash<qint64, QList<CellPrediction>> byImage;
    for (const CellPrediction &c : results.cells)
        byImage[c.imageId].append(c);
    QSet<QString> unreadable;
    for (const Problem &p : results.problems)
        unreadable.insert(p.file);
    QJsonArray predictions;
    for (const PredictionInput &in : inputs) {
        if (unreadable.contains(in.path))
            continue;
        const QList<CellPrediction> cells = byImage.value(in.imageId);
        QJsonArray cellsJson;
        QStringList textParts;
        for (const CellPrediction &c : cells) {
            const QString cls = cellClassName(c.record.predicted);
            QJsonObject probs;
            QStringList probTexts;
            for (const auto &[pc, p] : c.record.probabilities) {
                probs.insert(cellClassName(pc), p);
                probTexts.append(QStringLiteral("%1 %2").arg(cellClassName(pc)).arg(p, 0, 'f', 3));
            }
            const QJsonArray box{c.box.x(), c.box.y(), c.box.x() + c.box.width(),
                                 c.box.y() + c.box.height()};
            if (json) {
                cellsJson.append(QJsonObject{{QStringLiteral("box"), box},
                                             {QStringLiteral("class"), cls},
                                             {QStringLiteral("probabilities"), probs}});
            } else if (csv) {
                // CsvWriter: a file named "=HYPERLINK(...).png" stays text in a spreadsheet.
                CsvWriter row;
                row.text(in.path).text(cls);
                for (const auto &[pc, p] : c.record.probabilities)
                    row.number(double(p), 'f', 4);
                row.text(boxSourceName(BoxSource::Detected))
                    .number(c.box.x())
                    .number(c.box.y())
                    .number(c.box.x() + c.box.width())
                    .number(c.box.y() + c.box.height());
                row.endRow();
                out() << QString::fromUtf8(row.data()) << Qt::flush;
            } else {
                textParts.append(QStringLiteral("[%1,%2,%3,%4] %5 (%6)")
                                     .arg(c.box.x())
                                     .arg(c.box.y())
                                     .arg(c.box.x() + c.box.width())
                                     .arg(c.box.y() + c.box.height())
                                     .arg(cls, probTexts.join(QStringLiteral(", "))));
            }
        }
        if (json)
            predictions.append(QJsonObject{{QStringLiteral("image"), in.path},
                                           {QStringLiteral("cells"), cellsJson}});
        else if (!csv)
            out() << in.path << ": "
                  << (textParts.isEmpty() ? Tr::tr("no white cell found")
                                          : textParts.join(QStringLiteral("; ")))
                  << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("model"), modelPath},
                                           {QStringLiteral("task"), taskName(h.task)},
                                           {QStringLiteral("classes"),
                                            QJsonArray::fromStringList(h.classNames)},
                                           {QStringLiteral("predictions"), predictions}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return failures ? Failure : Ok;
}

} // namespace

Command predictCommand()
{
    return {QStringLiteral("predict"),
                Tr::tr("Classify every white cell of images"),
                [](QCommandLineParser &p) {
                    p.addPositionalArgument(QStringLiteral("images"), Tr::tr("Image files or folders"),
                                            QStringLiteral("IMAGE_OR_DIR..."));
                    p.addOption(
                        {QStringLiteral("model"), Tr::tr("Model file"), QStringLiteral("MODEL")});
                    p.addOption({QStringLiteral("device"),
                        Tr::tr("auto, cpu or cuda"),
                        QStringLiteral("DEVICE"),
                        QStringLiteral("auto")});
                    p.addOption({QStringLiteral("no-test-flips"),
                                 Tr::tr("Predict without averaging each image's four flips")});
                    p.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object")});
                    p.addOption({QStringLiteral("csv"), Tr::tr("Print CSV")});
                    p.addOption({QStringLiteral("project"),
                                 Tr::tr("Predict every image of a project with its active model "
                                        "and store the predictions"),
                                 QStringLiteral("FILE")});
                },
                runPredict};
}

} // namespace wbc::cli
