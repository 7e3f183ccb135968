// The engine's internals (the one engine test that includes torch): the networks' two halves,
// test-time flips, and device placement on LibTorch's meta device: tensors there have a
// device and a shape but no data, so any tensor made on the CPU instead of the target device
// meets a meta tensor in an operation and throws, or shows in misplacedOptimizerTensors(). A
// CPU-only test suite cannot otherwise see a CUDA placement bug (a module cannot be moved to
// meta in LibTorch 1.13, plain tensors can: the optimizer's resume path is tested on those).
#include "check.h"
#include "networks.h"
#include "optimizerstate.h"

#include <iostream>

using namespace wbc::engine;

namespace {

const torch::Device kMeta(torch::kMeta);

// forward() may compute faster than its two halves (LeNet pools before its ReLUs), but it must
// be the same function with the same gradients: Grad-CAM uses the halves, training and
// prediction forward().
void testForwardIsClassifyOfFeatures()
{
    for (Arch arch : {Arch::LeNet, Arch::WbcNet}) {
        torch::manual_seed(3);
        const std::shared_ptr<ClassifierNet> net = createNetwork(arch, 4);
        prepareNetwork(*net, torch::kCPU);
        net->eval(); // dropout off: both passes see the same network
        const torch::Tensor x = torch::rand({5, 3, kInputHeight, kInputWidth})
                                    .contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor target = torch::tensor({0, 1, 2, 3, 1}, torch::kLong);
        const auto gradients = [&](const torch::Tensor &logits) {
            net->zero_grad();
            torch::nn::functional::cross_entropy(logits, target).backward();
            std::vector<torch::Tensor> g;
            for (const torch::Tensor &p : net->parameters())
                g.push_back(p.grad().clone());
            return g;
        };
        const torch::Tensor fast = net->forward(x);
        const std::vector<torch::Tensor> fastGrad = gradients(fast);
        const torch::Tensor halves = net->classify(net->features(x));
        const std::vector<torch::Tensor> halvesGrad = gradients(halves);
        ENGINE_CHECK(torch::allclose(fast, halves, 1e-4, 1e-5));
        ENGINE_CHECK(fastGrad.size() == halvesGrad.size());
        for (std::size_t i = 0; i < fastGrad.size(); ++i)
            ENGINE_CHECK(torch::allclose(fastGrad[i], halvesGrad[i], 1e-3, 1e-6));
    }
}

// Test-time flips: the averaged probabilities are the same for an image and any of its flips
// (the network alone is not flip-invariant), and still sum to one.
void testFlipsMakePredictionsFlipInvariant()
{
    torch::manual_seed(5);
    const std::shared_ptr<ClassifierNet> net = createNetwork(Arch::WbcNet, 4);
    prepareNetwork(*net, torch::kCPU);
    net->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::rand({3, 3, kInputHeight, kInputWidth});
    const torch::Tensor plain = classProbabilities(*net, x, false);
    const torch::Tensor plainFlipped = classProbabilities(*net, x.flip({3}), false);
    // Else the untrained network is already flip-invariant and the test proves nothing.
    ENGINE_CHECK(!torch::allclose(plain, plainFlipped, 1e-5, 1e-7));
    const torch::Tensor averaged = classProbabilities(*net, x, true);
    for (const std::vector<int64_t> &dims : {std::vector<int64_t>{3}, {2}, {2, 3}})
        ENGINE_CHECK(torch::allclose(averaged, classProbabilities(*net, x.flip(dims), true), 1e-5, 1e-6));
    ENGINE_CHECK(torch::allclose(averaged.sum(1), torch::ones({3}), 1e-5, 1e-6));
}

} // namespace

int main()
{
    torch::set_num_threads(2);
    testForwardIsClassifyOfFeatures();
    testFlipsMakePredictionsFlipInvariant();

    // Host batches reach the device as new tensors there.
    std::vector<std::uint8_t> bytes(2 * kInputBytes, 7);
    std::vector<std::int64_t> labels{0, 1};
    const torch::Tensor input = imagesToInput(bytes.data(), 2, kMeta);
    ENGINE_CHECK(input.device().is_meta() && input.scalar_type() == torch::kFloat
          && input.sizes().vec() == (std::vector<std::int64_t>{2, 3, kInputHeight, kInputWidth}));
    ENGINE_CHECK(labelsToDevice(labels.data(), 2, kMeta).device().is_meta());
    const torch::Tensor cpuInput = imagesToInput(bytes.data(), 2, torch::kCPU);
    ENGINE_CHECK(cpuInput.data_ptr() != static_cast<void *>(bytes.data())); // never aliases the buffer

    for (OptimizerKind kind : {OptimizerKind::AdamW, OptimizerKind::Adam, OptimizerKind::Sgd}) {
        // A CPU run's optimizer state after one step...
        NamedParameters cpu{{"w", torch::randn({4, 3, 3, 3}).requires_grad_()},
                            {"b", torch::zeros({4}).requires_grad_()}};
        auto cpuOptimizer = makeOptimizer({kind, 1e-3, 1e-4, 0.9}, {cpu[0].second, cpu[1].second});
        (cpu[0].second.sum() + cpu[1].second.sum()).backward();
        cpuOptimizer->step();
        const OptimizerState state = exportOptimizerState(*cpuOptimizer, kind, cpu);
        ENGINE_CHECK(state.tensors.size() == (kind == OptimizerKind::Sgd ? 2u : 4u));
        // ...resumed onto parameters on another device: the state must be created there.
        NamedParameters meta{
            {"w", torch::empty({4, 3, 3, 3}, torch::TensorOptions(kMeta)).requires_grad_()},
            {"b", torch::empty({4}, torch::TensorOptions(kMeta)).requires_grad_()}};
        auto metaOptimizer = makeOptimizer({kind, 1e-3, 1e-4, 0.9},
                                           {meta[0].second, meta[1].second});
        std::string error;
        ENGINE_CHECK(importOptimizerState(*metaOptimizer, kind, meta, state, &error));
        std::vector<std::string> misplaced = misplacedOptimizerTensors(metaOptimizer.get(), meta,
                                                                       kMeta);
        for (const std::string &name : misplaced)
            std::cerr << "misplaced: " << name << "\n";
        ENGINE_CHECK(misplaced.empty());
        // The next step mixes the restored state with the parameters and their gradients: it
        // throws if any of them is on another device.
        for (auto &[name, p] : meta)
            p.mutable_grad() = torch::zeros_like(p);
        try {
            metaOptimizer->step();
        } catch (const std::exception &e) {
            std::cerr << "step after resume on meta: " << std::string(e.what()).substr(0, 200)
                      << "\n";
            ENGINE_CHECK(!"the optimizer step mixed devices");
        }
        ENGINE_CHECK(misplacedOptimizerTensors(metaOptimizer.get(), meta, kMeta).empty());
        // The hook is not blind: state left on the CPU is reported.
        ENGINE_CHECK(!misplacedOptimizerTensors(cpuOptimizer.get(), cpu, kMeta).empty());
    }
    std::cout << "Totals: " << test::g_failures << " failures" << std::endl;
    return test::g_failures == 0 ? 0 : 1;
}
