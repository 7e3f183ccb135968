// The inter-annotator agreement dialog: the numbers of a hand-computed case of three annotators
// (annotatorsfixture.h), Landis & Koch's bands, the confusion matrix of the chosen pair, a click
// on a matrix entry naming its cells, and Tools > Inter-annotator Agreement in the window (the
// entry's cells open in the adjudication queue, Refresh reads the labels again, closing the
// project closes the dialog).
#include <cmath>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "adjudicationmodel.h"
#include "adjudicationqueue.h"
#include "agreementdialog.h"
#include "annotatorsfixture.h"
#include "confusionmatrixview.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "review/agreement.h"

using namespace wbc;

namespace {

QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList texts;
    for (int c = 0; c < table->columnCount(); ++c)
        texts.append(table->item(row, c) ? table->item(row, c)->text() : QString());
    return texts;
}

std::vector<std::vector<int>> matrix(const QList<QList<int>> &rows)
{
    std::vector<std::vector<int>> out;
    for (const QList<int> &r : rows)
        out.emplace_back(r.cbegin(), r.cend());
    return out;
}

QAction *actionNamed(const QWidget &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestAgreementDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::AnnotatedProject m_project;
    AgreementReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale::c()); // "0.67", whatever the machine's locale
        m_project = test::makeAnnotatedProject(m_dir.path());
        QCOMPARE(m_project.cells.size(), 7);
        ProjectStore store;
        QVERIFY(store.open(m_project.path));
        m_report = computeAgreement(store.annotatorLabels());
    }

    void kappaBands_data()
    {
        QTest::addColumn<double>("kappa");
        QTest::addColumn<QString>("band");
        QTest::newRow("below chance") << -0.1 << "poor";
        QTest::newRow("chance") << 0.0 << "slight";
        QTest::newRow("0.20") << 0.2 << "slight";
        QTest::newRow("0.21") << 0.21 << "fair";
        QTest::newRow("0.40") << 0.4 << "fair";
        QTest::newRow("0.41") << 0.41 << "moderate";
        QTest::newRow("0.60") << 0.6 << "moderate";
        QTest::newRow("0.61") << 0.61 << "substantial";
        QTest::newRow("0.80") << 0.8 << "substantial";
        QTest::newRow("0.81") << 0.81 << "almost perfect";
        QTest::newRow("total") << 1.0 << "almost perfect";
        QTest::newRow("no cells") << qQNaN() << "";
    }

    void kappaBands()
    {
        QFETCH(double, kappa);
        QFETCH(QString, band);
        QCOMPARE(AgreementDialog::kappaBand(kappa), band);
    }

    // The hand-computed numbers of annotatorsfixture.h, in the report and in the dialog.
    void handComputedNumbers()
    {
        const QMap<QString, int> counts { { "alice", 7 }, { "bob", 6 }, { "carol", 7 } };
        QCOMPARE(m_report.annotators, counts);
        QCOMPARE(m_report.pairs.size(), 3);
        const struct
        {
            const char *a, *b;
            int n;
            double kappa;
        } pairs[] = { { "alice", "bob", 6, 2.0 / 3 },
            { "alice", "carol", 7, 10.0 / 24 },
            { "bob", "carol", 6, 2.0 / 3 } };
        for (int i = 0; i < 3; ++i) {
            const PairAgreement &p = m_report.pairs.at(i);
            QCOMPARE(p.a, QString::fromLatin1(pairs[i].a));
            QCOMPARE(p.b, QString::fromLatin1(pairs[i].b));
            QCOMPARE(p.n, pairs[i].n);
            QVERIFY2(
                std::abs(p.kappa - pairs[i].kappa) < 1e-9, qPrintable(QString::number(p.kappa)));
        }
        QCOMPARE(m_report.fleissCells, 6);
        QVERIFY(std::abs(m_report.fleissKappa - 0.55) < 1e-9);

        AgreementDialog dialog(m_report);
        QVERIFY(dialog.summaryLabel()->text().contains("3 annotators"));
        QVERIFY(dialog.summaryLabel()->text().contains("Fleiss' κ 0.55 (moderate)"));
        QVERIFY(dialog.summaryLabel()->text().contains("the 6 cell")); // "cell(s)" untranslated
        QCOMPARE(dialog.annotatorsTable()->rowCount(), 3);
        QCOMPARE(rowTexts(dialog.annotatorsTable(), 0), QStringList({ "alice", "7" }));
        QCOMPARE(rowTexts(dialog.annotatorsTable(), 1), QStringList({ "bob", "6" }));
        QCOMPARE(rowTexts(dialog.annotatorsTable(), 2), QStringList({ "carol", "7" }));
        QCOMPARE(dialog.pairsTable()->rowCount(), 3);
        QCOMPARE(rowTexts(dialog.pairsTable(), 0),
            QStringList({ "alice", "bob", "6", "0.67", "substantial", "83 %" }));
        QCOMPARE(rowTexts(dialog.pairsTable(), 1),
            QStringList({ "alice", "carol", "7", "0.42", "moderate", "71 %" }));
        QCOMPARE(rowTexts(dialog.pairsTable(), 2),
            QStringList({ "bob", "carol", "6", "0.67", "substantial", "83 %" }));
        // Specific agreement over every pair of ratings of a cell: neutrophil 2 * 9 agreeing
        // pairs / 22 neutrophil ratings in pairs = 0.82 (12 ratings); lymphocyte 2 * 6 / 16 =
        // 0.75 (8 ratings).
        QCOMPARE(dialog.classesTable()->rowCount(), 2);
        QCOMPARE(rowTexts(dialog.classesTable(), 0), QStringList({ "Neutrophil", "0.82", "12" }));
        QCOMPARE(rowTexts(dialog.classesTable(), 1), QStringList({ "Lymphocyte", "0.75", "8" }));
    }

    void confusionOfTheChosenPair()
    {
        AgreementDialog dialog(m_report);
        dialog.resize(1000, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy chosen(&dialog, &AgreementDialog::cellsChosen);
        const QList<qint64> &c = m_project.cells;

        // alice (rows) against bob (columns): N-N c1 c2 c5, L-N c4, L-L c3 c6.
        QCOMPARE(dialog.selectedPair(), 0);
        ConfusionMatrixView *view = dialog.matrix();
        QCOMPARE(view->classNames(), QStringList({ "Neutrophil", "Lymphocyte" }));
        QCOMPARE(view->counts(), matrix({ { 3, 0 }, { 1, 2 } }));
        QCOMPARE(dialog.cellsAt(0, 0), QList<qint64>({ c[0], c[1], c[4] }));
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(1, 0).center());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(0).value<QList<qint64>>(), QList<qint64>({ c[3] }));
        QCOMPARE(chosen.first().at(1).toString(), "alice said Lymphocyte and bob said Neutrophil");
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(0, 1).center());
        QCOMPARE(chosen.size(), 1); // an empty entry names no cells

        // bob against carol, chosen in the table: N-N c1 c4 c5, N-L c2, L-L c3 c6.
        dialog.pairsTable()->setCurrentCell(2, 0);
        QCOMPARE(dialog.selectedPair(), 2);
        QCOMPARE(view->counts(), matrix({ { 3, 1 }, { 0, 2 } }));
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(0, 1).center());
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.last().at(0).value<QList<qint64>>(), QList<qint64>({ c[1] }));
    }

    // Last: it changes a label of the project.
    void fromTheWindow()
    {
        MainWindow w;
        QAction *action = actionNamed(w, "Inter-annotator &Agreement...");
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no project
        QVERIFY(w.openProject(m_project.path));
        QVERIFY(test::showActive(w));
        QVERIFY(action->isEnabled());
        action->trigger();
        AgreementDialog *dialog = w.agreementDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->report().pairs.size(), 3);
        QCOMPARE(dialog->report().fleissKappa, m_report.fleissKappa);

        // A matrix entry's cells open in the adjudication queue, and only they.
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        ConfusionMatrixView *view = dialog->matrix();
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(1, 0).center());
        AdjudicationModel *queue = w.adjudication()->model();
        QVERIFY(w.findChild<QDockWidget *>("adjudicationDock")->isVisible());
        QVERIFY(queue->isShowingChosenCells());
        QCOMPARE(queue->rowCount(), 1);
        QCOMPARE(queue->cellIdAt(0), m_project.cells.at(3));
        QCOMPARE(w.adjudication()->currentCellId(), m_project.cells.at(3));

        // Refresh reads the labels again: bob now agrees with alice on c4, so on every cell.
        QVERIFY(w.store()->addCellLabel(m_project.cells.at(3),
            CellLabel::ofClass(CellClass::Lymphocyte),
            LabelOrigin::Key,
            "bob"));
        QPushButton *refresh = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == "&Refresh")
                refresh = b;
        }
        QVERIFY(refresh);
        refresh->click();
        QCOMPARE(dialog->report().pairs.first().kappa, 1.0);
        QCOMPARE(dialog->pairsTable()->item(0, 3)->text(), "1.00");
        QCOMPARE(dialog->pairsTable()->item(0, 4)->text(), "almost perfect");
        QCOMPARE(dialog->selectedPair(), 0); // the pair chosen before

        // Its numbers were the project's: closing it closes the dialog.
        w.closeProject();
        QVERIFY(!w.agreementDialog());
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
