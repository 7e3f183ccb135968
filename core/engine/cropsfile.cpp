#include "cropsfile.h"

#include "bytes.h"
#include "sha256.h"

#include <cstring>

namespace wbc::engine {

namespace {

using bytes::put;
using bytes::Reader;

constexpr int kMagicSize = 8;
constexpr std::uint32_t kMaxClasses = 64;
constexpr std::uint16_t kMaxClassName = 64;
constexpr std::int64_t kMaxSide = 4096;

bool fail(ContainerProblem *problem, ContainerProblem::Kind kind, std::int64_t value = 0)
{
    if (problem)
        *problem = {kind, value, {}};
    return false;
}

} // namespace

std::string serializeCrops(const Crops &c)
{
    std::string out;
    out.reserve(64 + c.rgb.size() + c.count() * 18);
    out.append(kCropsMagic, kMagicSize);
    put(out, kCropsFormatVersion);
    put(out, std::uint32_t(c.width));
    put(out, std::uint32_t(c.height));
    put(out, std::uint32_t(c.classNames.size()));
    for (const std::string &name : c.classNames) {
        put(out, std::uint16_t(name.size()));
        out.append(name);
    }
    put(out, std::uint64_t(c.count()));
    const std::size_t frame = c.cropBytes();
    for (std::size_t i = 0; i < c.count(); ++i) {
        put(out, c.labels[i]);
        put(out, c.groups[i]);
        put(out, c.cellIds[i]);
        out.append(reinterpret_cast<const char *>(c.rgb.data() + i * frame), frame);
    }
    const auto hash = sha256(out);
    out.append(reinterpret_cast<const char *>(hash.data()), hash.size());
    return out;
}

bool parseCrops(std::string_view bytes, Crops *crops, ContainerProblem *problem)
{
    using K = ContainerProblem::Kind;
    if (bytes.size() < std::size_t(kMagicSize)
        || std::memcmp(bytes.data(), kCropsMagic, kMagicSize) != 0)
        return fail(problem, K::NotThisKind);
    if (std::int64_t(bytes.size()) > kMaxCropsFileBytes)
        return fail(problem, K::FileTooLarge, kMaxCropsFileBytes);
    if (bytes.size() < std::size_t(kMagicSize + kContainerHashSize))
        return fail(problem, K::Truncated);
    Reader in(bytes.substr(kMagicSize, bytes.size() - kMagicSize - kContainerHashSize));
    std::uint32_t version = 0, width = 0, height = 0, classes = 0;
    if (!in.read(&version))
        return fail(problem, K::Truncated);
    if (version != kCropsFormatVersion)
        return fail(problem, K::UnsupportedVersion, version);
    if (!in.read(&width) || !in.read(&height) || !in.read(&classes))
        return fail(problem, K::Truncated);
    if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide || classes < 1
        || classes > kMaxClasses)
        return fail(problem, K::InvalidSizes);
    const auto hash = sha256(bytes.substr(0, bytes.size() - kContainerHashSize));
    if (std::memcmp(hash.data(), bytes.data() + bytes.size() - kContainerHashSize, hash.size())
        != 0)
        return fail(problem, K::ChecksumMismatch);
    Crops c;
    c.width = int(width);
    c.height = int(height);
    for (std::uint32_t i = 0; i < classes; ++i) {
        std::uint16_t size = 0;
        std::string_view name;
        if (!in.read(&size))
            return fail(problem, K::Truncated);
        if (size < 1 || size > kMaxClassName)
            return fail(problem, K::InvalidSizes);
        if (!in.take(size, &name))
            return fail(problem, K::Truncated);
        c.classNames.emplace_back(name);
    }
    std::uint64_t count = 0;
    if (!in.read(&count))
        return fail(problem, K::Truncated);
    const std::size_t frame = c.cropBytes();
    const std::size_t record = 2 + 8 + 8 + frame;
    if (count > in.remaining() / record)
        return fail(problem, K::Truncated);
    c.labels.resize(count);
    c.groups.resize(count);
    c.cellIds.resize(count);
    c.rgb.resize(count * frame);
    for (std::uint64_t i = 0; i < count; ++i) {
        std::string_view pixels;
        if (!in.read(&c.labels[i]) || !in.read(&c.groups[i]) || !in.read(&c.cellIds[i])
            || !in.take(frame, &pixels))
            return fail(problem, K::Truncated);
        if (c.labels[i] >= classes)
            return fail(problem, K::InvalidSizes);
        std::memcpy(c.rgb.data() + i * frame, pixels.data(), frame);
    }
    if (in.remaining() != 0)
        return fail(problem, K::TrailingBytes);
    *crops = std::move(c);
    return true;
}

bool readCropsFile(const std::string &path, Crops *crops, ContainerProblem *problem)
{
    const ContainerFormat limits{kCropsMagic, kCropsFormatVersion, kMaxCropsFileBytes, 0, 0};
    std::string bytes;
    return readContainerBytes(limits, path, &bytes, problem) && parseCrops(bytes, crops, problem);
}

bool writeCropsFile(const std::string &path, const Crops &crops, ContainerProblem *problem)
{
    return writeFileAtomically(path, serializeCrops(crops), problem);
}

int taskClassIndex(std::string_view task, std::string_view name)
{
    if (task == "binary") {
        if (name == "NEUTROPHIL" || name == "EOSINOPHIL" || name == "POLYNUCLEAR")
            return 0;
        if (name == "LYMPHOCYTE" || name == "MONOCYTE" || name == "MONONUCLEAR")
            return 1;
        return -1;
    }
    if (task == "four") {
        const char *four[] = {"NEUTROPHIL", "EOSINOPHIL", "LYMPHOCYTE", "MONOCYTE"};
        for (int i = 0; i < 4; ++i) {
            if (name == four[i])
                return i;
        }
    }
    return -1;
}

int taskClassCount(std::string_view task)
{
    return task == "binary" ? 2 : task == "four" ? 4 : 0;
}

} // namespace wbc::engine
