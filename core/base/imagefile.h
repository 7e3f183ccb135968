#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace wbc {

enum class ImageFormat { Unknown, Jpeg, Png, Bmp, Tiff };

// What a file's first bytes say about it, read without decoding any pixels.
struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    int width = 0;
    int height = 0;
    QString error; // empty when the header was understood

    bool ok() const { return error.isEmpty(); }
};

// Decoding is refused above this many pixels (a 60000x60000 PNG is a decompression bomb).
inline constexpr qint64 kMaxImagePixels = qint64(12000) * 12000;
// Files larger than this are refused before any of their bytes is read.
inline constexpr qint64 kMaxImageFileBytes = qint64(512) * 1024 * 1024;
// How much of a file probeImageFile reads first (JPEG headers can sit behind EXIF/ICC blocks).
inline constexpr qint64 kImageHeadBytes = 256 * 1024;

// Reads just enough of a JPEG/PNG/BMP/TIFF to know its format and size.
ImageHeader probeImageHeader(const QByteArray &head);
ImageHeader probeImageFile(const QString &path);

// The decoder's limits, for code that reads the bytes itself (import hashes them as it reads):
// why a file of this size, or an image with this header, is refused; empty when it is not.
// Every image the app opens (import, training, viewer, thumbnails) is held to these.
QString imageFileSizeError(qint64 bytes);
QString imageHeaderError(const ImageHeader &header, qint64 maxPixels = kMaxImagePixels);

struct DecodedImage
{
    cv::Mat bgr;   // 8-bit, 3 channels, BGR order, EXIF orientation applied
    QString error; // why decoding failed (without the file name)
    bool ok() const { return error.isEmpty(); }
};

// Decodes a whole file once: 8/16-bit, gray, alpha and CMYK inputs all come out as 8-bit BGR.
// Refuses files whose header is not understood or whose size exceeds maxPixels.
DecodedImage decodeImageFile(const QString &path, qint64 maxPixels = kMaxImagePixels);
DecodedImage decodeImageData(const QByteArray &data, qint64 maxPixels = kMaxImagePixels);

bool isImageFileName(const QString &fileName);

} // namespace wbc
