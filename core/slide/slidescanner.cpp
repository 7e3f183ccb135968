#include "slide/slidescanner.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <tuple>

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>

#include "slide/focusmeasure.h"
#include "slide/slidereader.h"

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(SlideScanner)
    };

    // BGR of an OpenSlide region, composited over white where it is transparent (outside the
    // slide's scanned area).
    cv::Mat toBgr(const QImage &argb)
    {
        // Premultiplied BGRA in memory (little-endian ARGB32): opaque pixels are plain BGR, so one
        // vectorised conversion does; the transparent ones (beyond the scanned area) are then put
        // over white.
        const cv::Mat bgra(argb.height(),
            argb.width(),
            CV_8UC4,
            const_cast<uchar *>(argb.constBits()),
            size_t(argb.bytesPerLine()));
        cv::Mat bgr;
        cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
        cv::Mat alpha;
        cv::extractChannel(bgra, alpha, 3);
        double minAlpha = 255.0;
        cv::minMaxLoc(alpha, &minAlpha);
        if (minAlpha >= 255.0)
            return bgr;
        for (int y = 0; y < bgr.rows; ++y) {
            const uchar *a = alpha.ptr<uchar>(y);
            uchar *dst = bgr.ptr<uchar>(y);
            for (int x = 0; x < bgr.cols; ++x) {
                const int white = 255 - a[x];
                for (int k = 0; k < 3 && white > 0; ++k)
                    dst[3 * x + k] = uchar(std::min(255, dst[3 * x + k] + white));
            }
        }
        return bgr;
    }

    double iouOf(const QRect &a, const QRect &b, double *coverSmaller)
    {
        const QRect i = a.intersected(b);
        const double inter = i.isEmpty() ? 0.0 : double(i.width()) * i.height();
        const double aa = double(a.width()) * a.height();
        const double ab = double(b.width()) * b.height();
        *coverSmaller = inter / std::max(1.0, std::min(aa, ab));
        return inter / std::max(1.0, aa + ab - inter);
    }

    struct Grid
    {
        QRect region; // level 0
        double ds = 1.0; // level-0 px per working px
        int tile = 1024; // working px
        int overlap = 0; // working px
        int columns = 0;
        int rows = 0;

        // Tile core (no overlap) in level-0 pixels, clipped to the region.
        QRect core(int c, int r) const
        {
            const qint64 x0 = region.x() + qint64(std::floor(c * tile * ds));
            const qint64 y0 = region.y() + qint64(std::floor(r * tile * ds));
            const qint64 x1 = std::min<qint64>(region.x() + qint64(region.width()),
                region.x() + qint64(std::floor((c + 1) * tile * ds)));
            const qint64 y1 = std::min<qint64>(region.y() + qint64(region.height()),
                region.y() + qint64(std::floor((r + 1) * tile * ds)));
            return QRect(int(x0), int(y0), int(x1 - x0), int(y1 - y0));
        }
    };

    // Meander rank of a tile: row by row, alternating direction.
    int meanderIndex(int c, int r, int columns)
    {
        return r * columns + (r % 2 == 0 ? c : columns - 1 - c);
    }

} // namespace

bool SlideScanState::isComplete() const
{
    return columns > 0 && !done.isEmpty() && !done.contains('\0');
}

QByteArray SlideScanState::toJson() const
{
    QJsonArray cellArray;
    for (const ScannedCell &c : cells)
        cellArray.append(
            QJsonArray { c.box.x(), c.box.y(), c.box.width(), c.box.height(), c.score });
    QJsonObject o { { QStringLiteral("columns"), columns }, // notr
        { QStringLiteral("rows"), rows }, // notr
        { QStringLiteral("done"), QString::fromLatin1(done.toHex()) }, // notr
        { QStringLiteral("cells"), cellArray }, // notr
        { QStringLiteral("params"), paramsKey } }; // notr
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SlideScanState> SlideScanState::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SlideScanState s;
    s.columns = o.value(QStringLiteral("columns")).toInt(); // notr
    s.rows = o.value(QStringLiteral("rows")).toInt(); // notr
    s.done = QByteArray::fromHex(o.value(QStringLiteral("done")).toString().toLatin1()); // notr
    s.paramsKey = o.value(QStringLiteral("params")).toString(); // notr
    if (s.columns <= 0 || s.rows <= 0 || s.done.size() != qsizetype(s.columns) * s.rows)
        return std::nullopt;
    for (const QJsonValue &v : o.value(QStringLiteral("cells")).toArray()) { // notr
        const QJsonArray a = v.toArray();
        if (a.size() != 5)
            return std::nullopt;
        s.cells.append(
            { QRect(a[0].toInt(), a[1].toInt(), a[2].toInt(), a[3].toInt()), a[4].toDouble() });
    }
    return s;
}

QList<ScannedCell> mergeCells(QList<ScannedCell> cells, double iou, double cover)
{
    std::sort(cells.begin(), cells.end(), [](const ScannedCell &a, const ScannedCell &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.box.y() != b.box.y())
            return a.box.y() < b.box.y();
        if (a.box.x() != b.box.x())
            return a.box.x() < b.box.x();
        return a.box.width() * qint64(a.box.height()) > b.box.width() * qint64(b.box.height());
    });
    QList<ScannedCell> kept;
    // Cells are small against the slide: a coarse hash of kept boxes by 512 px buckets.
    QHash<qint64, QList<int>> buckets;
    auto key = [](int bx, int by) { return (qint64(by) << 32) ^ qint64(uint32_t(bx)); };
    for (const ScannedCell &c : cells) {
        bool suppressed = false;
        const int bx0 = c.box.left() / 512 - 1;
        const int by0 = c.box.top() / 512 - 1;
        const int bx1 = c.box.right() / 512 + 1;
        const int by1 = c.box.bottom() / 512 + 1;
        for (int by = by0; by <= by1 && !suppressed; ++by) {
            for (int bx = bx0; bx <= bx1 && !suppressed; ++bx) {
                for (int k : buckets.value(key(bx, by))) {
                    double cov = 0.0;
                    const double o = iouOf(c.box, kept.at(k).box, &cov);
                    if (o >= iou || cov >= cover) {
                        suppressed = true;
                        break;
                    }
                }
            }
        }
        if (suppressed)
            continue;
        buckets[key(c.box.center().x() / 512, c.box.center().y() / 512)].append(int(kept.size()));
        kept.append(c);
    }
    return kept;
}

SlideScanner::SlideScanner(const SlideReader &reader, SlideScanParams params)
    : m_reader(reader)
    , m_params(std::move(params))
{ }

void SlideScanner::setProgress(std::function<void(int, int, double)> progress)
{
    m_progress = std::move(progress);
}

SlideScanResult SlideScanner::run(const SlideScanState *resume)
{
    QElapsedTimer timer;
    timer.start();
    m_cancel.store(false);
    SlideScanResult result;
    const SlideScanParams &p = m_params;

    // Physical scale: the slide's MPP, else the setting, else the detector's fields.
    const std::optional<double> slideMpp = m_reader.micronsPerPixelX();
    result.micronsPerPixelFromSlide = slideMpp.has_value();
    result.micronsPerPixel = slideMpp
        ? *slideMpp
        : (p.fallbackMicronsPerPixel > 0.0 ? p.fallbackMicronsPerPixel : kBccdMicronsPerPixel);
    const double cellMicrons = DetectorParams {}.cellDiameter * kBccdMicronsPerPixel;
    const double diameterL0 = cellMicrons / result.micronsPerPixel;
    Grid g;
    g.ds = std::max(1.0, diameterL0 / std::max(8.0, p.workingDiameter));
    const double workDiameter = diameterL0 / g.ds;
    g.tile = std::max(64, p.tileSize);
    // A box whose centre is in the core reaches at most about 0.8 diameters beyond it (the
    // largest nucleus the detector joins, with its margin): one diameter of overlap holds it.
    g.overlap = int(std::ceil(workDiameter));
    result.downsample = g.ds;
    const QRect slideRect(0, 0, int(m_reader.width()), int(m_reader.height()));
    g.region = p.region ? p.region->intersected(slideRect) : slideRect;
    if (g.region.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(m_reader.path(), // notr
            Tr::tr("the counting area is outside the slide"));
        return result;
    }
    g.columns = int(std::ceil(g.region.width() / g.ds / g.tile));
    g.rows = int(std::ceil(g.region.height() / g.ds / g.tile));
    result.tilesTotal = g.columns * g.rows;

    const QString paramsKey = QStringLiteral("%1 %2,%3,%4,%5 %6 %7 %8 %9") // notr
                                  .arg(g.ds, 0, 'g', 10)
                                  .arg(g.region.x())
                                  .arg(g.region.y())
                                  .arg(g.region.width())
                                  .arg(g.region.height())
                                  .arg(g.tile)
                                  .arg(g.overlap)
                                  .arg(p.skipBackground ? 1 : 0)
                                  .arg(p.skipOutOfFocus ? p.maxEdgeBlurMicrons : 0.0);
    SlideScanState state;
    if (resume && resume->paramsKey == paramsKey && resume->columns == g.columns
        && resume->rows == g.rows) {
        state = *resume;
    } else {
        state.columns = g.columns;
        state.rows = g.rows;
        state.done = QByteArray(qsizetype(g.columns) * g.rows, '\0');
        state.paramsKey = paramsKey;
    }

    // Tissue mask from a low-resolution level: about 8 mask pixels per tile side.
    cv::Mat tissue;
    double maskDs = 1.0;
    if (p.skipBackground) {
        const double want = std::max(1.0, g.tile * g.ds / 8.0);
        int level = m_reader.bestLevelForDownsample(want);
        while (level + 1 < int(m_reader.levels().size())
            && std::max(
                   m_reader.levels()[size_t(level)].width, m_reader.levels()[size_t(level)].height)
                > 4096)
            ++level;
        const SlideLevel &l = m_reader.levels()[size_t(level)];
        if (std::max(l.width, l.height) <= 8192) {
            QString error;
            const QImage low
                = m_reader.readRegion(level, 0, 0, int(l.width), int(l.height), &error);
            if (low.isNull()) {
                result.error = error;
                return result;
            }
            maskDs = l.downsample;
            cv::Mat bgr = toBgr(low);
            cv::Mat gray;
            cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
            std::vector<uchar> values(gray.begin<uchar>(), gray.end<uchar>());
            std::nth_element(
                values.begin(), values.begin() + values.size() * 995 / 1000, values.end());
            const int glass = values[values.size() * 995 / 1000];
            cv::Mat planes[3];
            cv::split(bgr, planes);
            cv::Mat maxc = cv::max(cv::max(planes[0], planes[1]), planes[2]);
            cv::Mat minc = cv::min(cv::min(planes[0], planes[1]), planes[2]);
            cv::Mat sat = maxc - minc;
            tissue = (gray < glass - 15) | (sat > 25);
        }
    }
    auto isBackground = [&](const QRect &footprint) {
        if (tissue.empty())
            return false;
        const cv::Rect r(int(std::floor(footprint.x() / maskDs)),
            int(std::floor(footprint.y() / maskDs)),
            int(std::ceil(footprint.width() / maskDs)) + 1,
            int(std::ceil(footprint.height() / maskDs)) + 1);
        const cv::Rect clipped = r & cv::Rect(0, 0, tissue.cols, tissue.rows);
        return clipped.empty() || cv::countNonZero(tissue(clipped)) == 0;
    };

    // The tiles to visit, in meander order.
    std::vector<std::pair<int, int>> order(size_t(result.tilesTotal));
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.columns; ++c)
            order[size_t(meanderIndex(c, r, g.columns))] = { c, r };

    DetectorParams dp = p.detector;
    const int side = g.tile + 2 * g.overlap;
    dp.workingWidth = 0;
    dp.cellDiameter = workDiameter * 640.0 / side;
    // The detector scales its blur with the image width, as if the image were one field of
    // view; a tile is wider than the field its cells would fill, so scale the blur back to
    // the cell size (sigma relative to the diameter as for a field).
    dp.blurSigma = p.detector.blurSigma * dp.cellDiameter / p.detector.cellDiameter;
    const WbcDetector detector(dp);

    // One tile: read (working size side x side around the core), detect, keep the cells whose
    // centre is in the core.
    struct TileOutcome
    {
        QList<ScannedCell> cells;
        QString error;
        bool skipped = false;
        bool outOfFocus = false;
    };
    std::atomic<qint64> readNs { 0 };
    std::atomic<qint64> detectNs { 0 };
    std::atomic<qint64> focusNs { 0 };
    const double mpp = result.micronsPerPixel; // read by the workers
    auto scanTile = [&](int c, int r) {
        TileOutcome out;
        QElapsedTimer t;
        t.start();
        const QRect core = g.core(c, r);
        const qint64 x0 = core.x() - qint64(std::lround(g.overlap * g.ds));
        const qint64 y0 = core.y() - qint64(std::lround(g.overlap * g.ds));
        const int l0Side = int(std::lround(side * g.ds));
        if (isBackground(QRect(int(x0), int(y0), l0Side, l0Side))) {
            out.skipped = true;
            return out;
        }
        const int level = m_reader.bestLevelForDownsample(g.ds);
        const double lds = m_reader.levels()[size_t(level)].downsample;
        const int readSide = int(std::ceil(l0Side / lds));
        const QImage region = m_reader.readRegion(level, x0, y0, readSide, readSide, &out.error);
        if (region.isNull())
            return out;
        cv::Mat bgr = toBgr(region);
        if (bgr.cols != side)
            cv::resize(bgr, bgr, cv::Size(side, side), 0, 0, cv::INTER_AREA);
        const double k = double(l0Side) / side; // level-0 px per working px of this tile
        readNs += t.nsecsElapsed();
        if (p.skipOutOfFocus) {
            t.restart();
            const double blur = estimateEdgeBlur(bgr); // working px; -1: no edges
            focusNs += t.nsecsElapsed();
            if (blur >= 0.0 && blur * g.ds * mpp > p.maxEdgeBlurMicrons) {
                out.skipped = true;
                out.outOfFocus = true;
                return out;
            }
        }
        t.restart();
        const std::vector<DetectedCell> found = detector.detect(bgr);
        detectNs += t.nsecsElapsed();
        for (const DetectedCell &d : found) {
            const QRect box(int(x0 + std::lround(d.box.x * k)),
                int(y0 + std::lround(d.box.y * k)),
                int(std::lround(d.box.width * k)),
                int(std::lround(d.box.height * k)));
            if (core.contains(box.center()))
                out.cells.append({ box, d.score });
        }
        return out;
    };

    auto rankOf = [&](const ScannedCell &cell) {
        const QPoint centre = cell.box.center();
        const int c
            = std::clamp(int((centre.x() - g.region.x()) / g.ds / g.tile), 0, g.columns - 1);
        const int r = std::clamp(int((centre.y() - g.region.y()) / g.ds / g.tile), 0, g.rows - 1);
        const qint64 x = r % 2 == 0 ? centre.x() : -qint64(centre.x());
        return std::tuple(meanderIndex(c, r, g.columns), x, centre.y());
    };
    QThreadPool pool;
    pool.setMaxThreadCount(p.threads > 0 ? p.threads : QThread::idealThreadCount());
    std::mutex mutex;
    std::condition_variable wake;
    std::vector<std::pair<size_t, TileOutcome>> ready; // finished, not collected yet
    int inFlight = 0;
    size_t nextTile = 0;
    size_t prefix = 0; // tiles in meander order all done (this run or before)
    int prefixCells = 0; // cells those tiles found (before merging)
    int finished = 0;
    int alreadyDone = 0;
    for (char d : std::as_const(state.done))
        alreadyDone += d ? 1 : 0;
    const int toDo = result.tilesTotal - alreadyDone;
    auto tileDone = [&](size_t i) {
        const auto [c, r] = order[i];
        return state.done[qsizetype(r) * g.columns + c] != 0;
    };
    bool stop = false;
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    std::unique_lock lock(mutex);
    while (true) {
        while (!stop && !m_cancel.load() && inFlight < 2 * pool.maxThreadCount()
            && nextTile < order.size()) {
            const size_t i = nextTile++;
            if (tileDone(i))
                continue;
            ++inFlight;
            pool.start([&, i] {
                TileOutcome o = scanTile(order[i].first, order[i].second);
                std::lock_guard guard(mutex);
                ready.emplace_back(i, std::move(o));
                --inFlight;
                wake.notify_one();
            });
        }
        if (ready.empty()) {
            if (inFlight == 0 && (stop || m_cancel.load() || nextTile >= order.size()))
                break;
            wake.wait(lock, [&] { return !ready.empty(); });
        }
        // Collect finished tiles into the state (more may finish while progress runs unlocked:
        // the next round collects them).
        std::vector<std::pair<size_t, TileOutcome>> collected;
        collected.swap(ready);
        for (auto &[i, o] : collected) {
            ++finished;
            if (!o.error.isEmpty()) {
                if (result.error.isEmpty())
                    result.error = o.error;
                stop = true;
                continue;
            }
            const auto [c, r] = order[i];
            state.done[qsizetype(r) * g.columns + c] = 1;
            state.cells += o.cells;
            (o.skipped ? result.tilesSkipped : result.tilesScanned) += 1;
            result.tilesOutOfFocus += o.outOfFocus ? 1 : 0;
            if (m_progress) {
                const double elapsed = timer.elapsed() / 1000.0;
                const double eta = elapsed / std::max(1, finished) * std::max(0, toDo - finished);
                lock.unlock();
                m_progress(alreadyDone + finished, result.tilesTotal, eta);
                lock.lock();
            }
        }
        if (m_checkpoint && !collected.empty()
            && (m_checkpointMs <= 0 || sinceCheckpoint.elapsed() >= m_checkpointMs)) {
            lock.unlock(); // only this thread writes the state
            m_checkpoint(state);
            lock.lock();
            sinceCheckpoint.restart();
        }
        // Stop after N: once the tiles done in a row from the start hold N cells.
        while (prefix < order.size() && tileDone(prefix))
            ++prefix;
        if (p.maxCells > 0 && !stop && prefix > 0) {
            QList<ScannedCell> inPrefix;
            for (const ScannedCell &c : std::as_const(state.cells)) {
                if (size_t(std::get<0>(rankOf(c))) < prefix)
                    inPrefix.append(c);
            }
            prefixCells = int(inPrefix.size()) < p.maxCells ? int(inPrefix.size())
                                                            : int(mergeCells(inPrefix).size());
            if (prefixCells >= p.maxCells) {
                stop = true;
                result.stoppedAtMaxCells = true;
            }
        }
    }
    lock.unlock();
    pool.waitForDone();

    result.cancelled = m_cancel.load() && !state.isComplete() && !result.stoppedAtMaxCells;
    // Merge, then order as a technologist meets them: by tile in meander order, and within a
    // tile along the same direction (left to right on even rows).
    QList<ScannedCell> merged = mergeCells(state.cells);
    std::stable_sort(merged.begin(), merged.end(), [&](const ScannedCell &a, const ScannedCell &b) {
        return rankOf(a) < rankOf(b);
    });
    if (p.maxCells > 0 && merged.size() > p.maxCells) {
        merged.resize(p.maxCells);
        result.stoppedAtMaxCells = true;
    }
    result.cells = merged;
    result.state = state;
    result.seconds = timer.elapsed() / 1000.0;
    result.readSeconds = readNs.load() / 1e9;
    result.detectSeconds = detectNs.load() / 1e9;
    result.focusSeconds = focusNs.load() / 1e9;
    return result;
}

} // namespace wbc
