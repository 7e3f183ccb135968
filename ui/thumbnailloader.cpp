#include "thumbnailloader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace wbc {

namespace {

    // BGR cv::Mat -> QImage in the format the raster engine paints fastest; always a deep copy.
    QImage toQImage(const cv::Mat &bgr)
    {
        if (bgr.empty() || bgr.type() != CV_8UC3)
            return {};
        const QImage view(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888);
        return view.convertToFormat(QImage::Format_RGB32);
    }

} // namespace

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_memory(kDefaultMemoryKiB)
{
    m_pool.setMaxThreadCount(kThreads);
    m_pool.setObjectName(QStringLiteral("ThumbnailPool"));
}

ThumbnailLoader::~ThumbnailLoader()
{
    clear();
    m_pool.waitForDone(); // jobs hold no pointer to this object, but finish them before exit
}

void ThumbnailLoader::setCache(const ThumbnailCache &cache)
{
    clear();
    m_cache = cache;
}

void ThumbnailLoader::setMemoryLimitKiB(qint64 kib)
{
    m_memory.setMaxCost(std::max<qint64>(1, kib));
}

QPixmap ThumbnailLoader::thumbnail(qint64 imageId, const QString &path, const QString &key)
{
    if (const QPixmap *pixmap = m_memory.object(path))
        return *pixmap;
    if (path.isEmpty() || m_errors.contains(path))
        return {};
    auto it = m_requests.find(path);
    if (it != m_requests.end()) {
        if (!it->imageIds.contains(imageId))
            it->imageIds.append(imageId);
        if (!it->running && m_queue.constLast() != path) { // asked again: it is on screen now
            m_queue.removeOne(path);
            m_queue.append(path);
        }
        return {};
    }
    m_requests.insert(path, Request { key, { imageId }, false });
    m_queue.append(path);
    while (m_queue.size() > kMaxQueued) // rows long scrolled past ask again when shown
        m_requests.remove(m_queue.takeFirst());
    startMore();
    return {};
}

void ThumbnailLoader::startMore()
{
    while (!m_queue.isEmpty() && m_watchers.size() < kThreads) {
        const QString path = m_queue.takeLast();
        Request &request = m_requests[path];
        request.running = true;
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, path] {
            finished(watcher, path);
        });
        m_watchers.append(watcher);
        const ThumbnailCache cache = m_cache; // the job owns copies of everything it reads
        const QString key = request.key;
        watcher->setFuture(QtConcurrent::run(&m_pool, [cache, path, key] {
            const Thumbnail thumb = cache.thumbnail(path, key);
            return thumb.ok() ? Result { toQImage(thumb.bgr), {} } : Result { {}, thumb.error };
        }));
    }
}

void ThumbnailLoader::finished(QFutureWatcher<Result> *watcher, const QString &path)
{
    m_watchers.removeOne(watcher);
    watcher->deleteLater();
    const Result result = watcher->future().result();
    const QList<qint64> ids = m_requests.take(path).imageIds;
    if (!result.image.isNull()) {
        auto *pixmap = new QPixmap(QPixmap::fromImage(result.image));
        m_memory.insert(path, pixmap, std::max<qsizetype>(1, result.image.sizeInBytes() / 1024));
        for (qint64 id : ids)
            Q_EMIT thumbnailReady(id, result.image);
    } else {
        const QString error = result.error.isEmpty() ? tr("unknown error") : result.error;
        m_errors.insert(path, error);
        for (qint64 id : ids)
            Q_EMIT thumbnailFailed(id, error);
    }
    startMore();
    if (m_requests.isEmpty())
        Q_EMIT idle();
}

void ThumbnailLoader::clear()
{
    for (QFutureWatcher<Result> *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        delete watcher; // a job still running finishes on its own; its result is dropped
    }
    m_watchers.clear();
    m_queue.clear();
    m_requests.clear();
    m_memory.clear();
    m_errors.clear();
}

} // namespace wbc
