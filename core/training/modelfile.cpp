#include "training/modelfile.h"

#include "training/imagepipeline.h"
#include "training/models.h"
#include "base/savefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelFile)
};

constexpr int kHashSize = 32;
constexpr int kMagicSize = 8;
constexpr quint32 kMaxTensors = 1024;
constexpr int kMaxRank = 8;

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

// Reads the fixed prefix; on success *pos is after the header JSON.
std::optional<ModelHeader> readHeader(const QByteArray &bytes, qsizetype *pos, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.size() < kMagicSize || std::memcmp(bytes.constData(), kModelMagic, kMagicSize) != 0)
        return fail(Tr::tr("not a WBC Studio model file"));
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(kMagicSize);
    quint32 version = 0;
    quint32 headerSize = 0;
    in >> version >> headerSize;
    if (in.status() != QDataStream::Ok)
        return fail(Tr::tr("the file is truncated"));
    if (version != kModelFormatVersion)
        return fail(Tr::tr("model format version %1 is not supported (this version reads %2)")
                        .arg(version)
                        .arg(kModelFormatVersion));
    if (headerSize > kMaxModelHeaderBytes)
        return fail(
            Tr::tr("the header is larger than the limit of %1 bytes").arg(kMaxModelHeaderBytes));
    const qsizetype start = kMagicSize + 8;
    if (bytes.size() - start < qsizetype(headerSize))
        return fail(Tr::tr("the file is truncated"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start, headerSize), &parseError);
    if (!doc.isObject())
        return fail(Tr::tr("the header is not valid JSON"));
    *pos = start + headerSize;
    return ModelHeader::fromJson(doc.object(), error);
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
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out.writeRawData(kModelMagic, kMagicSize);
    const QByteArray header = QJsonDocument(model.header.toJson()).toJson(QJsonDocument::Compact);
    out << kModelFormatVersion << quint32(header.size());
    out.writeRawData(header.constData(), int(header.size()));
    out << quint32(model.weights.size());
    for (const NamedTensor &t : model.weights) {
        out << quint16(t.name.size());
        out.writeRawData(t.name.data(), int(t.name.size()));
        out << quint8(t.shape.size());
        for (std::int64_t d : t.shape)
            out << qint64(d);
        for (float v : t.values)
            out << v;
    }
    bytes.append(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    return bytes;
}

std::optional<ModelHeader> parseModelHeader(const QByteArray &bytes, QString *error)
{
    qsizetype pos = 0;
    return readHeader(bytes, &pos, error);
}

std::optional<ModelFile> parseModel(const QByteArray &bytes, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.size() > kMaxModelFileBytes)
        return fail(Tr::tr("the file is larger than the limit of %1 MiB")
                        .arg(kMaxModelFileBytes / (1024 * 1024)));
    ModelFile model;
    qsizetype pos = 0;
    std::optional<ModelHeader> header = readHeader(bytes, &pos, error);
    if (!header)
        return std::nullopt;
    model.header = *header;
    if (bytes.size() - pos < kHashSize)
        return fail(Tr::tr("the file is truncated"));
    const qsizetype end = bytes.size() - kHashSize;
    if (QCryptographicHash::hash(QByteArrayView(bytes.constData(), end),
                                 QCryptographicHash::Sha256)
        != bytes.sliced(end))
        return fail(Tr::tr("the file is corrupt or truncated (checksum mismatch)"));
    QDataStream in(bytes.sliced(pos, end - pos));
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 count = 0;
    in >> count;
    if (count > kMaxTensors)
        return fail(Tr::tr("too many weight tensors (%1)").arg(count));
    qint64 remaining = end - pos - 4;
    for (quint32 i = 0; i < count; ++i) {
        NamedTensor t;
        quint16 nameSize = 0;
        in >> nameSize;
        t.name.resize(nameSize);
        if (in.readRawData(t.name.data(), nameSize) != nameSize)
            return fail(Tr::tr("the file is truncated"));
        quint8 rank = 0;
        in >> rank;
        if (rank > kMaxRank)
            return fail(Tr::tr("weight tensor rank %1 is not supported").arg(rank));
        qint64 elements = 1;
        for (int d = 0; d < rank; ++d) {
            qint64 size = 0;
            in >> size;
            if (size < 0 || size > kMaxModelFileBytes || elements * size > kMaxModelFileBytes)
                return fail(Tr::tr("weight tensor sizes are invalid"));
            elements *= size;
            t.shape.push_back(size);
        }
        remaining -= 2 + nameSize + 1 + 8 * rank;
        if (in.status() != QDataStream::Ok || elements * 4 > remaining)
            return fail(Tr::tr("the file is truncated"));
        t.values.resize(size_t(elements));
        for (float &v : t.values)
            in >> v;
        remaining -= elements * 4;
        model.weights.push_back(std::move(t));
    }
    if (in.status() != QDataStream::Ok || remaining != 0)
        return fail(Tr::tr("the weights do not fill the file"));
    return model;
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot open the model: %1").arg(file.errorString()));
    if (file.size() > kMaxModelFileBytes)
        return fail(Tr::tr("the file is larger than the limit of %1 MiB")
                        .arg(kMaxModelFileBytes / (1024 * 1024)));
    QString message;
    std::optional<ModelFile> model = parseModel(file.readAll(), &message);
    if (!model)
        return fail(message);
    if (expectedTask && model->header.task != *expectedTask)
        return fail(Tr::tr("the model was trained for the %1 task, not %2")
                        .arg(taskName(model->header.task), taskName(*expectedTask)));
    return model;
}

} // namespace wbc
