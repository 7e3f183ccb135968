#include "training/models.h"

// Names only: the functions of models.h that build networks or ask the engine are in
// modelsengine.cpp (the fuzzer of model files builds this file without the engine).

namespace wbc {

QString modelArchName(ModelArch arch)
{
    return arch == ModelArch::LeNet ? QStringLiteral("lenet") : QStringLiteral("wbcnet");
}

std::optional<ModelArch> parseModelArch(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"lenet", Qt::CaseInsensitive) == 0)
        return ModelArch::LeNet;
    if (t.compare(u"wbcnet", Qt::CaseInsensitive) == 0)
        return ModelArch::WbcNet;
    return std::nullopt;
}

QStringList modelArchNames()
{
    return {QStringLiteral("lenet"), QStringLiteral("wbcnet")};
}

} // namespace wbc
