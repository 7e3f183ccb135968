#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace wbc::engine {

// FIPS 180-4 SHA-256 of bytes (the checksum trailer of tensor files, and what a project records
// for a checkpoint).
std::array<std::uint8_t, 32> sha256(std::string_view bytes);

} // namespace wbc::engine
