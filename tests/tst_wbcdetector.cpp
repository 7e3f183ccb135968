#include "dataset/datasetimporter.h"
#include "detection/detectionevaluation.h"
#include "detection/projectdetection.h"
#include "project/projectstore.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"
#include "dataset/vocreader.h"
#include "detection/wbcdetector.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

namespace {

QList<QRect> detectBoxes(const cv::Mat &bgr)
{
    QList<QRect> out;
    for (const DetectedCell &c : WbcDetector().detect(bgr)) {
        out.append(QRect(c.box.x, c.box.y, c.box.width, c.box.height));
        if (c.score < 0.0 || c.score > 1.0)
            return {};
    }
    return out;
}

} // namespace

class TestWbcDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntheticSmears_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QList<int>>("classes");
        QTest::newRow("neutrophil 640") << 640 << QList<int>{int(CellClass::Neutrophil)};
        QTest::newRow("eosinophil 640") << 640 << QList<int>{int(CellClass::Eosinophil)};
        QTest::newRow("lymphocyte 640") << 640 << QList<int>{int(CellClass::Lymphocyte)};
        QTest::newRow("monocyte 640") << 640 << QList<int>{int(CellClass::Monocyte)};
        QTest::newRow("basophil 640") << 640 << QList<int>{int(CellClass::Basophil)};
        QTest::newRow("two cells 640")
            << 640 << QList<int>{int(CellClass::Neutrophil), int(CellClass::Lymphocyte)};
        QTest::newRow("two neutrophils 320")
            << 320 << QList<int>{int(CellClass::Neutrophil), int(CellClass::Neutrophil)};
        QTest::newRow("none 640") << 640 << QList<int>{};
        QTest::newRow("monocyte 1280") << 1280 << QList<int>{int(CellClass::Monocyte)};
    }
    void syntheticSmears()
    {
        QFETCH(int, width);
        QFETCH(QList<int>, classes);
        SmearSpec spec;
        spec.width = width;
        spec.height = width * 3 / 4;
        spec.wbcs.clear();
        for (int c : classes)
            spec.wbcs.append(CellClass(c));
        DetectionScores scores;
        for (quint64 seed = 0; seed < 6; ++seed) {
            const SyntheticSmear s = generateSmear(seed, spec);
            QList<QRect> truth;
            for (const SyntheticWbc &w : s.wbcs)
                truth.append(w.box);
            const QList<QRect> found = detectBoxes(s.bgr);
            QCOMPARE(found.size(), truth.size());
            const BoxMatch m = matchBoxes(truth, found, 0.5);
            QCOMPARE(m.matched, truth.size());
            for (double v : m.matchedIou)
                QVERIFY2(v >= 0.5, qPrintable(QString::number(v))); // the BCCD target threshold
            scores.add(QStringLiteral("seed %1").arg(seed), truth, found);
        }
        // The evaluation `wbc detect --evaluate` reports scores these smears as found: every
        // cell, nothing else, and the multi-cell flag right on every field.
        const int cells = 6 * int(classes.size());
        QCOMPARE(scores.images, 6);
        QCOMPARE(scores.truthBoxes, cells);
        QCOMPARE(scores.detections, cells);
        QCOMPARE(scores.matched, cells);
        QCOMPARE(scores.recall(), 1.0);
        QCOMPARE(scores.precision(), 1.0);
        QCOMPARE(scores.flagTruePositive, classes.size() >= 2 ? 6 : 0);
        QCOMPARE(scores.flagFalsePositive, 0);
        QCOMPARE(scores.flagFalseNegative, 0);
        QVERIFY(scores.disagreements.isEmpty());
    }

    void oddImages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << 0;
        QTest::newRow("1x1") << 1;
        QTest::newRow("3x3") << 2;
        QTest::newRow("all white") << 3;
        QTest::newRow("grayscale") << 4;
        QTest::newRow("huge flat") << 5;
        QTest::newRow("16-bit") << 6;
    }
    void oddImages()
    {
        QFETCH(int, kind);
        cv::Mat img;
        switch (kind) {
        case 1: img = cv::Mat(1, 1, CV_8UC3, cv::Scalar(100, 50, 80)); break;
        case 2: img = cv::Mat(3, 3, CV_8UC3, cv::Scalar(100, 50, 80)); break;
        case 3: img = cv::Mat(480, 640, CV_8UC3, cv::Scalar(255, 255, 255)); break;
        case 4: img = cv::Mat(480, 640, CV_8UC1, cv::Scalar(128)); break;
        case 5: img = cv::Mat(6000, 8000, CV_8UC3, cv::Scalar(200, 210, 220)); break;
        case 6: img = cv::Mat(480, 640, CV_16UC3, cv::Scalar(30000, 20000, 40000)); break;
        default: break;
        }
        // No crash, no cell where there is none.
        QCOMPARE(WbcDetector().detect(img).size(), size_t(0));
    }

    void projectDetectionStoresAndRespectsOverrides()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        SyntheticDatasetSpec spec = test::smallDataset(10);
        spec.width = 320;
        spec.height = 240;
        QVERIFY(writeSyntheticDataset(data, spec));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("t")).run(data);
        const ProjectDetectionReport r = ProjectDetection(store).run();
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(r.processed, 10);
        QCOMPARE(r.flagsChanged, 10);
        for (const ImageRecord &img : store.images()) {
            const auto flag = store.effectiveFlag(img.id);
            QVERIFY(flag);
            QCOMPARE(flag->source, QStringLiteral("detected"));
            int annotatedWbcs = 0;
            for (const CellRecord &c : store.cells(img.id, QStringLiteral("annotation")))
                annotatedWbcs += c.kind == CellKind::Wbc ? 1 : 0;
            const bool multi = annotatedWbcs > 1;
            QCOMPARE(flag->flag, multi ? CellCountFlag::Multi : CellCountFlag::Single);
            // Annotated boxes are kept beside the detected ones.
            QVERIFY(!store.cells(img.id, QStringLiteral("annotation")).isEmpty());
            QCOMPARE(store.cells(img.id, QStringLiteral("detected")).size(), multi ? 2 : 1);
        }
        // A person's override survives a second run, which changes nothing else.
        const qint64 first = store.images().first().id;
        QVERIFY(store.addFlag(first, CellCountFlag::None, QStringLiteral("user"), QStringLiteral("dr")));
        const ProjectDetectionReport again = ProjectDetection(store).run();
        QCOMPARE(again.flagsChanged, 0);
        QCOMPARE(store.effectiveFlag(first)->flag, CellCountFlag::None);
        QCOMPARE(store.effectiveFlags().value(first).source, QStringLiteral("user"));
        QCOMPARE(store.flagHistory(first).size(), 2);
    }

    void bccdMeetsTargets()
    {
        WBC_REQUIRE_BCCD(bccd);
        const DatasetLayout layout = DatasetLayout::of(bccd);
        DetectionScores scores;
        const WbcDetector detector;
        QDirIterator it(layout.annotationDir, {QStringLiteral("*.xml")}, QDir::Files);
        while (it.hasNext()) {
            const QString xml = it.next();
            const QString image = QDir(layout.imageDir).filePath(QFileInfo(xml).completeBaseName()
                                                                 + QStringLiteral(".jpg"));
            if (!QFileInfo::exists(image))
                continue;
            const VocAnnotation ann = VocReader::readFile(xml);
            QVERIFY(ann.ok);
            QList<QRect> truth;
            for (const VocObject &o : ann.objects)
                if (o.kind == CellKind::Wbc)
                    truth.append(o.box);
            const ImageDetection d = detectFile(detector, image);
            QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
            scores.add(image, truth, d.boxes);
        }
        QCOMPARE(scores.images, 296);
        qInfo("BCCD: recall %.3f precision %.3f multi-flag F1 %.3f", scores.recall(),
              scores.precision(), scores.flagF1());
        QVERIFY(scores.recall() >= 0.97);
        QVERIFY(scores.precision() >= 0.95);
        QVERIFY(scores.flagF1() >= 0.90);
    }
};

QTEST_GUILESS_MAIN(TestWbcDetector)
#include "tst_wbcdetector.moc"
