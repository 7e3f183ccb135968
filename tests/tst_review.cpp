// Review of predictions: the review model and its filters, keyboard accept/correct/undo through
// the main window, the uncertainty queue, prediction in the background, the saliency overlay and
// the differential count dialog.
#include "cellviewer.h"
#include "dataset/datasetimporter.h"
#include "mainwindow.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "projectcommands.h"
#include "project/projectstore.h"
#include "reportdialog.h"
#include "reviewmodel.h"
#include "reviewpanel.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"
#include "saliencyoverlay.h"
#include "slidebrowser.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wbc;

namespace {

// A synthetic project (labels stripped) with an untrained four-class model registered as active.
struct Fixture
{
    QTemporaryDir dir;
    QString project;
    QString modelPath;
    qint64 modelId = 0;
    QList<qint64> ids;

    explicit Fixture(int images = 6)
        : project(test::makeUnlabeledProject(dir.path(), images))
    {
        ProjectStore store;
        store.open(project);
        for (const ImageRecord &image : store.images())
            ids.append(image.id);
        modelPath = dir.filePath(QStringLiteral("m.wbcmodel"));
        const ModelFile model = untrainedModel(ModelArch::LeNet, Task::Four, 7);
        QString error;
        if (!writeModelFile(modelPath, model, &error))
            qWarning("%s", qPrintable(error));
        modelId = RunRecorder(store).addModel(0, modelPath, model.header);
        RunHistory(store).setActiveModel(modelId);
    }
};

PredictionRecord prediction(qint64 imageId, qint64 modelId, QList<double> p)
{
    PredictionRecord r;
    r.imageId = imageId;
    r.modelId = modelId;
    const CellClass classes[] = {CellClass::Neutrophil, CellClass::Eosinophil,
                                 CellClass::Lymphocyte, CellClass::Monocyte};
    int best = 0;
    for (int i = 0; i < p.size(); ++i) {
        r.probabilities.append({classes[i], p.at(i)});
        if (p.at(i) > p.at(best))
            best = i;
    }
    r.predicted = classes[best];
    return r;
}

using test::showActive;

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> values;
    for (int r = 0; r < model.rowCount(); ++r)
        values.append(model.index(r, 0).data(ReviewModel::ImageIdRole).toLongLong());
    return values;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
    }
    void init() { QSettings().clear(); }

    void agreementComparesGroupsForBinaryModels()
    {
        const ImageLabel neutrophil({CellClass::Neutrophil});
        QCOMPARE(compareLabel(neutrophil, CellClass::Neutrophil), Agreement::Agrees);
        QCOMPARE(compareLabel(neutrophil, CellClass::Eosinophil), Agreement::Disagrees);
        QCOMPARE(compareLabel(neutrophil, CellClass::Polynuclear), Agreement::Agrees);
        QCOMPARE(compareLabel(neutrophil, CellClass::Mononuclear), Agreement::Disagrees);
        QCOMPARE(compareLabel(ImageLabel({CellClass::Mononuclear}), CellClass::Monocyte),
                 Agreement::Agrees);
        QCOMPARE(compareLabel(ImageLabel({CellClass::Basophil}), CellClass::Polynuclear),
                 Agreement::NotComparable);
        QCOMPARE(compareLabel(ImageLabel(), CellClass::Neutrophil), Agreement::NotComparable);
        QCOMPARE(compareLabel(ImageLabel({CellClass::Neutrophil, CellClass::Monocyte}),
                              CellClass::Neutrophil),
                 Agreement::NotComparable);
    }

    void modelAndFiltersPassTheTesterAndFilter()
    {
        Fixture f;
        ProjectStore store;
        QVERIFY(store.open(f.project));
        // Images 0..3 predicted; 0 and 1 labelled (0 agrees, 1 differs); 4, 5 unpredicted.
        QVERIFY(store.replacePredictions(
            f.modelId, {prediction(f.ids[0], f.modelId, {0.90, 0.05, 0.03, 0.02}),
                        prediction(f.ids[1], f.modelId, {0.10, 0.60, 0.20, 0.10}),
                        prediction(f.ids[2], f.modelId, {0.40, 0.35, 0.15, 0.10}),
                        prediction(f.ids[3], f.modelId, {0.05, 0.05, 0.85, 0.05})}));
        QVERIFY(store.addLabel(f.ids[0], ImageLabel({CellClass::Neutrophil}),
                               QStringLiteral("user"), QStringLiteral("a")));
        QVERIFY(store.addLabel(f.ids[1], ImageLabel({CellClass::Lymphocyte}),
                               QStringLiteral("review"), QStringLiteral("b")));

        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&store);
        QCOMPARE(model.rowCount(), f.ids.size());
        QCOMPARE(model.predictionCount(), 0);
        model.setModelId(f.modelId);
        QCOMPARE(model.predictionCount(), 4);
        const int r0 = model.rowOf(f.ids[0]);
        QCOMPARE(model.index(r0, ReviewModel::Prediction).data().toString(),
                 cellClassDisplayName(CellClass::Neutrophil));
        QCOMPARE(model.index(r0, ReviewModel::Confidence).data(ReviewModel::ConfidenceRole)
                     .toDouble(),
                 0.90);
        QCOMPARE(model.index(r0, 0).data(ReviewModel::AgreementRole).toInt(),
                 int(Agreement::Agrees));
        QCOMPARE(model.index(model.rowOf(f.ids[1]), 0).data(ReviewModel::AgreementRole).toInt(),
                 int(Agreement::Disagrees));
        QVERIFY(model.index(model.rowOf(f.ids[1]), ReviewModel::Reviewed).data().toString()
                    .startsWith(QStringLiteral("b, ")));
        QVERIFY(!model.index(model.rowOf(f.ids[4]), 0).data(ReviewModel::ConfidenceRole).isValid());

        proxy.setDisagreementsOnly(true);
        QCOMPARE(ids(proxy), QList<qint64>({f.ids[1]}));
        proxy.setDisagreementsOnly(false);
        proxy.setConfidenceBelow(0.7);
        QCOMPARE(ids(proxy), QList<qint64>({f.ids[1], f.ids[2]}));
        proxy.setConfidenceBelow(std::nullopt);
        proxy.setClassFilter(CellClass::Lymphocyte); // label of 1, prediction of 3
        QCOMPARE(ids(proxy), QList<qint64>({f.ids[1], f.ids[3]}));
        proxy.setClassFilter(std::nullopt);
        proxy.setUnreviewedOnly(true);
        QCOMPARE(proxy.rowCount(), f.ids.size() - 1);
        proxy.setUnreviewedOnly(false);

        // The uncertainty queue: unlabelled predicted images, most uncertain first (margin:
        // image 2 = 1 - 0.05, image 3 = 1 - 0.80).
        proxy.setUncertaintyQueue(true);
        QCOMPARE(ids(proxy), QList<qint64>({f.ids[2], f.ids[3]}));
        QCOMPARE(model.uncertaintyQueue(), QList<qint64>({f.ids[2], f.ids[3]}));
        proxy.setUncertaintyQueue(false);
        QCOMPARE(proxy.rowCount(), f.ids.size());

        // Sorting by confidence puts the unpredicted rows first, then ascending confidence.
        proxy.sort(ReviewModel::Confidence, Qt::AscendingOrder);
        QCOMPARE(ids(proxy).mid(2), QList<qint64>({f.ids[2], f.ids[1], f.ids[3], f.ids[0]}));

        // A label change reaches the row.
        QVERIFY(store.addLabel(f.ids[2], ImageLabel({CellClass::Monocyte}), QStringLiteral("user"),
                               QStringLiteral("c")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshImage(f.ids[2]);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOf(f.ids[2]), ReviewModel::Label).data().toString(),
                 cellClassDisplayName(CellClass::Monocyte));
        QCOMPARE(model.uncertaintyQueue(), QList<qint64>({f.ids[3]}));
    }

    void keyboardAcceptCorrectAndUndo()
    {
        Fixture f;
        {
            ProjectStore store;
            QVERIFY(store.open(f.project));
            QVERIFY(store.replacePredictions(
                f.modelId, {prediction(f.ids[0], f.modelId, {0.10, 0.70, 0.10, 0.10}),
                            prediction(f.ids[1], f.modelId, {0.80, 0.10, 0.05, 0.05}),
                            prediction(f.ids[2], f.modelId, {0.30, 0.30, 0.20, 0.20})}));
            QVERIFY(store.addLabel(f.ids[0], ImageLabel({CellClass::Eosinophil}),
                                   QStringLiteral("import"), QStringLiteral("i")));
        }
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(f.project));
        w.showReview();
        ReviewPanel *review = w.review();
        QCOMPARE(review->model()->predictionCount(), 3);
        QVERIFY(review->selectImage(f.ids[0]));
        review->view()->setFocus();
        QVERIFY(review->hasReviewFocus());
        QCOMPARE(w.browser()->currentImageId(), f.ids[0]); // the viewer follows the review

        // Enter accepts the prediction: the same label, now recorded as a review, and advances.
        QTest::keyClick(review->view(), Qt::Key_Return);
        auto label = w.store()->currentLabel(f.ids[0]);
        QVERIFY(label);
        QCOMPARE(label->label, ImageLabel({CellClass::Eosinophil}));
        QCOMPARE(label->source, QStringLiteral("review"));
        QCOMPARE(label->author, QStringLiteral("tester"));
        QCOMPARE(review->currentImageId(), f.ids[1]);

        // A class key corrects (3 = lymphocyte) and advances.
        QTest::keyClick(review->view(), Qt::Key_3);
        label = w.store()->currentLabel(f.ids[1]);
        QVERIFY(label);
        QCOMPARE(label->label, ImageLabel({CellClass::Lymphocyte}));
        QCOMPARE(label->source, QStringLiteral("review"));
        QCOMPARE(review->currentImageId(), f.ids[2]);
        const int row = review->model()->rowOf(f.ids[1]);
        QCOMPARE(review->model()->index(row, 0).data(ReviewModel::AgreementRole).toInt(),
                 int(Agreement::Disagrees));

        // Undo restores the previous label and source: image 1 unlabelled, image 0 imported.
        QCOMPARE(w.undoStack()->count(), 2);
        w.undoStack()->undo();
        QVERIFY(w.store()->currentLabel(f.ids[1])->label.isUnlabeled());
        w.undoStack()->undo();
        QCOMPARE(w.store()->currentLabel(f.ids[0])->source, QStringLiteral("import"));
        QVERIFY(!review->model()->index(review->model()->rowOf(f.ids[0]), 0)
                     .data(ReviewModel::ReviewedRole)
                     .toBool());
        // The history keeps every step.
        QCOMPARE(w.store()->labelHistory(f.ids[0]).size(), 3);

        // "Label next uncertain": image 2 (margin 1.0) before image 1 (0.3).
        QVERIFY(w.selectNextUncertain());
        QCOMPARE(w.browser()->currentImageId(), f.ids[2]);
    }

    void predictStoresPredictionsAndSaliencyOverlays()
    {
        Fixture f(4);
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(f.project));
        QSignalSpy done(&w, &MainWindow::predictionFinished);
        w.predictImages();
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(w.review()->model()->predictionCount(), f.ids.size());
        QCOMPARE(w.store()->predictions(f.modelId).size(), f.ids.size());

        // Saliency: the overlay appears over the shown image, inside it.
        QVERIFY(w.browser()->selectImage(f.ids[0]));
        QTRY_VERIFY_WITH_TIMEOUT(w.viewer()->hasImage() && w.viewer()->imageId() == f.ids[0],
                                 10000);
        QSignalSpy ready(w.saliency(), &SaliencyService::ready);
        w.setSaliencyVisible(true);
        QVERIFY(ready.wait(60000));
        const auto result = ready.first().first().value<SaliencyResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.imageId, f.ids[0]);
        QVERIFY(!result.overlay.isNull());
        QVERIFY(QRect(QPoint(0, 0), w.viewer()->imageSize()).intersects(result.where));
        QVERIFY(w.viewer()->hasOverlay());
        w.setSaliencyVisible(false);
        QVERIFY(!w.viewer()->hasOverlay());
    }

    void reportDialogCountsAndExports()
    {
        Fixture f;
        ProjectStore store;
        QVERIFY(store.open(f.project));
        QVERIFY(store.addLabel(f.ids[0], ImageLabel({CellClass::Neutrophil}),
                               QStringLiteral("user"), QStringLiteral("a")));
        QVERIFY(store.addLabel(f.ids[1], ImageLabel({CellClass::Neutrophil}),
                               QStringLiteral("user"), QStringLiteral("a")));
        QVERIFY(store.addLabel(f.ids[2], ImageLabel({CellClass::Monocyte}),
                               QStringLiteral("user"), QStringLiteral("a")));
        ReportDialog dialog(store, 0, {f.ids[0], f.ids[2]});
        // Two selected images: the dialog starts on the selection.
        QCOMPARE(dialog.report().labelledTotal, 2);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->columnCount(), 3); // no model: labels only
        bool sawNeutrophil = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == cellClassDisplayName(CellClass::Neutrophil)) {
                QCOMPARE(table->item(r, 1)->text(), QStringLiteral("1"));
                sawNeutrophil = true;
            }
        }
        QVERIFY(sawNeutrophil);
        const QString csv = f.dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(dialog.exportTo(csv));
        QVERIFY(test::readFile(csv).contains("NEUTROPHIL"));
        const QString pdf = f.dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(dialog.exportTo(pdf));
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
