#include "tensorcontainer.h"

#include "bytes.h"
#include "sha256.h"

#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

namespace wbc::engine {

namespace {

using bytes::put;
using bytes::Reader;

static_assert(std::endian::native == std::endian::little, "the file format is little-endian");

constexpr int kMagicSize = 8;
constexpr int kMaxRank = 8;

bool fail(ContainerProblem *problem, ContainerProblem::Kind kind, std::int64_t value = 0,
          std::string detail = {})
{
    if (problem)
        *problem = {kind, value, std::move(detail)};
    return false;
}

bool readHeader(const ContainerFormat &format, Reader &in, std::string *header,
                ContainerProblem *problem)
{
    std::string_view magic;
    if (!in.take(kMagicSize, &magic) || std::memcmp(magic.data(), format.magic, kMagicSize) != 0)
        return fail(problem, ContainerProblem::Kind::NotThisKind);
    std::uint32_t version = 0;
    std::uint32_t headerSize = 0;
    if (!in.read(&version) || !in.read(&headerSize))
        return fail(problem, ContainerProblem::Kind::Truncated);
    if (version != format.version)
        return fail(problem, ContainerProblem::Kind::UnsupportedVersion, version);
    if (headerSize > format.maxHeaderBytes)
        return fail(problem, ContainerProblem::Kind::HeaderTooLarge, format.maxHeaderBytes);
    std::string_view text;
    if (!in.take(headerSize, &text))
        return fail(problem, ContainerProblem::Kind::Truncated);
    if (header)
        header->assign(text);
    return true;
}

} // namespace

std::string describe(const ContainerProblem &p)
{
    using K = ContainerProblem::Kind;
    switch (p.kind) {
    case K::None:
        return {};
    case K::NotThisKind:
        return "not a file of this kind (wrong magic)";
    case K::Truncated:
        return "the file is truncated";
    case K::UnsupportedVersion:
        return "format version " + std::to_string(p.value) + " is not supported";
    case K::HeaderTooLarge:
        return "the header is larger than the limit of " + std::to_string(p.value) + " bytes";
    case K::FileTooLarge:
        return "the file is larger than the limit of " + std::to_string(p.value >> 20) + " MiB";
    case K::ChecksumMismatch:
        return "the file is corrupt or truncated (checksum mismatch)";
    case K::TooManyTensors:
        return "too many tensors (" + std::to_string(p.value) + ")";
    case K::RankUnsupported:
        return "tensor rank " + std::to_string(p.value) + " is not supported";
    case K::InvalidSizes:
        return "tensor sizes are invalid";
    case K::TrailingBytes:
        return "the tensors do not fill the file";
    case K::CannotOpen:
        return "cannot open the file: " + p.detail;
    case K::CannotRead:
        return "cannot read the file: " + p.detail;
    case K::CannotWrite:
        return "cannot write the file: " + p.detail;
    }
    return "unknown problem";
}

std::string serializeContainer(const ContainerFormat &format,
                               std::string_view header,
                               const std::vector<NamedTensor> &tensors)
{
    std::string out;
    std::size_t size = kMagicSize + 12 + header.size() + kContainerHashSize;
    for (const NamedTensor &t : tensors)
        size += 3 + t.name.size() + 8 * t.shape.size() + 4 * t.values.size();
    out.reserve(size);
    out.append(format.magic, kMagicSize);
    put(out, format.version);
    put(out, std::uint32_t(header.size()));
    out.append(header);
    put(out, std::uint32_t(tensors.size()));
    for (const NamedTensor &t : tensors) {
        put(out, std::uint16_t(t.name.size()));
        out.append(t.name);
        put(out, std::uint8_t(t.shape.size()));
        for (std::int64_t d : t.shape)
            put(out, d);
        if (!t.values.empty())
            out.append(reinterpret_cast<const char *>(t.values.data()), 4 * t.values.size());
    }
    const auto hash = sha256(out);
    out.append(reinterpret_cast<const char *>(hash.data()), hash.size());
    return out;
}

bool parseContainerHeader(const ContainerFormat &format,
                          std::string_view bytes,
                          std::string *header,
                          ContainerProblem *problem)
{
    Reader in(bytes);
    return readHeader(format, in, header, problem);
}

bool parseContainer(const ContainerFormat &format,
                    std::string_view bytes,
                    std::string *header,
                    std::vector<NamedTensor> *tensors,
                    ContainerProblem *problem)
{
    using K = ContainerProblem::Kind;
    if (std::int64_t(bytes.size()) > format.maxBytes)
        return fail(problem, K::FileTooLarge, format.maxBytes);
    Reader prefix(bytes);
    if (!readHeader(format, prefix, header, problem))
        return false;
    if (prefix.remaining() < std::size_t(kContainerHashSize))
        return fail(problem, K::Truncated);
    const std::size_t end = bytes.size() - kContainerHashSize;
    const auto hash = sha256(bytes.substr(0, end));
    if (std::memcmp(hash.data(), bytes.data() + end, hash.size()) != 0)
        return fail(problem, K::ChecksumMismatch);
    Reader in(bytes.substr(prefix.pos(), end - prefix.pos()));
    std::uint32_t count = 0;
    if (!in.read(&count))
        return fail(problem, K::Truncated);
    if (count > format.maxTensors)
        return fail(problem, K::TooManyTensors, count);
    std::vector<NamedTensor> out;
    for (std::uint32_t i = 0; i < count; ++i) {
        NamedTensor t;
        std::uint16_t nameSize = 0;
        std::string_view name;
        std::uint8_t rank = 0;
        if (!in.read(&nameSize) || !in.take(nameSize, &name) || !in.read(&rank))
            return fail(problem, K::Truncated);
        if (rank > kMaxRank)
            return fail(problem, K::RankUnsupported, rank);
        t.name.assign(name);
        std::int64_t elements = 1;
        for (int d = 0; d < rank; ++d) {
            std::int64_t size = 0;
            if (!in.read(&size))
                return fail(problem, K::Truncated);
            if (size < 0 || size > format.maxBytes || elements * size > format.maxBytes)
                return fail(problem, K::InvalidSizes);
            elements *= size;
            t.shape.push_back(size);
        }
        std::string_view values;
        if (std::uint64_t(elements) * 4 > in.remaining() || !in.take(std::size_t(elements) * 4, &values))
            return fail(problem, K::Truncated);
        t.values.resize(std::size_t(elements));
        if (!values.empty()) // an empty tensor has no buffer to copy into (memcpy of null)
            std::memcpy(t.values.data(), values.data(), values.size());
        out.push_back(std::move(t));
    }
    if (in.remaining() != 0)
        return fail(problem, K::TrailingBytes);
    if (tensors)
        *tensors = std::move(out);
    return true;
}

bool readContainerBytes(const ContainerFormat &format,
                        const std::string &path,
                        std::string *bytes,
                        ContainerProblem *problem)
{
    using K = ContainerProblem::Kind;
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return fail(problem, K::CannotOpen, 0, std::strerror(errno));
    file.seekg(0, std::ios::end);
    const std::streamoff size = file.tellg();
    if (size < 0)
        return fail(problem, K::CannotRead, 0, std::strerror(errno));
    if (std::int64_t(size) > format.maxBytes)
        return fail(problem, K::FileTooLarge, format.maxBytes);
    file.seekg(0);
    bytes->resize(std::size_t(size));
    if (!file.read(bytes->data(), size))
        return fail(problem, K::CannotRead, 0, "short read");
    if (file.peek() != std::char_traits<char>::eof()) // it grew while it was read
        return fail(problem, K::FileTooLarge, format.maxBytes);
    return true;
}

bool writeFileAtomically(const std::string &path, std::string_view bytes, ContainerProblem *problem)
{
    using K = ContainerProblem::Kind;
    const std::string temp = path + ".part";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(problem, K::CannotWrite, 0, std::strerror(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return fail(problem, K::CannotWrite, 0, reason);
        }
        done += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        return fail(problem, K::CannotWrite, 0, reason);
    }
    return true;
}

} // namespace wbc::engine
