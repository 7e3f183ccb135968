#pragma once

#include "base/problem.h"
#include "detection/wbcdetector.h"

#include <QRect>
#include <QString>

#include <atomic>
#include <functional>

namespace wbc {

class ProjectStore;

struct ImageDetection
{
    QString path;
    int width = 0;
    int height = 0;
    QList<QRect> boxes; // best first
    QList<double> scores;
    QString error; // decode failure; boxes empty
};

// Decodes one file and runs the detector on it. Thread-safe.
ImageDetection detectFile(const WbcDetector &detector, const QString &path);

struct ProjectDetectionReport
{
    int images = 0;
    int processed = 0;
    int failed = 0;
    int flagsChanged = 0;
    int none = 0;
    int single = 0;
    int multi = 0;
    bool cancelled = false;
    QString fatalError;
    Problems problems;
};

// Runs detection over every image of a project on the global thread pool and stores the boxes
// (source "detected", replacing the previous detection, never touching annotated or user boxes)
// and the none/single/multi flag (only when it changed, so re-running is idempotent).
// Runs on the thread that owns the store; progress is called there between chunks.
class ProjectDetection
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit ProjectDetection(ProjectStore &store, WbcDetector detector = WbcDetector());
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    ProjectDetectionReport run();

private:
    ProjectStore &m_store;
    WbcDetector m_detector;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
