#include "training/tensorfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>

#include <cstring>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS): that of
// model files, where the messages were first translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelFile)
};

constexpr int kMagicSize = 8;
constexpr int kMaxRank = 8;

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString notThisKind(const TensorFileFormat &format)
{
    return format.kind == TensorFileFormat::Kind::Model
               ? Tr::tr("not a WBC Studio model file")
               : Tr::tr("not a WBC Studio training checkpoint");
}

QString unsupportedVersion(const TensorFileFormat &format, quint32 version)
{
    return (format.kind == TensorFileFormat::Kind::Model
                ? Tr::tr("model format version %1 is not supported (this version reads %2)")
                : Tr::tr("checkpoint format version %1 is not supported (this version reads %2)"))
        .arg(version)
        .arg(format.version);
}

// Reads the fixed prefix; on success *pos is after the header JSON.
std::optional<QJsonObject> readHeader(const TensorFileFormat &format,
                                      const QByteArray &bytes,
                                      qsizetype *pos,
                                      QString *error)
{
    if (bytes.size() < kMagicSize || std::memcmp(bytes.constData(), format.magic, kMagicSize) != 0)
        return fail(error, notThisKind(format));
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(kMagicSize);
    quint32 version = 0;
    quint32 headerSize = 0;
    in >> version >> headerSize;
    if (in.status() != QDataStream::Ok)
        return fail(error, Tr::tr("the file is truncated"));
    if (version != format.version)
        return fail(error, unsupportedVersion(format, version));
    if (headerSize > format.maxHeaderBytes)
        return fail(error,
                    Tr::tr("the header is larger than the limit of %1 bytes")
                        .arg(format.maxHeaderBytes));
    const qsizetype start = kMagicSize + 8;
    if (bytes.size() - start < qsizetype(headerSize))
        return fail(error, Tr::tr("the file is truncated"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start, headerSize), &parseError);
    if (!doc.isObject())
        return fail(error, Tr::tr("the header is not valid JSON"));
    *pos = start + headerSize;
    return doc.object();
}

} // namespace

QByteArray serializeTensorFile(const TensorFileFormat &format,
                               const QJsonObject &header,
                               const std::vector<NamedTensor> &tensors)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out.writeRawData(format.magic, kMagicSize);
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    out << format.version << quint32(json.size());
    out.writeRawData(json.constData(), int(json.size()));
    out << quint32(tensors.size());
    for (const NamedTensor &t : tensors) {
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

std::optional<QJsonObject> parseTensorFileHeader(const TensorFileFormat &format,
                                                 const QByteArray &bytes,
                                                 QString *error)
{
    qsizetype pos = 0;
    return readHeader(format, bytes, &pos, error);
}

std::optional<TensorFile> parseTensorFile(const TensorFileFormat &format,
                                          const QByteArray &bytes,
                                          QString *error)
{
    if (bytes.size() > format.maxBytes)
        return fail(error,
                    Tr::tr("the file is larger than the limit of %1 MiB")
                        .arg(format.maxBytes / (1024 * 1024)));
    TensorFile file;
    qsizetype pos = 0;
    std::optional<QJsonObject> header = readHeader(format, bytes, &pos, error);
    if (!header)
        return std::nullopt;
    file.header = *header;
    if (bytes.size() - pos < kTensorFileHashSize)
        return fail(error, Tr::tr("the file is truncated"));
    const qsizetype end = bytes.size() - kTensorFileHashSize;
    if (QCryptographicHash::hash(QByteArrayView(bytes.constData(), end),
                                 QCryptographicHash::Sha256)
        != bytes.sliced(end))
        return fail(error, Tr::tr("the file is corrupt or truncated (checksum mismatch)"));
    QDataStream in(bytes.sliced(pos, end - pos));
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 count = 0;
    in >> count;
    if (count > format.maxTensors)
        return fail(error, Tr::tr("too many weight tensors (%1)").arg(count));
    qint64 remaining = end - pos - 4;
    for (quint32 i = 0; i < count; ++i) {
        NamedTensor t;
        quint16 nameSize = 0;
        in >> nameSize;
        if (nameSize > remaining)
            return fail(error, Tr::tr("the file is truncated"));
        t.name.resize(nameSize);
        if (in.readRawData(t.name.data(), nameSize) != nameSize)
            return fail(error, Tr::tr("the file is truncated"));
        quint8 rank = 0;
        in >> rank;
        if (rank > kMaxRank)
            return fail(error, Tr::tr("weight tensor rank %1 is not supported").arg(rank));
        qint64 elements = 1;
        for (int d = 0; d < rank; ++d) {
            qint64 size = 0;
            in >> size;
            if (size < 0 || size > format.maxBytes || elements * size > format.maxBytes)
                return fail(error, Tr::tr("weight tensor sizes are invalid"));
            elements *= size;
            t.shape.push_back(size);
        }
        remaining -= 2 + nameSize + 1 + 8 * rank;
        if (in.status() != QDataStream::Ok || elements * 4 > remaining)
            return fail(error, Tr::tr("the file is truncated"));
        t.values.resize(size_t(elements));
        for (float &v : t.values)
            in >> v;
        remaining -= elements * 4;
        file.tensors.push_back(std::move(t));
    }
    if (in.status() != QDataStream::Ok || remaining != 0)
        return fail(error, Tr::tr("the weights do not fill the file"));
    return file;
}

std::optional<QByteArray> readTensorFileBytes(const TensorFileFormat &format,
                                              const QString &path,
                                              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Tr::tr("cannot open the file: %1").arg(file.errorString()));
    if (file.size() > format.maxBytes)
        return fail(error,
                    Tr::tr("the file is larger than the limit of %1 MiB")
                        .arg(format.maxBytes / (1024 * 1024)));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(error, Tr::tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes.size() > format.maxBytes) // it grew while it was read
        return fail(error,
                    Tr::tr("the file is larger than the limit of %1 MiB")
                        .arg(format.maxBytes / (1024 * 1024)));
    return bytes;
}

} // namespace wbc
