#include "slidetileloader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "slide/slidereader.h"

namespace wbc {

namespace {

    std::atomic<int> s_decodes { 0 };
    std::atomic<int> s_guiThreadDecodes { 0 };

    struct OpenResult
    {
        std::shared_ptr<const SlideReader> reader;
        QImage thumbnail;
        QString error;
    };

    struct TileResult
    {
        QImage tile;
        QString error;
    };

} // namespace

SlideTileLoader::SlideTileLoader(QObject *parent)
    : QObject(parent)
{
    // Two decoders keep a 2-core machine's GUI thread free; more add little for JPEG tiles.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 4));
}

SlideTileLoader::~SlideTileLoader()
{
    m_queue.clear();
    m_pool.waitForDone();
}

int SlideTileLoader::decodeCount()
{
    return s_decodes.load();
}

int SlideTileLoader::guiThreadDecodeCount()
{
    return s_guiThreadDecodes.load();
}

void SlideTileLoader::open(const QString &path, int thumbnailSide)
{
    const quint64 generation = ++m_generation;
    m_reader.reset();
    m_path = path;
    m_queue.clear();
    m_decoding.clear();
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<OpenResult>(this);
    connect(watcher, &QFutureWatcher<OpenResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const OpenResult r = watcher->result();
        if (generation != m_generation)
            return;
        if (!r.reader) {
            Q_EMIT openFailed(r.error);
            return;
        }
        m_reader = r.reader;
        Q_EMIT opened(r.thumbnail);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, thumbnailSide] {
        OpenResult r;
        std::unique_ptr<SlideReader> reader = SlideReader::open(path, &r.error);
        if (!reader)
            return r;
        QString error;
        r.thumbnail = reader->thumbnail(thumbnailSide, &error); // null: the tiles alone
        r.reader = std::move(reader);
        return r;
    }));
}

int SlideTileLoader::columns(int level) const
{
    if (!m_reader || level < 0 || level >= int(m_reader->levels().size()))
        return 0;
    return int((m_reader->levels()[level].width + kTileSize - 1) / kTileSize);
}

int SlideTileLoader::rows(int level) const
{
    if (!m_reader || level < 0 || level >= int(m_reader->levels().size()))
        return 0;
    return int((m_reader->levels()[level].height + kTileSize - 1) / kTileSize);
}

QRect SlideTileLoader::tileRect(const SlideTileKey &key) const
{
    if (key.column < 0 || key.row < 0 || key.column >= columns(key.level)
        || key.row >= rows(key.level))
        return {};
    const SlideLevel &l = m_reader->levels()[key.level];
    const qint64 x = qint64(key.column) * kTileSize;
    const qint64 y = qint64(key.row) * kTileSize;
    return QRect(int(x),
        int(y),
        int(std::min<qint64>(kTileSize, l.width - x)),
        int(std::min<qint64>(kTileSize, l.height - y)));
}

void SlideTileLoader::request(const QList<SlideTileKey> &tiles)
{
    m_queue.clear();
    for (const SlideTileKey &k : tiles)
        if (!m_decoding.contains(k) && !tileRect(k).isEmpty())
            m_queue.append(k);
    startMore();
}

void SlideTileLoader::startMore()
{
    while (m_reader && !m_queue.isEmpty() && m_decoding.size() < m_pool.maxThreadCount()) {
        const SlideTileKey key = m_queue.takeFirst();
        const QRect r = tileRect(key);
        const double downsample = m_reader->levels()[key.level].downsample;
        // OpenSlide takes the top-left in level-0 pixels.
        const qint64 x0 = qint64(std::llround(r.x() * downsample));
        const qint64 y0 = qint64(std::llround(r.y() * downsample));
        m_decoding.insert(key);
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<TileResult>(this);
        connect(
            watcher, &QFutureWatcher<TileResult>::finished, this, [this, watcher, key, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_decoding.remove(key);
                const TileResult t = watcher->result();
                if (t.tile.isNull())
                    Q_EMIT tileFailed(key, t.error);
                else
                    Q_EMIT tileReady(key, t.tile);
                startMore();
            });
        watcher->setFuture(QtConcurrent::run(&m_pool, [reader = m_reader, key, r, x0, y0] {
            ++s_decodes;
            if (QThread::currentThread() == QCoreApplication::instance()->thread())
                ++s_guiThreadDecodes;
            TileResult t;
            t.tile = reader->readRegion(key.level, x0, y0, r.width(), r.height(), &t.error);
            return t;
        }));
    }
}

} // namespace wbc
