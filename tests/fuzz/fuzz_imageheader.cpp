// libFuzzer target: the header probe every image goes through before it is decoded (import,
// training, the viewer, thumbnails; an image file may come from anyone). Beyond "no crash, no
// sanitizer report" (the bytes are not NUL-terminated, so a read past them is caught): a header
// that probes ok has a known format and a positive size, the decoder's limit check agrees with
// the size it found, and probing is a pure function of the bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "base/imagefile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const wbc::ImageHeader h = wbc::probeImageHeader(bytes);
    if (h.ok() != h.error.isEmpty())
        std::abort();
    if (h.ok() && (h.format == wbc::ImageFormat::Unknown || h.width <= 0 || h.height <= 0))
        std::abort();
    const QString refused = wbc::imageHeaderError(h);
    const bool tooLarge = h.ok() && qint64(h.width) * h.height > wbc::kMaxImagePixels;
    if (refused.isEmpty() != (h.ok() && !tooLarge))
        std::abort();
    const wbc::ImageHeader again = wbc::probeImageHeader(QByteArray(bytes)); // a deep copy
    if (again.format != h.format || again.width != h.width || again.height != h.height
        || again.error != h.error)
        std::abort();
    return 0;
}
