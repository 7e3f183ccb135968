#pragma once

#include "training/cellsamples.h"
#include "training/tensorfile.h"
#include "base/task.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace wbc {

// What a model file says about itself: everything prediction needs to prepare its input the way
// training did, and what the training was.
struct ModelHeader
{
    QString arch; // modelArchName()
    Task task = Task::Binary;
    QStringList classNames;
    int inputWidth = 0;
    int inputHeight = 0;
    std::array<float, 3> mean = {0.f, 0.f, 0.f}; // per RGB channel, of inputs in [0, 1]
    std::array<float, 3> std = {1.f, 1.f, 1.f};
    CellCropParams crop;
    QJsonObject trainingParams;
    QJsonObject metrics;
    QString appVersion;
    QString createdAt; // ISO 8601 UTC

    QJsonObject toJson() const;
    // Checks every field (known architecture, task, the task's class names, input size, finite
    // normalisation); nullopt and *error (without a file name) otherwise.
    static std::optional<ModelHeader> fromJson(const QJsonObject &json, QString *error);
};

struct ModelFile
{
    ModelHeader header;
    std::vector<NamedTensor> weights;
};

// File layout: the tensor container (tensorfile.h) with magic "WBCMODEL", the header JSON of
// ModelHeader and the network's weights. Only numbers are read: no code is ever executed.
inline constexpr char kModelMagic[] = "WBCMODEL";
inline constexpr quint32 kModelFormatVersion = 1;
inline constexpr qint64 kMaxModelFileBytes = qint64(256) * 1024 * 1024;
inline constexpr quint32 kMaxModelHeaderBytes = 1024 * 1024;
inline constexpr quint32 kMaxModelTensors = 1024;
inline constexpr TensorFileFormat kModelFileFormat{TensorFileFormat::Kind::Model,
                                                   kModelMagic,
                                                   kModelFormatVersion,
                                                   kMaxModelFileBytes,
                                                   kMaxModelHeaderBytes,
                                                   kMaxModelTensors};

QByteArray serializeModel(const ModelFile &model);
// Parses magic, version and header only (cheap; what a file dialog shows).
std::optional<ModelHeader> parseModelHeader(const QByteArray &bytes, QString *error);
std::optional<ModelFile> parseModel(const QByteArray &bytes, QString *error);

// Atomic write (QSaveFile). Errors name the file.
bool writeModelFile(const QString &path, const ModelFile &model, QString *error);
// Reads and checks a model file; with expectedTask, a model of another task is refused. Errors
// name the file and say what is wrong.
std::optional<ModelFile> readModelFile(const QString &path,
                                       QString *error,
                                       std::optional<Task> expectedTask = std::nullopt);

} // namespace wbc
