#pragma once

#include "engine/tensors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wbc {

// One tensor as plain floats (row-major), so the files that hold them need no torch.
using NamedTensor = engine::NamedTensor;

// The container that model files and training checkpoints share: the engine's
// (engine/tensorcontainer.h, which gives the layout and its bounds), with a JSON header and the
// app's translated messages. Any thread.
struct TensorFileFormat
{
    enum class Kind { Model, Checkpoint }; // which file the messages name
    Kind kind = Kind::Model;
    const char *magic = nullptr; // 8 bytes
    quint32 version = 1;
    qint64 maxBytes = 0;
    quint32 maxHeaderBytes = 0;
    quint32 maxTensors = 0;
};

struct TensorFile
{
    QJsonObject header;
    std::vector<NamedTensor> tensors;
};

inline constexpr int kTensorFileHashSize = 32;

QByteArray serializeTensorFile(const TensorFileFormat &format,
                               const QJsonObject &header,
                               const std::vector<NamedTensor> &tensors);
// Magic, version and header JSON only (cheap). Errors are without a file name.
std::optional<QJsonObject> parseTensorFileHeader(const TensorFileFormat &format,
                                                 const QByteArray &bytes,
                                                 QString *error);
// The whole file: header, checksum, then every tensor.
std::optional<TensorFile> parseTensorFile(const TensorFileFormat &format,
                                          const QByteArray &bytes,
                                          QString *error);
// Reads a whole file no larger than format.maxBytes (the size is checked before reading).
std::optional<QByteArray> readTensorFileBytes(const TensorFileFormat &format,
                                              const QString &path,
                                              QString *error);

} // namespace wbc
