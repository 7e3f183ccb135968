#pragma once

#include "project/projectstore.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QRect>

#include <memory>
#include <optional>

namespace wbc {

class Classifier;

// What the model looked at: Grad-CAM of one cell's crop as a translucent heat map (red = most
// important) placed where the crop came from in the field, and the prediction it explains.
struct SaliencyResult
{
    qint64 imageId = 0;
    qint64 cellId = 0; // the cell explained; 0 for the field's crop (no cell given)
    QImage overlay; // ARGB32, crop-sized; alpha follows the importance
    QRect where;    // in the field's pixels
    QString caption;
    QString error; // names the file
};

// Computes the result for one file with a loaded classifier (any thread; the classifier is not
// thread-safe, so one caller at a time). With a cell, its crop from its stored box (the one path
// training and prediction crop by, cropStoredCell); without one, the field's crop as the model's
// header says (annotatedBoxes: the image's annotated white-cell boxes, the crop's fallback).
SaliencyResult computeSaliency(const Classifier &classifier, qint64 imageId, const QString &path,
                               const QList<QRect> &annotatedBoxes,
                               const std::optional<CellRecord> &cell = std::nullopt);

// Runs computeSaliency on a worker thread, one request at a time: a request made while one runs
// replaces any waiting one, so quick browsing never queues up work. The classifier is loaded on
// first use and kept until the model changes. GUI thread.
class SaliencyService : public QObject
{
    Q_OBJECT

public:
    explicit SaliencyService(QObject *parent = nullptr);
    ~SaliencyService() override;

    void setModelPath(const QString &path);
    QString modelPath() const { return m_modelPath; }
    void request(qint64 imageId, const QString &imagePath, const QList<QRect> &annotatedBoxes,
                 const std::optional<CellRecord> &cell = std::nullopt);
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void ready(const wbc::SaliencyResult &result);

private:
    void startNext();

    QString m_modelPath;
    std::shared_ptr<Classifier> m_classifier; // used by one job at a time
    QString m_loadedPath;
    bool m_running = false;
    bool m_hasPending = false;
    qint64 m_pendingId = 0;
    QString m_pendingPath;
    QList<QRect> m_pendingBoxes;
    std::optional<CellRecord> m_pendingCell;
};

} // namespace wbc
