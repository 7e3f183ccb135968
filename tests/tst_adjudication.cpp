// The adjudication queue (Review > Adjudicate Disagreements) on a project three annotators
// labelled (annotatorsfixture.h): exactly the disagreement cells with each annotator's label and
// their crops; a label key or a button adjudicates (origin adjudication, by the connected user),
// the row shows it done and the next cell to do becomes current; undo appends the previous
// adjudication (or an empty one) so the previous current label is back; the clear key withdraws;
// "show adjudicated"; another client's changes through refreshCells(); a read-only project only
// shows; on PostgreSQL, the server records the reviewer as the author and an annotator's window
// cannot adjudicate.
#include <algorithm>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QIcon>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "adjudicationmodel.h"
#include "adjudicationqueue.h"
#include "annotatorsfixture.h"
#include "cellviewer.h"
#include "guisupport.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "pgtestsupport.h"
#include "projectcommands.h"

using namespace wbc;

namespace {

constexpr CellClass N = CellClass::Neutrophil;
constexpr CellClass L = CellClass::Lymphocyte;

using State = AdjudicationModel::State;

} // namespace

class TestAdjudication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

    // A fresh copy of the fixture for each test.
    test::AnnotatedProject freshProject()
    {
        const QString dir = m_dir.filePath(QString::number(++m_projects));
        QDir().mkpath(dir);
        return test::makeAnnotatedProject(dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void queueListsTheDisagreements()
    {
        const test::AnnotatedProject p = freshProject();
        MainWindow w;
        QVERIFY(w.openProject(p.path));
        QVERIFY(test::showActive(w));
        AdjudicationModel *model = w.adjudication()->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.showAdjudication();
        QVERIFY(w.findChild<QDockWidget *>("adjudicationDock")->isVisible());

        // c2 and c4; c7 (a class against bob's special choice) is no disagreement.
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ p.cells[1], p.cells[3] }));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->annotators(), QStringList({ "alice", "bob", "carol" }));
        const int row = model->rowOfCell(p.cells[1]);
        QCOMPARE(model->labelAt(row, "alice"), CellLabel::ofClass(N));
        QCOMPARE(model->labelAt(row, "carol"), CellLabel::ofClass(L));
        QCOMPARE(
            model->index(row, model->annotatorColumn("carol")).data().toString(), "Lymphocyte");
        QCOMPARE(model->index(row, model->decisionColumn()).data().toString(), "To do");
        QCOMPARE(model->headerData(model->annotatorColumn("bob"), Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            "bob");

        // The first cell to do is current, and the viewer shows it.
        QCOMPARE(w.adjudication()->currentCellId(), p.cells[1]);
        QTRY_COMPARE(w.viewer()->currentCellId(), p.cells[1]);
        // Crops come from the crop loader.
        QTRY_VERIFY_WITH_TIMEOUT(!model->index(0, AdjudicationModel::kCellColumn)
                                      .data(Qt::DecorationRole)
                                      .value<QIcon>()
                                      .isNull(),
            20000);
    }

    void keysAndButtonsAdjudicate()
    {
        const test::AnnotatedProject p = freshProject();
        const qint64 c2 = p.cells[1];
        const qint64 c4 = p.cells[3];
        MainWindow w;
        QVERIFY(w.openProject(p.path));
        QVERIFY(test::showActive(w));
        w.showAdjudication();
        AdjudicationQueue *queue = w.adjudication();
        AdjudicationModel *model = queue->model();
        QTableView *view = queue->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(queue->currentCellId(), c2);
        const int historyBefore = int(w.store()->cellLabelHistory(c2).size());

        // A class key: c2's label is now the adjudication, by the connected user.
        QTest::keySequence(view, test::keyFor(CellLabel::ofClass(N)));
        std::optional<CellLabelRecord> l = w.store()->currentCellLabel(c2);
        QVERIFY(l);
        QCOMPARE(l->label, CellLabel::ofClass(N));
        QCOMPARE(l->origin, LabelOrigin::Adjudication);
        QCOMPARE(l->author, w.store()->userName());
        // One entry: the window's label shortcut did not label the viewer's cell as well.
        QCOMPARE(int(w.store()->cellLabelHistory(c2).size()), historyBefore + 1);
        // The row stays, done; the next cell to do is current.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->stateAt(model->rowOfCell(c2)), State::Adjudicated);
        QVERIFY(model->index(model->rowOfCell(c2), model->decisionColumn())
                    .data()
                    .toString()
                    .contains("Neutrophil"));
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ c4 }));
        QCOMPARE(queue->currentCellId(), c4);

        // Undo: an empty adjudication entry, so carol's latest label is current again.
        w.undoStack()->undo();
        l = w.store()->currentCellLabel(c2);
        QCOMPARE(l->label, CellLabel::ofClass(L));
        QCOMPARE(l->author, "carol");
        QCOMPARE(l->origin, LabelOrigin::Key);
        const CellLabelRecord newest = w.store()->cellLabelHistory(c2).last();
        QCOMPARE(newest.origin, LabelOrigin::Adjudication);
        QVERIFY(newest.label.isUnlabelled());
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ c2, c4 }));
        w.undoStack()->redo();
        QCOMPARE(w.store()->currentCellLabel(c2)->label, CellLabel::ofClass(N));
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ c4 }));

        // A button: c4 is Lymphocyte (neither bob's nor carol's latest label).
        QVERIFY(queue->selectCell(c4));
        QPushButton *lymphocyte = nullptr;
        for (QPushButton *b : queue->findChildren<QPushButton *>()) {
            if (b->text().startsWith("Lymphocyte"))
                lymphocyte = b;
        }
        QVERIFY(lymphocyte);
        QVERIFY(lymphocyte->isEnabled());
        lymphocyte->click();
        QCOMPARE(w.store()->currentCellLabel(c4)->label, CellLabel::ofClass(L));
        QCOMPARE(w.store()->currentCellLabel(c4)->origin, LabelOrigin::Adjudication);
        QCOMPARE(model->toDoCount(), 0);

        // Adjudicated again, then undone: the previous adjudication is back, not an annotator's.
        QVERIFY(queue->selectCell(c4));
        QTest::keySequence(view, test::keyFor(CellLabel::ofClass(N)));
        QCOMPARE(w.store()->currentCellLabel(c4)->label, CellLabel::ofClass(N));
        w.undoStack()->undo();
        l = w.store()->currentCellLabel(c4);
        QCOMPARE(l->label, CellLabel::ofClass(L));
        QCOMPARE(l->origin, LabelOrigin::Adjudication);

        // The clear key withdraws c2's adjudication: carol's label again, the cell to do.
        QVERIFY(queue->selectCell(c2));
        QTest::keySequence(view, test::keyFor(CellLabel()));
        l = w.store()->currentCellLabel(c2);
        QCOMPARE(l->label, CellLabel::ofClass(L));
        QCOMPARE(l->author, "carol");
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ c2 }));

        // Read again: adjudicated cells are left out unless shown.
        QCheckBox *showAdjudicated = queue->showAdjudicatedBox();
        showAdjudicated->setChecked(true);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->stateAt(model->rowOfCell(c4)), State::Adjudicated);
        showAdjudicated->setChecked(false);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->cellIdAt(0), c2);
    }

    // Another client's changes (ProjectNotifier::cellsChanged -> refreshCells).
    void refreshCellsFollowsOtherClients()
    {
        const test::AnnotatedProject p = freshProject();
        MainWindow w;
        QVERIFY(w.openProject(p.path));
        w.showAdjudication();
        AdjudicationQueue *queue = w.adjudication();
        AdjudicationModel *model = queue->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProjectStore other;
        QVERIFY(other.open(p.path));

        // Another reviewer adjudicates c4.
        QVERIFY(other.addCellLabel(
            p.cells[3], CellLabel::ofClass(N), LabelOrigin::Adjudication, "dave"));
        queue->refreshCells({ p.cells[3] });
        QCOMPARE(model->stateAt(model->rowOfCell(p.cells[3])), State::Adjudicated);
        QVERIFY(model->index(model->rowOfCell(p.cells[3]), model->decisionColumn())
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("dave"));
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ p.cells[1] }));

        // bob changes his mind on c1: a new disagreement joins the queue, in cell order.
        QVERIFY(other.addCellLabel(p.cells[0], CellLabel::ofClass(L), LabelOrigin::Key, "bob"));
        queue->refreshCells({ p.cells[0] });
        QCOMPARE(model->cellIdAt(0), p.cells[0]);
        QCOMPARE(model->toDoCellIds(), QList<qint64>({ p.cells[0], p.cells[1] }));

        // A new annotator gets a column.
        QVERIFY(other.addCellLabel(p.cells[4], CellLabel::ofClass(L), LabelOrigin::Key, "erin"));
        queue->refreshCells({ p.cells[4] });
        QCOMPARE(model->annotators(), QStringList({ "alice", "bob", "carol", "erin" }));
        QCOMPARE(model->labelAt(model->rowOfCell(p.cells[4]), "erin"), CellLabel::ofClass(L));

        // A deleted cell leaves.
        const int rows = model->rowCount();
        QVERIFY(other.deleteCell(p.cells[1]));
        queue->refreshCells({ p.cells[1] });
        QCOMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->rowOfCell(p.cells[1]), -1);
    }

    // A shared project: ann1..ann3 label, rev1 adjudicates; the author is the server's.
    void sharedProject()
    {
        WBC_REQUIRE_PG();
        QString error;
        const std::optional<QString> db
            = test::createPgDatabase(QStringLiteral("adjudication"), &error);
        QVERIFY2(db, qPrintable(error));
        const auto drop = qScopeGuard([&] { test::dropPgDatabase(*db); });
        const QStringList annotators = { "ann1", "ann2", "ann3" };
        QList<qint64> cells;
        {
            ProjectStore owner;
            QVERIFY2(owner.open(test::pgUrl(*db), ProjectStore::OpenMode::OpenOrCreate, &error),
                qPrintable(error));
            for (const QString &a : annotators)
                QVERIFY(owner.grantRole(a, ProjectRole::Annotator));
            QVERIFY(owner.grantRole("rev1", ProjectRole::Reviewer));
            ProjectStore a1, a2, a3;
            QVERIFY(a1.open(test::pgUrl(*db, "ann1")) && a2.open(test::pgUrl(*db, "ann2"))
                && a3.open(test::pgUrl(*db, "ann3")));
            const QString dir = m_dir.filePath("pg");
            QVERIFY(QDir().mkpath(dir));
            cells = test::addAnnotatedFields(owner, dir, annotators, { &a1, &a2, &a3 });
            QCOMPARE(cells.size(), 7);
        }
        {
            MainWindow w; // an annotator sees the queue, the server would refuse the rest
            QVERIFY(w.openProject(test::pgUrl(*db, "ann2")));
            QAction *adjudicate = nullptr;
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->text() == "&Adjudicate Disagreements...")
                    adjudicate = a;
            }
            QVERIFY(adjudicate);
            QVERIFY(!adjudicate->isEnabled());
            QVERIFY(!w.adjudication()->canAdjudicate());
        }
        MainWindow w;
        QVERIFY(w.openProject(test::pgUrl(*db, "rev1")));
        QVERIFY(test::showActive(w));
        w.showAdjudication();
        AdjudicationQueue *queue = w.adjudication();
        QVERIFY(queue->canAdjudicate());
        QCOMPARE(queue->model()->annotators(), annotators);
        QCOMPARE(queue->model()->toDoCellIds(), QList<qint64>({ cells[1], cells[3] }));
        queue->view()->setFocus();
        QTRY_VERIFY(queue->view()->hasFocus());
        QTest::keySequence(queue->view(), test::keyFor(CellLabel::ofClass(N)));
        std::optional<CellLabelRecord> l = w.store()->currentCellLabel(cells[1]);
        QVERIFY(l);
        QCOMPARE(l->label, CellLabel::ofClass(N));
        QCOMPARE(l->origin, LabelOrigin::Adjudication);
        QCOMPARE(l->author, "rev1");
        QCOMPARE(queue->model()->toDoCellIds(), QList<qint64>({ cells[3] }));
        w.undoStack()->undo();
        l = w.store()->currentCellLabel(cells[1]);
        QCOMPARE(l->label, CellLabel::ofClass(L));
        QCOMPARE(l->author, "ann3");
        QCOMPARE(queue->model()->toDoCellIds(), QList<qint64>({ cells[1], cells[3] }));
    }

    void readOnlyOnlyShows()
    {
        const test::AnnotatedProject p = freshProject();
        ProjectStore store;
        QVERIFY(store.open(p.path, ProjectStore::OpenMode::ReadOnly));
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, "someone");
        AdjudicationQueue queue(&commands, nullptr);
        queue.setProject(&store);
        QCOMPARE(queue.model()->rowCount(), 0); // hidden: nothing read yet
        queue.show();
        QCOMPARE(queue.model()->rowCount(), 2);
        QVERIFY(!queue.canAdjudicate());
        QCOMPARE(queue.currentCellId(), p.cells[1]);
        const int history = int(store.cellLabelHistory(p.cells[1]).size());
        QVERIFY(!queue.adjudicateCurrent(CellLabel::ofClass(N)));
        QCOMPARE(int(store.cellLabelHistory(p.cells[1]).size()), history);
        QCOMPARE(stack.count(), 0);
        for (QPushButton *b : queue.findChildren<QPushButton *>()) {
            if (b->text().startsWith("Neutrophil"))
                QVERIFY(!b->isEnabled());
        }
    }
};

QTEST_MAIN(TestAdjudication)
#include "tst_adjudication.moc"
