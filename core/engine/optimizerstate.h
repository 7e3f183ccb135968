#pragma once

// Optimizers and their state as plain tensors, over named parameters: internal to the engine
// (Model uses it; tst_enginedevice runs it on the meta device, where a module cannot go in
// LibTorch 1.13 but plain tensors can).

#include "model.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace wbc::engine {

using NamedParameters = std::vector<std::pair<std::string, torch::Tensor>>;

NamedParameters namedParameters(torch::nn::Module &net);
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerOptions &options,
                                                       const std::vector<torch::Tensor> &params);
OptimizerState exportOptimizerState(const torch::optim::Optimizer &optimizer, OptimizerKind kind,
                                    const NamedParameters &params);
// Checks every name and shape first, then creates each state tensor on its parameter's device
// (with its type and memory format) and fills it from the host values.
bool importOptimizerState(torch::optim::Optimizer &optimizer, OptimizerKind kind,
                          const NamedParameters &params, const OptimizerState &state,
                          std::string *error);
// Parameters, gradients and optimizer state tensors not on device (or not float32).
std::vector<std::string> misplacedOptimizerTensors(const torch::optim::Optimizer *optimizer,
                                                   const NamedParameters &params,
                                                   const torch::Device &device);

} // namespace wbc::engine
