#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>

#include "detection/wbcdetector.h"
#include "slide/syntheticslide.h"

namespace wbc {

class SlideReader;

// Above this estimated edge blur (micrometres) a tile is out of focus (docs/DETECTION.md).
constexpr double kDefaultMaxEdgeBlurMicrons = 0.7;

struct SlideScanParams
{
    // Level-0 pixel size of a slide that does not say (openslide.mpp-x absent); 0 = the scale
    // of the fields the detector was tuned on (kBccdMicronsPerPixel).
    double fallbackMicronsPerPixel = 0.0;
    // Cell diameter in the pixels the detector is given; the slide is read from the pyramid
    // level that fits and shrunk so a white cell is about this wide (never enlarged).
    double workingDiameter = 95.0;
    int tileSize = 1024; // working pixels per side of a tile, without the overlap
    int threads = 0; // worker threads; 0 = QThread::idealThreadCount()
    std::optional<QRect> region; // counting area in level-0 pixels; whole slide when unset
    int maxCells = 0; // stop after this many white cells in meander order; 0 = all
    bool skipBackground = true;
    // Out-of-focus tiles are skipped when the blur of their strongest edges
    // (estimateEdgeBlur, slide/focusmeasure.h) exceeds maxEdgeBlurMicrons (Gaussian sigma in
    // micrometres at the slide's scale). Default from measurements on synthetic smears blurred
    // by known amounts and on BCCD fields (docs/DETECTION.md, "Out-of-focus tiles").
    bool skipOutOfFocus = true;
    double maxEdgeBlurMicrons = kDefaultMaxEdgeBlurMicrons;
    DetectorParams detector; // cellDiameter and workingWidth are set per scan
};

struct ScannedCell
{
    QRect box; // level-0 pixels
    double score = 0.0;
};

// Which tiles of a scan are done and what they found: enough to continue a cancelled scan.
struct SlideScanState
{
    int columns = 0;
    int rows = 0;
    QByteArray done; // one byte per tile, row-major: 1 scanned or skipped
    QList<ScannedCell> cells; // every tile's cells, before merging
    QString paramsKey; // what the grid depends on; a state of other params is not resumed

    bool isComplete() const;
    QByteArray toJson() const;
    static std::optional<SlideScanState> fromJson(const QByteArray &json);
};

struct SlideScanResult
{
    QList<ScannedCell> cells; // merged, in meander order, at most maxCells when set
    int tilesTotal = 0;
    int tilesScanned = 0; // read and detected in this run
    int tilesSkipped = 0; // background or out of focus, in this run
    int tilesOutOfFocus = 0; // of tilesSkipped: read, found out of focus, not detected
    bool cancelled = false;
    bool stoppedAtMaxCells = false;
    double micronsPerPixel = 0.0; // level-0 scale used
    bool micronsPerPixelFromSlide = false;
    double downsample = 1.0; // level-0 pixels per working pixel
    double seconds = 0.0;
    double readSeconds = 0.0; // summed over the workers: reading and decoding tiles
    double detectSeconds = 0.0; // summed over the workers: the detector
    double focusSeconds = 0.0; // summed over the workers: the focus measure
    QString error; // "FILE: REASON" when a read failed (the scan stops)
    SlideScanState state;
};

// Finds the white cells of a whole slide: the counting area is cut into tiles (working pixels,
// with an overlap of one cell diameter) that are read, shrunk to the working scale and given
// to WbcDetector on a worker pool. A cell belongs to the tile whose core holds its centre, and
// a final non-maximum suppression in level-0 coordinates merges what two tiles both saw, so a
// cell on a border is counted once. Background tiles (no stain on a low-resolution level) are
// skipped unread; out-of-focus tiles (edges blurred beyond maxEdgeBlurMicrons) are read but not
// detected. Tiles go in meander order: left to right along the first row of tiles, right to
// left along the next, ... the battlement path a technologist's fields of view follow, and
// cells are ordered the same way, so "stop after N" takes the first N a person would meet.
//
// run() blocks its caller; progress is called on the caller's thread after each tile; cancel()
// may be called from any thread (or from the progress callback).
class SlideScanner
{
public:
    SlideScanner(const SlideReader &reader, SlideScanParams params);

    void setProgress(std::function<void(int done, int total, double etaSeconds)> progress);
    // Called on run()'s thread with the state so far, at most every intervalMs (0: after each
    // tile): what a caller stores so that even a crashed scan continues.
    void setCheckpoint(std::function<void(const SlideScanState &)> checkpoint, int intervalMs)
    {
        m_checkpoint = std::move(checkpoint);
        m_checkpointMs = intervalMs;
    }
    void cancel() { m_cancel.store(true); }

    // Scans the tiles `resume` has not done yet (all when null or for other params).
    SlideScanResult run(const SlideScanState *resume = nullptr);

private:
    const SlideReader &m_reader;
    SlideScanParams m_params;
    std::function<void(int, int, double)> m_progress;
    std::function<void(const SlideScanState &)> m_checkpoint;
    int m_checkpointMs = 0;
    std::atomic<bool> m_cancel { false };
};

// Non-maximum suppression: the best-scoring of two boxes that overlap by IoU >= iou or cover
// >= cover of the smaller one is kept. Deterministic whatever the input order.
QList<ScannedCell> mergeCells(QList<ScannedCell> cells, double iou = 0.3, double cover = 0.6);

} // namespace wbc
