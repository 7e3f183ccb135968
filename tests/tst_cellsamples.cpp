#include "training/cellsamples.h"
#include "project/projectstore.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"
#include "detection/wbcdetector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

class TestCellSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingRule_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("flag"); // -1: detection never ran
        QTest::addColumn<int>("binary");
        QTest::addColumn<int>("four");
        QTest::newRow("neutrophil") << "NEUTROPHIL" << -1 << 0 << 0;
        QTest::newRow("monocyte, single") << "MONOCYTE" << int(CellCountFlag::Single) << 1 << 3;
        QTest::newRow("flagged multi") << "NEUTROPHIL" << int(CellCountFlag::Multi) << -1 << -1;
        QTest::newRow("flagged none") << "LYMPHOCYTE" << int(CellCountFlag::None) << -1 << -1;
        QTest::newRow("label lists two") << "NEUTROPHIL,MONOCYTE" << -1 << -1 << -1;
        QTest::newRow("basophil") << "BASOPHIL" << -1 << -1 << -1;
        QTest::newRow("unlabeled") << "" << -1 << -1 << -1;
    }
    void trainingRule()
    {
        QFETCH(QString, label);
        QFETCH(int, flag);
        QFETCH(int, binary);
        QFETCH(int, four);
        const ImageLabel l = ImageLabel::parse(label).value();
        const std::optional<CellCountFlag> f = flag < 0 ? std::nullopt
                                                        : std::optional(CellCountFlag(flag));
        QCOMPARE(trainingClassIndex(Task::Binary, l, f), binary);
        QCOMPARE(trainingClassIndex(Task::Four, l, f), four);
    }

    void loadsSingleCellImagesOfTheTask()
    {
        QTemporaryDir dir;
        SyntheticDatasetSpec spec = test::smallDataset(20);
        spec.width = 320;
        spec.height = 240;
        spec.classes.append(CellClass::Basophil);
        QVERIFY(writeSyntheticDataset(dir.path(), spec));

        for (Task task : {Task::Binary, Task::Four}) {
            CellSampleLoader loader(task);
            int lastDone = -1;
            loader.setProgress([&](int done, int total) {
                QVERIFY(done <= total);
                lastDone = done;
            });
            const CellSampleSet set = loader.loadDataset(dir.path());
            QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
            QVERIFY(!set.samples.empty());
            QCOMPARE(lastDone, int(set.samples.size()));
            QVERIFY(set.excluded > 0); // multi-cell and basophil images
            for (const CellSample &s : set.samples) {
                QCOMPARE(s.crop.rgb.cols, 160);
                QCOMPARE(s.crop.rgb.rows, 120);
                QCOMPARE(s.crop.rgb.type(), CV_8UC3);
                QVERIFY(s.cellClass != CellClass::Basophil);
                QCOMPARE(s.label, taskClassIndex(task, s.cellClass));
            }
            const QMap<BoxSource, int> sources = set.sourceCounts();
            QCOMPARE(sources.value(BoxSource::Detected) + sources.value(BoxSource::Annotated)
                         + sources.value(BoxSource::WholeField),
                     int(set.samples.size()));
            QVERIFY(sources.value(BoxSource::WholeField) == 0); // every image has a box
        }
    }

    void cropFallsBackFromDetectorToAnnotationToField()
    {
        SmearSpec spec;
        spec.wbcs = {CellClass::Lymphocyte};
        const SyntheticSmear smear = generateSmear(9, spec);
        const WbcDetector detector;
        const QRect box = smear.wbcs.front().box;
        const CellCrop detected = cropCell(smear.bgr, detector, {box}, {});
        QCOMPARE(detected.source, BoxSource::Detected);
        QVERIFY((detected.box & cv::Rect(box.x(), box.y(), box.width(), box.height())).area() > 0);
        const CellCrop annotated = cropCell(smear.bgr, detector, {QRect(0, 0, 10, 10), box},
                                            {0.25, false});
        QCOMPARE(annotated.source, BoxSource::Annotated);
        QCOMPARE(annotated.box, cv::Rect(box.x(), box.y(), box.width(), box.height()));
        const cv::Mat blank(240, 320, CV_8UC3, cv::Scalar(230, 220, 240));
        const CellCrop field = cropCell(blank, detector, {}, {});
        QCOMPARE(field.source, BoxSource::WholeField);
        QCOMPARE(field.rgb.size(), cv::Size(160, 120));
    }

    void cancelStopsLoading()
    {
        QTemporaryDir dir;
        QVERIFY(writeSyntheticDataset(dir.path(), test::smallDataset(8)));
        std::atomic_bool cancel{true};
        CellSampleLoader loader(Task::Binary);
        loader.setCancelFlag(&cancel);
        const CellSampleSet set = loader.loadDataset(dir.path());
        QVERIFY(set.cancelled);
        QVERIFY(set.samples.empty());
    }
};

QTEST_GUILESS_MAIN(TestCellSamples)
#include "tst_cellsamples.moc"
