#include "training/checkpointfile.h"

#include "training/models.h"
#include "base/savefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cmath>
#include <set>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointFile)
};

constexpr int kMaxEpochs = 100000;
constexpr double kMaxStep = 9007199254740992.0; // 2^53: exact in JSON
const std::string kModelPrefix = "model/";
const std::string kBestPrefix = "best/";
const std::string kOptimizerPrefix = "optimizer/";

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// A whole number in [minimum, maximum] under key.
bool readCount(const QJsonObject &json, const char *key, int minimum, int maximum, int *value)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < minimum || d > maximum)
        return false;
    *value = int(d);
    return true;
}

bool startsWith(const std::string &s, const std::string &prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

NamedTensor renamed(const NamedTensor &t, const std::string &name)
{
    return {name, t.shape, t.values};
}

} // namespace

QJsonObject CheckpointHeader::toJson() const
{
    QJsonObject steps;
    for (const auto &[name, step] : optimizerSteps)
        steps.insert(QString::fromStdString(name), double(step));
    return {{QStringLiteral("run"), run},
            {QStringLiteral("arch"), arch},
            {QStringLiteral("optimizer"), optimizer},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("best_epoch"), bestEpoch},
            // JSON has no infinity: null until an epoch is validated.
            {QStringLiteral("best_val_loss"),
             std::isfinite(bestValLoss) ? QJsonValue(bestValLoss) : QJsonValue()},
            {QStringLiteral("bad_epochs"), badEpochs},
            {QStringLiteral("history"), history},
            {QStringLiteral("optimizer_steps"), steps},
            {QStringLiteral("app_version"), appVersion},
            {QStringLiteral("created_at"), createdAt}};
}

std::optional<CheckpointHeader> CheckpointHeader::fromJson(const QJsonObject &json,
                                                           QString *error)
{
    CheckpointHeader h;
    h.run = json.value(QStringLiteral("run")).toString();
    if (h.run.size() != 64
        || QByteArray::fromHex(h.run.toLatin1()).toHex() != h.run.toLatin1())
        return fail(error, Tr::tr("the run fingerprint is invalid"));
    h.arch = json.value(QStringLiteral("arch")).toString();
    if (!parseModelArch(h.arch))
        return fail(error, Tr::tr("unknown architecture \"%1\"").arg(h.arch));
    h.optimizer = json.value(QStringLiteral("optimizer")).toString();
    if (!QStringList{QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("sgd")}
             .contains(h.optimizer))
        return fail(error, Tr::tr("unknown optimizer \"%1\"").arg(h.optimizer));
    if (!readCount(json, "epoch", 0, kMaxEpochs, &h.epoch)
        || !readCount(json, "best_epoch", 0, h.epoch, &h.bestEpoch)
        || !readCount(json, "bad_epochs", 0, h.epoch, &h.badEpochs))
        return fail(error, Tr::tr("the epoch counts are invalid"));
    const QJsonValue best = json.value(QStringLiteral("best_val_loss"));
    if (h.bestEpoch > 0) {
        if (!best.isDouble() || !std::isfinite(best.toDouble()))
            return fail(error, Tr::tr("the best validation loss is invalid"));
        h.bestValLoss = best.toDouble();
    }
    h.history = json.value(QStringLiteral("history")).toArray();
    if (h.history.size() != h.epoch)
        return fail(error, Tr::tr("the history does not hold one entry per epoch"));
    for (const QJsonValue &e : h.history) {
        if (!e.isObject())
            return fail(error, Tr::tr("the history does not hold one entry per epoch"));
    }
    const QJsonObject steps = json.value(QStringLiteral("optimizer_steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const double step = it.value().toDouble(-1);
        if (!it.value().isDouble() || step != std::floor(step) || step < 1 || step > kMaxStep)
            return fail(error, Tr::tr("the optimizer step counts are invalid"));
        h.optimizerSteps[it.key().toStdString()] = qint64(step);
    }
    h.appVersion = json.value(QStringLiteral("app_version")).toString();
    h.createdAt = json.value(QStringLiteral("created_at")).toString();
    return h;
}

QByteArray serializeCheckpoint(const CheckpointFile &checkpoint)
{
    std::vector<NamedTensor> tensors;
    tensors.reserve(checkpoint.weights.size() + checkpoint.bestWeights.size()
                    + checkpoint.optimizerState.size());
    for (const NamedTensor &t : checkpoint.weights)
        tensors.push_back(renamed(t, kModelPrefix + t.name));
    for (const NamedTensor &t : checkpoint.bestWeights)
        tensors.push_back(renamed(t, kBestPrefix + t.name));
    for (const NamedTensor &t : checkpoint.optimizerState)
        tensors.push_back(renamed(t, kOptimizerPrefix + t.name));
    return serializeTensorFile(kCheckpointFileFormat, checkpoint.header.toJson(), tensors);
}

std::optional<CheckpointHeader> parseCheckpointHeader(const QByteArray &bytes, QString *error)
{
    const std::optional<QJsonObject> json
        = parseTensorFileHeader(kCheckpointFileFormat, bytes, error);
    if (!json)
        return std::nullopt;
    return CheckpointHeader::fromJson(*json, error);
}

std::optional<CheckpointFile> parseCheckpoint(const QByteArray &bytes, QString *error)
{
    std::optional<TensorFile> file = parseTensorFile(kCheckpointFileFormat, bytes, error);
    if (!file)
        return std::nullopt;
    std::optional<CheckpointHeader> header = CheckpointHeader::fromJson(file->header, error);
    if (!header)
        return std::nullopt;
    CheckpointFile checkpoint;
    checkpoint.header = std::move(*header);
    for (NamedTensor &t : file->tensors) {
        std::vector<NamedTensor> *list = nullptr;
        std::string prefix;
        for (const auto &[p, l] : {std::pair{&kModelPrefix, &checkpoint.weights},
                                   std::pair{&kBestPrefix, &checkpoint.bestWeights},
                                   std::pair{&kOptimizerPrefix, &checkpoint.optimizerState}}) {
            if (startsWith(t.name, *p)) {
                list = l;
                prefix = *p;
            }
        }
        if (!list)
            return fail(error,
                        Tr::tr("unknown tensor \"%1\"").arg(QString::fromStdString(t.name)));
        t.name.erase(0, prefix.size());
        list->push_back(std::move(t));
    }
    return checkpoint;
}

bool writeCheckpointFile(const QString &path,
                         const CheckpointFile &checkpoint,
                         QByteArray *sha256,
                         QString *error)
{
    const QByteArray bytes = serializeCheckpoint(checkpoint);
    QString reason;
    if (!saveFileAtomically(path, bytes, &reason)) {
        if (error)
            *error = Tr::tr("%1: cannot write the checkpoint: %2").arg(path, reason);
        return false;
    }
    if (sha256)
        *sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return true;
}

QString checkpointRefusal(const QString &path, const QString &reason)
{
    return Tr::tr("%1: checkpoint refused: %2").arg(path, reason);
}

namespace {

// The file's bytes once its hash matches the record (when there is one).
std::optional<QByteArray> readRecorded(const QString &path,
                                       const std::optional<QByteArray> &recordedSha256,
                                       QString *error)
{
    if (recordedSha256 && recordedSha256->isEmpty()) // not even read
        return fail(error, checkpointRefusal(path, Tr::tr("not recorded by this project")));
    QString reason;
    std::optional<QByteArray> bytes = readTensorFileBytes(kCheckpointFileFormat, path, &reason);
    if (!bytes)
        return fail(error, checkpointRefusal(path, Tr::tr("unreadable: %1").arg(reason)));
    if (recordedSha256
        && QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256) != *recordedSha256)
        return fail(error,
                    checkpointRefusal(path, Tr::tr("its hash differs from the one recorded")));
    return bytes;
}

// Parses the file's bytes once its hash matches the record (when there is one).
template<class T>
std::optional<T> readChecked(const QString &path,
                             const std::optional<QByteArray> &recordedSha256,
                             std::optional<T> (*parse)(const QByteArray &, QString *),
                             QString *error)
{
    const std::optional<QByteArray> bytes = readRecorded(path, recordedSha256, error);
    if (!bytes)
        return std::nullopt;
    QString reason;
    std::optional<T> parsed = parse(*bytes, &reason);
    if (!parsed)
        return fail(error, checkpointRefusal(path, Tr::tr("damaged: %1").arg(reason)));
    return parsed;
}

} // namespace

std::optional<CheckpointFile> readCheckpointFile(const QString &path,
                                                 const std::optional<QByteArray> &recordedSha256,
                                                 QString *error)
{
    return readChecked<CheckpointFile>(path, recordedSha256, parseCheckpoint, error);
}

std::optional<CheckpointHeader> readCheckpointHeader(const QString &path,
                                                     const QByteArray &recordedSha256,
                                                     QString *error)
{
    return readChecked<CheckpointHeader>(path, recordedSha256, parseCheckpointHeader, error);
}

bool sameTensorLayout(const std::vector<NamedTensor> &tensors,
                      const std::vector<NamedTensor> &reference,
                      QString *reason)
{
    const auto differ = [&](const QString &message) {
        if (reason)
            *reason = message;
        return false;
    };
    if (tensors.size() != reference.size())
        return differ(Tr::tr("%1 tensors where the network has %2")
                          .arg(tensors.size())
                          .arg(reference.size()));
    std::map<std::string, const NamedTensor *> byName;
    for (const NamedTensor &r : reference)
        byName[r.name] = &r;
    std::set<std::string> seen;
    for (const NamedTensor &t : tensors) {
        const QString name = QString::fromStdString(t.name);
        const auto it = byName.find(t.name);
        if (it == byName.end())
            return differ(Tr::tr("the network has no tensor \"%1\"").arg(name));
        if (!seen.insert(t.name).second)
            return differ(Tr::tr("tensor \"%1\" appears twice").arg(name));
        qint64 elements = 1;
        for (std::int64_t d : t.shape)
            elements *= d;
        if (t.shape != it->second->shape || qint64(t.values.size()) != elements)
            return differ(Tr::tr("tensor \"%1\" has another shape than the network's").arg(name));
    }
    return true;
}

} // namespace wbc
