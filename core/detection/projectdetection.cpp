#include "detection/projectdetection.h"

#include "base/imagefile.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

namespace wbc {

ImageDetection detectFile(const WbcDetector &detector, const QString &path)
{
    ImageDetection out;
    out.path = path;
    const DecodedImage img = decodeImageFile(path);
    if (!img.ok()) {
        out.error = img.error;
        return out;
    }
    out.width = img.bgr.cols;
    out.height = img.bgr.rows;
    for (const DetectedCell &c : detector.detect(img.bgr)) {
        out.boxes.append(QRect(c.box.x, c.box.y, c.box.width, c.box.height));
        out.scores.append(c.score);
    }
    return out;
}

ProjectDetection::ProjectDetection(ProjectStore &store, WbcDetector detector)
    : m_store(store)
    , m_detector(std::move(detector))
{}

ProjectDetectionReport ProjectDetection::run()
{
    ProjectDetectionReport report;
    if (!m_store.isOpen() || m_store.isReadOnly()) {
        report.fatalError = QCoreApplication::translate("ProjectDetection",
                                                        "%1: project is not open for writing")
                                .arg(m_store.path());
        return report;
    }
    QList<ImageRecord> images = m_store.images();
    // Whole-slide images are scanned tile by tile (slide/projectslidescan.h), never decoded whole.
    const QHash<qint64, SlideFileRecord> slideFiles = m_store.slideFiles();
    images.removeIf([&](const ImageRecord &img) { return slideFiles.contains(img.id); });
    const QHash<qint64, FlagRecord> flags = m_store.effectiveFlags();
    report.images = int(images.size());
    constexpr int kChunk = 32;
    for (qsizetype start = 0; start < images.size(); start += kChunk) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QList<ImageRecord> chunk = images.mid(start, kChunk);
        QStringList paths;
        for (const ImageRecord &img : chunk)
            paths.append(m_store.absolutePath(img));
        const WbcDetector &detector = m_detector;
        const QList<ImageDetection> found = QtConcurrent::blockingMapped(
            paths, [&detector](const QString &p) { return detectFile(detector, p); });
        ProjectDetectionReport delta;
        const bool ok = m_store.transaction([&] {
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                const ImageDetection &d = found.at(i);
                if (!d.error.isEmpty()) {
                    ++delta.failed;
                    delta.problems.append({d.path, 0, d.error});
                    continue;
                }
                QList<CellRecord> cells;
                for (qsizetype b = 0; b < d.boxes.size(); ++b) {
                    CellRecord c;
                    c.kind = CellKind::Wbc;
                    c.box = d.boxes.at(b);
                    c.score = d.scores.at(b);
                    cells.append(c);
                }
                const qint64 id = chunk.at(i).id;
                if (!m_store.replaceCells(id, QStringLiteral("detected"), cells))
                    return false;
                const CellCountFlag flag = flagForCount(int(d.boxes.size()));
                ++(flag == CellCountFlag::None     ? delta.none
                   : flag == CellCountFlag::Single ? delta.single
                                                   : delta.multi);
                const auto old = flags.constFind(id);
                const bool lastDetectedSame = old != flags.cend() && old->source == u"detected"
                                              && old->flag == flag;
                const bool userOverride = old != flags.cend() && old->isPersons();
                if (!lastDetectedSame && !userOverride) {
                    if (!m_store.addFlag(id, flag, QStringLiteral("detected"),
                                         QStringLiteral("detector")))
                        return false;
                    ++delta.flagsChanged;
                }
                ++delta.processed;
            }
            return true;
        });
        if (!ok) {
            report.fatalError = QCoreApplication::translate("ProjectDetection",
                                                            "%1: write failed: %2")
                                    .arg(m_store.path(), m_store.lastError());
            break;
        }
        report.processed += delta.processed;
        report.failed += delta.failed;
        report.flagsChanged += delta.flagsChanged;
        report.none += delta.none;
        report.single += delta.single;
        report.multi += delta.multi;
        report.problems += delta.problems;
        if (m_progress)
            m_progress(int(std::min(start + kChunk, images.size())), int(images.size()));
    }
    return report;
}

} // namespace wbc
