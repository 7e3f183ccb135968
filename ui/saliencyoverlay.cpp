#include "saliencyoverlay.h"

#include "base/imagefile.h"
#include "detection/wbcdetector.h"
#include "review/classifier.h"
#include "training/cellsamples.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgproc.hpp>

namespace wbc {

SaliencyResult computeSaliency(const Classifier &classifier, qint64 imageId, const QString &path,
                               const QList<QRect> &annotatedBoxes,
                               const std::optional<CellRecord> &cell)
{
    SaliencyResult result;
    result.imageId = imageId;
    result.cellId = cell ? cell->id : 0;
    const DecodedImage decoded = decodeImageFile(path);
    if (!decoded.ok()) {
        result.error = QStringLiteral("%1: %2").arg(path, decoded.error);
        return result;
    }
    const WbcDetector detector;
    const CellCrop crop = cell ? cropStoredCell(decoded.bgr, *cell, classifier.header().crop)
                               : classifier.crop(decoded.bgr, detector, annotatedBoxes);
    const cv::Mat heat = classifier.saliency(crop.rgb); // CV_32F in [0, 1]
    const std::vector<std::vector<float>> probabilities = classifier.predict({crop.rgb});
    if (heat.empty() || probabilities.empty()) {
        result.error = QCoreApplication::translate("Saliency", "%1: the model gave no result")
                           .arg(path);
        return result;
    }
    cv::Mat heat8;
    heat.convertTo(heat8, CV_8U, 255.0);
    cv::Mat colour;
    cv::applyColorMap(heat8, colour, cv::COLORMAP_JET);
    QImage overlay(colour.cols, colour.rows, QImage::Format_ARGB32);
    for (int y = 0; y < colour.rows; ++y) {
        const auto *bgr = colour.ptr<cv::Vec3b>(y);
        const float *h = heat.ptr<float>(y);
        auto *out = reinterpret_cast<QRgb *>(overlay.scanLine(y));
        for (int x = 0; x < colour.cols; ++x) // unimportant areas stay clear
            out[x] = qRgba(bgr[x][2], bgr[x][1], bgr[x][0], int(170.f * h[x]));
    }
    result.overlay = overlay;
    const cv::Rect r = cropRectInField(crop, decoded.bgr.size(), classifier.header().crop);
    result.where = QRect(r.x, r.y, r.width, r.height);

    const std::vector<float> &p = probabilities.front();
    const auto best = std::max_element(p.begin(), p.end()) - p.begin();
    const QStringList &names = classifier.header().classNames;
    const auto cls = best < names.size() ? parseCellClass(names.at(int(best))) : std::nullopt;
    result.caption = QCoreApplication::translate("Saliency", "What the model looked at for "
                                                             "\"%1\" (%2)")
                         .arg(cls ? cellClassDisplayName(*cls) : QString(),
                              QLocale().toString(100.0 * p.at(best), 'f', 1) + QLatin1Char('%'));
    return result;
}

SaliencyService::SaliencyService(QObject *parent)
    : QObject(parent)
{}

SaliencyService::~SaliencyService() = default;

void SaliencyService::setModelPath(const QString &path)
{
    m_modelPath = path;
}

void SaliencyService::request(qint64 imageId, const QString &imagePath,
                              const QList<QRect> &annotatedBoxes,
                              const std::optional<CellRecord> &cell)
{
    m_pendingId = imageId;
    m_pendingPath = imagePath;
    m_pendingBoxes = annotatedBoxes;
    m_pendingCell = cell;
    m_hasPending = true;
    if (!m_running)
        startNext();
}

void SaliencyService::startNext()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    if (m_modelPath.isEmpty()) {
        SaliencyResult none;
        none.imageId = m_pendingId;
        none.cellId = m_pendingCell ? m_pendingCell->id : 0;
        none.error = tr("No active model: train one or choose one in the training dashboard");
        Q_EMIT ready(none);
        return;
    }
    if (!m_classifier || m_loadedPath != m_modelPath) {
        m_classifier = std::make_shared<Classifier>();
        m_loadedPath.clear();
    }
    const bool load = m_loadedPath.isEmpty();
    m_loadedPath = m_modelPath;
    m_running = true;
    const std::shared_ptr<Classifier> classifier = m_classifier;
    const QString modelPath = m_modelPath;
    const qint64 id = m_pendingId;
    const QString path = m_pendingPath;
    const QList<QRect> boxes = m_pendingBoxes;
    const std::optional<CellRecord> cell = m_pendingCell;
    auto *watcher = new QFutureWatcher<SaliencyResult>(this);
    connect(watcher, &QFutureWatcher<SaliencyResult>::finished, this, [this, watcher] {
        const SaliencyResult result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        if (!result.error.isEmpty() && !m_classifier->isLoaded())
            m_loadedPath.clear(); // try loading again next time
        Q_EMIT ready(result);
        startNext();
    });
    watcher->setFuture(QtConcurrent::run([classifier, load, modelPath, id, path, boxes, cell] {
        SaliencyResult result;
        result.imageId = id;
        result.cellId = cell ? cell->id : 0;
        QString error;
        if (load && !classifier->load(modelPath, &error, std::nullopt, QStringLiteral("cpu"))) {
            result.error = error;
            return result;
        }
        if (!classifier->isLoaded()) {
            result.error = QCoreApplication::translate("Saliency", "%1: the model is not loaded")
                               .arg(modelPath);
            return result;
        }
        return computeSaliency(*classifier, id, path, boxes, cell);
    }));
}

} // namespace wbc
