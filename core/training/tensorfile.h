#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wbc {

// One tensor as plain floats (row-major), so the files that hold them need no torch.
struct NamedTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

// The container that model files and training checkpoints share. Layout, little-endian: 8-byte
// magic, u32 format version, u32 header size, header JSON (UTF-8), u32 tensor count, per tensor
// (u16 name size, name, u8 rank, i64 sizes, f32 values), then the SHA-256 of everything before.
// Every size is checked against the format's limits and what is left of the file before anything
// is allocated; only numbers are read, no code is ever executed. Any thread.
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
