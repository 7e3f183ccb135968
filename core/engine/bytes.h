#pragma once

// Little-endian byte writing and bounds-checked reading for the engine's file formats.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wbc::engine::bytes {

template<class T>
void put(std::string &out, T value)
{
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    out.append(raw, sizeof(T));
}

// Reads values and spans from the front; every read checks what is left first.
class Reader
{
public:
    explicit Reader(std::string_view bytes)
        : m_bytes(bytes)
    {}
    template<class T>
    bool read(T *value)
    {
        if (m_bytes.size() - m_pos < sizeof(T))
            return false;
        std::memcpy(value, m_bytes.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    bool take(std::size_t n, std::string_view *out)
    {
        if (m_bytes.size() - m_pos < n)
            return false;
        *out = m_bytes.substr(m_pos, n);
        m_pos += n;
        return true;
    }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    std::size_t pos() const { return m_pos; }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
};

} // namespace wbc::engine::bytes
