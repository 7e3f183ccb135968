#pragma once

// Compute devices, threads and seeds of the engine.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wbc::engine {

enum class DeviceKind { Cpu, Cuda };

// What a device name resolves to.
struct DeviceChoice
{
    enum class Problem { None, Unknown, CudaUnavailable };
    DeviceKind kind = DeviceKind::Cpu;
    Problem problem = Problem::None;
};

// "auto" | "cpu" | "cuda" (case-insensitive): auto is cuda when CUDA is available, else cpu.
DeviceChoice resolveDevice(std::string_view requested);
const char *deviceName(DeviceKind kind); // "cpu", "cuda"
// Both probe once per process (thread-safe) and answer from then on at no cost.
bool cudaAvailable();

// The GPU CUDA device 0 is, read through the CUDA driver (libcuda.so.1, loaded at run time);
// nullopt without CUDA or without a driver.
struct GpuInfo
{
    std::string name;
    std::int64_t memoryBytes = 0;
};
std::optional<GpuInfo> gpuInfo();

// LibTorch starts with one intra-op thread: 0 means the machine's core count.
void setThreads(int threads);
int threads();
// Seeds the CPU generator and, where CUDA is, every GPU's.
void manualSeed(std::uint64_t seed);

} // namespace wbc::engine
