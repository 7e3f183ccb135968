#include "slidetilecache.h"

namespace wbc {

SlideTileCache::SlideTileCache(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{ }

void SlideTileCache::setMaxBytes(qint64 bytes)
{
    m_maxBytes = bytes;
    evict();
}

QImage SlideTileCache::find(const SlideTileKey &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return {};
    m_lru.splice(m_lru.begin(), m_lru, *it); // iterators stay valid
    return (*it)->tile;
}

void SlideTileCache::insert(const SlideTileKey &key, const QImage &tile)
{
    if (const auto it = m_index.find(key); it != m_index.end()) {
        m_bytes -= (*it)->bytes;
        m_lru.erase(*it);
        m_index.erase(it);
    }
    const qint64 bytes = tile.sizeInBytes();
    if (tile.isNull() || bytes > m_maxBytes)
        return;
    m_lru.push_front({ key, tile, bytes });
    m_index.insert(key, m_lru.begin());
    m_bytes += bytes;
    evict();
    m_peakBytes = std::max(m_peakBytes, m_bytes);
}

void SlideTileCache::clear()
{
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
}

void SlideTileCache::evict()
{
    while (m_bytes > m_maxBytes && !m_lru.empty()) {
        const Entry &last = m_lru.back();
        m_bytes -= last.bytes;
        m_index.remove(last.key);
        m_lru.pop_back();
    }
}

} // namespace wbc
