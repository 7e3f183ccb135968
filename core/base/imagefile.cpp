#include "base/imagefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <limits>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageFile)
};

quint32 be16(const QByteArray &b, qsizetype i)
{
    return (quint32(quint8(b[i])) << 8) | quint8(b[i + 1]);
}
quint32 be32(const QByteArray &b, qsizetype i)
{
    return (be16(b, i) << 16) | be16(b, i + 2);
}
quint32 le16(const QByteArray &b, qsizetype i)
{
    return (quint32(quint8(b[i + 1])) << 8) | quint8(b[i]);
}
quint32 le32(const QByteArray &b, qsizetype i)
{
    return (le16(b, i + 2) << 16) | le16(b, i);
}

ImageHeader truncated(ImageFormat f)
{
    ImageHeader h;
    h.format = f;
    h.error = Tr::tr("truncated image header");
    return h;
}

ImageHeader probeJpeg(const QByteArray &b)
{
    qsizetype i = 2;
    while (i + 9 < b.size()) {
        if (quint8(b[i]) != 0xFF)
            return truncated(ImageFormat::Jpeg);
        const quint8 marker = quint8(b[i + 1]);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                         && marker != 0xCC;
        if (sof) {
            ImageHeader h;
            h.format = ImageFormat::Jpeg;
            h.height = int(be16(b, i + 5));
            h.width = int(be16(b, i + 7));
            if (h.width == 0 || h.height == 0)
                h.error = Tr::tr("JPEG header gives an empty image");
            return h;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += 2;
            continue;
        }
        i += 2 + be16(b, i + 2);
    }
    return truncated(ImageFormat::Jpeg);
}

ImageHeader probeTiff(const QByteArray &b)
{
    const bool little = b[0] == 'I';
    auto u16 = [&](qsizetype i) { return little ? le16(b, i) : be16(b, i); };
    auto u32 = [&](qsizetype i) { return little ? le32(b, i) : be32(b, i); };
    ImageHeader h;
    h.format = ImageFormat::Tiff;
    const quint32 ifd = u32(4);
    if (qsizetype(ifd) + 2 > b.size())
        return truncated(ImageFormat::Tiff);
    const quint32 entries = u16(ifd);
    for (quint32 e = 0; e < entries; ++e) {
        const qsizetype at = ifd + 2 + qsizetype(e) * 12;
        if (at + 12 > b.size())
            break;
        const quint32 tag = u16(at), type = u16(at + 2);
        const quint32 value = type == 3 ? u16(at + 8) : u32(at + 8);
        if (tag == 256)
            h.width = int(value);
        else if (tag == 257)
            h.height = int(value);
    }
    if (h.width <= 0 || h.height <= 0)
        h.error = Tr::tr("TIFF header has no image size in its first directory");
    return h;
}

} // namespace

ImageHeader probeImageHeader(const QByteArray &b)
{
    ImageHeader h;
    if (b.size() >= 3 && quint8(b[0]) == 0xFF && quint8(b[1]) == 0xD8 && quint8(b[2]) == 0xFF)
        return probeJpeg(b);
    if (b.startsWith("\x89PNG\r\n\x1a\n")) {
        if (b.size() < 24)
            return truncated(ImageFormat::Png);
        h.format = ImageFormat::Png;
        h.width = int(be32(b, 16));
        h.height = int(be32(b, 20));
        if (h.width <= 0 || h.height <= 0)
            h.error = Tr::tr("PNG header gives an invalid size");
        return h;
    }
    if (b.startsWith("BM")) {
        if (b.size() < 26)
            return truncated(ImageFormat::Bmp);
        h.format = ImageFormat::Bmp;
        h.width = int(qint32(le32(b, 18)));
        // Negative: a top-down bitmap. INT_MIN has no positive int (found by fuzz_imageheader).
        const qint64 height = std::abs(qint64(qint32(le32(b, 22))));
        h.height = height > std::numeric_limits<int>::max() ? 0 : int(height);
        if (h.width <= 0 || h.height <= 0)
            h.error = Tr::tr("BMP header gives an invalid size");
        return h;
    }
    if (b.startsWith("II*\0") || b.startsWith(QByteArray("MM\0*", 4))) {
        if (b.size() < 8)
            return truncated(ImageFormat::Tiff);
        return probeTiff(b);
    }
    h.error = b.isEmpty() ? Tr::tr("file is empty") : Tr::tr("not a JPEG, PNG, BMP or TIFF image");
    return h;
}

ImageHeader probeImageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImageHeader h;
        h.error = Tr::tr("cannot open: %1").arg(file.errorString());
        return h;
    }
    // JPEG headers can sit behind large EXIF/ICC blocks; TIFF directories anywhere.
    QByteArray head = file.read(kImageHeadBytes);
    ImageHeader h = probeImageHeader(head);
    if (!h.ok() && h.format != ImageFormat::Unknown && file.size() > head.size()
        && file.size() <= 64 * 1024 * 1024) {
        head += file.readAll();
        h = probeImageHeader(head);
    }
    return h;
}

QString imageFileSizeError(qint64 bytes)
{
    if (bytes <= kMaxImageFileBytes)
        return {};
    static_assert(kMaxImageFileBytes == qint64(512) << 20, "the message names the limit");
    return Tr::tr("file is larger than 512 MiB");
}

QString imageHeaderError(const ImageHeader &h, qint64 maxPixels)
{
    if (!h.ok())
        return h.error;
    if (qint64(h.width) * h.height > maxPixels)
        return Tr::tr("image is %1x%2 pixels, more than the %3 megapixel limit")
            .arg(h.width)
            .arg(h.height)
            .arg(maxPixels / 1000000);
    return {};
}

DecodedImage decodeImageData(const QByteArray &data, qint64 maxPixels)
{
    DecodedImage out;
    const ImageHeader h = probeImageHeader(data);
    out.error = imageHeaderError(h, maxPixels);
    if (!out.ok())
        return out;
    const cv::Mat raw(1, int(data.size()), CV_8UC1, const_cast<char *>(data.constData()));
    cv::Mat img;
    try {
        // IMREAD_COLOR: 8-bit BGR whatever the source depth/channels, EXIF orientation applied.
        img = cv::imdecode(raw, cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        out.error = Tr::tr("cannot decode: %1").arg(QString::fromStdString(e.what()));
        return out;
    }
    if (img.empty() || img.type() != CV_8UC3) {
        out.error = Tr::tr("cannot decode image data (corrupt or truncated)");
        return out;
    }
    // Decoders fill a truncated JPEG with grey and only warn: check for the end marker.
    const bool truncated = h.format == ImageFormat::Jpeg
                               ? data.right(4096).lastIndexOf("\xFF\xD9") < 0
                               : h.format == ImageFormat::Png && data.right(64).lastIndexOf("IEND") < 0;
    if (truncated) {
        out.error = Tr::tr("image file is truncated");
        return out;
    }
    out.bgr = img;
    return out;
}

DecodedImage decodeImageFile(const QString &path, qint64 maxPixels)
{
    QFile file(path);
    DecodedImage out;
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = Tr::tr("cannot open: %1").arg(file.errorString());
        return out;
    }
    out.error = imageFileSizeError(file.size());
    if (!out.ok())
        return out;
    return decodeImageData(file.readAll(), maxPixels);
}

bool isImageFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"jpg" || suffix == u"jpeg" || suffix == u"png" || suffix == u"bmp"
           || suffix == u"tif" || suffix == u"tiff";
}

} // namespace wbc
