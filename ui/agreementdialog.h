#pragma once

#include <QDialog>
#include <QList>

#include "review/agreement.h"

class QLabel;
class QTableWidget;

namespace wbc {

class ConfusionMatrixView;

// Tools > Inter-annotator Agreement: how well the project's annotators agree (an
// AgreementReport of review/agreement.h): each annotator and the cells they labelled with a class,
// every pair with the cells both labelled and Cohen's kappa in words (Landis & Koch), Fleiss'
// kappa over the cells every annotator labelled, each class's specific agreement, and the
// confusion matrix of the pair chosen in the table. Clicking a matrix entry asks for those cells
// (cellsChosen), so the main window can show them. Refresh asks the owner for a new report
// (refreshRequested, then setReport). Holds a copy of the report, nothing of the project.
// GUI thread.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgreementDialog(const AgreementReport &report, QWidget *parent = nullptr);

    void setReport(const AgreementReport &report);
    const AgreementReport &report() const { return m_report; }
    // Shows the confusion matrix of report().pairs[pair].
    void selectPair(int pair);
    int selectedPair() const { return m_pair; }
    // The cells of the selected pair's confusion entry (a's class row, b's class column).
    QList<qint64> cellsAt(int row, int column) const;

    // Landis & Koch (1977): "poor" below 0, then slight, fair, moderate, substantial and almost
    // perfect in steps of 0.2; empty for NaN. Translated.
    static QString kappaBand(double kappa);
    // "0.62", "—" for NaN, in the user's locale.
    static QString kappaText(double kappa);

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *annotatorsTable() const { return m_annotators; }
    QTableWidget *pairsTable() const { return m_pairs; }
    QTableWidget *classesTable() const { return m_classes; }
    ConfusionMatrixView *matrix() const { return m_matrix; }

Q_SIGNALS:
    // The cells of a clicked matrix entry; description: "alice said Neutrophil and bob said
    // Lymphocyte".
    void cellsChosen(const QList<qint64> &cellIds, const QString &description);
    void refreshRequested();

private:
    void createWidgets();
    void fillTables();
    void onMatrixClicked(int row, int column);

    AgreementReport m_report;
    int m_pair = -1;
    QLabel *m_summary = nullptr;
    QTableWidget *m_annotators = nullptr;
    QTableWidget *m_pairs = nullptr;
    QTableWidget *m_classes = nullptr;
    ConfusionMatrixView *m_matrix = nullptr;
};

} // namespace wbc
