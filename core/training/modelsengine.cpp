#include "training/models.h"

// The functions of models.h that ask the training engine (core/engine/).

#include "engine/model.h"
#include "training/imagepipeline.h"

#include <QCoreApplication>
#include <QThread>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Networks)
};

} // namespace

engine::Arch engineArch(ModelArch arch)
{
    return arch == ModelArch::LeNet ? engine::Arch::LeNet : engine::Arch::WbcNet;
}

engine::DeviceKind engineDevice(QStringView resolvedName)
{
    return resolvedName == u"cuda" ? engine::DeviceKind::Cuda : engine::DeviceKind::Cpu;
}

qint64 modelParameterCount(ModelArch arch, int classCount)
{
    return engine::Model(engineArch(arch), classCount, engine::DeviceKind::Cpu).parameterCount();
}

QList<qint64> modelOutputShape(ModelArch arch, int classCount, int batch)
{
    engine::Model model(engineArch(arch), classCount, engine::DeviceKind::Cpu);
    const std::vector<std::int64_t> shape = model.outputShape(batch);
    return QList<qint64>(shape.begin(), shape.end());
}

ModelFile untrainedModel(ModelArch arch, Task task, quint64 seed)
{
    const engine::Model net(engineArch(arch), taskClassCount(task), engine::DeviceKind::Cpu, seed);
    ModelFile model;
    model.header.arch = modelArchName(arch);
    model.header.task = task;
    model.header.classNames = taskClassNames(task);
    model.header.inputWidth = kInputWidth;
    model.header.inputHeight = kInputHeight;
    model.header.appVersion = QStringLiteral(WBC_VERSION);
    model.weights = net.weights();
    return model;
}

std::optional<QString> resolveComputeDevice(QStringView requested, QString *error)
{
    const engine::DeviceChoice choice = engine::resolveDevice(requested.toString().toStdString());
    switch (choice.problem) {
    case engine::DeviceChoice::Problem::None:
        return QString::fromLatin1(engine::deviceName(choice.kind));
    case engine::DeviceChoice::Problem::CudaUnavailable:
        if (error)
            *error = Tr::tr("CUDA is not available (this LibTorch is built for the CPU or no GPU "
                            "was found)");
        break;
    case engine::DeviceChoice::Problem::Unknown:
        if (error)
            *error = Tr::tr("unknown device \"%1\" (auto, cpu or cuda)")
                         .arg(requested.trimmed().toString());
        break;
    }
    return std::nullopt;
}

QString computeDeviceDescription(QStringView resolvedName)
{
    if (resolvedName != u"cuda")
        return Tr::tr("CPU, %n thread(s)", nullptr, computeThreads());
    const std::optional<engine::GpuInfo> gpu = engine::gpuInfo();
    if (!gpu)
        return Tr::tr("CUDA GPU");
    return Tr::tr("%1 (%2 GiB)")
        .arg(QString::fromStdString(gpu->name))
        .arg(double(gpu->memoryBytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
}

void configureComputeThreads(int threads)
{
    engine::setThreads(threads > 0 ? threads : QThread::idealThreadCount());
}

int computeThreads()
{
    return engine::threads();
}

} // namespace wbc
