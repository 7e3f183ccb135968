#pragma once

#include "training/cellsamples.h"
#include "base/task.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wbc {

// One weight tensor as plain floats (row-major), so this file needs no torch.
struct NamedTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

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

// File layout, little-endian: magic "WBCMODEL", u32 format version, u32 header size, header JSON
// (UTF-8), u32 tensor count, per tensor (u16 name size, name, u8 rank, i64 sizes, f32 values),
// then the SHA-256 of everything before. Only numbers are read: no code is ever executed.
inline constexpr char kModelMagic[] = "WBCMODEL";
inline constexpr quint32 kModelFormatVersion = 1;
inline constexpr qint64 kMaxModelFileBytes = qint64(256) * 1024 * 1024;
inline constexpr quint32 kMaxModelHeaderBytes = 1024 * 1024;

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
