// libFuzzer target: the model file parser (a model file may come from anyone). The bytes are
// parsed as a header, and, with their SHA-256 appended (so the checksum passes and the weights
// are parsed too), as a whole model. A model that parses has tensors whose sizes fit their shapes.
#include "training/modelfile.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<wbc::ModelHeader> header = wbc::parseModelHeader(bytes, &error);
    if (!header && error.isEmpty())
        std::abort();
    const QByteArray withHash = bytes
                                + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    error.clear();
    const std::optional<wbc::ModelFile> model = wbc::parseModel(withHash, &error);
    if (!model && error.isEmpty())
        std::abort();
    if (model) {
        if (!header)
            std::abort();
        for (const wbc::NamedTensor &t : model->weights) {
            std::size_t elements = 1;
            for (std::int64_t d : t.shape)
                elements *= std::size_t(d);
            if (elements != t.values.size())
                std::abort();
        }
    }
    return 0;
}
