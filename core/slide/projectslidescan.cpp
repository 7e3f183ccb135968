#include "slide/projectslidescan.h"

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include "project/projectstore.h"
#include "slide/slidereader.h"

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ProjectSlideScan)
    };

} // namespace

CellCropRecord slideCellCrop(const SlideReader &reader, const QRect &box, QString *error)
{
    CellCropRecord crop;
    // Half the larger side on each side: the classifier's 4:3 window with its margin
    // (cellsamples.h) stays inside for boxes up to about 1:1.7.
    const int margin = std::max(box.width(), box.height()) / 2;
    const QRect slide(0, 0, int(reader.width()), int(reader.height()));
    crop.rect = box.adjusted(-margin, -margin, margin, margin).intersected(slide);
    if (crop.rect.isEmpty())
        return crop;
    const QImage region = reader.readRegion(
        0, crop.rect.x(), crop.rect.y(), crop.rect.width(), crop.rect.height(), error);
    if (region.isNull())
        return crop;
    QImage rgb(region.size(), QImage::Format_RGB32);
    rgb.fill(Qt::white);
    {
        // Over white where transparent, as the scanner sees it.
        for (int y = 0; y < region.height(); ++y) {
            const auto *src = reinterpret_cast<const QRgb *>(region.constScanLine(y));
            auto *dst = reinterpret_cast<QRgb *>(rgb.scanLine(y));
            for (int x = 0; x < region.width(); ++x) {
                const QRgb p = src[x];
                const int white = 255 - qAlpha(p);
                dst[x] = qRgb(std::min(255, qRed(p) + white),
                    std::min(255, qGreen(p) + white),
                    std::min(255, qBlue(p) + white));
            }
        }
    }
    // Large cells (a slide scanned finer than needed) are kept at most kMaxCropSide wide.
    if (std::max(rgb.width(), rgb.height()) > kMaxCropSide)
        rgb = rgb.scaled(kMaxCropSide, kMaxCropSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&crop.png);
    buffer.open(QIODevice::WriteOnly);
    rgb.save(&buffer, "PNG"); // notr
    return crop;
}

ProjectSlideScan::ProjectSlideScan(ProjectStore &store, SlideScanParams params)
    : m_store(store)
    , m_params(std::move(params))
{ }

ProjectSlideScanReport ProjectSlideScan::run()
{
    ProjectSlideScanReport report;
    if (!m_store.isOpen() || m_store.isReadOnly()) {
        report.fatalError = Tr::tr("%1: project is not open for writing").arg(m_store.path());
        return report;
    }
    // The project's setting for slides that do not give their pixel size.
    if (!(m_params.fallbackMicronsPerPixel > 0.0)) {
        bool ok = false;
        const double mpp = m_store.meta(QLatin1String(kSlideMicronsPerPixelKey)).toDouble(&ok);
        if (ok && mpp > 0.0)
            m_params.fallbackMicronsPerPixel = mpp;
    }
    const QHash<qint64, SlideFileRecord> slides = m_store.slideFiles();
    report.slides = int(slides.size());
    QList<qint64> ids = slides.keys();
    if (!m_only.isEmpty())
        ids.removeIf([this](qint64 id) { return !m_only.contains(id); });
    std::sort(ids.begin(), ids.end());
    for (qint64 imageId : ids) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        const std::optional<ImageRecord> image = m_store.image(imageId);
        if (!image)
            continue;
        bool complete = false;
        const QByteArray stored = m_store.slideScan(imageId, &complete);
        if (complete && !m_rescan) {
            ++report.alreadyDone;
            continue;
        }
        const QString path = m_store.absolutePath(*image);
        QString error;
        const auto reader = SlideReader::open(path, &error);
        if (!reader) {
            ++report.failed;
            report.problems.append({ path, 0, error.mid(error.indexOf(QStringLiteral(": ")) + 2) });
            continue;
        }
        SlideScanner scanner(*reader, m_params);
        const QString name = QFileInfo(path).fileName();
        scanner.setProgress([&](int done, int total, double eta) {
            if (m_cancel && m_cancel->load())
                scanner.cancel();
            if (m_progress)
                m_progress(name, done, total, eta);
        });
        // The state is stored every half minute too: a scan that crashed continues from there.
        scanner.setCheckpoint(
            [&](const SlideScanState &s) { m_store.setSlideScan(imageId, s.toJson(), false); },
            m_checkpointMs);
        const std::optional<SlideScanState> state
            = m_rescan || stored.isEmpty() ? std::nullopt : SlideScanState::fromJson(stored);
        const SlideScanResult result = scanner.run(state ? &*state : nullptr);
        if (!result.error.isEmpty()) {
            ++report.failed;
            report.problems.append(
                { path, 0, result.error.mid(result.error.indexOf(QStringLiteral(": ")) + 2) });
        }
        if (state && state->paramsKey == result.state.paramsKey)
            ++report.resumed;
        QList<CellRecord> cells;
        for (const ScannedCell &c : result.cells) {
            CellRecord r;
            r.imageId = imageId;
            r.kind = CellKind::Wbc;
            r.box = c.box;
            r.source = QStringLiteral("detected");
            r.score = c.score;
            cells.append(r);
        }
        const bool done = result.state.isComplete() || result.stoppedAtMaxCells;
        // Cells, their crops and the state in one transaction; the crops are read from the slide
        // on the worker pool a chunk at a time, so memory stays bounded whatever the count.
        const bool ok = m_store.transaction([&] {
            if (!m_store.replaceCells(imageId, QStringLiteral("detected"), cells))
                return false;
            const QList<CellRecord> stored = m_store.cells(imageId, QStringLiteral("detected"));
            constexpr qsizetype kChunk = 256;
            for (qsizetype start = 0; start < stored.size(); start += kChunk) {
                const QList<CellRecord> chunk = stored.mid(start, kChunk);
                const QList<CellCropRecord> crops
                    = QtConcurrent::blockingMapped(chunk, [&reader](const CellRecord &c) {
                          QString e;
                          CellCropRecord crop = slideCellCrop(*reader, c.box, &e);
                          crop.cellId = c.id;
                          return crop;
                      });
                for (const CellCropRecord &crop : crops) {
                    if (!crop.png.isEmpty() && !m_store.setCellCrop(crop))
                        return false;
                }
            }
            return m_store.setSlideScan(imageId, result.state.toJson(), done);
        });
        if (!ok) {
            report.fatalError
                = Tr::tr("%1: write failed: %2").arg(m_store.path(), m_store.lastError());
            return report;
        }
        report.cells += int(cells.size());
        if (result.cancelled) {
            report.cancelled = true;
            break;
        }
        if (result.stoppedAtMaxCells)
            ++report.stopped;
        if (done && result.error.isEmpty())
            ++report.completed;
    }
    return report;
}

} // namespace wbc
