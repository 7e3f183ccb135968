// The command line on whole-slide images: wbc detect SLIDE --json, wbc import SLIDE_OR_DIR and
// wbc detect --project (scan, cached crops, continue) on a synthetic pyramidal TIFF.

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "detection/detectionevaluation.h"
#include "project/projectstore.h"
#include "slide/projectslidescan.h"
#include "slide/slideimporter.h"
#include "slide/slidereader.h"
#include "slide/syntheticslide.h"
#include "testsupport.h"
#include "training/cellsamples.h"

using namespace wbc;

namespace {

QList<QRect> sorted(QList<QRect> boxes)
{
    std::sort(boxes.begin(), boxes.end(), [](const QRect &a, const QRect &b) {
        return std::tuple(a.y(), a.x(), a.width(), a.height())
            < std::tuple(b.y(), b.x(), b.width(), b.height());
    });
    return boxes;
}

QList<QRect> boxesOf(const QList<CellRecord> &cells)
{
    QList<QRect> out;
    for (const CellRecord &c : cells)
        out.append(c.box);
    return out;
}

} // namespace

class TestSlideCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_slide;
    QString m_cut;
    SyntheticSlide m_truth;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SyntheticSlideSpec spec;
        spec.width = 4096;
        spec.height = 3072;
        spec.micronsPerPixel = 2 * kBccdMicronsPerPixel;
        spec.fields = syntheticFieldGrid(QRect(100, 100, 3900, 2900), 320, 240, 60);
        m_slide = m_dir.filePath(QStringLiteral("data/smear 1.tif"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("data")));
        QString error;
        QVERIFY2(writeSyntheticSlide(m_slide, spec, &m_truth, &error), qPrintable(error));
        QVERIFY(m_truth.wbcs.size() > 50);
        // A damaged copy: the last third of the file is missing.
        m_cut = m_dir.filePath(QStringLiteral("cut.svs"));
        QVERIFY(QFile::copy(m_slide, m_cut));
        QFile cut(m_cut);
        QVERIFY(cut.resize(cut.size() * 2 / 3));
    }

    void detectSlideJson()
    {
        const test::CliRun r = test::runCli({ "detect", m_slide, "--json", "--threads", "2" });
        QVERIFY2(r.status == 0, r.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.at(0).toObject();
        QCOMPARE(o.value("image").toString(), m_slide);
        QCOMPARE(o.value("slide").toBool(), true);
        const QJsonArray boxes = o.value("boxes").toArray();
        QCOMPARE(o.value("wbc_count").toInt(), boxes.size());
        QCOMPARE(o.value("scores").toArray().size(), boxes.size());
        QList<QRect> found;
        for (const QJsonValue &v : boxes) {
            const QJsonArray b = v.toArray();
            QCOMPARE(b.size(), 4);
            QVERIFY(b[2].toInt() > b[0].toInt() && b[3].toInt() > b[1].toInt());
            found.append(QRect(
                QPoint(b[0].toInt(), b[1].toInt()), QPoint(b[2].toInt() - 1, b[3].toInt() - 1)));
        }
        // Level-0 pixels: the drawn cells are found where they are.
        const BoxMatch m = matchBoxes(m_truth.wbcs, found, 0.5);
        QVERIFY2(m.matched >= m_truth.wbcs.size() * 95 / 100,
            qPrintable(QStringLiteral("%1 of %2").arg(m.matched).arg(m_truth.wbcs.size())));
        QVERIFY(m.matched >= found.size() * 95 / 100);
    }

    void detectDamagedSlide()
    {
        const test::CliRun r = test::runCli({ "detect", m_cut, "--json" });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("cut.svs"), r.err.constData());
    }

    void importDamagedSlideMakesNoProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("damaged.wbc"));
        const test::CliRun r = test::runCli({ "import", m_cut, "--project", project });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("cut.svs"), r.err.constData());
        QVERIFY(!QFileInfo::exists(project));
    }

    void importAndScanProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("slides.wbc"));
        test::CliRun r = test::runCli({ "import", m_slide, "--project", project });
        QVERIFY2(r.status == 0, r.err.constData());
        r = test::runCli({ "import", m_slide, "--project", project }); // idempotent
        QVERIFY2(r.status == 0, r.err.constData());
        qint64 imageId = 0;
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(project, ProjectStore::OpenMode::OpenExisting, &error),
                qPrintable(error));
            QCOMPARE(store.images().size(), 1);
            const ImageRecord image = store.images().first();
            imageId = image.id;
            QCOMPARE(image.width, 4096);
            QCOMPARE(image.height, 3072);
            QCOMPARE(store.slides().size(), 1);
            QCOMPARE(store.slides().first().name, QStringLiteral("smear 1"));
            const auto file = store.slideFile(image.id);
            QVERIFY(file);
            QCOMPARE(file->vendor, QStringLiteral("aperio"));
            QVERIFY(file->micronsPerPixel);
            QVERIFY(qAbs(*file->micronsPerPixel - 2 * kBccdMicronsPerPixel) < 1e-6);
        }
        // Stop after 10 white cells, then scan it all.
        r = test::runCli({ "detect", "--project", project, "--max-cells", "10" });
        QVERIFY2(r.status == 0, r.err.constData());
        {
            ProjectStore store;
            QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
            QCOMPARE(store.cells(imageId, "detected").size(), 10);
        }
        r = test::runCli({ "detect", "--project", project });
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 already scanned"), r.out.constData());
        {
            // Field detection (the same command) leaves the slide alone: never decoded whole,
            // its scanned cells not replaced.
            ProjectStore store;
            QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
            QCOMPARE(store.cells(imageId, "detected").size(), 10);
        }
        r = test::runCli({ "detect", "--project", project, "--rescan", "--threads", "2" });
        QVERIFY2(r.status == 0, r.err.constData());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        const QList<CellRecord> cells = store.cells(imageId, "detected");
        const BoxMatch m = matchBoxes(m_truth.wbcs, boxesOf(cells), 0.5);
        QVERIFY2(m.matched >= m_truth.wbcs.size() * 95 / 100,
            qPrintable(QStringLiteral("%1 of %2").arg(m.matched).arg(m_truth.wbcs.size())));
        bool complete = false;
        QVERIFY(!store.slideScan(imageId, &complete).isEmpty());
        QVERIFY(complete);
        // Every cell has its crop: the slide's pixels around the box.
        QList<qint64> ids;
        for (const CellRecord &c : cells)
            ids.append(c.id);
        const QHash<qint64, CellCropRecord> crops = store.cellCrops(ids);
        QCOMPARE(crops.size(), cells.size());
        QString error;
        const auto reader = SlideReader::open(m_slide, &error);
        QVERIFY(reader);
        for (const CellRecord &c : cells) {
            const CellCropRecord crop = crops.value(c.id);
            QVERIFY(crop.rect.contains(c.box));
            const QImage png = QImage::fromData(crop.png, "PNG");
            QCOMPARE(png.size(), crop.rect.size());
            const QImage truth = reader->readRegion(0,
                crop.rect.x() + crop.rect.width() / 2,
                crop.rect.y() + crop.rect.height() / 2,
                1,
                1,
                &error);
            QCOMPARE(png.pixel(crop.rect.width() / 2, crop.rect.height() / 2) & 0xffffff,
                truth.pixel(0, 0) & 0xffffff);
        }
    }

    // A folder with a slide, a field and a damaged slide: the slide and the field go in, the
    // damaged one is named and nothing of it is stored.
    void importFolder()
    {
        const QString dir = m_dir.filePath(QStringLiteral("mixed"));
        QDir().mkpath(dir);
        QVERIFY(QFile::copy(m_slide, dir + QStringLiteral("/scan.tif")));
        QVERIFY(QFile::copy(m_cut, dir + QStringLiteral("/broken.svs")));
        const SyntheticSmear field = generateSmear(3, SmearSpec {});
        QVERIFY(cv::imwrite((dir + QStringLiteral("/field.png")).toStdString(), field.bgr));
        const QString project = m_dir.filePath(QStringLiteral("mixed.wbc"));
        const test::CliRun r = test::runCli({ "import", dir, "--project", project });
        QCOMPARE(r.status, 1); // one slide could not be read
        QVERIFY2(r.err.contains("broken.svs"), r.err.constData());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(store.images().size(), 2);
        QCOMPARE(store.slideFiles().size(), 1);
        for (const ImageRecord &img : store.images())
            QCOMPARE(store.slideFile(img.id).has_value(), img.path.endsWith("scan.tif"));
    }

    // Cancel a project scan after a few tiles; the next run continues and ends with the same
    // cells as one uninterrupted scan.
    void cancelledProjectScanContinues()
    {
        const QString project = m_dir.filePath(QStringLiteral("cancel.wbc"));
        ProjectStore store;
        QVERIFY(store.open(project));
        const SlideImportReport imported = SlideImporter(store).run({ m_slide });
        QCOMPARE(imported.imported, 1);
        const qint64 imageId = imported.imageIds.first();
        SlideScanParams params;
        params.threads = 2;
        params.tileSize = 512;
        std::atomic_bool cancel { false };
        ProjectSlideScan first(store, params);
        int calls = 0;
        bool checkpointSeen = false;
        first.setCancelFlag(&cancel);
        first.setCheckpointInterval(0);
        first.setProgress([&](const QString &, int, int, double) {
            if (++calls == 5) {
                // While it runs, the state so far is already stored (a crash loses little).
                bool complete = true;
                const auto stored = SlideScanState::fromJson(store.slideScan(imageId, &complete));
                checkpointSeen = stored && !complete && stored->done.contains('\1');
                cancel.store(true);
            }
        });
        const ProjectSlideScanReport a = first.run();
        QVERIFY(a.cancelled);
        QVERIFY(checkpointSeen);
        bool complete = true;
        QVERIFY(!store.slideScan(imageId, &complete).isEmpty());
        QVERIFY(!complete);
        const qsizetype partial = store.cells(imageId, "detected").size();
        cancel.store(false);
        ProjectSlideScan second(store, params);
        const ProjectSlideScanReport b = second.run();
        QVERIFY(!b.cancelled);
        QCOMPARE(b.resumed, 1);
        QCOMPARE(b.completed, 1);
        store.slideScan(imageId, &complete);
        QVERIFY(complete);
        const QList<QRect> continued = sorted(boxesOf(store.cells(imageId, "detected")));
        QVERIFY(continued.size() > partial);
        ProjectSlideScan again(store, params);
        again.setRescan(true);
        QCOMPARE(again.run().completed, 1);
        QCOMPARE(sorted(boxesOf(store.cells(imageId, "detected"))), continued);
    }

    // A slide without MPP: the project's setting (set by --um-per-px) says its pixel size.
    void projectScaleSetting()
    {
        SyntheticSlideSpec spec;
        spec.width = 2048;
        spec.height = 1536;
        spec.fields = syntheticFieldGrid(QRect(0, 0, 2048, 1536), 640, 480, 40);
        const QString slide = m_dir.filePath(QStringLiteral("nompp.tif"));
        SyntheticSlide truth;
        QString error;
        QVERIFY2(writeSyntheticSlide(slide, spec, &truth, &error), qPrintable(error));
        const QString project = m_dir.filePath(QStringLiteral("scale.wbc"));
        QCOMPARE(test::runCli({ "import", slide, "--project", project }).status, 0);
        auto found = [&] {
            ProjectStore store;
            if (!store.open(project, ProjectStore::OpenMode::OpenExisting))
                return -1;
            return matchBoxes(
                truth.wbcs, boxesOf(store.cells(store.images().first().id, "detected")), 0.5)
                .matched;
        };
        // Told the pixels are 4x smaller than the detector's, it looks for 4x larger cells.
        test::CliRun r = test::runCli({ "detect",
            "--project",
            project,
            "--um-per-px",
            QString::number(kBccdMicronsPerPixel / 4) });
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(found(), 0);
        r = test::runCli({ "detect", "--project", project, "--rescan" }); // the setting stays
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(found(), 0);
        r = test::runCli({ "detect",
            "--project",
            project,
            "--rescan",
            "--um-per-px",
            QString::number(kBccdMicronsPerPixel) });
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(found() >= truth.wbcs.size() * 95 / 100);
        QCOMPARE(test::runCli({ "detect", "--project", project, "--um-per-px", "0" }).status, 2);
    }

    // Training reads a slide's labelled cells from their cached crops: the same crop as from
    // the slide's pixels, and the slide file is not needed any more.
    void trainingCropsFromCache()
    {
        const QString dir = m_dir.filePath(QStringLiteral("train"));
        QDir().mkpath(dir);
        const QString slide = dir + QStringLiteral("/s.tif");
        QVERIFY(QFile::copy(m_slide, slide));
        const QString project = dir + QStringLiteral("/t.wbc");
        ProjectStore store;
        QVERIFY(store.open(project));
        const SlideImportReport imported = SlideImporter(store).run({ slide });
        QCOMPARE(imported.imported, 1);
        SlideScanParams params;
        params.threads = 2;
        params.region = QRect(0, 0, 1500, 1500);
        QCOMPARE(ProjectSlideScan(store, params).run().completed, 1);
        const qint64 imageId = imported.imageIds.first();
        const QList<CellRecord> cells = store.cells(imageId, "detected");
        QVERIFY(cells.size() >= 4);
        for (const CellRecord &c : cells)
            QVERIFY(store.addCellLabel(c.id,
                CellLabel::ofClass(CellClass::Neutrophil),
                LabelOrigin::Key,
                QStringLiteral("tester")));
        const CellSampleSet fromCache = CellSampleLoader(Task::Binary).load(store);
        QVERIFY2(fromCache.problems.isEmpty(),
            fromCache.problems.isEmpty() ? "" : qPrintable(fromCache.problems.first().toString()));
        QCOMPARE(qsizetype(fromCache.samples.size()), cells.size());
        // The cell's crop from the slide itself (decoded as a field) is the same picture.
        QString error;
        const auto reader = SlideReader::open(slide, &error);
        const QImage whole = reader->readRegion(0, 0, 0, 2000, 2000, &error)
                                 .convertToFormat(QImage::Format_RGB888);
        cv::Mat rgb(whole.height(),
            whole.width(),
            CV_8UC3,
            const_cast<uchar *>(whole.bits()),
            size_t(whole.bytesPerLine()));
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        for (const CellSample &s : fromCache.samples) {
            const CellRecord cell = *store.cell(s.cellId);
            const CellCrop direct = cropStoredCell(bgr, cell, CellCropParams {});
            QCOMPARE(s.crop.rgb.size(), direct.rgb.size());
            QVERIFY(cv::norm(s.crop.rgb, direct.rgb, cv::NORM_INF) <= 2.0);
        }
        // Without the slide file the crops still load.
        QVERIFY(QFile::remove(slide));
        const CellSampleSet again = CellSampleLoader(Task::Binary).load(store);
        QVERIFY(again.problems.isEmpty());
        QCOMPARE(again.samples.size(), fromCache.samples.size());
    }
};

QTEST_GUILESS_MAIN(TestSlideCli)
#include "tst_slidecli.moc"
