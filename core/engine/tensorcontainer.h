#pragma once

// The bounded on-disk container that model files, training checkpoints and (with byte tensors
// of its own) nothing else share. Layout, little-endian: 8-byte magic, u32 format version, u32
// header size, header (UTF-8 JSON, opaque here), u32 tensor count, per tensor (u16 name size,
// name, u8 rank, i64 sizes, f32 values), then the SHA-256 of everything before. Every size is
// checked against the format's limits and what is left of the file before anything is
// allocated; only numbers are read, no code is ever executed. Any thread.

#include "tensors.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wbc::engine {

struct ContainerFormat
{
    const char *magic = nullptr; // 8 bytes
    std::uint32_t version = 1;
    std::int64_t maxBytes = 0;
    std::uint32_t maxHeaderBytes = 0;
    std::uint32_t maxTensors = 0;
};

// Why a container was refused; `value` carries the number a message shows (a version, a limit,
// a count, a rank). Callers word the message (core/training/tensorfile.cpp translates them).
struct ContainerProblem
{
    enum class Kind {
        None,
        NotThisKind,        // wrong magic
        Truncated,
        UnsupportedVersion, // value: the file's version
        HeaderTooLarge,     // value: the limit
        FileTooLarge,       // value: the limit in bytes
        ChecksumMismatch,
        TooManyTensors,     // value: the count
        RankUnsupported,    // value: the rank
        InvalidSizes,
        TrailingBytes,
        CannotOpen, // detail: the system's reason
        CannotRead,
        CannotWrite,
    };
    Kind kind = Kind::None;
    std::int64_t value = 0;
    std::string detail;
};

// An English one-liner for a problem (wbc-engine's messages; the app translates its own).
std::string describe(const ContainerProblem &problem);

inline constexpr int kContainerHashSize = 32;

std::string serializeContainer(const ContainerFormat &format,
                               std::string_view header,
                               const std::vector<NamedTensor> &tensors);
// Magic, version and header only (cheap).
bool parseContainerHeader(const ContainerFormat &format,
                          std::string_view bytes,
                          std::string *header,
                          ContainerProblem *problem);
// The whole file: header, checksum, then every tensor.
bool parseContainer(const ContainerFormat &format,
                    std::string_view bytes,
                    std::string *header,
                    std::vector<NamedTensor> *tensors,
                    ContainerProblem *problem);
// Reads a whole file no larger than format.maxBytes (the size is checked before reading).
bool readContainerBytes(const ContainerFormat &format,
                        const std::string &path,
                        std::string *bytes,
                        ContainerProblem *problem);
// Writes bytes to a temporary file beside path, flushes it to disk and renames it over path:
// a crash leaves the old file or the new one, never a part (wbc-engine's writes; the app uses
// QSaveFile).
bool writeFileAtomically(const std::string &path, std::string_view bytes, ContainerProblem *problem);

} // namespace wbc::engine
