#include "trainingcli.h"

#include "command.h"
#include "project/projectstore.h"

#include <QCoreApplication>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcTrain)
};

bool readInt(QCommandLineParser &parser,
             const QString &command,
             const QString &option,
             int minimum,
             int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < minimum) {
        usageError(command, Tr::tr("--%1 must be an integer >= %2").arg(option).arg(minimum));
        return false;
    }
    *value = v;
    return true;
}

bool readDouble(QCommandLineParser &parser,
                const QString &command,
                const QString &option,
                double minimum,
                double maximum,
                double *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || v < minimum || v > maximum) {
        usageError(command,
            Tr::tr("--%1 must be a number in [%2, %3]").arg(option).arg(minimum).arg(maximum));
        return false;
    }
    *value = v;
    return true;
}

} // namespace

void addTrainingOptions(QCommandLineParser &p)
{
    const TrainParams d;
    p.addOption({QStringLiteral("data"), Tr::tr("Dataset folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("task"), Tr::tr("binary or four"), QStringLiteral("TASK")});
    p.addOption({QStringLiteral("model"),
                 Tr::tr("Architecture: %1 (default %2)")
                     .arg(modelArchNames().join(QStringLiteral(", ")), modelArchName(d.arch)),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("epochs"),
        Tr::tr("Epochs (default %1)").arg(d.epochs),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("per-class"),
                 Tr::tr("Augmented samples per class and epoch (default %1)").arg(d.perClass),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("batch"),
        Tr::tr("Batch size (default %1)").arg(d.batch),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("lr"),
        Tr::tr("Peak learning rate (default %1)").arg(d.lr),
        QStringLiteral("LR")});
    p.addOption({QStringLiteral("optimizer"),
                 Tr::tr("adam, adamw or sgd (default %1)").arg(optimizerName(d.optimizer)),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("schedule"),
                 Tr::tr("constant, onecycle or cosine (default %1)").arg(scheduleName(d.schedule)),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("weight-decay"),
        Tr::tr("Weight decay (default %1)").arg(d.weightDecay),
        QStringLiteral("X")});
    p.addOption({QStringLiteral("label-smoothing"),
        Tr::tr("Label smoothing (default %1)").arg(d.labelSmoothing),
        QStringLiteral("X")});
    p.addOption({QStringLiteral("color-jitter"),
                 Tr::tr("Scale of the brightness, contrast and stain augmentation (default 1; 0 "
                        "turns it off)"),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("margin"),
        Tr::tr("Crop margin around the cell (default %1)").arg(d.crop.margin),
        QStringLiteral("X")});
    p.addOption({QStringLiteral("seed"),
        Tr::tr("Random seed (default %1)").arg(d.seed),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("device"),
        Tr::tr("auto, cpu or cuda (default auto)"),
        QStringLiteral("DEVICE")});
    p.addOption({QStringLiteral("threads"),
        Tr::tr("Compute threads (default: all cores)"),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("no-test-flips"),
                 Tr::tr("Validate without averaging each image's four flips")});
    p.addOption({QStringLiteral("single-cell-fields"),
                 Tr::tr("Train only on the cells of fields with exactly one white cell (the "
                        "seed recipe's selection)")});
    p.addOption(
        {QStringLiteral("json"), Tr::tr("Print one JSON line per epoch and a summary line")});
}

bool readTrainingOptions(QCommandLineParser &parser, const QString &command, TrainParams *params)
{
    QString taskText;
    if (!requireOption(parser, command, QStringLiteral("task"), &taskText))
        return false;
    const std::optional<Task> task = parseTask(taskText);
    if (!task) {
        usageError(command, Tr::tr("unknown task \"%1\" (binary or four)").arg(taskText));
        return false;
    }
    params->task = *task;
    if (parser.isSet(QStringLiteral("model"))) {
        const std::optional<ModelArch> arch = parseModelArch(parser.value(QStringLiteral("model")));
        if (!arch) {
            usageError(command, Tr::tr("unknown model \"%1\" (%2)")
                                    .arg(parser.value(QStringLiteral("model")),
                                         modelArchNames().join(QStringLiteral(", "))));
            return false;
        }
        params->arch = *arch;
    }
    if (parser.isSet(QStringLiteral("optimizer"))) {
        const auto o = parseOptimizer(parser.value(QStringLiteral("optimizer")));
        if (!o) {
            usageError(command, Tr::tr("unknown optimizer (adam, adamw or sgd)"));
            return false;
        }
        params->optimizer = *o;
    }
    if (parser.isSet(QStringLiteral("schedule"))) {
        const auto s = parseSchedule(parser.value(QStringLiteral("schedule")));
        if (!s) {
            usageError(command, Tr::tr("unknown schedule (constant, onecycle or cosine)"));
            return false;
        }
        params->schedule = *s;
    }
    int seed = int(params->seed);
    if (!readInt(parser, command, QStringLiteral("epochs"), 1, &params->epochs)
        || !readInt(parser, command, QStringLiteral("per-class"), 1, &params->perClass)
        || !readInt(parser, command, QStringLiteral("batch"), 1, &params->batch)
        || !readInt(parser, command, QStringLiteral("seed"), 0, &seed)
        || !readInt(parser, command, QStringLiteral("threads"), 1, &params->threads)
        || !readDouble(parser, command, QStringLiteral("lr"), 1e-8, 10, &params->lr)
        || !readDouble(parser, command, QStringLiteral("weight-decay"), 0, 1, &params->weightDecay)
        || !readDouble(parser, command, QStringLiteral("label-smoothing"), 0, 0.5, &params->labelSmoothing)
        || !readDouble(parser, command, QStringLiteral("margin"), 0, 2, &params->crop.margin))
        return false;
    double colorJitter = 1.0;
    if (!readDouble(parser, command, QStringLiteral("color-jitter"), 0, 5, &colorJitter))
        return false;
    params->augment.brightness *= colorJitter;
    params->augment.contrast *= colorJitter;
    params->augment.channelGain *= colorJitter;
    params->seed = quint64(seed);
    params->testFlips = !parser.isSet(QStringLiteral("no-test-flips"));
    params->singleCellFields = parser.isSet(QStringLiteral("single-cell-fields"));
    if (parser.isSet(QStringLiteral("device"))) {
        QString error;
        if (!resolveComputeDevice(parser.value(QStringLiteral("device")), &error)) {
            usageError(command, error);
            return false;
        }
        params->device = parser.value(QStringLiteral("device"));
    }
    const bool data = parser.isSet(QStringLiteral("data"));
    const bool project = parser.isSet(QStringLiteral("project"));
    if (data == project) {
        usageError(command, Tr::tr("give exactly one of --data DIR or --project FILE"));
        return false;
    }
    return true;
}

int loadSamples(QCommandLineParser &parser,
                const QString &command,
                Task task,
                const CellCropParams &crop,
                bool singleCellFields,
                bool quiet,
                std::shared_ptr<CellSampleSet> *samples)
{
    CellSampleLoader loader(task, crop);
    loader.setSingleCellFields(singleCellFields);
    int lastPercent = -1;
    if (!quiet) {
        loader.setProgress([&](int done, int total) {
            const int percent = total ? done * 100 / total : 100;
            if (percent / 10 != lastPercent / 10) {
                err() << Tr::tr("Loading cells: %1%").arg(percent) << Qt::endl;
                lastPercent = percent;
            }
        });
    }
    CellSampleSet set;
    if (parser.isSet(QStringLiteral("data"))) {
        set = loader.loadDataset(parser.value(QStringLiteral("data")));
    } else {
        ProjectStore store;
        QString error;
        if (!store.open(parser.value(QStringLiteral("project")),
                        ProjectStore::OpenMode::OpenExisting,
                        &error)) {
            err() << "wbc " << command << ": " << error << Qt::endl;
            return Failure;
        }
        set = loader.load(store);
    }
    if (!set.error.isEmpty()) {
        err() << "wbc " << command << ": " << set.error << Qt::endl;
        return Failure;
    }
    for (const Problem &problem : set.problems)
        err() << "wbc " << command << ": " << problem.toString() << Qt::endl;
    *samples = std::make_shared<CellSampleSet>(std::move(set));
    return Ok;
}

QString describeSamples(const CellSampleSet &samples)
{
    const QStringList names = taskClassNames(samples.task);
    const std::vector<int> counts = samples.classCounts();
    QStringList parts;
    for (int c = 0; c < int(names.size()); ++c)
        parts.append(QStringLiteral("%1 %2").arg(names.at(c)).arg(counts[size_t(c)]));
    const QMap<BoxSource, int> sources = samples.sourceCounts();
    return Tr::tr("%1 (crops: %2 detected, %3 annotation, %4 field)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(sources.value(BoxSource::Detected))
        .arg(sources.value(BoxSource::Annotated))
        .arg(sources.value(BoxSource::WholeField));
}

} // namespace wbc::cli
