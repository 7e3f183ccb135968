#pragma once

// LibTorch modules of the classifiers. Include only from .cpp files of core (every file that
// includes torch costs ~10 s and ~1 GB to compile); Qt and UI code use models.h.

#include "training/modelfile.h"
#include "training/models.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace wbc {

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

    // Where feature cell (i, j) is centred in the input: x = offset + stride * j (pixel centres
    // at integer coordinates), the same for y.
    struct FeatureGeometry
    {
        double stride = 1.0;
        double offset = 0.0;
    };
    virtual FeatureGeometry featureGeometry() const = 0;
    void setNormalization(const std::array<float, 3> &mean, const std::array<float, 3> &std);

protected:
    torch::Tensor normalize(const torch::Tensor &x) const;

private:
    torch::Tensor m_mean;
    torch::Tensor m_std;
};

std::shared_ptr<ClassifierNet> createNetwork(ModelArch arch, int classCount);

// Moves a network to a device and its 4-d weights to channels-last.
void prepareNetwork(ClassifierNet &net, const torch::Device &device);
torch::Device torchDevice(const QString &resolvedName);

// Parameters and buffers as plain arrays for model files, and back (names and shapes must match
// exactly; returns false and sets *error otherwise).
std::vector<NamedTensor> exportWeights(torch::nn::Module &net);
bool importWeights(torch::nn::Module &net, const std::vector<NamedTensor> &weights, QString *error);

// Class probabilities (N x classes) of a network in eval mode. With flips, the mean of the
// softmax over the input and its horizontal, vertical and double flip (a cell has no
// orientation, and training draws all four): test-time augmentation.
torch::Tensor classProbabilities(ClassifierNet &net, const torch::Tensor &input, bool flips);

// N x H x W x 3 8-bit RGB images -> N x 3 x H x W float in [0, 1], channels-last.
torch::Tensor imagesToInput(const torch::Tensor &nhwcU8, const torch::Device &device);

} // namespace wbc
