// libFuzzer target: VocReader::parse on arbitrary bytes (annotation XML comes from the user).
// Beyond "no crash, no sanitizer report": a document that parses has only non-empty boxes, inside
// the image when its size is known, and a refused one has a problem that says why.
#include "dataset/vocreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const wbc::VocAnnotation ann = wbc::VocReader::parse(bytes, QStringLiteral("fuzz.xml"));
    if (!ann.ok && (ann.problems.isEmpty() || !ann.objects.isEmpty()))
        std::abort();
    for (const wbc::VocObject &o : ann.objects) {
        if (o.box.width() < 1 || o.box.height() < 1 || o.box.x() < 0 || o.box.y() < 0)
            std::abort();
        if (ann.width > 0 && ann.height > 0
            && (o.box.right() >= ann.width || o.box.bottom() >= ann.height))
            std::abort();
    }
    return 0;
}
