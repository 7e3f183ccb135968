#include "model.h"

#include "networks.h"
#include "optimizerstate.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <set>
#include <stdexcept>

namespace wbc::engine {

const char *archName(Arch arch)
{
    return arch == Arch::LeNet ? "lenet" : "wbcnet";
}

std::optional<Arch> parseArch(std::string_view name)
{
    if (name == "lenet")
        return Arch::LeNet;
    if (name == "wbcnet")
        return Arch::WbcNet;
    return std::nullopt;
}

int convertInputs(const std::uint8_t *rgb, int count)
{
    return int(imagesToInput(rgb, count, torch::kCPU).size(1));
}

struct Model::Private
{
    Arch arch = Arch::WbcNet;
    int classCount = 0;
    DeviceKind deviceKind = DeviceKind::Cpu;
    torch::Device device{torch::kCPU};
    std::shared_ptr<ClassifierNet> net;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    OptimizerKind optimizerKind = OptimizerKind::AdamW;
    bool mixedPrecision = false;
    // On-device sums since the last stepStats(): no step reads anything back.
    torch::Tensor lossSum, correct, lastLoss;
    std::int64_t images = 0;

    torch::Tensor forward(const torch::Tensor &input)
    {
        if (mixedPrecision && device.is_cuda()) {
            // bf16 autocast on CUDA (LibTorch's C++ autocast switches, as torch.autocast does).
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
            at::autocast::set_autocast_enabled(at::kCUDA, true);
            at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
#else
            at::autocast::set_enabled(true);
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
#endif
            torch::Tensor logits = net->forward(input).to(torch::kFloat);
            at::autocast::clear_cache();
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
            at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
            at::autocast::set_enabled(false);
#endif
            return logits;
        }
        return net->forward(input);
    }
};

Model::Model(Arch arch, int classCount, DeviceKind device, std::uint64_t seed)
    : d(std::make_unique<Private>())
{
    if (classCount < 1)
        throw std::invalid_argument("a classifier needs at least one class");
    if (device == DeviceKind::Cuda && !cudaAvailable())
        throw std::runtime_error("CUDA is not available");
    d->arch = arch;
    d->classCount = classCount;
    d->deviceKind = device;
    d->device = torchDevice(device);
    torch::manual_seed(seed); // the initial weights are drawn on the CPU, the same on any device
    d->net = createNetwork(arch, classCount);
    prepareNetwork(*d->net, d->device);
    d->net->eval();
}

Model::~Model() = default;

Arch Model::arch() const
{
    return d->arch;
}

int Model::classCount() const
{
    return d->classCount;
}

DeviceKind Model::device() const
{
    return d->deviceKind;
}

void Model::setNormalization(const std::array<float, 3> &mean, const std::array<float, 3> &std)
{
    d->net->setNormalization(mean, std);
}

std::vector<NamedTensor> Model::weights() const
{
    return exportWeights(*d->net);
}

bool Model::setWeights(const std::vector<NamedTensor> &weights, std::string *error)
{
    return importWeights(*d->net, weights, error);
}

std::vector<std::pair<std::string, std::vector<std::int64_t>>> Model::parameterShapes() const
{
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> out;
    for (const auto &p : d->net->named_parameters())
        out.emplace_back(p.key(), p.value().sizes().vec());
    return out;
}

std::int64_t Model::parameterCount() const
{
    std::int64_t n = 0;
    for (const torch::Tensor &p : d->net->parameters())
        n += p.numel();
    return n;
}

std::vector<float> Model::probabilities(const std::uint8_t *rgb, int count, bool flips)
{
    std::vector<float> out;
    out.reserve(std::size_t(count) * std::size_t(d->classCount));
    const bool training = d->net->is_training();
    d->net->eval();
    torch::NoGradGuard noGrad;
    constexpr int kBatch = 64;
    for (int begin = 0; begin < count; begin += kBatch) {
        const int n = std::min(kBatch, count - begin);
        const torch::Tensor input = imagesToInput(rgb + std::size_t(begin) * kInputBytes, n,
                                                  d->device);
        torch::Tensor probs = classProbabilities(*d->net, input, flips);
        probs = probs.to(torch::kCPU, torch::kFloat).contiguous(); // the one read back
        out.insert(out.end(), probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
    }
    d->net->train(training);
    return out;
}

std::vector<std::int64_t> Model::outputShape(int count)
{
    const bool training = d->net->is_training();
    d->net->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor y = d->net->forward(
        torch::zeros({count, 3, kInputHeight, kInputWidth}, torch::TensorOptions(d->device)));
    d->net->train(training);
    return y.sizes().vec();
}

GradCam Model::gradCam(const std::uint8_t *rgb, int classIndex)
{
    GradCam out;
    out.geometry = d->net->featureGeometry();
    const bool training = d->net->is_training();
    d->net->eval();
    torch::Tensor features;
    {
        torch::NoGradGuard noGrad;
        features = d->net->features(imagesToInput(rgb, 1, d->device));
    }
    // Gradients only with respect to the activation: the weights are left alone.
    torch::AutoGradMode grad(true);
    features = features.detach().requires_grad_(true);
    const torch::Tensor logits = d->net->classify(features);
    const int classes = int(logits.size(1));
    const int c = classIndex < 0 ? int(logits.argmax(1).item<std::int64_t>()) : classIndex;
    d->net->train(training);
    if (c >= classes)
        return out;
    const torch::Tensor g = torch::autograd::grad({logits[0][c]}, {features})[0];
    // Grad-CAM: channel weights are the spatially averaged gradients; the map is the ReLU of the
    // weighted sum of the channels.
    const torch::Tensor cam = torch::relu((g.mean({2, 3}, true) * features).sum(1))
                                  .squeeze(0)
                                  .detach()
                                  .to(torch::kCPU, torch::kFloat)
                                  .contiguous();
    out.rows = int(cam.size(0));
    out.cols = int(cam.size(1));
    out.values.assign(cam.data_ptr<float>(), cam.data_ptr<float>() + cam.numel());
    out.classIndex = c;
    return out;
}

void Model::startTraining(const OptimizerOptions &o)
{
    d->optimizerKind = o.kind;
    d->optimizer = makeOptimizer(o, d->net->parameters());
    const auto zero = torch::TensorOptions(d->device).dtype(torch::kFloat);
    d->lossSum = torch::zeros({}, zero);
    d->correct = torch::zeros({}, zero.dtype(torch::kInt64));
    d->lastLoss = torch::zeros({}, zero);
    d->images = 0;
    d->net->train();
}

void Model::setMixedPrecision(bool on)
{
    d->mixedPrecision = on;
}

void Model::trainStep(const std::uint8_t *rgb,
                      const std::int64_t *labels,
                      int count,
                      double lr,
                      double labelSmoothing)
{
    if (!d->optimizer)
        throw std::logic_error("trainStep() before startTraining()");
    for (auto &group : d->optimizer->param_groups())
        group.options().set_lr(lr);
    const torch::Tensor input = imagesToInput(rgb, count, d->device);
    const torch::Tensor target = labelsToDevice(labels, count, d->device);
    d->net->train();
    d->optimizer->zero_grad();
    const torch::Tensor logits = d->forward(input);
    const torch::Tensor loss = torch::nn::functional::cross_entropy(
        logits,
        target,
        torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(labelSmoothing));
    loss.backward();
    d->optimizer->step();
    torch::NoGradGuard noGrad;
    d->lastLoss = loss.detach();
    d->lossSum += d->lastLoss * count;
    d->correct += (logits.argmax(1) == target).sum();
    d->images += count;
}

StepStats Model::stepStats()
{
    StepStats s;
    s.images = d->images;
    if (d->lossSum.defined()) {
        s.lastLoss = d->lastLoss.item<double>();
        s.lossSum = d->lossSum.item<double>();
        s.correct = d->correct.item<std::int64_t>();
    }
    if (d->lossSum.defined()) {
        d->lossSum.zero_();
        d->correct.zero_();
    }
    d->images = 0;
    return s;
}

OptimizerState Model::optimizerState() const
{
    if (!d->optimizer)
        return {};
    return exportOptimizerState(*d->optimizer, d->optimizerKind, namedParameters(*d->net));
}

bool Model::setOptimizerState(const OptimizerState &state, std::string *error)
{
    if (!d->optimizer) {
        if (error)
            *error = "no optimizer: startTraining() first";
        return false;
    }
    return importOptimizerState(*d->optimizer, d->optimizerKind, namedParameters(*d->net), state,
                                error);
}

std::vector<std::string> Model::misplacedTensors() const
{
    std::vector<std::string> out = misplacedOptimizerTensors(
        d->optimizer.get(), namedParameters(*d->net), d->device);
    for (const auto &b : d->net->named_buffers()) {
        const torch::Tensor &t = b.value();
        if (t.device() != d->device)
            out.push_back(b.key() + " (" + t.device().str() + ")");
    }
    for (const torch::Tensor *t : {&d->lossSum, &d->correct, &d->lastLoss}) {
        if (t->defined() && t->device() != d->device)
            out.push_back("step statistics (" + t->device().str() + ")");
    }
    return out;
}

} // namespace wbc::engine
