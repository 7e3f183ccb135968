#include "training/modelfile.h"

#include "training/imagepipeline.h"
#include "training/models.h"
#include "base/savefile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelFile)
};

QJsonArray toArray(const std::array<float, 3> &v)
{
    return {double(v[0]), double(v[1]), double(v[2])};
}

bool fromArray(const QJsonValue &value, std::array<float, 3> *v, bool positive)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (!a.at(i).isDouble())
            return false;
        const double x = a.at(i).toDouble();
        if (!std::isfinite(x) || (positive && x <= 0))
            return false;
        (*v)[size_t(i)] = float(x);
    }
    return true;
}

} // namespace

QJsonObject ModelHeader::toJson() const
{
    return {{QStringLiteral("arch"), arch},
            {QStringLiteral("task"), taskName(task)},
            {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
            {QStringLiteral("input"),
             QJsonObject{{QStringLiteral("width"), inputWidth},
                         {QStringLiteral("height"), inputHeight},
                         {QStringLiteral("channels"), QStringLiteral("RGB")},
                         {QStringLiteral("mean"), toArray(mean)},
                         {QStringLiteral("std"), toArray(std)},
                         {QStringLiteral("crop_margin"), crop.margin},
                         {QStringLiteral("crop_detector"), crop.useDetector}}},
            {QStringLiteral("training"), trainingParams},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("app_version"), appVersion},
            {QStringLiteral("created_at"), createdAt}};
}

std::optional<ModelHeader> ModelHeader::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ModelHeader h;
    h.arch = json.value(QStringLiteral("arch")).toString();
    if (!parseModelArch(h.arch))
        return fail(Tr::tr("unknown architecture \"%1\" (known: %2)")
                        .arg(h.arch, modelArchNames().join(QStringLiteral(", "))));
    const std::optional<Task> task = parseTask(json.value(QStringLiteral("task")).toString());
    if (!task)
        return fail(
            Tr::tr("unknown task \"%1\"").arg(json.value(QStringLiteral("task")).toString()));
    h.task = *task;
    for (const QJsonValue &v : json.value(QStringLiteral("classes")).toArray())
        h.classNames.append(v.toString());
    if (h.classNames != taskClassNames(h.task))
        return fail(Tr::tr("the class names do not match the %1 task").arg(taskName(h.task)));
    const QJsonObject input = json.value(QStringLiteral("input")).toObject();
    h.inputWidth = input.value(QStringLiteral("width")).toInt();
    h.inputHeight = input.value(QStringLiteral("height")).toInt();
    if (h.inputWidth != kInputWidth || h.inputHeight != kInputHeight)
        return fail(Tr::tr("input size %1x%2 is not supported (%3x%4)")
                        .arg(h.inputWidth)
                        .arg(h.inputHeight)
                        .arg(kInputWidth)
                        .arg(kInputHeight));
    if (!fromArray(input.value(QStringLiteral("mean")), &h.mean, false)
        || !fromArray(input.value(QStringLiteral("std")), &h.std, true))
        return fail(Tr::tr("the input normalisation is invalid"));
    h.crop.margin = input.value(QStringLiteral("crop_margin")).toDouble(-1);
    if (!(h.crop.margin >= 0 && h.crop.margin <= 2))
        return fail(Tr::tr("the crop margin is invalid"));
    h.crop.useDetector = input.value(QStringLiteral("crop_detector")).toBool(true);
    h.trainingParams = json.value(QStringLiteral("training")).toObject();
    h.metrics = json.value(QStringLiteral("metrics")).toObject();
    h.appVersion = json.value(QStringLiteral("app_version")).toString();
    h.createdAt = json.value(QStringLiteral("created_at")).toString();
    return h;
}

QByteArray serializeModel(const ModelFile &model)
{
    return serializeTensorFile(kModelFileFormat, model.header.toJson(), model.weights);
}

std::optional<ModelHeader> parseModelHeader(const QByteArray &bytes, QString *error)
{
    const std::optional<QJsonObject> json = parseTensorFileHeader(kModelFileFormat, bytes, error);
    if (!json)
        return std::nullopt;
    return ModelHeader::fromJson(*json, error);
}

std::optional<ModelFile> parseModel(const QByteArray &bytes, QString *error)
{
    std::optional<TensorFile> file = parseTensorFile(kModelFileFormat, bytes, error);
    if (!file)
        return std::nullopt;
    std::optional<ModelHeader> header = ModelHeader::fromJson(file->header, error);
    if (!header)
        return std::nullopt;
    return ModelFile{std::move(*header), std::move(file->tensors)};
}

bool writeModelFile(const QString &path, const ModelFile &model, QString *error)
{
    QString reason;
    if (!saveFileAtomically(path, serializeModel(model), &reason)) {
        if (error)
            *error = Tr::tr("%1: cannot write the model: %2").arg(path, reason);
        return false;
    }
    return true;
}

std::optional<ModelFile> readModelFile(const QString &path,
                                       QString *error,
                                       std::optional<Task> expectedTask)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, message);
        return std::nullopt;
    };
    QString message;
    const std::optional<QByteArray> bytes = readTensorFileBytes(kModelFileFormat, path, &message);
    if (!bytes)
        return fail(message);
    std::optional<ModelFile> model = parseModel(*bytes, &message);
    if (!model)
        return fail(message);
    if (expectedTask && model->header.task != *expectedTask)
        return fail(Tr::tr("the model was trained for the %1 task, not %2")
                        .arg(taskName(model->header.task), taskName(*expectedTask)));
    return model;
}

} // namespace wbc
