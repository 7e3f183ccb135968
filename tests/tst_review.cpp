// Review of predictions: the review model and its filters, keyboard accept/correct/undo through
// the main window, the uncertainty queue, prediction in the background, the saliency overlay and
// the differential count dialog.
#include "cellviewer.h"
#include "dataset/datasetimporter.h"
#include "dataset/syntheticsmear.h"
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
#include "thumbnailloader.h"
#include "guisupport.h"
#include "reviewfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wbc;

namespace {

using Fixture = test::ReviewFixture;

PredictionRecord prediction(const CellRecord &cell, qint64 modelId, QList<double> p)
{
    PredictionRecord r;
    r.imageId = cell.imageId;
    r.cellId = cell.id;
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

QList<qint64> cellIds(const QAbstractItemModel &model)
{
    QList<qint64> values;
    for (int r = 0; r < model.rowCount(); ++r)
        values.append(model.index(r, 0).data(ReviewModel::CellIdRole).toLongLong());
    return values;
}

CellLabel cls(CellClass c)
{
    return CellLabel::ofClass(c);
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
        const CellLabel neutrophil = cls(CellClass::Neutrophil);
        QCOMPARE(compareLabel(neutrophil, CellClass::Neutrophil), Agreement::Agrees);
        QCOMPARE(compareLabel(neutrophil, CellClass::Eosinophil), Agreement::Disagrees);
        QCOMPARE(compareLabel(neutrophil, CellClass::Polynuclear), Agreement::Agrees);
        QCOMPARE(compareLabel(neutrophil, CellClass::Mononuclear), Agreement::Disagrees);
        QCOMPARE(compareLabel(cls(CellClass::Mononuclear), CellClass::Monocyte), Agreement::Agrees);
        QCOMPARE(compareLabel(cls(CellClass::Basophil), CellClass::Polynuclear),
                 Agreement::NotComparable);
        QCOMPARE(compareLabel(CellLabel(), CellClass::Neutrophil), Agreement::NotComparable);
        QCOMPARE(compareLabel(CellLabel::unidentified(), CellClass::Neutrophil),
                 Agreement::NotComparable);
        QCOMPARE(compareLabel(CellLabel::notCounted(NotCounted::Smudge), CellClass::Neutrophil),
                 Agreement::NotComparable);
    }

    void modelAndFiltersListCells()
    {
        Fixture f(6, 0.5);
        QVERIFY(f.cells.size() >= 6);
        const QList<CellRecord> &c = f.cells;
        ProjectStore store;
        QVERIFY(store.open(f.project));
        // Cells 0..3 predicted; 0 and 1 labelled (0 agrees, 1 differs); the others unpredicted.
        QVERIFY(store.replacePredictions(
            f.modelId, {prediction(c[0], f.modelId, {0.90, 0.05, 0.03, 0.02}),
                        prediction(c[1], f.modelId, {0.10, 0.60, 0.20, 0.10}),
                        prediction(c[2], f.modelId, {0.40, 0.35, 0.15, 0.10}),
                        prediction(c[3], f.modelId, {0.05, 0.05, 0.85, 0.05})}));
        QVERIFY(store.addCellLabel(c[0].id, cls(CellClass::Neutrophil), LabelOrigin::Key,
                                   QStringLiteral("a")));
        QVERIFY(store.addCellLabel(c[1].id, cls(CellClass::Lymphocyte), LabelOrigin::Review,
                                   QStringLiteral("b")));

        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&store);
        QCOMPARE(model.rowCount(), 0); // no model chosen: nothing to review
        model.setModelId(f.modelId);
        QCOMPARE(model.rowCount(), 4); // one row per predicted cell
        QCOMPARE(model.predictionCount(), 4);
        QCOMPARE(cellIds(model), (QList<qint64>{c[0].id, c[1].id, c[2].id, c[3].id}));
        const int r0 = model.rowOfCell(c[0].id);
        QCOMPARE(model.imageIdAt(r0), c[0].imageId);
        QCOMPARE(model.index(r0, ReviewModel::Prediction).data().toString(),
                 cellClassDisplayName(CellClass::Neutrophil));
        QCOMPARE(model.index(r0, ReviewModel::Label).data().toString(),
                 cellClassDisplayName(CellClass::Neutrophil));
        QVERIFY(model.index(r0, ReviewModel::Cell).data().toString().startsWith(
            QStringLiteral("1 of ")));
        QCOMPARE(model.index(r0, ReviewModel::Confidence).data(ReviewModel::ConfidenceRole)
                     .toDouble(),
                 0.90);
        QCOMPARE(model.index(r0, 0).data(ReviewModel::AgreementRole).toInt(),
                 int(Agreement::Agrees));
        const int r1 = model.rowOfCell(c[1].id);
        QCOMPARE(model.index(r1, 0).data(ReviewModel::AgreementRole).toInt(),
                 int(Agreement::Disagrees));
        QVERIFY(model.index(r1, ReviewModel::Reviewed).data().toString()
                    .startsWith(QStringLiteral("b, ")));
        QCOMPARE(model.rowOfCell(c[4].id), -1);

        proxy.setDisagreementsOnly(true);
        QCOMPARE(cellIds(proxy), QList<qint64>({c[1].id}));
        proxy.setDisagreementsOnly(false);
        proxy.setConfidenceBelow(0.7);
        QCOMPARE(cellIds(proxy), QList<qint64>({c[1].id, c[2].id}));
        proxy.setConfidenceBelow(std::nullopt);
        proxy.setClassFilter(CellClass::Lymphocyte); // label of 1, prediction of 3
        QCOMPARE(cellIds(proxy), QList<qint64>({c[1].id, c[3].id}));
        proxy.setClassFilter(std::nullopt);
        proxy.setUnreviewedOnly(true);
        QCOMPARE(cellIds(proxy), QList<qint64>({c[0].id, c[2].id, c[3].id}));
        proxy.setUnreviewedOnly(false);

        // The uncertainty queue: unlabelled predicted cells, most uncertain first (margin:
        // cell 2 = 1 - 0.05, cell 3 = 1 - 0.80).
        proxy.setUncertaintyQueue(true);
        QCOMPARE(cellIds(proxy), QList<qint64>({c[2].id, c[3].id}));
        QCOMPARE(model.uncertaintyQueue(), QList<qint64>({c[2].id, c[3].id}));
        proxy.setUncertaintyQueue(false);
        QCOMPARE(proxy.rowCount(), 4);

        // Sorting by confidence: ascending.
        proxy.sort(ReviewModel::Confidence, Qt::AscendingOrder);
        QCOMPARE(cellIds(proxy), QList<qint64>({c[2].id, c[1].id, c[3].id, c[0].id}));

        // A label change reaches the row; a not-counted cell leaves the queue too.
        QVERIFY(store.addCellLabel(c[2].id, cls(CellClass::Monocyte), LabelOrigin::Key,
                                   QStringLiteral("c")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshImage(c[2].imageId);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOfCell(c[2].id), ReviewModel::Label).data().toString(),
                 cellClassDisplayName(CellClass::Monocyte));
        QCOMPARE(model.uncertaintyQueue(), QList<qint64>({c[3].id}));
        QVERIFY(store.addCellLabel(c[3].id, CellLabel::notCounted(NotCounted::Damaged),
                                   LabelOrigin::Key, QStringLiteral("c")));
        model.refreshImage(c[3].imageId);
        QVERIFY(model.index(model.rowOfCell(c[3].id), 0).data(ReviewModel::ExcludedRole).toBool());
        QVERIFY(model.uncertaintyQueue().isEmpty());

        // A deleted box leaves the table; restored, it comes back with its prediction.
        QVERIFY(store.deleteCell(c[3].id));
        model.refreshImage(c[3].imageId);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfCell(c[3].id), -1);
        QVERIFY(store.restoreCell(c[3].id));
        model.refreshImage(c[3].imageId);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.prediction(c[3].id)->predicted, CellClass::Lymphocyte);
    }

    // Enter accepts a cell (its label again, or the prediction), a class key corrects it; both
    // are reviews, advance cell by cell, and undo as one step each.
    void keyboardAcceptCorrectAndUndoPerCell()
    {
        Fixture f(6, 0.5);
        const int a = f.twoCellImage();
        QVERIFY2(a >= 0, "the synthetic set has a two-cell field before its last image");
        const QList<CellRecord> field = f.cellsOf(f.ids[a]);
        const CellRecord a1 = field[0];
        const CellRecord a2 = field[1];
        const CellRecord b1 = f.cellsOf(f.ids[a + 1]).first();
        {
            ProjectStore store;
            QVERIFY(store.open(f.project));
            QVERIFY(store.replacePredictions(
                f.modelId, {prediction(a1, f.modelId, {0.10, 0.70, 0.10, 0.10}),
                            prediction(a2, f.modelId, {0.80, 0.10, 0.05, 0.05}),
                            prediction(b1, f.modelId, {0.30, 0.30, 0.20, 0.20})}));
            QVERIFY(store.addCellLabel(a1.id, cls(CellClass::Eosinophil), LabelOrigin::Import,
                                       QStringLiteral("i")));
        }
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(f.project));
        w.showReview();
        ReviewPanel *review = w.review();
        QCOMPARE(review->model()->predictionCount(), 3);
        QVERIFY(review->selectCell(a1.id));
        review->view()->setFocus();
        QVERIFY(review->hasReviewFocus());
        // The viewer follows the review, to the cell.
        QCOMPARE(w.browser()->currentImageId(), a1.imageId);
        QCOMPARE(w.viewer()->currentCellId(), a1.id);

        // Enter on a labelled cell confirms its label, as a review, and goes to the next cell.
        QTest::keyClick(review->view(), Qt::Key_Return);
        auto label = w.store()->currentCellLabel(a1.id);
        QCOMPARE(label->label, cls(CellClass::Eosinophil));
        QCOMPARE(label->origin, LabelOrigin::Review);
        QCOMPARE(label->author, QStringLiteral("tester"));
        QCOMPARE(review->currentCellId(), a2.id);
        QCOMPARE(w.viewer()->currentCellId(), a2.id);
        QVERIFY(w.undoStack()->text(0).startsWith(QStringLiteral("Review ")));

        // A class key corrects (3 = lymphocyte) and advances to the next image's cell.
        QTest::keyClick(review->view(), Qt::Key_3);
        label = w.store()->currentCellLabel(a2.id);
        QCOMPARE(label->label, cls(CellClass::Lymphocyte));
        QCOMPARE(label->origin, LabelOrigin::Review);
        QCOMPARE(review->currentCellId(), b1.id);
        QCOMPARE(w.browser()->currentImageId(), b1.imageId);
        const int row = review->model()->rowOfCell(a2.id);
        QCOMPARE(review->model()->index(row, 0).data(ReviewModel::AgreementRole).toInt(),
                 int(Agreement::Disagrees));
        QCOMPARE(w.store()->currentLabel(a1.imageId)->label.toString(),
                 QStringLiteral("EOSINOPHIL,LYMPHOCYTE"));

        // Undo: cell a2 unlabelled again, cell a1 back to its label, unreviewed (origin undo).
        QCOMPARE(w.undoStack()->count(), 2);
        w.undoStack()->undo();
        QVERIFY(w.store()->currentCellLabel(a2.id)->label.isUnlabelled());
        w.undoStack()->undo();
        label = w.store()->currentCellLabel(a1.id);
        QCOMPARE(label->label, cls(CellClass::Eosinophil));
        QCOMPARE(label->origin, LabelOrigin::Undo);
        QVERIFY(!review->model()->index(review->model()->rowOfCell(a1.id), 0)
                     .data(ReviewModel::ReviewedRole)
                     .toBool());
        // The history keeps every step.
        QCOMPARE(w.store()->cellLabelHistory(a1.id).size(), 3);

        // Enter on a cell without a label takes the prediction (a2: neutrophil).
        QVERIFY(review->selectCell(a2.id));
        review->view()->setFocus();
        QTest::keyClick(review->view(), Qt::Key_Enter);
        QCOMPARE(w.store()->currentCellLabel(a2.id)->label, cls(CellClass::Neutrophil));
        QCOMPARE(w.store()->currentCellLabel(a2.id)->origin, LabelOrigin::Review);
        w.undoStack()->undo();

        // "Label next uncertain": the unlabelled cells, b1 (margin 1.0) before a2 (0.3).
        QVERIFY(w.selectNextUncertain());
        QCOMPARE(w.browser()->currentImageId(), b1.imageId);
        QCOMPARE(w.viewer()->currentCellId(), b1.id);
        QCOMPARE(review->currentCellId(), b1.id);
    }

    void predictStoresPredictionsAndSaliencyOverlays()
    {
        Fixture f(4, 0.5);
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(f.project));
        QSignalSpy done(&w, &MainWindow::predictionFinished);
        w.predictImages();
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(w.review()->model()->predictionCount(), f.cells.size());
        QCOMPARE(w.store()->cellPredictions(f.modelId).size(), f.cells.size());

        // Saliency: the overlay appears over the shown image, around the selected cell.
        QVERIFY(w.browser()->selectImage(f.ids[0]));
        QTRY_VERIFY_WITH_TIMEOUT(w.viewer()->hasImage() && w.viewer()->imageId() == f.ids[0],
                                 10000);
        const qint64 cell = w.viewer()->currentCellId();
        QVERIFY(cell);
        QSignalSpy ready(w.saliency(), &SaliencyService::ready);
        w.setSaliencyVisible(true);
        QVERIFY(ready.wait(60000));
        const auto result = ready.last().first().value<SaliencyResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.imageId, f.ids[0]);
        QCOMPARE(result.cellId, cell);
        QVERIFY(!result.overlay.isNull());
        QVERIFY(QRect(QPoint(0, 0), w.viewer()->imageSize()).intersects(result.where));
        QVERIFY(result.where.contains(w.store()->cell(cell)->box.center()));
        QVERIFY(w.viewer()->hasOverlay());
        w.setSaliencyVisible(false);
        QVERIFY(!w.viewer()->hasOverlay());
    }

    // A finished run's model becoming the active one (here: another model set active, as the
    // dashboard does) empties the review table; the status bar and the review header say why
    // and how to go back, and Edit > Undo brings the listed predictions back.
    void switchToAModelWithoutPredictionsSaysSo()
    {
        Fixture f;
        {
            ProjectStore store;
            QVERIFY(store.open(f.project));
            QList<PredictionRecord> records;
            for (const CellRecord &c : std::as_const(f.cells))
                records.append(prediction(c, f.modelId, {0.7, 0.1, 0.1, 0.1}));
            QVERIFY(store.replacePredictions(f.modelId, records));
        }
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(f.project));
        QCOMPARE(w.review()->model()->predictionCount(), f.cells.size());
        const QString newPath = f.dir.filePath(QStringLiteral("run-9.wbcmodel"));
        QFile::copy(f.modelPath, newPath);
        const qint64 fresh = RunRecorder(*w.store()).addModel(
            0, newPath, untrainedModel(ModelArch::LeNet, Task::Four, 8).header);
        QVERIFY(fresh);
        auto *commands = w.findChild<ProjectCommands *>();
        QVERIFY(commands);
        QVERIFY(commands->setActiveModel(fresh));
        QCOMPARE(w.review()->model()->predictionCount(), 0);
        const QString status = w.statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("no predictions yet")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Undo")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("m.wbcmodel")), qPrintable(status)); // the old one
        bool headerSaysSo = false;
        for (const QLabel *label : w.review()->findChildren<QLabel *>())
            headerSaysSo = headerSaysSo
                || (label->text().contains(QStringLiteral("No predictions yet for this model"))
                    && label->text().contains(QStringLiteral("m.wbcmodel")));
        QVERIFY(headerSaysSo);

        w.undoStack()->undo(); // the previous model again, with its predictions
        QCOMPARE(RunHistory(*w.store()).activeModelId(), f.modelId);
        QCOMPARE(w.review()->model()->predictionCount(), f.cells.size());
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
        QCOMPARE(dialog.report().total.labelledTotal, 2);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->columnCount(), 4); // no model: labels only (class, n, %, 95 % CI)
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
