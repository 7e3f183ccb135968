#include "training/trainercheckpoint.h"

#include "engine/model.h"
#include "training/checkpointfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <map>
#include <set>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

QJsonArray historyJson(const std::vector<EpochReport> &history, const QStringList &names)
{
    QJsonArray a;
    for (const EpochReport &e : history)
        a.append(e.toJson(names));
    return a;
}

EpochReport epochFromJson(const QJsonObject &o, int classCount)
{
    EpochReport e;
    e.epoch = o.value(QStringLiteral("epoch")).toInt();
    e.epochs = o.value(QStringLiteral("epochs")).toInt();
    e.trainLoss = o.value(QStringLiteral("train_loss")).toDouble();
    e.trainAccuracy = o.value(QStringLiteral("train_accuracy")).toDouble();
    e.hasValidation = o.contains(QStringLiteral("val_loss"));
    e.valLoss = o.value(QStringLiteral("val_loss")).toDouble();
    e.lr = o.value(QStringLiteral("lr")).toDouble();
    e.seconds = o.value(QStringLiteral("seconds")).toDouble();
    e.imagesPerSecond = o.value(QStringLiteral("images_per_second")).toDouble();
    e.best = o.value(QStringLiteral("best")).toBool();
    e.confusion = ConfusionMatrix(classCount);
    const QJsonArray rows = o.value(QStringLiteral("confusion")).toArray();
    for (int t = 0; t < rows.size() && t < classCount; ++t) {
        const QJsonArray row = rows.at(t).toArray();
        for (int p = 0; p < row.size() && p < classCount; ++p)
            e.confusion.add(t, p, row.at(p).toInt());
    }
    return e;
}

// A checkpoint's optimizer tensors by parameter and field.
using OptimizerTensors = std::map<std::string, std::map<std::string, const NamedTensor *>>;

// Checks the optimizer state against the network's parameters (the optimizer's fields, each
// parameter's shape, a step count for each parameter with Adam state) without copying anything.
std::optional<OptimizerTensors> checkOptimizerState(const CheckpointFile &checkpoint,
                                                    const engine::Model &model,
                                                    OptimizerKind kind,
                                                    QString *reason)
{
    const auto refuse = [&](const QString &message) {
        *reason = message;
        return std::nullopt;
    };
    std::map<std::string, std::vector<std::int64_t>> shapes;
    for (const auto &[name, shape] : model.parameterShapes())
        shapes[name] = shape;
    const std::set<std::string> fields = kind == OptimizerKind::Sgd
                                             ? std::set<std::string>{"momentum_buffer"}
                                             : std::set<std::string>{"exp_avg",
                                                                     "exp_avg_sq",
                                                                     "max_exp_avg_sq"};
    OptimizerTensors byParam;
    for (const NamedTensor &t : checkpoint.optimizerState) {
        const QString name = QString::fromStdString(t.name);
        const size_t slash = t.name.rfind('/');
        const std::string param = t.name.substr(0, slash);
        const auto shape = shapes.find(param);
        if (slash == std::string::npos || shape == shapes.end()
            || !fields.count(t.name.substr(slash + 1)))
            return refuse(Tr::tr("the network has no optimizer tensor \"%1\"").arg(name));
        qint64 elements = 1;
        for (std::int64_t d : t.shape)
            elements *= d;
        if (t.shape != shape->second || qint64(t.values.size()) != elements)
            return refuse(Tr::tr("optimizer tensor \"%1\" has another shape than its parameter")
                              .arg(name));
        if (!byParam[param].emplace(t.name.substr(slash + 1), &t).second)
            return refuse(Tr::tr("optimizer tensor \"%1\" appears twice").arg(name));
    }
    const auto &steps = checkpoint.header.optimizerSteps;
    bool complete = kind != OptimizerKind::Sgd || steps.empty();
    for (const auto &[param, state] : byParam) {
        if (kind != OptimizerKind::Sgd)
            complete = complete && state.count("exp_avg") && state.count("exp_avg_sq")
                       && steps.count(param);
    }
    for (const auto &step : steps)
        complete = complete && byParam.count(step.first);
    if (!complete)
        return refuse(Tr::tr("the optimizer state is incomplete"));
    return byParam;
}

} // namespace

QString runFingerprint(const TrainParams &p, const DataSplit &split, const CellSampleSet &set)
{
    QJsonObject o = p.toJson();
    // Fields that do not change the result.
    for (const char *key : {"checkpoint", "resume", "device", "device_used", "threads"})
        o.remove(QLatin1String(key));
    o.insert(QStringLiteral("split"), split.toJson(set.cellIds()));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

bool saveCheckpoint(const QString &path,
                    engine::Model &model,
                    const TrainParams &p,
                    const LoopState &state,
                    const QString &runFingerprint,
                    QByteArray *sha256,
                    QString *error)
{
    CheckpointFile checkpoint;
    CheckpointHeader &h = checkpoint.header;
    h.run = runFingerprint;
    h.arch = modelArchName(p.arch);
    h.optimizer = optimizerName(p.optimizer);
    h.epoch = state.epoch;
    h.bestEpoch = state.bestEpoch;
    h.bestValLoss = state.bestValLoss;
    h.badEpochs = state.badEpochs;
    h.history = historyJson(state.history, taskClassNames(p.task));
    h.appVersion = QStringLiteral(WBC_VERSION);
    h.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    checkpoint.weights = model.weights();
    checkpoint.bestWeights = state.bestWeights;
    engine::OptimizerState optimizer = model.optimizerState();
    for (const auto &[name, step] : optimizer.steps)
        h.optimizerSteps[name] = qint64(step);
    checkpoint.optimizerState = std::move(optimizer.tensors);
    return writeCheckpointFile(path, checkpoint, sha256, error);
}

bool resumeFrom(const CheckpointFile &checkpoint,
                engine::Model &model,
                const TrainParams &p,
                const QString &runFingerprint,
                LoopState *state,
                QString *reason)
{
    const CheckpointHeader &h = checkpoint.header;
    const QString arch = modelArchName(p.arch);
    if (h.arch != arch) {
        *reason = Tr::tr("it was written for the %1 network, not %2").arg(h.arch, arch);
        return false;
    }
    if (h.run != runFingerprint || h.optimizer != optimizerName(p.optimizer)) {
        *reason = Tr::tr("it belongs to a run with other parameters or data");
        return false;
    }
    if (h.epoch > p.epochs) {
        *reason = Tr::tr("damaged: it holds more epochs than the run has");
        return false;
    }
    const std::vector<NamedTensor> reference = model.weights();
    QString why;
    if (!sameTensorLayout(checkpoint.weights, reference, &why)
        || (!checkpoint.bestWeights.empty()
            && !sameTensorLayout(checkpoint.bestWeights, reference, &why))) {
        *reason = Tr::tr("its weights do not fit the %1 network: %2").arg(arch, why);
        return false;
    }
    const std::optional<OptimizerTensors> optimizerTensors
        = checkOptimizerState(checkpoint, model, p.optimizer, &why);
    if (!optimizerTensors) {
        *reason = Tr::tr("its optimizer state does not fit the %1 network: %2").arg(arch, why);
        return false;
    }

    // Every name, shape and count is checked: copy (the engine checks them again).
    std::string engineReason;
    engine::OptimizerState optimizer;
    optimizer.tensors = checkpoint.optimizerState;
    for (const auto &[name, step] : h.optimizerSteps)
        optimizer.steps[name] = step;
    if (!model.setWeights(checkpoint.weights, &engineReason)
        || !model.setOptimizerState(optimizer, &engineReason)) {
        *reason = QString::fromStdString(engineReason);
        return false;
    }
    state->epoch = h.epoch;
    state->bestEpoch = h.bestEpoch;
    state->bestValLoss = h.bestValLoss;
    state->badEpochs = h.badEpochs;
    state->bestWeights = checkpoint.bestWeights;
    state->history.clear();
    for (const QJsonValue &e : h.history)
        state->history.push_back(epochFromJson(e.toObject(), taskClassCount(p.task)));
    return true;
}

} // namespace wbc
