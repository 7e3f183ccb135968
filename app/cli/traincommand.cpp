#include "command.h"
#include "trainingcli.h"

#include "training/modelfile.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcTrain)
};

QString line(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int runTrain(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("train");
    TrainParams params;
    if (!readTrainingOptions(parser, command, &params))
        return Usage;
    QString outPath;
    if (!requireOption(parser, command, QStringLiteral("out"), &outPath))
        return Usage;
    if (parser.isSet(QStringLiteral("val-fraction"))) {
        bool ok = false;
        params.valFraction = parser.value(QStringLiteral("val-fraction")).toDouble(&ok);
        if (!ok || params.valFraction < 0 || params.valFraction >= 1)
            return usageError(command, Tr::tr("--val-fraction must be in [0, 1)"));
    }
    if (parser.isSet(QStringLiteral("patience"))) {
        bool ok = false;
        params.patience = parser.value(QStringLiteral("patience")).toInt(&ok);
        if (!ok || params.patience < 0)
            return usageError(command, Tr::tr("--patience must be an integer >= 0"));
    }
    params.checkpointPath = parser.value(QStringLiteral("checkpoint"));
    const bool json = parser.isSet(QStringLiteral("json"));
    // The run is recorded in the project: hold its lock for the whole training.
    std::optional<ProjectLock> lock;
    if (parser.isSet(QStringLiteral("project"))) {
        lock.emplace(parser.value(QStringLiteral("project")));
        if (!lockProject(*lock, command))
            return Failure;
    }

    std::shared_ptr<CellSampleSet> samples;
    if (const int status = loadSamples(parser, command, params.task, params.crop, params.singleCellFields,
                                       json, &samples))
        return status;
    if (!json)
        out() << Tr::tr("Cells: %1").arg(describeSamples(*samples)) << Qt::endl;

    QString splitWarning;
    const DataSplit split = validationSplit(*samples, params.valFraction, params.seed,
                                            &splitWarning);
    if (!splitWarning.isEmpty())
        err() << "wbc " << command << ": " << Tr::tr("warning: %1").arg(splitWarning) << Qt::endl;
    const QStringList names = taskClassNames(params.task);

    ProjectStore store;
    std::optional<RunRecorder> recorder;
    qint64 runId = 0;
    if (parser.isSet(QStringLiteral("project"))) {
        QString error;
        if (store.open(parser.value(QStringLiteral("project")),
                       ProjectStore::OpenMode::OpenExisting,
                       &error)) {
            recorder.emplace(store);
            runId = recorder->begin(params, split.toJson(samples->cellIds()));
        }
    }

    Trainer trainer;
    trainer.setParams(params);
    trainer.setData(samples, split);
    QObject::connect(&trainer, &Trainer::epochFinished, [&](const EpochReport &e) {
        if (recorder && runId)
            recorder->addEpoch(runId, e, names);
        if (json) {
            QJsonObject o = e.toJson(names);
            o.insert(QStringLiteral("type"), QStringLiteral("epoch"));
            out() << line(o) << Qt::endl;
            return;
        }
        QString text = Tr::tr("epoch %1/%2  loss %3  acc %4")
                           .arg(e.epoch)
                           .arg(e.epochs)
                           .arg(e.trainLoss, 0, 'f', 4)
                           .arg(e.trainAccuracy * 100, 0, 'f', 1);
        if (e.hasValidation)
            text += Tr::tr("  val loss %1  val acc %2  balanced %3")
                        .arg(e.valLoss, 0, 'f', 4)
                        .arg(e.valAccuracy() * 100, 0, 'f', 1)
                        .arg(e.balancedAccuracy() * 100, 0, 'f', 1);
        text += Tr::tr("  %1 img/s  %2 s  eta %3 s%4")
                    .arg(e.imagesPerSecond, 0, 'f', 0)
                    .arg(e.seconds, 0, 'f', 0)
                    .arg(e.etaSeconds, 0, 'f', 0)
                    .arg(e.best ? QStringLiteral("  *") : QString());
        out() << text << Qt::endl;
    });
    const TrainResult result = trainer.train();
    if (!result.ok) {
        if (recorder && runId)
            recorder->finish(runId, QStringLiteral("failed"), {{QStringLiteral("error"), result.error}});
        err() << "wbc train: " << result.error << Qt::endl;
        return Failure;
    }
    QString error;
    if (!writeModelFile(outPath, result.model, &error)) {
        err() << "wbc train: " << error << Qt::endl;
        return Failure;
    }
    // The model file holds the result: a finished run's checkpoint has served.
    if (!params.checkpointPath.isEmpty())
        QFile::remove(params.checkpointPath);
    QJsonObject summary{{QStringLiteral("type"), QStringLiteral("summary")},
                        {QStringLiteral("model"), outPath},
                        {QStringLiteral("task"), taskName(params.task)},
                        {QStringLiteral("arch"), modelArchName(params.arch)},
                        {QStringLiteral("device"), result.device},
                        {QStringLiteral("epochs_run"), result.epochsRun},
                        {QStringLiteral("best_epoch"), result.bestEpoch},
                        {QStringLiteral("train_images"), int(split.train.size())},
                        {QStringLiteral("validation_images"), int(split.validation.size())},
                        {QStringLiteral("seconds"), result.seconds},
                        {QStringLiteral("compute_seconds"), result.computeSeconds},
                        {QStringLiteral("images_per_second"),
                         result.seconds > 0 ? result.trainImages / result.seconds : 0.0}};
    for (const EpochReport &e : result.history) {
        if (e.epoch == result.bestEpoch && e.hasValidation) {
            summary.insert(QStringLiteral("val_accuracy"), e.valAccuracy());
            summary.insert(QStringLiteral("balanced_accuracy"), e.balancedAccuracy());
        }
    }
    if (recorder && runId) {
        recorder->finish(runId, QStringLiteral("finished"), summary);
        // As the training dashboard does: the new model becomes the project's active model, the
        // one `wbc predict --project` and the review use.
        const qint64 modelId = recorder->addModel(runId, outPath, result.model.header);
        if (!modelId || !RunHistory(store).setActiveModel(modelId)) {
            err() << "wbc train: "
                  << Tr::tr("%1: could not record the model in the project").arg(outPath)
                  << Qt::endl;
            return Failure;
        }
        summary.insert(QStringLiteral("run_id"), runId);
        summary.insert(QStringLiteral("model_id"), modelId);
    }
    if (json)
        out() << line(summary) << Qt::endl;
    else
        out() << Tr::tr("Wrote %1 (best epoch %2 of %3, %4 s)")
                     .arg(outPath)
                     .arg(result.bestEpoch)
                     .arg(result.epochsRun)
                     .arg(result.seconds, 0, 'f', 0)
              << Qt::endl;
    return Ok;
}

} // namespace

Command trainCommand()
{
    return {QStringLiteral("train"),
                Tr::tr("Train a cell classifier and write a model file"),
                [](QCommandLineParser &p) {
                    addTrainingOptions(p);
                    p.addOption({QStringLiteral("out"),
                        Tr::tr("Model file to write"),
                        QStringLiteral("MODEL")});
                    p.addOption({QStringLiteral("val-fraction"),
                                 Tr::tr("Fraction of each class held out for validation (default 0.2)"),
                                 QStringLiteral("X")});
                    p.addOption({QStringLiteral("patience"),
                        Tr::tr("Stop after N epochs without a better validation loss (0 = off)"),
                        QStringLiteral("N")});
                    p.addOption({QStringLiteral("checkpoint"),
                        Tr::tr("Checkpoint file, written every epoch and removed when the run "
                               "finishes; an existing one resumes the run when its size and "
                               "checksum check out and it belongs to a run of the same "
                               "parameters and data"),
                        QStringLiteral("FILE")});
                },
                runTrain};
}

} // namespace wbc::cli
