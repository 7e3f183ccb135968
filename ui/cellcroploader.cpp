#include "cellcroploader.h"

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "base/imagefile.h"
#include "slide/slidecellcrops.h"
#include "training/cellsamples.h"

namespace wbc {

namespace {

    // RGB cv::Mat -> QImage in the format the raster engine paints fastest; always a deep copy.
    QImage toQImage(const cv::Mat &rgb)
    {
        if (rgb.empty() || rgb.type() != CV_8UC3)
            return {};
        const QImage view(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
        return view.convertToFormat(QImage::Format_RGB32);
    }

    void addCell(QList<CellRecord> &cells, const CellRecord &cell)
    {
        for (const CellRecord &c : std::as_const(cells)) {
            if (c.id == cell.id)
                return;
        }
        cells.append(cell);
    }

} // namespace

CellCropLoader::CellCropLoader(QObject *parent)
    : QObject(parent)
    , m_memory(kDefaultMemoryKiB)
{
    m_pool.setMaxThreadCount(kThreads);
    m_pool.setObjectName(QStringLiteral("CellCropPool"));
}

CellCropLoader::~CellCropLoader()
{
    clear();
    m_pool.waitForDone(); // jobs hold no pointer to this object, but finish them before exit
}

QImage CellCropLoader::crop(
    const CellRecord &cell, const QString &path, const QList<CellRecord> &fieldCells)
{
    if (const QImage *image = m_memory.object(cell.id))
        return *image;
    if (path.isEmpty() || m_errors.contains(path) || m_pendingCells.contains(cell.id)) {
        // Asked again while queued: it is on screen now, so it goes first.
        if (m_pendingCells.contains(cell.id) && !m_queue.isEmpty() && m_queue.constLast() != path
            && m_queue.removeOne(path))
            m_queue.append(path);
        return {};
    }
    ++m_requested;
    m_pendingCells.insert(cell.id);
    auto it = m_requests.find(path);
    if (it != m_requests.end() && it->running) {
        Request &later = m_later[path]; // the running job may not know this cell
        later.wanted.insert(cell.id);
        addCell(later.cells, cell);
        return {};
    }
    if (it == m_requests.end()) {
        Request request;
        request.cells = fieldCells;
        addCell(request.cells, cell);
        request.wanted.insert(cell.id);
        m_requests.insert(path, request);
        m_queue.append(path);
        while (m_queue.size() > kMaxQueued) { // fields long scrolled past ask again when shown
            const Request dropped = m_requests.take(m_queue.takeFirst());
            for (qint64 id : dropped.wanted)
                m_pendingCells.remove(id);
        }
    } else {
        addCell(it->cells, cell);
        it->wanted.insert(cell.id);
        if (m_queue.constLast() != path && m_queue.removeOne(path))
            m_queue.append(path);
    }
    startMore();
    return {};
}

void CellCropLoader::startMore()
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
        QList<CellRecord> cells = request.cells; // the job owns copies of what it reads
        QHash<qint64, CellCropRecord> cached;
        if (m_cachedCrops) {
            // A slide holds thousands of cells: only the ones asked for, from their crops.
            QList<CellRecord> wanted;
            for (const CellRecord &c : std::as_const(cells)) {
                if (request.wanted.contains(c.id))
                    wanted.append(c);
            }
            cached = m_cachedCrops(wanted);
            if (cached.size() == wanted.size())
                cells = wanted;
            else
                cached.clear(); // a field, or cells without a crop: decoded as always
        }
        watcher->setFuture(QtConcurrent::run(&m_pool, [path, cells, cached] {
            Result result;
            if (!cached.isEmpty()) { // a slide: its cells' cached crops, never the slide
                const CellCropParams params;
                const cv::Size size(kCropSize.width(), kCropSize.height());
                for (const CellRecord &cell : cells) {
                    cv::Mat bgr;
                    CellRecord inCrop;
                    if (!cachedCropField(cached, cell, &bgr, &inCrop)) {
                        result.error = QCoreApplication::translate(
                            "CellCropLoader", "a cached cell crop cannot be read");
                        return result;
                    }
                    cv::Mat scaled;
                    cv::resize(cropStoredCell(bgr, inCrop, params).rgb, scaled, size, 0, 0,
                               cv::INTER_AREA);
                    result.crops.insert(cell.id, toQImage(scaled));
                }
                return result;
            }
            const DecodedImage decoded = decodeImageFile(path);
            if (!decoded.ok()) {
                result.error = decoded.error;
                return result;
            }
            const CellCropParams params;
            const cv::Size size(kCropSize.width(), kCropSize.height());
            for (const CellRecord &cell : cells) {
                const CellCrop crop = cropStoredCell(decoded.bgr, cell, params);
                cv::Mat scaled;
                cv::resize(crop.rgb, scaled, size, 0, 0, cv::INTER_AREA);
                result.crops.insert(cell.id, toQImage(scaled));
            }
            return result;
        }));
    }
}

void CellCropLoader::finished(QFutureWatcher<Result> *watcher, const QString &path)
{
    m_watchers.removeOne(watcher);
    watcher->deleteLater();
    const Result result = watcher->future().result();
    const Request request = m_requests.take(path);
    ++m_decoded;
    if (result.error.isEmpty()) {
        for (auto it = result.crops.cbegin(); it != result.crops.cend(); ++it) {
            auto *image = new QImage(it.value());
            m_memory.insert(it.key(), image, std::max<qsizetype>(1, image->sizeInBytes() / 1024));
        }
        for (qint64 id : request.wanted) {
            m_pendingCells.remove(id);
            Q_EMIT cropReady(id);
        }
    } else {
        m_errors.insert(path, result.error);
        for (qint64 id : request.wanted) {
            m_pendingCells.remove(id);
            Q_EMIT cropFailed(id, result.error);
        }
    }
    if (m_later.contains(path)) { // cells asked for while this field was being read
        Request later = m_later.take(path);
        for (auto it = later.wanted.begin(); it != later.wanted.end();) {
            if (result.crops.contains(*it) || !result.error.isEmpty()) {
                m_pendingCells.remove(*it);
                if (result.error.isEmpty())
                    Q_EMIT cropReady(*it);
                else
                    Q_EMIT cropFailed(*it, result.error);
                it = later.wanted.erase(it);
            } else {
                ++it;
            }
        }
        if (!later.wanted.isEmpty()) {
            m_requests.insert(path, later);
            m_queue.append(path);
        }
    }
    startMore();
    if (m_requests.isEmpty())
        Q_EMIT idle();
}

QImage CellCropLoader::cached(qint64 cellId) const
{
    const QImage *image = m_memory.object(cellId);
    return image ? *image : QImage();
}

void CellCropLoader::forget(qint64 cellId)
{
    m_memory.remove(cellId);
}

void CellCropLoader::clear()
{
    for (QFutureWatcher<Result> *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        delete watcher; // a job still running finishes on its own; its result is dropped
    }
    m_watchers.clear();
    m_queue.clear();
    m_requests.clear();
    m_later.clear();
    m_pendingCells.clear();
    m_memory.clear();
    m_errors.clear();
    m_requested = 0;
    m_decoded = 0;
}

} // namespace wbc
