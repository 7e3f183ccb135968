#include "models.h"

// Names only; the functions of models.h that build networks live in networks.cpp (LibTorch).

namespace wbc {

QString modelArchName(ModelArch arch)
{
    switch (arch) {
    case ModelArch::LeNet:
        return QStringLiteral("lenet");
    case ModelArch::WbcNet3:
        return QStringLiteral("wbcnet3");
    case ModelArch::WbcNet:
        break;
    }
    return QStringLiteral("wbcnet");
}

std::optional<ModelArch> parseModelArch(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"lenet", Qt::CaseInsensitive) == 0)
        return ModelArch::LeNet;
    for (ModelArch arch : {ModelArch::WbcNet, ModelArch::WbcNet3}) {
        if (t.compare(modelArchName(arch), Qt::CaseInsensitive) == 0)
            return arch;
    }
    return std::nullopt;
}

QStringList modelArchNames()
{
    return {QStringLiteral("lenet"), QStringLiteral("wbcnet"), QStringLiteral("wbcnet3")};
}

} // namespace wbc
