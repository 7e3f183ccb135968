#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QString>
#include <QThreadPool>

#include "base/thumbnailcache.h"

template <typename T> class QFutureWatcher;

namespace wbc {

// Loads thumbnails lazily for views: a request queues the image once (de-duplicated by path,
// newest request first, so the rows on screen come before rows scrolled past), a dedicated
// thread pool makes the thumbnail through ThumbnailCache (disk cache), and the result comes back
// through a QFutureWatcher parented to this object, so nothing arrives after clear() or after
// the loader is gone. Finished thumbnails stay in a memory LRU bounded in bytes.
// Lives on the GUI thread and is owned by the widget or model that shows the thumbnails.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kThreads = 2;
    static constexpr int kMaxQueued = 512; // older requests are dropped beyond this
    static constexpr qint64 kDefaultMemoryKiB = 128 * 1024; // about 1,200 thumbnails of 192 px

    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // Sets where and how large thumbnails are made; forgets everything loaded or queued.
    void setCache(const ThumbnailCache &cache);
    ThumbnailCache cache() const { return m_cache; }
    void setMemoryLimitKiB(qint64 kib);

    // The thumbnail of path when it is in memory. Otherwise returns a null pixmap and queues the
    // image (unless it failed before); thumbnailReady(imageId, ...) follows. key is the image's
    // content hash (ImageRecord::sha256), used to name the disk cache file.
    QPixmap thumbnail(qint64 imageId, const QString &path, const QString &key);
    // Why the thumbnail of path could not be made; empty when it could (or was not tried).
    QString error(const QString &path) const { return m_errors.value(path); }
    bool isPending(const QString &path) const { return m_requests.contains(path); }
    int pendingCount() const { return int(m_requests.size()); }
    int queuedCount() const { return int(m_queue.size()); }

    // Forgets queued work, in-memory thumbnails and errors; results of jobs already running are
    // dropped.
    void clear();

    QThreadPool *threadPool() { return &m_pool; }

Q_SIGNALS:
    void thumbnailReady(qint64 imageId, const QImage &image);
    void thumbnailFailed(qint64 imageId, const QString &error);
    // Nothing queued or running any more.
    void idle();

private:
    struct Request
    {
        QString key;
        QList<qint64> imageIds;
        bool running = false;
    };
    struct Result
    {
        QImage image;
        QString error;
    };

    void startMore();
    void finished(QFutureWatcher<Result> *watcher, const QString &path);

    ThumbnailCache m_cache;
    QThreadPool m_pool;
    QList<QString> m_queue; // paths waiting, newest request last
    QHash<QString, Request> m_requests; // queued or running, by path
    QList<QFutureWatcher<Result> *> m_watchers;
    QCache<QString, QPixmap> m_memory; // cost in KiB
    QHash<QString, QString> m_errors;
};

} // namespace wbc
