#pragma once

// The training engine's face: a classifier network on a device, trained one step at a time,
// evaluated, explained (Grad-CAM), its weights and optimizer state as plain tensors. Plain C++:
// no Qt, no OpenCV and no torch types, so the app (core/training, core/review) and the
// standalone driver wbc-engine share it and only the engine's own files include torch.
//
// Device-correct by construction: every tensor the engine makes lives on the model's device;
// host bytes are copied (through pinned memory and non-blocking on CUDA) before a call returns;
// optimizer state is created on the parameters' device, also on resume; a step reads nothing
// back to the host (stepStats() does, when the caller asks). Not thread-safe: one thread uses a
// Model at a time.

#include "device.h"
#include "tensors.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wbc::engine {

// The input every network takes: RGB crops of this size.
inline constexpr int kInputWidth = 160;
inline constexpr int kInputHeight = 120;
inline constexpr std::size_t kInputBytes = std::size_t(kInputWidth) * kInputHeight * 3;

//  lenet:  the reference recipe's LeNet (3 conv + 2 dense, 987,298 parameters for 2 classes).
//  wbcnet: a small residual batch-norm CNN with global average pooling (the default).
enum class Arch { LeNet, WbcNet };
const char *archName(Arch arch); // "lenet", "wbcnet"
std::optional<Arch> parseArch(std::string_view name);

// Where feature cell (i, j) of the last convolution is centred in the input:
// x = offset + stride * j (pixel centres at integer coordinates), the same for y.
struct FeatureGeometry
{
    double stride = 1.0;
    double offset = 0.0;
};

enum class OptimizerKind { Adam, AdamW, Sgd };

struct OptimizerOptions
{
    OptimizerKind kind = OptimizerKind::AdamW;
    double lr = 2e-3;
    double weightDecay = 5e-4;
    double momentum = 0.9; // SGD only (Nesterov when > 0)
};

// The optimizer's state of each parameter as plain tensors "PARAMETER/FIELD" (exp_avg,
// exp_avg_sq, max_exp_avg_sq for Adam and AdamW; momentum_buffer for SGD) and, for Adam and
// AdamW, each parameter's step count.
struct OptimizerState
{
    std::vector<NamedTensor> tensors;
    std::map<std::string, std::int64_t> steps;
};

// What the steps since the last stepStats() did (read from the device: a synchronisation).
struct StepStats
{
    double lastLoss = 0.0; // mean loss of the last step's batch
    double lossSum = 0.0;  // sum over the images of every step since the last read
    std::int64_t correct = 0;
    std::int64_t images = 0;
};

// Grad-CAM of one crop: the map over the last convolution's cells (rows x cols, row-major,
// >= 0, not normalised) and where its cells sit in the input.
struct GradCam
{
    int rows = 0;
    int cols = 0;
    std::vector<float> values;
    FeatureGeometry geometry;
    int classIndex = -1; // the class explained
};

// The host side of a step's input on the CPU: count crops (kInputHeight x kInputWidth RGB)
// to the float, channels-last tensor a network takes; returns its channel count (benchmarks of
// the input pipeline time this stage).
int convertInputs(const std::uint8_t *rgb, int count);

class Model
{
public:
    // A freshly initialised network (seeded with seed) on device. Throws std::runtime_error
    // when the device cannot be used.
    Model(Arch arch, int classCount, DeviceKind device, std::uint64_t seed = 1);
    ~Model();
    Model(const Model &) = delete;
    Model &operator=(const Model &) = delete;

    Arch arch() const;
    int classCount() const;
    DeviceKind device() const;

    // Per-channel mean and std of inputs in [0, 1] (the training set's), saved with the weights.
    void setNormalization(const std::array<float, 3> &mean, const std::array<float, 3> &std);
    std::vector<NamedTensor> weights() const; // parameters and float buffers, on the host
    // Names, shapes and counts must be exactly weights()'s; false and *error otherwise, and
    // nothing is copied then.
    bool setWeights(const std::vector<NamedTensor> &weights, std::string *error);
    // (name, shape) of every trainable parameter, in order (what optimizer state must fit).
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> parameterShapes() const;
    std::int64_t parameterCount() const;

    // Class probabilities (count x classCount, row-major, on the host) of count crops
    // (count x kInputHeight x kInputWidth x 3 bytes, RGB), in eval mode; with flips, averaged
    // over the four flips (test-time augmentation). In batches of at most 64.
    std::vector<float> probabilities(const std::uint8_t *rgb, int count, bool flips);
    // Logits' shape of a forward pass of count zero images (eval mode).
    std::vector<std::int64_t> outputShape(int count);
    // Grad-CAM on the last convolution for classIndex (negative: the predicted class); an empty
    // map for a class index out of range.
    GradCam gradCam(const std::uint8_t *rgb, int classIndex);

    // Training: makes the optimizer over the parameters (on the model's device). Must come
    // before trainStep() and setOptimizerState().
    void startTraining(const OptimizerOptions &options);
    // bf16 autocast of forward passes on CUDA (ignored elsewhere): an option, off by default.
    void setMixedPrecision(bool on);
    // One optimizer step on count crops (as probabilities() takes) with their labels at
    // learning rate lr, cross-entropy with label smoothing. Reads nothing back: see stepStats().
    void trainStep(const std::uint8_t *rgb,
                   const std::int64_t *labels,
                   int count,
                   double lr,
                   double labelSmoothing);
    StepStats stepStats(); // and resets the sums
    OptimizerState optimizerState() const;
    // Replaces the optimizer's state; every tensor is created on the parameter's device.
    // Names and shapes are checked against the parameters before anything is set: false and
    // *error otherwise.
    bool setOptimizerState(const OptimizerState &state, std::string *error);

    // Debug hook (tests): the names of every parameter, gradient, buffer and optimizer state
    // tensor that is not on the model's device, or not in float32.
    std::vector<std::string> misplacedTensors() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wbc::engine
