#pragma once

#include <atomic>
#include <memory>

#include <QImage>
#include <QList>
#include <QObject>
#include <QRect>
#include <QSet>
#include <QThreadPool>

#include "slidetilecache.h"

namespace wbc {

class SlideReader;

// Opens the shown slide and decodes its tiles on a thread pool of its own, never on the GUI
// thread. request() replaces the queue of wanted tiles (most wanted first): a tile that scrolled
// out of view before its turn is never decoded, so panning across a slide never builds a backlog.
// At most threadCount() tiles decode at once; each result comes back queued, through a watcher
// parented to the loader, and a result of a slide no longer shown is dropped. Owned by the
// SlideView; lives on the GUI thread.
class SlideTileLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTileSize = 512; // pixels of its level, on each side

    explicit SlideTileLoader(QObject *parent = nullptr);
    ~SlideTileLoader() override;

    // Opens a slide (and reads its thumbnail) on the pool: opened or openFailed follows. An empty
    // path closes the slide.
    void open(const QString &path, int thumbnailSide = 1024);
    // The open slide, or nullptr while none is (or while it opens).
    const SlideReader *reader() const { return m_reader.get(); }
    QString path() const { return m_path; }

    // The tile's pixels in its level: x, y, width and height (the last column and row are
    // smaller). An empty rectangle for a tile outside the level.
    QRect tileRect(const SlideTileKey &key) const;
    int columns(int level) const;
    int rows(int level) const;

    // The tiles to decode, most wanted first (the caller leaves out those it has); replaces what
    // was queued. Tiles already decoding finish.
    void request(const QList<SlideTileKey> &tiles);
    int queuedCount() const { return int(m_queue.size()); }
    int decodingCount() const { return int(m_decoding.size()); }
    bool isIdle() const { return m_queue.isEmpty() && m_decoding.isEmpty(); }
    int threadCount() const { return m_pool.maxThreadCount(); }
    void setThreadCount(int threads) { m_pool.setMaxThreadCount(threads); }
    // Waits for the pool's jobs (the destructor does, too).
    void waitForDone() { m_pool.waitForDone(); }

    // Debug counters over every loader of the process: tiles decoded, and decoded on the GUI
    // thread (the viewer's promise is that this stays 0).
    static int decodeCount();
    static int guiThreadDecodeCount();

Q_SIGNALS:
    void opened(const QImage &thumbnail);
    void openFailed(const QString &message);
    void tileReady(const SlideTileKey &key, const QImage &tile);
    void tileFailed(const SlideTileKey &key, const QString &message);

private:
    void startMore();

    QThreadPool m_pool;
    std::shared_ptr<const SlideReader> m_reader; // shared with the jobs that read it
    QString m_path;
    quint64 m_generation = 0; // the open slide's; a late result of another is dropped
    QList<SlideTileKey> m_queue;
    QSet<SlideTileKey> m_decoding;
};

} // namespace wbc
