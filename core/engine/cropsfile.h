#pragma once

// The crops file: labelled RGB cell crops for wbc-engine, written by
// `wbc export --project FILE --format crops --out FILE`. Little-endian:
//
//   8 bytes   magic "WBCCROPS"
//   u32       format version (1)
//   u32 u32   crop width, height (160 x 120: the networks' input)
//   u32       class count (1..64), then per class: u16 name size (1..64), name (UTF-8, the
//             project's cell class ids: NEUTROPHIL, EOSINOPHIL, LYMPHOCYTE, MONOCYTE,
//             POLYNUCLEAR, MONONUCLEAR, ...)
//   u64       crop count, then per crop: u16 class index, i64 group (the slide, else the image:
//             crops of one group stay on one side of a split), i64 cell id,
//             width x height x 3 bytes RGB, row-major
//   32 bytes  SHA-256 of everything before
//
// Every count is checked against what is left of the file before anything is allocated.

#include "tensorcontainer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wbc::engine {

struct Crops
{
    int width = 0;
    int height = 0;
    std::vector<std::string> classNames;
    std::vector<std::uint16_t> labels; // per crop, an index into classNames
    std::vector<std::int64_t> groups;
    std::vector<std::int64_t> cellIds;
    std::vector<std::uint8_t> rgb; // count x height x width x 3

    std::size_t count() const { return labels.size(); }
    std::size_t cropBytes() const { return std::size_t(width) * std::size_t(height) * 3; }
};

inline constexpr char kCropsMagic[] = "WBCCROPS";
inline constexpr std::uint32_t kCropsFormatVersion = 1;
inline constexpr std::int64_t kMaxCropsFileBytes = std::int64_t(8) * 1024 * 1024 * 1024;

std::string serializeCrops(const Crops &crops);
// False and *problem (Kind::NotThisKind, Truncated, UnsupportedVersion, InvalidSizes,
// ChecksumMismatch, TrailingBytes) for a file that is not a complete, consistent crops file.
bool parseCrops(std::string_view bytes, Crops *crops, ContainerProblem *problem);
bool readCropsFile(const std::string &path, Crops *crops, ContainerProblem *problem);
bool writeCropsFile(const std::string &path, const Crops &crops, ContainerProblem *problem);

// A task's class index of a crops file's class name, -1 when the task leaves it out:
// "binary": POLYNUCLEAR (NEUTROPHIL, EOSINOPHIL, POLYNUCLEAR) 0, MONONUCLEAR (LYMPHOCYTE,
// MONOCYTE, MONONUCLEAR) 1; "four": NEUTROPHIL 0, EOSINOPHIL 1, LYMPHOCYTE 2, MONOCYTE 3.
// Basophils are in neither (the recipe's).
int taskClassIndex(std::string_view task, std::string_view className);
int taskClassCount(std::string_view task); // 2, 4; 0 for an unknown task

} // namespace wbc::engine
