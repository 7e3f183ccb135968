// wbc-engine: trains and evaluates a classifier from a crops file with the engine alone (no Qt,
// no OpenCV): the program that proves training on a GPU machine (docs/BENCHMARKS.md).
//   wbc-engine --crops FILE --task binary|four [--model wbcnet|lenet] [--epochs N]
//              [--device cpu|cuda] [--threads N] [--seed N] [--batch N] [--lr X]
//              [--checkpoint FILE] [--resume FILE] [--stop-after N] [--model-out FILE] [--amp]
#include "enginerun.h"

#include <charconv>
#include <cstring>
#include <iostream>
#include <string>

namespace {

constexpr char kUsage[]
    = "usage: wbc-engine --crops FILE --task binary|four [--model wbcnet|lenet] [--epochs N]\n"
      "                  [--device auto|cpu|cuda] [--threads N] [--seed N] [--batch N] [--lr X]\n"
      "                  [--checkpoint FILE] [--resume FILE] [--stop-after N]\n"
      "                  [--model-out FILE] [--amp]\n"
      "Trains on a crops file (wbc export --format crops) and prints one JSON line per epoch,\n"
      "then a summary line: {\"device\", \"images_per_s\", \"loss_first\", \"loss_last\",\n"
      "\"accuracy\"}.\n";

int usage(const std::string &message)
{
    std::cerr << "wbc-engine: " << message << "\n" << kUsage;
    return 2;
}

template<class T>
bool parseNumber(const std::string &text, T *value)
{
    const auto r = std::from_chars(text.data(), text.data() + text.size(), *value);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace wbc::engine;
    EngineRunOptions o;
    std::string cropsPath;
    std::string device = "auto";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (arg == "--amp") {
            o.mixedPrecision = true;
            continue;
        }
        if (i + 1 >= argc)
            return usage(arg + " needs a value");
        const std::string value = argv[++i];
        bool ok = true;
        if (arg == "--crops") {
            cropsPath = value;
        } else if (arg == "--task") {
            o.task = value;
            ok = taskClassCount(value) > 0;
        } else if (arg == "--model") {
            const auto arch = parseArch(value);
            ok = arch.has_value();
            if (arch)
                o.arch = *arch;
        } else if (arg == "--epochs") {
            ok = parseNumber(value, &o.epochs) && o.epochs > 0;
        } else if (arg == "--device") {
            device = value;
        } else if (arg == "--threads") {
            ok = parseNumber(value, &o.threads) && o.threads >= 0;
        } else if (arg == "--seed") {
            ok = parseNumber(value, &o.seed);
        } else if (arg == "--batch") {
            ok = parseNumber(value, &o.batch) && o.batch > 0;
        } else if (arg == "--lr") {
            ok = parseNumber(value, &o.lr) && o.lr > 0;
        } else if (arg == "--checkpoint") {
            o.checkpoint = value;
        } else if (arg == "--resume") {
            o.resume = value;
        } else if (arg == "--stop-after") {
            ok = parseNumber(value, &o.stopAfter) && o.stopAfter >= 0;
        } else if (arg == "--model-out") {
            o.modelOut = value;
        } else {
            return usage("unknown option " + arg);
        }
        if (!ok)
            return usage("invalid value \"" + value + "\" for " + arg);
    }
    if (cropsPath.empty())
        return usage("--crops is required");
    const DeviceChoice choice = resolveDevice(device);
    if (choice.problem == DeviceChoice::Problem::Unknown)
        return usage("unknown device \"" + device + "\" (auto, cpu or cuda)");
    if (choice.problem == DeviceChoice::Problem::CudaUnavailable) {
        std::cerr << "wbc-engine: CUDA is not available (this LibTorch is built for the CPU or no "
                     "GPU was found)\n";
        return 1;
    }
    o.device = choice.kind;
    Crops crops;
    ContainerProblem problem;
    if (!readCropsFile(cropsPath, &crops, &problem)) {
        std::cerr << "wbc-engine: " << cropsPath << ": "
                  << (problem.kind == ContainerProblem::Kind::NotThisKind
                          ? std::string("not a crops file (wbc export --format crops)")
                          : describe(problem))
                  << "\n";
        return 1;
    }
    const EngineRunResult result = runEngine(o, crops, std::cout);
    if (!result.ok) {
        std::cerr << "wbc-engine: " << result.error << "\n";
        return 1;
    }
    return 0;
}
