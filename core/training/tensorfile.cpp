#include "training/tensorfile.h"

#include "engine/tensorcontainer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS): that of
// model files, where the messages were first translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelFile)
};

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

engine::ContainerFormat containerFormat(const TensorFileFormat &f)
{
    return {f.magic, f.version, f.maxBytes, f.maxHeaderBytes, f.maxTensors};
}

// The engine's reason, in the user's words.
QString message(const TensorFileFormat &format, const engine::ContainerProblem &p)
{
    using K = engine::ContainerProblem::Kind;
    switch (p.kind) {
    case K::NotThisKind:
        return notThisKind(format);
    case K::UnsupportedVersion:
        return unsupportedVersion(format, quint32(p.value));
    case K::HeaderTooLarge:
        return Tr::tr("the header is larger than the limit of %1 bytes").arg(p.value);
    case K::FileTooLarge:
        return Tr::tr("the file is larger than the limit of %1 MiB").arg(p.value / (1024 * 1024));
    case K::ChecksumMismatch:
        return Tr::tr("the file is corrupt or truncated (checksum mismatch)");
    case K::TooManyTensors:
        return Tr::tr("too many weight tensors (%1)").arg(p.value);
    case K::RankUnsupported:
        return Tr::tr("weight tensor rank %1 is not supported").arg(p.value);
    case K::InvalidSizes:
        return Tr::tr("weight tensor sizes are invalid");
    case K::TrailingBytes:
        return Tr::tr("the weights do not fill the file");
    case K::CannotOpen:
    case K::CannotRead:
    case K::CannotWrite:
    case K::Truncated:
    case K::None:
        break;
    }
    return Tr::tr("the file is truncated");
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

std::optional<QJsonObject> headerJson(const std::string &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), qsizetype(text.size())), &parseError);
    if (!doc.isObject())
        return fail(error, Tr::tr("the header is not valid JSON"));
    return doc.object();
}

} // namespace

QByteArray serializeTensorFile(const TensorFileFormat &format,
                               const QJsonObject &header,
                               const std::vector<NamedTensor> &tensors)
{
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const std::string bytes = engine::serializeContainer(containerFormat(format), view(json),
                                                         tensors);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

std::optional<QJsonObject> parseTensorFileHeader(const TensorFileFormat &format,
                                                 const QByteArray &bytes,
                                                 QString *error)
{
    std::string header;
    engine::ContainerProblem problem;
    if (!engine::parseContainerHeader(containerFormat(format), view(bytes), &header, &problem))
        return fail(error, message(format, problem));
    return headerJson(header, error);
}

std::optional<TensorFile> parseTensorFile(const TensorFileFormat &format,
                                          const QByteArray &bytes,
                                          QString *error)
{
    if (bytes.size() > format.maxBytes)
        return fail(error, message(format, {engine::ContainerProblem::Kind::FileTooLarge,
                                            format.maxBytes, {}}));
    // The header first (a header that is not JSON is named as such, whatever follows it),
    // then the checksum and the tensors.
    std::optional<QJsonObject> json = parseTensorFileHeader(format, bytes, error);
    if (!json)
        return std::nullopt;
    TensorFile file;
    file.header = *json;
    engine::ContainerProblem problem;
    if (!engine::parseContainer(containerFormat(format), view(bytes), nullptr, &file.tensors,
                                &problem))
        return fail(error, message(format, problem));
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
