#pragma once

// The training engine's plain data types: no Qt, no OpenCV, no torch (core/engine/README.md).

#include <cstdint>
#include <string>
#include <vector>

namespace wbc::engine {

// One tensor as plain floats (row-major), so the files that hold them need no torch.
struct NamedTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

} // namespace wbc::engine
