#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QtNumeric>

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "project/projectstore.h"

namespace wbc {

// Inter-annotator agreement, disagreements and the label training uses, for a project several
// people label. Pure functions of ProjectStore::annotatorLabels() (each annotator's latest label
// of each white cell, adjudications left out); any thread. Only class labels
// (CellLabel::Kind::Class) are ratings: a cell whose latest label by an annotator is a special
// choice (UNIDENTIFIED, SMUDGE, ...) or unlabelled counts as not rated by that annotator.
// Classes are listed in CellClass order and only when they occur.

// Two annotators, over the cells both rated.
struct PairAgreement
{
    QString a, b; // a < b by name
    int n = 0; // cells both labelled with a class
    double kappa = qQNaN(); // Cohen's; NaN when n == 0; 1.0 when both always agree on one class
    double observed = qQNaN(); // proportion of the n cells they agree on; NaN when n == 0
    QList<CellClass> classes; // rows and columns of confusion
    QList<QList<int>> confusion; // [a's class][b's class]
    // Cell ids per confusion cell (row, col), so the GUI can open them.
    QHash<QPair<int, int>, QList<qint64>> cellsAt;
};

// Specific (positive) agreement on one class over all annotator pairs of every cell:
// 2 * pairs agreeing on cls / (pairs with cls on either side, each side counted), that is
// sum over pairs [2 * agree] / sum over pairs [count of cls among the two ratings].
// NaN when no pair rated it. ratings: the annotators' class labels equal to cls.
struct ClassAgreement
{
    CellClass cls = CellClass::Neutrophil;
    double specificAgreement = qQNaN();
    int ratings = 0;
};

struct AgreementReport
{
    QMap<QString, int> annotators; // distinct cells whose latest label by that annotator is a class
    QList<PairAgreement> pairs; // every pair a < b by name
    double fleissKappa = qQNaN(); // over fleissCells; NaN with fewer than 2 annotators or cells
    int fleissCells = 0; // cells labelled (with a class) by EVERY annotator
    QList<ClassAgreement> perClass; // every class that occurs, CellClass order
};

AgreementReport computeAgreement(const QList<AnnotatorLabel> &labels);

// A cell where annotators' latest class labels differ, with each annotator's latest label
// (special choices included, so the adjudicator sees them).
struct Disagreement
{
    qint64 cellId = 0;
    QMap<QString, CellLabel> labels; // by annotator
};

// Cells, in id order, where at least two annotators' latest class labels differ (a class
// against a special choice is not listed: agreement counts classes only). Cells whose
// current label (current, by cell id) has origin Adjudication are left out unless
// includeAdjudicated.
QList<Disagreement> disagreements(const QList<AnnotatorLabel> &labels,
    const QHash<qint64, CellLabelRecord> &current,
    bool includeAdjudicated = false);

// The label rule training records in its params ("label_rule"); docs/SHARED.md explains it.
inline constexpr char kTrainingLabelRule[] = "adjudicated>majority>latest";

// The label training uses, by cell id: the adjudication where the current label is one (the
// store makes the latest adjudication current), else the strict majority (more than half) of
// the annotators' latest labels (cleared labels are no vote; special choices are), else the
// current (latest) label. With one author this is the current label. Each record is the history
// entry chosen (for a majority: the newest entry among the agreeing annotators' labels).
QHash<qint64, CellLabelRecord> trainingCellLabels(const ProjectStore &store);
// The same rule over given inputs (tests, callers that already hold them). A majority entry that
// is not the current one carries its id, label, author and the cell's image; origin and time are
// left default (the store overload reads them from the history).
QHash<qint64, CellLabelRecord> trainingCellLabels(
    const QList<AnnotatorLabel> &labels, const QHash<qint64, CellLabelRecord> &current);

} // namespace wbc
