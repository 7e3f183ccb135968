#pragma once

// What wbc-engine does: trains a network on a crops file (cropsfile.h) and reports, one JSON
// line per epoch on `out` and a summary line last:
//   {"epoch": N, "epochs": N, "loss": L, "train_accuracy": A, "val_accuracy": A,
//    "images_per_s": R, "seconds": S}
//   {"device": "cpu"|"cuda", "images_per_s": R, "loss_first": L, "loss_last": L,
//    "accuracy": A}
// loss: the mean training loss of the epoch; accuracy: of the held-out crops (every group whose
// hash falls in the validation fifth; test-time flips), after the last epoch; images_per_s:
// training images per second of the steps (host batch to optimizer step, synchronised at each
// epoch's end). Deterministic for a seed and thread count on the CPU; a run resumed from its
// checkpoint ends with the weights of an uninterrupted one.

#include "cropsfile.h"
#include "device.h"
#include "model.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace wbc::engine {

struct EngineRunOptions
{
    std::string task = "binary"; // binary | four
    Arch arch = Arch::WbcNet;
    int epochs = 20;
    int batch = 32;
    double lr = 2e-3;
    double weightDecay = 5e-4;
    double labelSmoothing = 0.05;
    DeviceKind device = DeviceKind::Cpu;
    int threads = 0;
    std::uint64_t seed = 1;
    bool mixedPrecision = false; // bf16 autocast on CUDA
    std::string checkpoint;      // written after every epoch when set
    std::string resume;          // a checkpoint of this run to continue from
    int stopAfter = 0;           // stop (as if interrupted) after this many epochs in total; 0: no
    std::string modelOut;        // final weights (container "WBCENGMD") when set
};

struct EngineRunResult
{
    bool ok = false;
    std::string error; // one line, naming the file where one is at fault
    std::vector<NamedTensor> weights;
    double lossFirst = 0.0;
    double lossLast = 0.0;
    double accuracy = 0.0;
    double imagesPerSecond = 0.0;
    int epochsRun = 0;
};

EngineRunResult runEngine(const EngineRunOptions &options, const Crops &crops, std::ostream &out);

// The validation fifth: a group's SplitMix64 hash with the seed, modulo 5, is 0.
bool isValidationGroup(std::int64_t group, std::uint64_t seed);

} // namespace wbc::engine
