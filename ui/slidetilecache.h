#pragma once

#include <list>

#include <QHash>
#include <QImage>
#include <QtGlobal>

namespace wbc {

// One tile of a slide's pyramid: `level`, and its column and row in tiles of that level.
struct SlideTileKey
{
    int level = 0;
    int column = 0;
    int row = 0;

    friend bool operator==(const SlideTileKey &a, const SlideTileKey &b) = default;
};

inline size_t qHash(const SlideTileKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.level, k.column, k.row);
}

// The decoded tiles of the shown slide, bounded in bytes: inserting past the bound drops the
// least recently used tiles first (a lookup counts as a use). Knows nothing of decoding or of the
// slide. Owned by the SlideView; GUI thread.
class SlideTileCache
{
public:
    explicit SlideTileCache(qint64 maxBytes = qint64(256) << 20);

    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 bytes() const { return m_bytes; }
    int count() const { return int(m_index.size()); }
    // Most bytes ever held at once (after evicting), for tests of the bound.
    qint64 peakBytes() const { return m_peakBytes; }

    // The tile, marked as just used; a null image when it is not cached.
    QImage find(const SlideTileKey &key);
    bool contains(const SlideTileKey &key) const { return m_index.contains(key); }
    // Adds or replaces a tile. A tile larger than the whole bound is not kept.
    void insert(const SlideTileKey &key, const QImage &tile);
    void clear();

private:
    struct Entry
    {
        SlideTileKey key;
        QImage tile;
        qint64 bytes = 0;
    };
    void evict();

    std::list<Entry> m_lru; // most recently used first
    QHash<SlideTileKey, std::list<Entry>::iterator> m_index;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    qint64 m_peakBytes = 0;
};

} // namespace wbc
