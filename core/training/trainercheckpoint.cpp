#include "training/trainercheckpoint.h"

#include "training/checkpointfile.h"
#include "training/networks.h"

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

// LibTorch keys an optimizer's state by the parameter's TensorImpl address.
std::string stateKey(const torch::Tensor &param)
{
    return c10::guts::to_string(param.unsafeGetTensorImpl());
}

NamedTensor plainTensor(const std::string &name, const torch::Tensor &t)
{
    NamedTensor n;
    n.name = name;
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat).contiguous();
    n.shape.assign(c.sizes().begin(), c.sizes().end());
    n.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    return n;
}

// A tensor on the parameter's device, with its type and memory format, holding t's values.
torch::Tensor tensorLike(const NamedTensor &t, const torch::Tensor &param)
{
    const torch::Tensor values
        = torch::from_blob(const_cast<float *>(t.values.data()), t.shape, torch::kFloat);
    torch::Tensor out = torch::empty_like(param);
    out.copy_(values.to(param.device()));
    return out;
}

template<class State>
void exportAdamState(const State &s, const std::string &name, CheckpointFile *checkpoint)
{
    checkpoint->header.optimizerSteps[name] = s.step();
    checkpoint->optimizerState.push_back(plainTensor(name + "/exp_avg", s.exp_avg()));
    checkpoint->optimizerState.push_back(plainTensor(name + "/exp_avg_sq", s.exp_avg_sq()));
    if (s.max_exp_avg_sq().defined())
        checkpoint->optimizerState.push_back(
            plainTensor(name + "/max_exp_avg_sq", s.max_exp_avg_sq()));
}

// The optimizer's state of each parameter as plain tensors "PARAMETER/FIELD".
void exportOptimizer(ClassifierNet &net,
                     torch::optim::Optimizer &optimizer,
                     OptimizerKind kind,
                     CheckpointFile *checkpoint)
{
    const auto &states = optimizer.state();
    for (const auto &p : net.named_parameters()) {
        const auto it = states.find(stateKey(p.value()));
        if (it == states.end())
            continue; // no step has updated it yet
        if (kind == OptimizerKind::Adam) {
            exportAdamState(static_cast<const torch::optim::AdamParamState &>(*it->second),
                            p.key(), checkpoint);
        } else if (kind == OptimizerKind::AdamW) {
            exportAdamState(static_cast<const torch::optim::AdamWParamState &>(*it->second),
                            p.key(), checkpoint);
        } else {
            const auto &s = static_cast<const torch::optim::SGDParamState &>(*it->second);
            if (s.momentum_buffer().defined())
                checkpoint->optimizerState.push_back(
                    plainTensor(p.key() + "/momentum_buffer", s.momentum_buffer()));
        }
    }
}

// A checkpoint's optimizer tensors by parameter and field.
using OptimizerTensors = std::map<std::string, std::map<std::string, const NamedTensor *>>;

// Checks the optimizer state against the network's parameters (the optimizer's fields, each
// parameter's shape, a step count for each parameter with Adam state) without copying anything.
std::optional<OptimizerTensors> checkOptimizerState(const CheckpointFile &checkpoint,
                                                    ClassifierNet &net,
                                                    OptimizerKind kind,
                                                    QString *reason)
{
    const auto refuse = [&](const QString &message) {
        *reason = message;
        return std::nullopt;
    };
    std::map<std::string, std::vector<std::int64_t>> shapes;
    for (const auto &p : net.named_parameters())
        shapes[p.key()] = p.value().sizes().vec();
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

template<class State>
std::unique_ptr<torch::optim::OptimizerParamState> adamState(
    const std::map<std::string, const NamedTensor *> &tensors,
    qint64 step,
    const torch::Tensor &param)
{
    auto state = std::make_unique<State>();
    state->step(step);
    state->exp_avg(tensorLike(*tensors.at("exp_avg"), param));
    state->exp_avg_sq(tensorLike(*tensors.at("exp_avg_sq"), param));
    if (const auto it = tensors.find("max_exp_avg_sq"); it != tensors.end())
        state->max_exp_avg_sq(tensorLike(*it->second, param));
    return state;
}

} // namespace

QString runFingerprint(const TrainParams &p, const DataSplit &split, const CellSampleSet &set)
{
    QJsonObject o = p.toJson();
    // Fields that do not change the result.
    for (const char *key : {"checkpoint", "resume", "device", "threads"})
        o.remove(QLatin1String(key));
    o.insert(QStringLiteral("split"), split.toJson(set.cellIds()));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

bool saveCheckpoint(const QString &path,
                    ClassifierNet &net,
                    torch::optim::Optimizer &optimizer,
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
    checkpoint.weights = exportWeights(net);
    checkpoint.bestWeights = state.bestWeights;
    exportOptimizer(net, optimizer, p.optimizer, &checkpoint);
    return writeCheckpointFile(path, checkpoint, sha256, error);
}

bool resumeFrom(const CheckpointFile &checkpoint,
                ClassifierNet &net,
                torch::optim::Optimizer &optimizer,
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
    const std::vector<NamedTensor> reference = exportWeights(net);
    QString why;
    if (!sameTensorLayout(checkpoint.weights, reference, &why)
        || (!checkpoint.bestWeights.empty()
            && !sameTensorLayout(checkpoint.bestWeights, reference, &why))) {
        *reason = Tr::tr("its weights do not fit the %1 network: %2").arg(arch, why);
        return false;
    }
    const std::optional<OptimizerTensors> optimizerTensors
        = checkOptimizerState(checkpoint, net, p.optimizer, &why);
    if (!optimizerTensors) {
        *reason = Tr::tr("its optimizer state does not fit the %1 network: %2").arg(arch, why);
        return false;
    }

    // Every name, shape and count is checked: copy.
    if (!importWeights(net, checkpoint.weights, &why)) {
        *reason = why;
        return false;
    }
    optimizer.state().clear();
    for (const auto &param : net.named_parameters()) {
        const auto it = optimizerTensors->find(param.key());
        if (it == optimizerTensors->end())
            continue;
        const torch::Tensor &t = param.value();
        std::unique_ptr<torch::optim::OptimizerParamState> s;
        if (p.optimizer == OptimizerKind::Adam) {
            s = adamState<torch::optim::AdamParamState>(
                it->second, h.optimizerSteps.at(param.key()), t);
        } else if (p.optimizer == OptimizerKind::AdamW) {
            s = adamState<torch::optim::AdamWParamState>(
                it->second, h.optimizerSteps.at(param.key()), t);
        } else {
            auto sgd = std::make_unique<torch::optim::SGDParamState>();
            sgd->momentum_buffer(tensorLike(*it->second.at("momentum_buffer"), t));
            s = std::move(sgd);
        }
        optimizer.state()[stateKey(t)] = std::move(s);
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
