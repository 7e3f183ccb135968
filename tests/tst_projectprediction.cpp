#include "review/classifier.h"
#include "dataset/datasetimporter.h"
#include "base/imagefile.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "review/projectprediction.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"
#include "detection/wbcdetector.h"
#include "training/cellsamples.h"

#include <QSet>
#include <opencv2/imgcodecs.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wbc;

namespace {

ImageRecord fakeImage(int n)
{
    ImageRecord r;
    r.path = QStringLiteral("images/%1.png").arg(n);
    r.sha256 = QString::number(n).rightJustified(64, u'0');
    r.width = 640;
    r.height = 480;
    r.fileSize = 1000;
    r.importedAt = QDateTime::currentDateTimeUtc();
    return r;
}

PredictionRecord record(qint64 imageId, CellClass predicted, double p)
{
    PredictionRecord r;
    r.imageId = imageId;
    r.predicted = predicted;
    r.probabilities = {{CellClass::Polynuclear, predicted == CellClass::Polynuclear ? p : 1 - p},
                       {CellClass::Mononuclear, predicted == CellClass::Mononuclear ? p : 1 - p}};
    return r;
}

} // namespace

// Predictions in the project store and ProjectPrediction, which fills them.
class TestProjectPrediction : public QObject
{
    Q_OBJECT

    // A synthetic project of `images` fields with a freshly initialised four-class model
    // registered in it; returns the model id.
    qint64 makeProject(const QTemporaryDir &dir, ProjectStore &store, int images)
    {
        SyntheticDatasetSpec spec = test::smallDataset(images);
        const QString data = dir.filePath(QStringLiteral("data"));
        if (!writeSyntheticDataset(data, spec))
            return 0;
        if (!store.open(dir.filePath(QStringLiteral("p.wbc"))))
            return 0;
        const ImportReport imported = DatasetImporter(store, QStringLiteral("tester")).run(data);
        if (imported.imported != images)
            return 0;
        const QString modelPath = dir.filePath(QStringLiteral("four.wbcmodel"));
        const ModelFile model = untrainedModel(ModelArch::WbcNet, Task::Four, 2);
        if (!writeModelFile(modelPath, model, nullptr))
            return 0;
        return RunRecorder(store).addModel(0, modelPath, model.header);
    }

private Q_SLOTS:
    void storeRoundTrip()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const qint64 image = store.addImage(fakeImage(1));
        const ModelHeader header = untrainedModel(ModelArch::LeNet, Task::Four).header;
        const qint64 model = RunRecorder(store).addModel(0, dir.filePath("m.wbcmodel"), header);
        QVERIFY(image > 0 && model > 0);

        PredictionRecord r;
        r.imageId = image;
        r.predicted = CellClass::Lymphocyte;
        // Not sorted by probability: the model's class order is kept.
        r.probabilities = {{CellClass::Neutrophil, 0.125},
                           {CellClass::Eosinophil, 0.0625},
                           {CellClass::Lymphocyte, 0.75},
                           {CellClass::Monocyte, 0.0625}};
        QVERIFY(store.replacePredictions(model, {r}));
        const QHash<qint64, PredictionRecord> stored = store.predictions(model);
        QCOMPARE(stored.size(), 1);
        const PredictionRecord &s = stored.value(image);
        QVERIFY(s.id > 0);
        QCOMPARE(s.imageId, image);
        QCOMPARE(s.modelId, model);
        QCOMPARE(s.predicted, CellClass::Lymphocyte);
        QCOMPARE(s.probabilities, r.probabilities);
        QCOMPARE(s.confidence(), 0.75);
        const QDateTime created = QDateTime::fromString(s.createdAt, Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QCOMPARE(created.timeSpec(), Qt::UTC);
        QVERIFY(std::abs(created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Another model has none.
        QVERIFY(store.predictions(model + 1).isEmpty());
        // A given createdAt is kept.
        r.createdAt = QStringLiteral("2024-01-02T03:04:05.000Z");
        QVERIFY(store.replacePredictions(model, {r}));
        QCOMPARE(store.predictions(model).value(image).createdAt, r.createdAt);
    }

    void replaceOnlyTouchesThatModelsImages()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        QList<qint64> images;
        for (int i = 1; i <= 3; ++i)
            images.append(store.addImage(fakeImage(i)));
        const ModelHeader header = untrainedModel(ModelArch::LeNet, Task::Binary).header;
        const qint64 a = RunRecorder(store).addModel(0, dir.filePath("a.wbcmodel"), header);
        const qint64 b = RunRecorder(store).addModel(0, dir.filePath("b.wbcmodel"), header);

        QVERIFY(store.replacePredictions(a, {record(images[0], CellClass::Polynuclear, 0.9),
                                             record(images[1], CellClass::Polynuclear, 0.8)}));
        QVERIFY(store.replacePredictions(b, {record(images[0], CellClass::Mononuclear, 0.6)}));
        // Replacing image 1 of model a: image 2 of model a and model b stay.
        QVERIFY(store.replacePredictions(a, {record(images[1], CellClass::Mononuclear, 0.7)}));
        const auto pa = store.predictions(a);
        QCOMPARE(pa.size(), 2);
        QCOMPARE(pa.value(images[0]).predicted, CellClass::Polynuclear);
        QCOMPARE(pa.value(images[0]).confidence(), 0.9);
        QCOMPARE(pa.value(images[1]).predicted, CellClass::Mononuclear);
        QCOMPARE(pa.value(images[1]).confidence(), 0.7);
        const auto pb = store.predictions(b);
        QCOMPARE(pb.size(), 1);
        QCOMPARE(pb.value(images[0]).predicted, CellClass::Mononuclear);
        // Replaced, not appended: one row per image and model.
        QSqlQuery q(store.database());
        QVERIFY(q.exec("SELECT COUNT(*) FROM predictions"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        // One transaction: a record for an image that does not exist fails the whole call.
        QVERIFY(!store.replacePredictions(a, {record(images[2], CellClass::Polynuclear, 0.5),
                                              record(9999, CellClass::Polynuclear, 0.5)}));
        QVERIFY(!store.predictions(a).contains(images[2]));
        QCOMPARE(store.predictions(a).size(), 2);
    }

    void predictsEveryReadableImage()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const qint64 model = makeProject(dir, store, 20);
        QVERIFY(model > 0);
        const QList<ImageRecord> images = store.images();
        // One file goes bad after the import.
        const QString broken = store.absolutePath(images.at(5));
        test::writeFile(broken, "not an image any more");

        ProjectPrediction prediction(store, model);
        prediction.setDevice(QStringLiteral("cpu"));
        int lastDone = -1;
        prediction.setProgress([&](int done, int total) {
            QVERIFY(done > lastDone && done <= total);
            QCOMPARE(total, 20);
            lastDone = done;
        });
        const ProjectPredictionReport report = prediction.run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.images, 20);
        QCOMPARE(report.predicted, 19);
        QCOMPARE(report.failed, 1);
        QVERIFY(!report.cancelled);
        QCOMPARE(lastDone, 20);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().file, broken);
        QVERIFY(!report.problems.first().message.isEmpty());

        // One prediction per white cell of every readable image, the same numbers as
        // classifying each cell's crop directly.
        const QHash<qint64, PredictionRecord> stored = store.cellPredictions(model);
        const QHash<qint64, QList<CellRecord>> cells = store.whiteCellsByImage();
        int expected = 0;
        Classifier classifier;
        QVERIFY(classifier.load(RunHistory(store).modelPath(model), nullptr, std::nullopt,
                                QStringLiteral("cpu")));
        for (const ImageRecord &image : images) {
            if (image.id == images.at(5).id) {
                for (const CellRecord &c : cells.value(image.id))
                    QVERIFY(!stored.contains(c.id));
                continue;
            }
            const DecodedImage decoded = decodeImageFile(store.absolutePath(image));
            QVERIFY(!cells.value(image.id).isEmpty());
            for (const CellRecord &c : cells.value(image.id)) {
                ++expected;
                QVERIFY(stored.contains(c.id));
                const PredictionRecord &p = stored.value(c.id);
                QCOMPARE(p.imageId, image.id);
                QCOMPARE(p.probabilities.size(), 4);
                double sum = 0;
                for (const auto &[cls, v] : p.probabilities) {
                    QVERIFY(v >= 0.0 && v <= 1.0);
                    QVERIFY(p.confidence() >= v);
                    sum += v;
                }
                QVERIFY(std::abs(sum - 1.0) < 1e-4);
                QCOMPARE(p.probabilities.at(0).first, CellClass::Neutrophil);
                QCOMPARE(p.probabilities.at(3).first, CellClass::Monocyte);
                const std::vector<float> direct = classifier.predict(
                    {cropStoredCell(decoded.bgr, c, classifier.header().crop).rgb}).front();
                for (int k = 0; k < 4; ++k)
                    QVERIFY(std::abs(direct[size_t(k)] - p.probabilities.at(k).second) < 1e-4);
            }
        }
        QCOMPARE(stored.size(), expected);
        QVERIFY(expected > 19); // some fields show two cells
        QCOMPARE(report.cells, expected);

        // Running again replaces: still one prediction per cell.
        lastDone = -1;
        QCOMPARE(prediction.run().predicted, 19);
        QSqlQuery q(store.database());
        QVERIFY(q.exec("SELECT COUNT(*) FROM predictions"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), expected);
    }

    // A field without any white cell is searched by the detector first; the cells it finds are
    // stored as detected boxes and predicted.
    void detectsCellsWhereThereAreNone()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const qint64 model = makeProject(dir, store, 2);
        QVERIFY(model > 0);
        SmearSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.wbcs = {CellClass::Lymphocyte, CellClass::Neutrophil};
        const SyntheticSmear smear = generateSmear(77, spec);
        const QString path = dir.filePath(QStringLiteral("bare.png"));
        QVERIFY(cv::imwrite(path.toStdString(), smear.bgr));
        ImageRecord img = fakeImage(77);
        img.path = store.storedPath(path);
        img.width = spec.width;
        img.height = spec.height;
        const qint64 bare = store.addImage(img);
        QVERIFY(store.whiteCells(bare).isEmpty());
        ProjectPrediction prediction(store, model);
        prediction.setImageIds({bare});
        const ProjectPredictionReport report = prediction.run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.detected, 2);
        QCOMPARE(report.cells, 2);
        const QList<CellRecord> found = store.whiteCells(bare);
        QCOMPARE(found.size(), 2);
        const QHash<qint64, PredictionRecord> stored = store.cellPredictions(model);
        for (const CellRecord &c : found) {
            QCOMPARE(c.source, QStringLiteral("detected"));
            QVERIFY(stored.contains(c.id));
        }
    }

    void onlyTheChosenImages()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const qint64 model = makeProject(dir, store, 8);
        QVERIFY(model > 0);
        const QList<ImageRecord> images = store.images();
        ProjectPrediction prediction(store, model);
        prediction.setImageIds({images.at(1).id, images.at(6).id});
        const ProjectPredictionReport report = prediction.run();
        QCOMPARE(report.images, 2);
        QCOMPARE(report.predicted, 2);
        QSet<qint64> predictedImages;
        for (const PredictionRecord &p : store.cellPredictions(model))
            predictedImages.insert(p.imageId);
        QCOMPARE(predictedImages, (QSet<qint64>{images.at(1).id, images.at(6).id}));
    }

    void cancelKeepsWhatWasFinished()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const qint64 model = makeProject(dir, store, 80);
        QVERIFY(model > 0);
        std::atomic_bool cancel{true};
        ProjectPrediction prediction(store, model);
        prediction.setCancelFlag(&cancel);
        ProjectPredictionReport report = prediction.run();
        QVERIFY(report.cancelled);
        QCOMPARE(report.predicted, 0);
        QVERIFY(store.cellPredictions(model).isEmpty());

        // Cancelled after the first chunk: that chunk is stored, the rest is not.
        cancel = false;
        prediction.setProgress([&](int, int) { cancel = true; });
        report = prediction.run();
        QVERIFY(report.cancelled);
        QVERIFY(report.predicted > 0 && report.predicted < 80);
        QSet<qint64> predictedImages;
        for (const PredictionRecord &p : store.cellPredictions(model))
            predictedImages.insert(p.imageId);
        QCOMPARE(int(predictedImages.size()), report.predicted);
        QCOMPARE(int(store.cellPredictions(model).size()), report.cells);
    }

    void badModelIsNamed()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const qint64 model = makeProject(dir, store, 4);
        QVERIFY(model > 0);
        const QString path = RunHistory(store).modelPath(model);
        QVERIFY(QFile::remove(path));
        ProjectPredictionReport report = ProjectPrediction(store, model).run();
        QVERIFY2(report.fatalError.contains(path), qPrintable(report.fatalError));
        QCOMPARE(report.predicted, 0);

        report = ProjectPrediction(store, model + 100).run();
        QVERIFY(!report.fatalError.isEmpty());
        QVERIFY(report.fatalError.contains(QString::number(model + 100)));
    }

    void predictImagesStoresNothing()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const qint64 model = makeProject(dir, store, 6);
        QVERIFY(model > 0);
        Classifier classifier;
        QVERIFY(classifier.load(RunHistory(store).modelPath(model), nullptr));
        QList<PredictionInput> inputs = predictionInputs(store);
        QCOMPARE(inputs.size(), 6);
        int cells = 0;
        for (const PredictionInput &in : inputs) {
            QVERIFY(!in.cells.isEmpty()); // the dataset's VOC boxes
            cells += int(in.cells.size());
        }
        inputs.append({999, dir.filePath("missing.png"), {}, {}, true});
        const PredictionResults results = predictImages(classifier, inputs, 7);
        QCOMPARE(results.storedRecords().size(), cells);
        QCOMPARE(results.storedRecords().first().modelId, 7);
        QCOMPARE(results.problems.size(), 1);
        QCOMPARE(results.problems.first().file, dir.filePath("missing.png"));
        QVERIFY(store.predictions(model).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectPrediction)
#include "tst_projectprediction.moc"
