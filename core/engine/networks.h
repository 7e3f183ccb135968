#pragma once

// LibTorch modules of the classifiers: internal to the engine (model.h is its face). Every file
// that includes torch costs ~10 s and ~1 GB to compile: only the engine's own .cpp files do.

#include "model.h"
#include "tensors.h"

#include <torch/torch.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace wbc::engine {

// Base of every classifier: takes N x 3 x kInputHeight x kInputWidth floats in [0, 1] (any
// memory format) and returns N x classCount logits. Normalisation by the training set's
// per-channel mean and std happens inside, from buffers saved with the weights.
class ClassifierNet : public torch::nn::Module
{
public:
    ClassifierNet();
    virtual ~ClassifierNet() = default;
    // Logits; equal to classify(features(x)), though a network may compute it faster.
    virtual torch::Tensor forward(torch::Tensor x) { return classify(features(x)); }
    // The two halves of forward(), split at the last convolution (for Grad-CAM): features()
    // normalises and returns the last convolution's activation (N x C x h x w, after its ReLU);
    // classify() maps it to logits.
    virtual torch::Tensor features(torch::Tensor x) = 0;
    virtual torch::Tensor classify(torch::Tensor features) = 0;
    virtual FeatureGeometry featureGeometry() const = 0;
    void setNormalization(const std::array<float, 3> &mean, const std::array<float, 3> &std);

protected:
    torch::Tensor normalize(const torch::Tensor &x) const;

private:
    torch::Tensor m_mean;
    torch::Tensor m_std;
};

// A freshly initialised network, on the CPU.
std::shared_ptr<ClassifierNet> createNetwork(Arch arch, int classCount);
// Moves a network to a device and its 4-d weights to channels-last. Call it before an optimizer
// is made of the parameters, never after (the optimizer keys its state by the tensors).
void prepareNetwork(ClassifierNet &net, const torch::Device &device);
torch::Device torchDevice(DeviceKind kind);

// Parameters and float buffers as plain arrays (on the host), and back: names and shapes must
// match exactly (false and *error otherwise; nothing is copied then).
std::vector<NamedTensor> exportWeights(torch::nn::Module &net);
bool importWeights(torch::nn::Module &net, const std::vector<NamedTensor> &weights,
                   std::string *error);
// A host tensor's values as a plain array.
NamedTensor plainTensor(const std::string &name, const torch::Tensor &t);

// Class probabilities (N x classes) of a network in eval mode. With flips, the mean of the
// softmax over the input and its horizontal, vertical and double flip (a cell has no
// orientation, and training draws all four): test-time augmentation.
torch::Tensor classProbabilities(ClassifierNet &net, const torch::Tensor &input, bool flips);

// N x H x W x 3 8-bit RGB host images -> N x 3 x H x W float in [0, 1] on the device,
// channels-last. The result never aliases the host memory (from_blob buffers may die after).
// On CUDA the bytes go through pinned memory with a non-blocking copy.
torch::Tensor imagesToInput(const std::uint8_t *nhwc, int count, const torch::Device &device);
torch::Tensor labelsToDevice(const std::int64_t *labels, int count, const torch::Device &device);

} // namespace wbc::engine
