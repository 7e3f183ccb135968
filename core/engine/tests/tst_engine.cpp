// The engine's own tests: plain C++ against the engine alone (no Qt, no OpenCV), so they run
// where it builds standalone (core/engine/CMakeLists.txt).
//   tst_engine                         run every test
//   tst_engine --write-crops FILE N    write N synthetic crops per class (engine_cli.cmake)
#include "check.h"
#include "cropsfile.h"
#include "enginerun.h"
#include "model.h"
#include "sha256.h"
#include "syntheticcrops.h"
#include "tensorcontainer.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <sstream>

#include <unistd.h>

using namespace wbc::engine;

namespace {

std::string hex(const std::array<std::uint8_t, 32> &hash)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (std::uint8_t b : hash) {
        s += digits[b >> 4];
        s += digits[b & 15];
    }
    return s;
}

std::filesystem::path tempDir()
{
    const auto dir = std::filesystem::temp_directory_path()
                     / ("tst_engine_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

void testSha256()
{
    ENGINE_CHECK(hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    ENGINE_CHECK(hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ENGINE_CHECK(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    ENGINE_CHECK(hex(sha256(std::string(1000000, 'a')))
          == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

const ContainerFormat kFormat{"TESTFMT1", 3, 1 << 20, 1024, 16};

void testContainer()
{
    std::vector<NamedTensor> tensors{{"a", {2, 3}, {1, 2, 3, 4, 5, 6}}, {"b/c", {}, {7}},
                                     {"empty", {0, 4}, {}}};
    const std::string bytes = serializeContainer(kFormat, "{\"k\":1}", tensors);
    std::string header;
    std::vector<NamedTensor> back;
    ContainerProblem problem;
    ENGINE_CHECK(parseContainer(kFormat, bytes, &header, &back, &problem));
    ENGINE_CHECK(header == "{\"k\":1}");
    ENGINE_CHECK(back.size() == 3 && back[2].shape == tensors[2].shape && back[2].values.empty());
    ENGINE_CHECK(back.size() == 3 && back[0].name == "a" && back[0].shape == tensors[0].shape
          && back[0].values == tensors[0].values && back[1].name == "b/c"
          && back[1].values == std::vector<float>{7});
    // Every truncation is refused, none crashes.
    for (std::size_t n = 0; n < bytes.size(); n += 7)
        ENGINE_CHECK(!parseContainer(kFormat, std::string_view(bytes).substr(0, n), &header, &back,
                              &problem));
    std::string flipped = bytes;
    flipped[bytes.size() - 40] ^= 1;
    ENGINE_CHECK(!parseContainer(kFormat, flipped, &header, &back, &problem)
          && problem.kind == ContainerProblem::Kind::ChecksumMismatch);
    std::string other = bytes;
    other[0] = 'X';
    ENGINE_CHECK(!parseContainer(kFormat, other, &header, &back, &problem)
          && problem.kind == ContainerProblem::Kind::NotThisKind);
    ContainerFormat newer = kFormat;
    newer.version = 4;
    ENGINE_CHECK(!parseContainer(newer, bytes, &header, &back, &problem)
          && problem.kind == ContainerProblem::Kind::UnsupportedVersion && problem.value == 3);
    ContainerFormat fewer = kFormat;
    fewer.maxTensors = 1;
    ENGINE_CHECK(!parseContainer(fewer, bytes, &header, &back, &problem)
          && problem.kind == ContainerProblem::Kind::TooManyTensors);
    // A huge claimed size with a valid checksum is refused before anything is allocated.
    std::vector<NamedTensor> huge{{"h", {1 << 30}, {}}};
    ENGINE_CHECK(!parseContainer(kFormat, serializeContainer(kFormat, "{}", huge), &header, &back,
                          &problem));
}

void testCropsFile()
{
    const Crops crops = test::syntheticCrops(3, 7);
    const std::string bytes = serializeCrops(crops);
    Crops back;
    ContainerProblem problem;
    ENGINE_CHECK(parseCrops(bytes, &back, &problem));
    ENGINE_CHECK(back.classNames == crops.classNames && back.labels == crops.labels
          && back.groups == crops.groups && back.cellIds == crops.cellIds
          && back.rgb == crops.rgb && back.width == kInputWidth && back.height == kInputHeight);
    const auto path = (tempDir() / "crops.bin").string();
    ENGINE_CHECK(writeCropsFile(path, crops, &problem));
    ENGINE_CHECK(readCropsFile(path, &back, &problem) && back.rgb == crops.rgb);
    for (std::size_t n : {std::size_t(0), std::size_t(12), bytes.size() / 2, bytes.size() - 1})
        ENGINE_CHECK(!parseCrops(std::string_view(bytes).substr(0, n), &back, &problem));
    Crops bad = crops;
    bad.labels[0] = 9; // no such class, yet a valid checksum
    ENGINE_CHECK(!parseCrops(serializeCrops(bad), &back, &problem)
          && problem.kind == ContainerProblem::Kind::InvalidSizes);
    ENGINE_CHECK(!readCropsFile((tempDir() / "missing.bin").string(), &back, &problem)
          && problem.kind == ContainerProblem::Kind::CannotOpen);
    ENGINE_CHECK(taskClassIndex("binary", "EOSINOPHIL") == 0 && taskClassIndex("binary", "MONOCYTE") == 1
          && taskClassIndex("four", "MONOCYTE") == 3 && taskClassIndex("four", "BASOPHIL") == -1
          && taskClassIndex("binary", "BASOPHIL") == -1 && taskClassCount("six") == 0);
}

void testWeights()
{
    Model a(Arch::LeNet, 2, DeviceKind::Cpu, 1);
    ENGINE_CHECK(a.parameterCount() == 987298); // the recipe's LeNet
    Model b(Arch::LeNet, 2, DeviceKind::Cpu, 2);
    const Crops crops = test::syntheticCrops(2, 3);
    const auto pa = a.probabilities(crops.rgb.data(), 4, false);
    ENGINE_CHECK(b.probabilities(crops.rgb.data(), 4, false) != pa);
    std::string error;
    ENGINE_CHECK(b.setWeights(a.weights(), &error));
    ENGINE_CHECK(b.probabilities(crops.rgb.data(), 4, false) == pa);
    std::vector<NamedTensor> wrong = a.weights();
    wrong.back().shape.push_back(1);
    Model c(Arch::LeNet, 2, DeviceKind::Cpu, 3);
    const auto before = c.weights();
    ENGINE_CHECK(!c.setWeights(wrong, &error) && !error.empty());
    ENGINE_CHECK(c.weights()[0].values == before[0].values); // nothing copied
    ENGINE_CHECK(!c.setWeights(Model(Arch::WbcNet, 2, DeviceKind::Cpu).weights(), &error));
    const GradCam cam = a.gradCam(crops.rgb.data(), 1);
    ENGINE_CHECK(cam.classIndex == 1 && cam.rows > 0 && cam.cols > 0
          && cam.values.size() == std::size_t(cam.rows * cam.cols));
    ENGINE_CHECK(a.gradCam(crops.rgb.data(), 5).values.empty());
}

// Every tensor of a CPU model after training steps and a resume is on its device (the meta
// device tests of the same code are in tst_enginedevice.cpp).
void testPlacementHook()
{
    for (Arch arch : {Arch::WbcNet, Arch::LeNet}) {
        const Crops crops = test::syntheticCrops(2, 5);
        std::vector<std::int64_t> labels{0, 1, 0, 1};
        Model cpu(arch, 2, DeviceKind::Cpu, 1);
        cpu.startTraining({});
        cpu.trainStep(crops.rgb.data(), labels.data(), 4, 1e-3, 0.05);
        const OptimizerState state = cpu.optimizerState();
        ENGINE_CHECK(!state.tensors.empty() && !state.steps.empty());
        Model resumed(arch, 2, DeviceKind::Cpu, 1);
        resumed.startTraining({});
        std::string error;
        ENGINE_CHECK(resumed.setWeights(cpu.weights(), &error));
        ENGINE_CHECK(resumed.setOptimizerState(state, &error));
        manualSeed(5); // the same dropout draws for both
        resumed.trainStep(crops.rgb.data(), labels.data(), 4, 1e-3, 0.05);
        manualSeed(5);
        cpu.trainStep(crops.rgb.data(), labels.data(), 4, 1e-3, 0.05);
        ENGINE_CHECK(resumed.misplacedTensors().empty() && cpu.misplacedTensors().empty());
        ENGINE_CHECK(resumed.weights()[0].values == cpu.weights()[0].values); // same step, same state
        OptimizerState broken = state;
        broken.tensors.front().shape.push_back(2);
        ENGINE_CHECK(!resumed.setOptimizerState(broken, &error) && error.find("shape") != std::string::npos);
    }
}

void testResume()
{
    const Crops crops = test::syntheticCrops(40, 11);
    EngineRunOptions o;
    o.epochs = 3;
    o.batch = 8;
    o.threads = 2;
    std::ostringstream whole, first, second;
    const EngineRunResult full = runEngine(o, crops, whole);
    ENGINE_CHECK(full.ok);
    ENGINE_CHECK(full.epochsRun == 3);
    ENGINE_CHECK(full.lossLast < full.lossFirst);
    std::cout << "resume: held-out accuracy " << full.accuracy << std::endl;
    ENGINE_CHECK(full.accuracy >= 0.9); // two trivially different shapes
    const auto dir = tempDir();
    EngineRunOptions part = o;
    part.checkpoint = (dir / "run.ckpt").string();
    part.stopAfter = 2;
    ENGINE_CHECK(runEngine(part, crops, first).ok);
    EngineRunOptions rest = o;
    rest.resume = part.checkpoint;
    const EngineRunResult resumed = runEngine(rest, crops, second);
    ENGINE_CHECK(resumed.ok);
    ENGINE_CHECK(resumed.weights.size() == full.weights.size());
    bool same = resumed.weights.size() == full.weights.size();
    for (std::size_t i = 0; same && i < full.weights.size(); ++i)
        same = resumed.weights[i].values == full.weights[i].values;
    ENGINE_CHECK(same); // bit for bit
    ENGINE_CHECK(resumed.lossFirst == full.lossFirst && resumed.lossLast == full.lossLast);
    // A checkpoint of another run is refused with the file's name.
    EngineRunOptions other = rest;
    other.seed = 2;
    std::ostringstream ignored;
    const EngineRunResult refused = runEngine(other, crops, ignored);
    ENGINE_CHECK(!refused.ok && refused.error.find(part.checkpoint) != std::string::npos
          && refused.error.find("refused") != std::string::npos);
    // One JSON line per epoch, then the summary.
    std::string line, last;
    int lines = 0;
    std::istringstream in(whole.str());
    while (std::getline(in, line)) {
        ++lines;
        last = line;
    }
    ENGINE_CHECK(lines == 4);
    for (const char *key : {"\"device\": \"cpu\"", "\"images_per_s\"", "\"loss_first\"",
                            "\"loss_last\"", "\"accuracy\""})
        ENGINE_CHECK(last.find(key) != std::string::npos);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--write-crops") == 0) {
        ContainerProblem problem;
        if (!writeCropsFile(argv[2], test::syntheticCrops(std::atoi(argv[3]), 1), &problem)) {
            std::cerr << argv[2] << ": " << describe(problem) << "\n";
            return 1;
        }
        return 0;
    }
    setThreads(2);
    const std::pair<const char *, std::function<void()>> tests[] = {
        {"sha256", testSha256},         {"container", testContainer},
        {"cropsFile", testCropsFile},   {"weights", testWeights},
        {"placementHook", testPlacementHook}, {"resume", testResume}};
    for (const auto &[name, test] : tests) {
        const int before = test::g_failures;
        test();
        std::cout << (test::g_failures == before ? "PASS   : " : "FAIL!  : ") << name << std::endl;
    }
    std::filesystem::remove_all(tempDir());
    std::cout << "Totals: " << test::g_failures << " failures" << std::endl;
    return test::g_failures == 0 ? 0 : 1;
}
