#include "command.h"

#include "review/classifier.h"
#include "base/imagefile.h"
#include "project/projectlock.h"
#include "review/projectprediction.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "detection/wbcdetector.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
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
    if (!lockProject(lock, QStringLiteral("predict")))
        return Failure;
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc predict: " << error << Qt::endl;
        return Failure;
    }
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
    out() << Tr::tr("Stored predictions of model %1 for %2 of %3 images, %4 unreadable (%5 s)")
                 .arg(modelId)
                 .arg(r.predicted)
                 .arg(r.images)
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
    const WbcDetector detector;
    if (csv) {
        QStringList head{QStringLiteral("image"), QStringLiteral("class")};
        for (const QString &name : h.classNames)
            head.append(QStringLiteral("p_") + name);
        head.append(QStringLiteral("box_source"));
        out() << head.join(u',') << Qt::endl;
    }
    QJsonArray predictions;
    int failures = int(missing.size());
    for (const QString &file : files) {
        const DecodedImage decoded = decodeImageFile(file);
        if (!decoded.ok()) {
            err() << "wbc predict: " << file << ": " << decoded.error << Qt::endl;
            ++failures;
            continue;
        }
        const CellCrop crop = classifier.crop(decoded.bgr, detector);
        const std::vector<float> p = classifier.predict({crop.rgb}).front();
        const int best = int(std::max_element(p.begin(), p.end()) - p.begin());
        if (json) {
            QJsonObject probs;
            for (int c = 0; c < int(p.size()); ++c)
                probs.insert(h.classNames.at(c), double(p[size_t(c)]));
            predictions.append(QJsonObject{
                {QStringLiteral("image"), file},
                {QStringLiteral("class"), h.classNames.at(best)},
                {QStringLiteral("probabilities"), probs},
                {QStringLiteral("box_source"), boxSourceName(crop.source)},
                {QStringLiteral("box"),
                 QJsonArray{crop.box.x, crop.box.y, crop.box.width, crop.box.height}}});
        } else if (csv) {
            QStringList row{file.contains(u',') ? u'"' + file + u'"' : file, h.classNames.at(best)};
            for (float v : p)
                row.append(QString::number(double(v), 'f', 4));
            row.append(boxSourceName(crop.source));
            out() << row.join(u',') << Qt::endl;
        } else {
            QStringList parts;
            for (int c = 0; c < int(p.size()); ++c)
                parts.append(QStringLiteral("%1 %2").arg(h.classNames.at(c)).arg(double(p[size_t(c)]), 0, 'f', 3));
            out() << file << ": " << h.classNames.at(best) << "  (" << parts.join(QStringLiteral(", "))
                  << ")" << Qt::endl;
        }
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
                Tr::tr("Classify the white cell of images"),
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
