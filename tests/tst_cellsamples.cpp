#include "training/cellsamples.h"
#include "project/projectstore.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"
#include "detection/wbcdetector.h"
#include "dataset/datasplit.h"
#include "training/trainer.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

// A project of synthetic fields: `twoCell` fields with a polynuclear and a mononuclear cell and
// `oneCell` single-cell fields, spread over `slides` slides, every white cell labelled with its
// true class (annotation boxes). Returns the cell ids in order.
QList<qint64> makeProject(ProjectStore &store, const QString &dir, int twoCell, int oneCell,
                          int slides)
{
    QList<qint64> ids;
    const QList<CellClass> poly{CellClass::Neutrophil, CellClass::Eosinophil};
    const QList<CellClass> mono{CellClass::Lymphocyte, CellClass::Monocyte};
    for (int i = 0; i < twoCell + oneCell; ++i) {
        SmearSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.wbcs = i < twoCell ? QList<CellClass>{poly.at(i % 2), mono.at(i % 2)}
                                : QList<CellClass>{i % 2 ? mono.at(0) : poly.at(0)};
        const SyntheticSmear smear = generateSmear(quint64(500 + i), spec);
        const QString path = QDir(dir).filePath(QStringLiteral("f%1.png").arg(i));
        if (!cv::imwrite(path.toStdString(), smear.bgr))
            return {};
        ImageRecord img;
        img.path = QFileInfo(path).fileName();
        img.sha256 = QStringLiteral("h%1").arg(i);
        img.width = spec.width;
        img.height = spec.height;
        img.slideId = store.ensureSlide(QStringLiteral("s%1").arg(i % std::max(slides, 1)));
        const qint64 imageId = store.addImage(img);
        for (const SyntheticWbc &w : smear.wbcs) {
            CellRecord c;
            c.imageId = imageId;
            c.kind = CellKind::Wbc;
            c.box = w.box;
            c.source = QStringLiteral("annotation");
            const qint64 id = store.addCell(c);
            store.addCellLabel(id, CellLabel::ofClass(w.cls), LabelOrigin::Import, QStringLiteral("t"));
            ids.append(id);
        }
    }
    return ids;
}

} // namespace

class TestCellSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingRule_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("binary");
        QTest::addColumn<int>("four");
        QTest::newRow("neutrophil") << "NEUTROPHIL" << 0 << 0;
        QTest::newRow("monocyte") << "MONOCYTE" << 1 << 3;
        QTest::newRow("group label") << "POLYNUCLEAR" << 0 << -1;
        QTest::newRow("basophil") << "BASOPHIL" << -1 << -1;
        QTest::newRow("unidentified") << "UNIDENTIFIED" << -1 << -1;
        QTest::newRow("not counted") << "SMUDGE" << -1 << -1;
        QTest::newRow("unlabelled") << "" << -1 << -1;
    }
    void trainingRule()
    {
        QFETCH(QString, label);
        QFETCH(int, binary);
        QFETCH(int, four);
        const CellLabel l = CellLabel::parse(label).value();
        QCOMPARE(trainingClassIndex(Task::Binary, l), binary);
        QCOMPARE(trainingClassIndex(Task::Four, l), four);
    }

    // Cells of two-cell fields train with their own labels, cropped from their stored boxes;
    // --single-cell-fields leaves them out; special labels never train.
    void loadsEveryLabelledCell()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const QList<qint64> cells = makeProject(store, dir.path(), 6, 3, 2);
        QCOMPARE(cells.size(), 6 * 2 + 3);
        QVERIFY(store.addCellLabel(cells.last(), CellLabel::unidentified(), LabelOrigin::Key, "t"));

        CellSampleLoader loader(Task::Four);
        int lastDone = -1, lastTotal = -1;
        loader.setProgress([&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        const CellSampleSet set = loader.load(store);
        QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(int(set.samples.size()), 6 * 2 + 2);
        QCOMPARE(set.excluded, 1); // the unidentified cell
        const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
        QSet<qint64> seen;
        for (const CellSample &s : set.samples) {
            QCOMPARE(s.cellClass, *labels.value(s.cellId).label.cellClass());
            QCOMPARE(s.crop.rgb.size(), cv::Size(160, 120));
            QCOMPARE(s.crop.source, BoxSource::Annotated);
            const std::optional<CellRecord> cell = store.cell(s.cellId);
            QVERIFY(cell);
            QCOMPARE(s.crop.box, cv::Rect(cell->box.x(), cell->box.y(), cell->box.width(),
                                          cell->box.height()));
            seen.insert(s.cellId);
        }
        QCOMPARE(seen.size(), qsizetype(set.samples.size()));

        loader.setSingleCellFields(true);
        const CellSampleSet single = loader.load(store);
        QCOMPARE(int(single.samples.size()), 2);
        QCOMPARE(single.excluded, 6 * 2 + 1);
        QCOMPARE(trainableCellCounts(store, Task::Four, true),
                 single.classCounts());
        QCOMPARE(trainableCellCounts(store, Task::Four, false), set.classCounts());
    }

    // A box a person moved is what trains: the detector is not asked again.
    void editedBoxReachesTraining()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const QList<qint64> cells = makeProject(store, dir.path(), 0, 1, 1);
        CellRecord cell = *store.cell(cells.first());
        const CellSampleSet before = CellSampleLoader(Task::Binary).load(store);
        QCOMPARE(int(before.samples.size()), 1);
        cell.box.translate(-20, -10);
        cell.source = QStringLiteral("user");
        cell.editedBy = QStringLiteral("dr.m");
        QVERIFY(store.updateCell(cell));
        QCOMPARE(store.cell(cell.id)->editedBy, QStringLiteral("dr.m"));
        QVERIFY(store.cell(cell.id)->editedAt.isValid());
        const CellSampleSet after = CellSampleLoader(Task::Binary).load(store);
        QCOMPARE(after.samples.front().crop.box,
                 cv::Rect(cell.box.x(), cell.box.y(), cell.box.width(), cell.box.height()));
        QVERIFY(cv::norm(before.samples.front().crop.rgb, after.samples.front().crop.rgb,
                         cv::NORM_L1)
                > 0);
    }

    // Two cells of one field never sit on both sides of a split; with as many slides as folds the
    // split keeps slides together.
    void splitsKeepFieldsAndSlidesTogether()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        makeProject(store, dir.path(), 20, 0, 4);
        CellSampleSet set = CellSampleLoader(Task::Binary).load(store);
        QCOMPARE(int(set.samples.size()), 40);
        QString warning;
        const DataSplit split = validationSplit(set, 0.25, 3, &warning);
        QVERIFY2(warning.contains(u"4 slide"), qPrintable(warning));
        QSet<qint64> trainImages, valImages;
        for (int i : split.train)
            trainImages.insert(set.samples[size_t(i)].imageId);
        for (int i : split.validation)
            valImages.insert(set.samples[size_t(i)].imageId);
        QVERIFY(!split.validation.empty());
        QVERIFY(!trainImages.intersects(valImages));
        QCOMPARE(int(split.train.size() + split.validation.size()), 40);

        const std::vector<int> folds = stratifiedGroupFolds(set.labels(), set.splitGroups(5), 5, 1);
        for (size_t i = 0; i < folds.size(); ++i) {
            for (size_t j = 0; j < folds.size(); ++j) {
                if (set.samples[i].imageId == set.samples[j].imageId)
                    QCOMPARE(folds[i], folds[j]);
            }
        }
        // Five slides: grouped by slide.
        for (CellSample &s : set.samples)
            s.slideId = s.imageId % 5;
        bool bySlide = false;
        const std::vector<qint64> groups = set.splitGroups(5, &bySlide);
        QVERIFY(bySlide);
        const DataSplit slideSplit = validationSplit(set, 0.2, 3, &warning);
        QVERIFY(warning.isEmpty());
        QSet<qint64> trainSlides, valSlides;
        for (int i : slideSplit.train)
            trainSlides.insert(groups[size_t(i)]);
        for (int i : slideSplit.validation)
            valSlides.insert(groups[size_t(i)]);
        QVERIFY(!valSlides.isEmpty());
        QVERIFY(!trainSlides.intersects(valSlides));
        // One sample per group: the same split as the ungrouped one.
        const std::vector<int> labels{0, 1, 0, 1, 0, 1, 0, 1, 1, 0};
        const std::vector<qint64> own{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QCOMPARE(stratifiedGroupSplit(labels, own, 0.3, 5).validation,
                 stratifiedSplit(labels, 0.3, 5).validation);
        QCOMPARE(stratifiedGroupFolds(labels, own, 3, 5), stratifiedFolds(labels, 3, 5));
    }

    // A model learns from cells of multi-cell fields (no single-cell field at all).
    void trainsOnMultiCellFields()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        makeProject(store, dir.path(), 24, 0, 1);
        const auto set = std::make_shared<CellSampleSet>(CellSampleLoader(Task::Binary).load(store));
        QCOMPARE(int(set->samples.size()), 48);
        TrainParams p;
        p.task = Task::Binary;
        p.epochs = 4;
        p.perClass = 96;
        p.batch = 16;
        p.lr = 3e-3;
        p.valFraction = 0.25;
        p.seed = 11;
        p.device = QStringLiteral("cpu");
        Trainer trainer;
        trainer.setParams(p);
        trainer.setData(set, validationSplit(*set, p.valFraction, p.seed));
        const TrainResult r = trainer.train();
        QVERIFY2(r.ok, qPrintable(r.error));
        const EpochReport &best = r.history[size_t(r.bestEpoch - 1)];
        QVERIFY2(best.valAccuracy() >= 0.8, qPrintable(QString::number(best.valAccuracy())));
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
            QVERIFY(lastDone > 0); // progress counts fields
            QVERIFY(set.excluded > 0); // basophil cells
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
        const CellCropParams withDetector{0.10, true}; // how models of 0.1.0 crop
        const CellCrop detected = cropCell(smear.bgr, detector, {box}, withDetector);
        QCOMPARE(detected.source, BoxSource::Detected);
        QVERIFY((detected.box & cv::Rect(box.x(), box.y(), box.width(), box.height())).area() > 0);
        const CellCrop annotated = cropCell(smear.bgr, detector, {QRect(0, 0, 10, 10), box},
                                            {0.25, false});
        QCOMPARE(annotated.source, BoxSource::Annotated);
        QCOMPARE(annotated.box, cv::Rect(box.x(), box.y(), box.width(), box.height()));
        const cv::Mat blank(240, 320, CV_8UC3, cv::Scalar(230, 220, 240));
        const CellCrop field = cropCell(blank, detector, {}, withDetector);
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
