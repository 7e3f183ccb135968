#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <functional>

#include "project/projectstore.h"

template <typename T> class QFutureWatcher;

namespace wbc {

// Crops of white cells for the gallery, made lazily: a view asks for the crops it paints, the
// field is queued once (de-duplicated by path, newest request first so what is on screen comes
// before what was scrolled past), a dedicated thread pool decodes it once and crops every cell of
// it that the requester listed (cropStoredCell, the path training and prediction share), and the
// results come back through a QFutureWatcher parented to this object, so nothing arrives after
// clear() or after the loader is gone. Finished crops stay in a memory LRU bounded in bytes.
// Lives on the GUI thread; owned by the widget that shows the crops.
class CellCropLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kThreads = 2;
    static constexpr int kMaxQueued = 256; // fields; older requests are dropped beyond this
    static constexpr qint64 kDefaultMemoryKiB = 96 * 1024; // about 2,000 crops of 128 x 96
    static constexpr QSize kCropSize { 128, 96 }; // the classifier's 4:3 input, scaled down

    explicit CellCropLoader(QObject *parent = nullptr);
    ~CellCropLoader() override;

    // The crop of cell when it is in memory. Otherwise returns a null image and queues its field
    // (unless it failed before) with fieldCells, the cells of the same image to crop while it is
    // decoded (cell itself is always included); cropReady(cell.id) follows.
    QImage crop(const CellRecord &cell, const QString &path, const QList<CellRecord> &fieldCells);
    // The crop of a cell when it is in memory, else a null image; queues nothing.
    QImage cached(qint64 cellId) const;
    // Why the field at path could not be read; empty when it could (or was not tried).
    QString error(const QString &path) const { return m_errors.value(path); }
    bool isPending(qint64 cellId) const { return m_pendingCells.contains(cellId); }
    int pendingCount() const { return int(m_pendingCells.size()); }
    // Counters since construction or clear(): cells asked for that were not in memory, and fields
    // decoded. What the stall test checks: only what is painted is ever asked for.
    int requestedCells() const { return m_requested; }
    int decodedFields() const { return m_decoded; }

    // Forgets the crop of a cell whose box changed.
    void forget(qint64 cellId);
    // Forgets queued work, crops and errors; results of jobs already running are dropped.
    void clear();

    QThreadPool *threadPool() { return &m_pool; }

    // Whole-slide images (issue 21): where a slide's cached crops come from (called on the GUI
    // thread when a path's job starts; an empty result means a field, decoded as always).
    using CachedCrops = std::function<QHash<qint64, CellCropRecord>(const QList<CellRecord> &)>;
    void setCachedCrops(CachedCrops source) { m_cachedCrops = std::move(source); }

Q_SIGNALS:
    void cropReady(qint64 cellId);
    void cropFailed(qint64 cellId, const QString &error);
    // Nothing queued or running any more.
    void idle();

private:
    struct Request
    {
        QList<CellRecord> cells; // to crop
        QSet<qint64> wanted; // asked for by a view
        bool running = false;
    };
    struct Result
    {
        QHash<qint64, QImage> crops;
        QString error;
    };

    void startMore();
    void finished(QFutureWatcher<Result> *watcher, const QString &path);

    QThreadPool m_pool;
    QList<QString> m_queue; // paths waiting, newest request last
    QHash<QString, Request> m_requests; // queued or running, by path
    QHash<QString, Request> m_later; // asked for while that path was running
    QSet<qint64> m_pendingCells;
    QList<QFutureWatcher<Result> *> m_watchers;
    QCache<qint64, QImage> m_memory; // cost in KiB
    QHash<QString, QString> m_errors;
    int m_requested = 0;
    int m_decoded = 0;
    CachedCrops m_cachedCrops;
};

} // namespace wbc
