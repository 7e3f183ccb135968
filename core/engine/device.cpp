#include "device.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <thread>

#include <dlfcn.h>

namespace wbc::engine {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                  return std::tolower(static_cast<unsigned char>(x))
                         == std::tolower(static_cast<unsigned char>(y));
              });
}

} // namespace

DeviceChoice resolveDevice(std::string_view requested)
{
    while (!requested.empty() && std::isspace(static_cast<unsigned char>(requested.front())))
        requested.remove_prefix(1);
    while (!requested.empty() && std::isspace(static_cast<unsigned char>(requested.back())))
        requested.remove_suffix(1);
    DeviceChoice choice;
    if (requested.empty() || equalsIgnoringCase(requested, "auto")) {
        choice.kind = cudaAvailable() ? DeviceKind::Cuda : DeviceKind::Cpu;
    } else if (equalsIgnoringCase(requested, "cpu")) {
        choice.kind = DeviceKind::Cpu;
    } else if (equalsIgnoringCase(requested, "cuda")) {
        choice.kind = DeviceKind::Cuda;
        if (!cudaAvailable())
            choice.problem = DeviceChoice::Problem::CudaUnavailable;
    } else {
        choice.problem = DeviceChoice::Problem::Unknown;
    }
    return choice;
}

const char *deviceName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Cuda:
        return "cuda";
    case DeviceKind::Cpu:
        break;
    }
    return "cpu";
}

bool cudaAvailable()
{
    // Probing CUDA initialises its runtime (up to seconds the first time): once per process.
    static const bool available = torch::cuda::is_available();
    return available;
}

namespace {

std::optional<GpuInfo> probeGpu()
{
    if (!cudaAvailable())
        return std::nullopt;
    // The driver API's C functions are stable across CUDA versions (a struct such as
    // cudaDeviceProp is not), and LibTorch has loaded the driver already.
    void *driver = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!driver)
        return std::nullopt;
    using InitFn = int (*)(unsigned);
    using GetFn = int (*)(int *, int);
    using NameFn = int (*)(char *, int, int);
    using MemFn = int (*)(std::size_t *, int);
    const auto init = reinterpret_cast<InitFn>(dlsym(driver, "cuInit"));
    const auto get = reinterpret_cast<GetFn>(dlsym(driver, "cuDeviceGet"));
    const auto name = reinterpret_cast<NameFn>(dlsym(driver, "cuDeviceGetName"));
    const auto mem = reinterpret_cast<MemFn>(dlsym(driver, "cuDeviceTotalMem_v2"));
    std::optional<GpuInfo> info;
    int device = 0;
    char text[256] = {};
    std::size_t bytes = 0;
    if (init && get && name && mem && init(0) == 0 && get(&device, 0) == 0
        && name(text, int(sizeof text) - 1, device) == 0 && mem(&bytes, device) == 0)
        info = GpuInfo{text, std::int64_t(bytes)};
    dlclose(driver);
    return info;
}

} // namespace

std::optional<GpuInfo> gpuInfo()
{
    static const std::optional<GpuInfo> info = probeGpu(); // once per process
    return info;
}

void setThreads(int n)
{
    if (n <= 0)
        n = int(std::max(1u, std::thread::hardware_concurrency()));
    if (torch::get_num_threads() != n)
        torch::set_num_threads(n);
}

int threads()
{
    return torch::get_num_threads();
}

void manualSeed(std::uint64_t seed)
{
    torch::manual_seed(seed);
    if (cudaAvailable())
        torch::cuda::manual_seed_all(seed);
}

} // namespace wbc::engine
