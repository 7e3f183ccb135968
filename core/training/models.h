#pragma once

#include "engine/device.h"
#include "engine/model.h"
#include "training/modelfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wbc {

// The classifier architectures, as named on the command line and in model files. This header is
// the app's face of the networks (the training engine, core/engine/, holds the LibTorch modules
// behind a plain C++ interface).
//  lenet:  the reference recipe's LeNet (3 conv + 2 dense, 987,298 parameters for 2 classes).
//  wbcnet: our small residual batch-norm CNN with global average pooling (default).
enum class ModelArch { LeNet, WbcNet };

QString modelArchName(ModelArch arch);
std::optional<ModelArch> parseModelArch(QStringView text);
QStringList modelArchNames();

// Trainable parameters of a freshly built network.
qint64 modelParameterCount(ModelArch arch, int classCount);
// Output shape of a forward pass of `batch` zero images of the input size.
QList<qint64> modelOutputShape(ModelArch arch, int classCount, int batch);

// A freshly initialised network as a model file (header filled in, identity normalisation): for
// tests, benchmarks and the GUI's "new model" preview.
ModelFile untrainedModel(ModelArch arch, Task task, quint64 seed = 1);

// Resolves "auto" | "cpu" | "cuda" to "cpu" or "cuda"; nullopt and *error for an unknown name or
// CUDA requested where it is not available.
std::optional<QString> resolveComputeDevice(QStringView requested, QString *error = nullptr);
// LibTorch starts with one intra-op thread here: use the machine (0 = idealThreadCount()).
void configureComputeThreads(int threads = 0);
int computeThreads();
// What a resolved device is, in the user's words: "CPU, 2 threads", or the GPU's name and
// memory ("NVIDIA H200 (139.7 GiB)") for cuda.
QString computeDeviceDescription(QStringView resolvedName);

// The engine's names of an architecture and a resolved device ("cpu" or "cuda").
engine::Arch engineArch(ModelArch arch);
engine::DeviceKind engineDevice(QStringView resolvedName);

} // namespace wbc
