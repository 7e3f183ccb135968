#include "training/trainer.h"

#include "review/agreement.h"

#include <QCoreApplication>

#include <cmath>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

// Reads the fields of TrainParams::toJson() back, each checked against a range.
class ParamsReader
{
public:
    explicit ParamsReader(const QJsonObject &json)
        : m_json(json)
    {}

    bool number(const char *key, double minimum, double maximum, double *out) const
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isDouble() || !(v.toDouble() >= minimum && v.toDouble() <= maximum))
            return false;
        *out = v.toDouble();
        return true;
    }
    bool integer(const char *key, int minimum, int maximum, int *out) const
    {
        double d = 0;
        if (!number(key, minimum, maximum, &d) || d != std::floor(d))
            return false;
        *out = int(d);
        return true;
    }
    bool flag(const char *key, bool *out) const
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isBool())
            return false;
        *out = v.toBool();
        return true;
    }
    QString text(const char *key) const { return m_json.value(QLatin1String(key)).toString(); }

private:
    QJsonObject m_json;
};

} // namespace

QString optimizerName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Adam:
        return QStringLiteral("adam");
    case OptimizerKind::AdamW:
        return QStringLiteral("adamw");
    case OptimizerKind::Sgd:
        break;
    }
    return QStringLiteral("sgd");
}

std::optional<OptimizerKind> parseOptimizer(QStringView text)
{
    for (OptimizerKind k : {OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::Sgd}) {
        if (text.trimmed().compare(optimizerName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString scheduleName(LrSchedule schedule)
{
    switch (schedule) {
    case LrSchedule::Constant:
        return QStringLiteral("constant");
    case LrSchedule::OneCycle:
        return QStringLiteral("onecycle");
    case LrSchedule::Cosine:
        break;
    }
    return QStringLiteral("cosine");
}

std::optional<LrSchedule> parseSchedule(QStringView text)
{
    for (LrSchedule s : {LrSchedule::Constant, LrSchedule::OneCycle, LrSchedule::Cosine}) {
        if (text.trimmed().compare(scheduleName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QJsonObject TrainParams::toJson() const
{
    QJsonObject o = {{QStringLiteral("task"), taskName(task)},
            {QStringLiteral("model"), modelArchName(arch)},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("per_class"), perClass},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("optimizer"), optimizerName(optimizer)},
            {QStringLiteral("lr"), lr},
            {QStringLiteral("schedule"), scheduleName(schedule)},
            {QStringLiteral("warmup_fraction"), warmupFraction},
            {QStringLiteral("weight_decay"), weightDecay},
            {QStringLiteral("momentum"), momentum},
            {QStringLiteral("label_smoothing"), labelSmoothing},
            {QStringLiteral("test_flips"), testFlips},
            {QStringLiteral("val_fraction"), valFraction},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("device"), device},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("patience"), patience},
            {QStringLiteral("restore_best"), restoreBest},
            {QStringLiteral("checkpoint"), checkpointPath},
            {QStringLiteral("resume"), resume},
            {QStringLiteral("crop_margin"), crop.margin},
            {QStringLiteral("crop_detector"), crop.useDetector},
            {QStringLiteral("single_cell_fields"), singleCellFields},
            {QStringLiteral("unit"), QStringLiteral("cell")},
            {QStringLiteral("label_rule"), QLatin1String(kTrainingLabelRule)},
            {QStringLiteral("augment"),
             QJsonObject{{QStringLiteral("hflip"), augment.horizontalFlip},
                         {QStringLiteral("vflip"), augment.verticalFlip},
                         {QStringLiteral("rotation"), augment.maxRotationDeg},
                         {QStringLiteral("shear"), augment.maxShear},
                         {QStringLiteral("scale"), augment.maxScale},
                         {QStringLiteral("shift"), augment.maxShift},
                         {QStringLiteral("brightness"), augment.brightness},
                         {QStringLiteral("contrast"), augment.contrast},
                         {QStringLiteral("channel_gain"), augment.channelGain}}}};
    if (!deviceUsed.isEmpty())
        o.insert(QStringLiteral("device_used"), deviceUsed);
    return o;
}

std::optional<TrainParams> TrainParams::fromJson(const QJsonObject &json, QString *error)
{
    TrainParams p;
    const ParamsReader in(json);
    const ParamsReader augment(json.value(QStringLiteral("augment")).toObject());
    const std::optional<Task> task = parseTask(in.text("task"));
    const std::optional<ModelArch> arch = parseModelArch(in.text("model"));
    const std::optional<OptimizerKind> optimizer = parseOptimizer(in.text("optimizer"));
    const std::optional<LrSchedule> schedule = parseSchedule(in.text("schedule"));
    bool seedOk = false;
    p.seed = in.text("seed").toULongLong(&seedOk);
    if (!task || !arch || !optimizer || !schedule || !seedOk
        || !in.integer("epochs", 1, 100000, &p.epochs)
        || !in.integer("per_class", 1, 10000000, &p.perClass)
        || !in.integer("batch", 1, 65536, &p.batch) || !in.number("lr", 1e-12, 1e3, &p.lr)
        || !in.number("warmup_fraction", 0, 1, &p.warmupFraction)
        || !in.number("weight_decay", 0, 10, &p.weightDecay)
        || !in.number("momentum", 0, 1, &p.momentum)
        || !in.number("label_smoothing", 0, 1, &p.labelSmoothing)
        || !in.flag("test_flips", &p.testFlips) || !in.number("val_fraction", 0, 1, &p.valFraction)
        || !in.integer("threads", 0, 4096, &p.threads)
        || !in.integer("patience", 0, 100000, &p.patience)
        || !in.flag("restore_best", &p.restoreBest) || !in.flag("resume", &p.resume)
        || !in.number("crop_margin", 0, 2, &p.crop.margin)
        || !in.flag("crop_detector", &p.crop.useDetector)
        || !in.flag("single_cell_fields", &p.singleCellFields)
        || !augment.flag("hflip", &p.augment.horizontalFlip)
        || !augment.flag("vflip", &p.augment.verticalFlip)
        || !augment.number("rotation", 0, 360, &p.augment.maxRotationDeg)
        || !augment.number("shear", 0, 10, &p.augment.maxShear)
        || !augment.number("scale", 0, 1, &p.augment.maxScale)
        || !augment.number("shift", 0, 1, &p.augment.maxShift)
        || !augment.number("brightness", 0, 10, &p.augment.brightness)
        || !augment.number("contrast", 0, 10, &p.augment.contrast)
        || !augment.number("channel_gain", 0, 10, &p.augment.channelGain)) {
        if (error)
            *error = Tr::tr("the training parameters are incomplete or out of range");
        return std::nullopt;
    }
    p.task = *task;
    p.arch = *arch;
    p.optimizer = *optimizer;
    p.schedule = *schedule;
    p.device = in.text("device");
    p.deviceUsed = in.text("device_used");
    p.checkpointPath = in.text("checkpoint");
    return p;
}

} // namespace wbc
