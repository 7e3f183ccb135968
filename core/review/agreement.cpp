#include "review/agreement.h"

#include <algorithm>
#include <cmath>

#include <QSet>

namespace wbc {

namespace {

    // Within this of 1, chance agreement is total: every rating is the same class.
    constexpr double kCertain = 1e-12;

    // Each annotator's latest label by cell (the newest entry when an annotator appears twice).
    QMap<qint64, QMap<QString, AnnotatorLabel>> byCell(const QList<AnnotatorLabel> &labels)
    {
        QMap<qint64, QMap<QString, AnnotatorLabel>> out;
        for (const AnnotatorLabel &l : labels) {
            QMap<QString, AnnotatorLabel> &cell = out[l.cellId];
            const auto it = cell.constFind(l.annotator);
            if (it == cell.cend() || it->labelId < l.labelId)
                cell.insert(l.annotator, l);
        }
        return out;
    }

    // The class ratings: by cell, each annotator whose latest label is a class.
    QMap<qint64, QMap<QString, CellClass>> classRatings(const QList<AnnotatorLabel> &labels)
    {
        QMap<qint64, QMap<QString, CellClass>> out;
        const QMap<qint64, QMap<QString, AnnotatorLabel>> cells = byCell(labels);
        for (auto cell = cells.cbegin(); cell != cells.cend(); ++cell) {
            for (const AnnotatorLabel &l : *cell) {
                if (const std::optional<CellClass> cls = l.label.cellClass())
                    out[cell.key()].insert(l.annotator, *cls);
            }
        }
        return out;
    }

    // Classes in CellClass order.
    QList<CellClass> sortedClasses(const QSet<CellClass> &classes)
    {
        QList<CellClass> out(classes.cbegin(), classes.cend());
        std::sort(out.begin(), out.end());
        return out;
    }

    // (observed - chance) / (1 - chance); 1 when chance agreement is certain (then so is observed).
    double kappaOf(double observed, double chance)
    {
        return 1.0 - chance < kCertain ? 1.0 : (observed - chance) / (1.0 - chance);
    }

    PairAgreement pairAgreement(
        const QString &a, const QString &b, const QMap<qint64, QMap<QString, CellClass>> &ratings)
    {
        PairAgreement p;
        p.a = a;
        p.b = b;
        QList<std::tuple<qint64, CellClass, CellClass>> shared;
        QSet<CellClass> seen;
        for (auto cell = ratings.cbegin(); cell != ratings.cend(); ++cell) {
            const auto ra = cell->constFind(a);
            const auto rb = cell->constFind(b);
            if (ra == cell->cend() || rb == cell->cend())
                continue;
            shared.append({ cell.key(), *ra, *rb });
            seen.insert(*ra);
            seen.insert(*rb);
        }
        p.n = int(shared.size());
        p.classes = sortedClasses(seen);
        const int k = int(p.classes.size());
        p.confusion = QList<QList<int>>(k, QList<int>(k, 0));
        if (p.n == 0)
            return p;
        int agree = 0;
        for (const auto &[cellId, ca, cb] : shared) {
            const int row = int(p.classes.indexOf(ca));
            const int col = int(p.classes.indexOf(cb));
            ++p.confusion[row][col];
            p.cellsAt[{ row, col }].append(cellId);
            if (row == col)
                ++agree;
        }
        double chance = 0;
        for (int i = 0; i < k; ++i) {
            int rowSum = 0;
            int colSum = 0;
            for (int j = 0; j < k; ++j) {
                rowSum += p.confusion[i][j];
                colSum += p.confusion[j][i];
            }
            chance += double(rowSum) / p.n * double(colSum) / p.n;
        }
        p.observed = double(agree) / p.n;
        p.kappa = kappaOf(p.observed, chance);
        return p;
    }

    // Fleiss' kappa over the cells every one of `names` rated.
    void fleiss(AgreementReport &report,
        const QStringList &names,
        const QMap<qint64, QMap<QString, CellClass>> &ratings)
    {
        const int raters = int(names.size());
        if (raters < 2)
            return;
        QMap<CellClass, int> totals; // ratings per class over the counted cells
        double agreementSum = 0; // sum over cells of P_i
        for (const QMap<QString, CellClass> &cell : ratings) {
            if (cell.size() != raters)
                continue;
            QMap<CellClass, int> counts;
            for (CellClass cls : cell)
                ++counts[cls];
            double squares = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                squares += double(it.value()) * it.value();
                totals[it.key()] += it.value();
            }
            agreementSum += (squares - raters) / (double(raters) * (raters - 1));
            ++report.fleissCells;
        }
        if (report.fleissCells == 0)
            return;
        double chance = 0;
        for (int total : std::as_const(totals)) {
            const double p = double(total) / (double(report.fleissCells) * raters);
            chance += p * p;
        }
        report.fleissKappa = kappaOf(agreementSum / report.fleissCells, chance);
    }

    QList<ClassAgreement> perClassAgreement(const QMap<qint64, QMap<QString, CellClass>> &ratings)
    {
        QMap<CellClass, ClassAgreement> out;
        QMap<CellClass, double> agreeing; // sum over cells of n_c (n_c - 1): ordered agreeing pairs
        QMap<CellClass, double> sides; // sum over cells of n_c (m - 1): pair sides with the class
        for (const QMap<QString, CellClass> &cell : ratings) {
            QMap<CellClass, int> counts;
            for (CellClass cls : cell)
                ++counts[cls];
            const int m = int(cell.size());
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                ClassAgreement &c = out[it.key()];
                c.cls = it.key();
                c.ratings += it.value();
                agreeing[it.key()] += double(it.value()) * (it.value() - 1);
                sides[it.key()] += double(it.value()) * (m - 1);
            }
        }
        for (auto it = out.begin(); it != out.end(); ++it) {
            const double d = sides.value(it.key());
            it->specificAgreement = d > 0 ? agreeing.value(it.key()) / d : qQNaN();
        }
        return out.values(); // QMap: CellClass order
    }

} // namespace

AgreementReport computeAgreement(const QList<AnnotatorLabel> &labels)
{
    AgreementReport report;
    const QMap<qint64, QMap<QString, CellClass>> ratings = classRatings(labels);
    for (const QMap<QString, CellClass> &cell : ratings) {
        for (auto it = cell.cbegin(); it != cell.cend(); ++it)
            ++report.annotators[it.key()];
    }
    const QStringList names = report.annotators.keys();
    for (qsizetype i = 0; i < names.size(); ++i) {
        for (qsizetype j = i + 1; j < names.size(); ++j)
            report.pairs.append(pairAgreement(names.at(i), names.at(j), ratings));
    }
    fleiss(report, names, ratings);
    report.perClass = perClassAgreement(ratings);
    return report;
}

QList<Disagreement> disagreements(const QList<AnnotatorLabel> &labels,
    const QHash<qint64, CellLabelRecord> &current,
    bool includeAdjudicated)
{
    QList<Disagreement> out;
    const QMap<qint64, QMap<QString, AnnotatorLabel>> cells = byCell(labels);
    for (auto cell = cells.cbegin(); cell != cells.cend(); ++cell) {
        if (!includeAdjudicated) {
            const auto c = current.constFind(cell.key());
            if (c != current.cend() && c->origin == LabelOrigin::Adjudication)
                continue;
        }
        Disagreement d;
        d.cellId = cell.key();
        QSet<CellClass> classes;
        for (const AnnotatorLabel &l : *cell) {
            if (l.label.isUnlabelled())
                continue;
            d.labels.insert(l.annotator, l.label);
            if (const std::optional<CellClass> cls = l.label.cellClass())
                classes.insert(*cls);
        }
        if (classes.size() > 1)
            out.append(d);
    }
    return out;
}

QHash<qint64, CellLabelRecord> trainingCellLabels(
    const QList<AnnotatorLabel> &labels, const QHash<qint64, CellLabelRecord> &current)
{
    QHash<qint64, CellLabelRecord> out = current;
    const QMap<qint64, QMap<QString, AnnotatorLabel>> cells = byCell(labels);
    for (auto cell = cells.cbegin(); cell != cells.cend(); ++cell) {
        const auto c = out.find(cell.key());
        if (c == out.end() || c->origin == LabelOrigin::Adjudication)
            continue;
        // The votes: each annotator's latest label that says something (a cleared label is none).
        QList<const AnnotatorLabel *> votes;
        for (const AnnotatorLabel &l : *cell) {
            if (!l.label.isUnlabelled())
                votes.append(&l);
        }
        const AnnotatorLabel *winner = nullptr; // the newest vote of the strict majority
        for (const AnnotatorLabel *v : std::as_const(votes)) {
            const auto same = std::count_if(
                votes.cbegin(), votes.cend(), [&](auto *o) { return o->label == v->label; });
            if (2 * same > votes.size() && (!winner || v->labelId > winner->labelId))
                winner = v;
        }
        if (!winner || winner->label == c->label)
            continue; // no majority: the latest label; or the latest label is the majority's
        CellLabelRecord r;
        r.id = winner->labelId;
        r.cellId = c->cellId;
        r.imageId = c->imageId;
        r.label = winner->label;
        r.author = winner->annotator;
        *c = r;
    }
    return out;
}

QHash<qint64, CellLabelRecord> trainingCellLabels(const ProjectStore &store)
{
    const QHash<qint64, CellLabelRecord> current = store.currentCellLabels();
    QHash<qint64, CellLabelRecord> out = trainingCellLabels(store.annotatorLabels(), current);
    // A majority that is not the latest label: its own history entry (origin, time).
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it->id == current.value(it.key()).id)
            continue;
        for (const CellLabelRecord &h : store.cellLabelHistory(it.key())) {
            if (h.id == it->id)
                *it = h;
        }
    }
    return out;
}

} // namespace wbc
