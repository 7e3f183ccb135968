#pragma once

#include <atomic>
#include <functional>

#include <QRect>
#include <QString>

#include "base/problem.h"
#include "project/projectstore.h"
#include "slide/slidescanner.h"

namespace wbc {

class ProjectStore;
class SlideReader;

struct ProjectSlideScanReport
{
    int slides = 0; // slide files in the project
    int alreadyDone = 0; // scanned completely before: left alone
    int completed = 0; // scans finished in this run
    int resumed = 0; // of those or the cancelled ones, continued from a stored state
    int stopped = 0; // stopped after maxCells white cells
    int failed = 0;
    int cells = 0; // white cells stored by this run
    bool cancelled = false;
    Problems problems;
    QString fatalError;
};

// The cached crop of a scanned cell: `box` grown by half its larger side on each side, clipped
// to the slide, at level-0 resolution (PNG), shrunk to kMaxCropSide when larger. Thread-safe.
inline constexpr int kMaxCropSide = 384;

// Project meta key: micrometres per level-0 pixel of the project's slides that do not say
// (unset: SlideScanParams::fallbackMicronsPerPixel, by default the detector's fields' scale).
inline constexpr char kSlideMicronsPerPixelKey[] = "slide_microns_per_pixel";
CellCropRecord slideCellCrop(const SlideReader &reader, const QRect &box, QString *error);

// Scans every slide file of a project (ProjectStore::slideFiles) not scanned completely yet,
// continuing a cancelled scan from its stored state, and stores the white cells found as cells
// (source "detected", level-0 boxes, replacing the previous detection of that slide) with a
// cached crop each. A slide's state is stored during its scan (setCheckpointInterval) and after
// it, cancelled or not. Runs on the
// thread that owns the store; progress is called there.
class ProjectSlideScan
{
public:
    using Progress = std::function<void(const QString &slide, int done, int total, double eta)>;

    ProjectSlideScan(ProjectStore &store, SlideScanParams params);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Also rescans the slides scanned completely (a new region, scale or maxCells).
    void setRescan(bool rescan) { m_rescan = rescan; }
    // Only these slides (image ids); every slide file of the project when empty.
    void setImageIds(QList<qint64> ids) { m_only = std::move(ids); }
    // How often a running scan's state is stored (default 30 s; 0: after every tile).
    void setCheckpointInterval(int ms) { m_checkpointMs = ms; }
    ProjectSlideScanReport run();

private:
    ProjectStore &m_store;
    SlideScanParams m_params;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_rescan = false;
    QList<qint64> m_only;
    int m_checkpointMs = 30000;
};

} // namespace wbc
