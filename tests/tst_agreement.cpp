#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "project/projectstore.h"
#include "review/agreement.h"
#include "testsupport.h"
#include "training/trainer.h"

using namespace wbc;

namespace {

constexpr CellClass N = CellClass::Neutrophil;
constexpr CellClass E = CellClass::Eosinophil;
constexpr CellClass L = CellClass::Lymphocyte;
constexpr CellClass M = CellClass::Monocyte;
constexpr CellClass B = CellClass::Basophil;

// Builds annotator labels with increasing history ids.
class Labels
{
public:
    Labels &add(qint64 cell, const QString &annotator, const CellLabel &label)
    {
        AnnotatorLabel a;
        a.cellId = cell;
        a.annotator = annotator;
        a.label = label;
        a.labelId = ++m_nextId;
        m_list.append(a);
        return *this;
    }
    Labels &add(qint64 cell, const QString &annotator, CellClass cls)
    {
        return add(cell, annotator, CellLabel::ofClass(cls));
    }
    // Two raters: a's and b's class for each cell, cells numbered from firstCell.
    Labels &pairs(const QList<QPair<CellClass, CellClass>> &ratings, qint64 firstCell = 1)
    {
        for (qsizetype i = 0; i < ratings.size(); ++i) {
            add(firstCell + i, QStringLiteral("a"), ratings.at(i).first);
            add(firstCell + i, QStringLiteral("b"), ratings.at(i).second);
        }
        return *this;
    }
    const QList<AnnotatorLabel> &list() const { return m_list; }
    qint64 lastId() const { return m_nextId; }

private:
    QList<AnnotatorLabel> m_list;
    qint64 m_nextId = 0;
};

QList<QPair<CellClass, CellClass>> repeat(CellClass a, CellClass b, int times)
{
    return QList<QPair<CellClass, CellClass>>(times, { a, b });
}

CellLabelRecord record(
    qint64 id, qint64 cell, CellClass cls, LabelOrigin origin, const QString &author)
{
    CellLabelRecord r;
    r.id = id;
    r.cellId = cell;
    r.imageId = 100 + cell;
    r.label = CellLabel::ofClass(cls);
    r.origin = origin;
    r.author = author;
    return r;
}

ImageRecord someImage(const QString &name)
{
    ImageRecord r;
    r.path = QStringLiteral("images/%1.png").arg(name);
    r.sha256 = name;
    r.width = 64;
    r.height = 48;
    r.fileSize = 10;
    return r;
}

// A project with `images` images named i0..iN, each with one annotated white cell; their ids.
QList<qint64> makeProject(ProjectStore &store, const QString &path, int images)
{
    QList<qint64> cells;
    if (!store.open(path))
        return cells;
    for (int i = 0; i < images; ++i) {
        const qint64 image = store.addImage(someImage(QStringLiteral("i%1").arg(i)));
        CellRecord c;
        c.imageId = image;
        c.kind = CellKind::Wbc;
        c.box = QRect(4, 4, 30, 30);
        c.source = QStringLiteral("annotation");
        cells.append(store.addCell(c));
    }
    return cells;
}

// `wbc ARGS` as the user `user` (WBC_USER).
test::CliRun runAs(const QString &user, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WBC_USER"), user);
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    if (!p.waitForFinished(120000)) {
        test::killChild(p);
        return { -2, p.readAllStandardOutput(), p.readAllStandardError() };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        p.readAllStandardOutput(),
        p.readAllStandardError() };
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cohenKappaByHand()
    {
        // 50 cells, a and b (NEUTROPHIL = "yes", LYMPHOCYTE = "no"):
        //             b: N   b: L
        //   a: N       20      5     a's N: 25/50 = 0.5
        //   a: L       10     15     b's N: 30/50 = 0.6
        // observed = (20 + 15) / 50 = 0.7
        // chance   = 0.5 * 0.6 + 0.5 * 0.4 = 0.5
        // kappa    = (0.7 - 0.5) / (1 - 0.5) = 0.4
        QList<QPair<CellClass, CellClass>> r = repeat(N, N, 20);
        r += repeat(N, L, 5);
        r += repeat(L, N, 10);
        r += repeat(L, L, 15);
        const AgreementReport report = computeAgreement(Labels().pairs(r).list());
        QCOMPARE(report.annotators.value(QStringLiteral("a")), 50);
        QCOMPARE(report.annotators.value(QStringLiteral("b")), 50);
        QCOMPARE(report.pairs.size(), 1);
        const PairAgreement &p = report.pairs.first();
        QCOMPARE(p.a, QStringLiteral("a"));
        QCOMPARE(p.b, QStringLiteral("b"));
        QCOMPARE(p.n, 50);
        QCOMPARE(p.classes, (QList<CellClass> { N, L }));
        QCOMPARE(p.confusion, (QList<QList<int>> { { 20, 5 }, { 10, 15 } }));
        QVERIFY(qAbs(p.observed - 0.7) < 1e-12);
        QVERIFY2(qAbs(p.kappa - 0.4) < 1e-12, qPrintable(QString::number(p.kappa)));
        // Cells 21..25 are a's N, b's L (pairs() numbers cells from 1).
        QCOMPARE(p.cellsAt.value({ 0, 1 }), (QList<qint64> { 21, 22, 23, 24, 25 }));
        QCOMPARE(p.cellsAt.value({ 1, 0 }).size(), 10);
        // With two raters Fleiss' kappa is computed over the same 50 cells:
        // P_bar = 0.7; p_N = (25 + 30) / 100 = 0.55, p_L = 0.45; P_e = 0.3025 + 0.2025 = 0.505
        // kappa = (0.7 - 0.505) / 0.495 = 0.393939...
        QCOMPARE(report.fleissCells, 50);
        QVERIFY(qAbs(report.fleissKappa - 0.195 / 0.495) < 1e-12);
    }

    void cohenKappaThreeClasses()
    {
        // 3x3, 30 cells:        b: N  b: E  b: L   (rows: a)
        //   a: N                   8     1     1   10
        //   a: E                   2     6     2   10
        //   a: L                   0     1     9   10
        //                         10     8    12
        // observed = 23/30; chance = (10*10 + 10*8 + 10*12) / 900 = 300/900 = 1/3
        // kappa = (23/30 - 1/3) / (2/3) = (13/30) / (20/30) = 0.65
        QList<QPair<CellClass, CellClass>> r = repeat(N, N, 8) + repeat(N, E, 1) + repeat(N, L, 1);
        r += repeat(E, N, 2) + repeat(E, E, 6) + repeat(E, L, 2);
        r += repeat(L, E, 1) + repeat(L, L, 9);
        const PairAgreement p = computeAgreement(Labels().pairs(r).list()).pairs.first();
        QCOMPARE(p.n, 30);
        QCOMPARE(p.classes, (QList<CellClass> { N, E, L }));
        QCOMPARE(p.confusion, (QList<QList<int>> { { 8, 1, 1 }, { 2, 6, 2 }, { 0, 1, 9 } }));
        QVERIFY2(qAbs(p.kappa - 0.65) < 1e-12, qPrintable(QString::number(p.kappa)));
    }

    void perfectAndChanceAgreement()
    {
        // Perfect on three classes.
        const PairAgreement perfect = computeAgreement(
            Labels().pairs(repeat(N, N, 4) + repeat(L, L, 3) + repeat(M, M, 2)).list())
                                          .pairs.first();
        QCOMPARE(perfect.kappa, 1.0);
        QCOMPARE(perfect.observed, 1.0);
        // Both always say the same one class: chance agreement is 1, kappa defined as 1.
        const AgreementReport one = computeAgreement(Labels().pairs(repeat(N, N, 5)).list());
        QCOMPARE(one.pairs.first().kappa, 1.0);
        QCOMPARE(one.fleissKappa, 1.0);
        // At chance: observed 2/4, chance 0.5 * 0.5 + 0.5 * 0.5 = 0.5, kappa 0.
        const PairAgreement chance
            = computeAgreement(Labels().pairs({ { N, N }, { N, L }, { L, N }, { L, L } }).list())
                  .pairs.first();
        QCOMPARE(chance.observed, 0.5);
        QVERIFY(qAbs(chance.kappa) < 1e-12);
        // Systematic disagreement: observed 0, chance 0.5, kappa -1.
        const PairAgreement opposite
            = computeAgreement(Labels().pairs(repeat(N, L, 3) + repeat(L, N, 3)).list())
                  .pairs.first();
        QVERIFY(qAbs(opposite.kappa + 1.0) < 1e-12);
    }

    void undefinedWithoutSharedCells()
    {
        // a and b never label the same cell: n 0, kappa NaN; Fleiss over no cell is NaN.
        Labels l;
        l.add(1, QStringLiteral("a"), N).add(2, QStringLiteral("b"), L);
        const AgreementReport r = computeAgreement(l.list());
        QCOMPARE(r.pairs.size(), 1);
        QCOMPARE(r.pairs.first().n, 0);
        QVERIFY(std::isnan(r.pairs.first().kappa));
        QVERIFY(std::isnan(r.pairs.first().observed));
        QCOMPARE(r.fleissCells, 0);
        QVERIFY(std::isnan(r.fleissKappa));
        // One annotator: no pair, no Fleiss.
        const AgreementReport single
            = computeAgreement(Labels().add(1, QStringLiteral("a"), N).list());
        QVERIFY(single.pairs.isEmpty());
        QVERIFY(std::isnan(single.fleissKappa));
        QVERIFY(computeAgreement({}).annotators.isEmpty());
    }

    void fleissKappaByHandWithSpecificAgreement()
    {
        // Three raters r1..r3; cells 1-4 rated by all three, cell 5 by r1 and r2 only.
        //   cell  ratings    n_N n_L   P_i = (sum n^2 - 3) / (3 * 2)
        //   1     N N N       3   0    (9 - 3) / 6 = 1
        //   2     N N L       2   1    (5 - 3) / 6 = 1/3
        //   3     L L L       0   3    1
        //   4     N L L       1   2    1/3
        // P_bar = (8/3) / 4 = 2/3; p_N = 6/12, p_L = 6/12, P_e = 1/2
        // kappa = (2/3 - 1/2) / (1/2) = 1/3, over 4 cells (cell 5 is not rated by r3).
        Labels l;
        const QList<QList<CellClass>> cells
            = { { N, N, N }, { N, N, L }, { L, L, L }, { N, L, L } };
        for (qsizetype c = 0; c < cells.size(); ++c) {
            for (qsizetype r = 0; r < 3; ++r)
                l.add(c + 1, QStringLiteral("r%1").arg(r + 1), cells.at(c).at(r));
        }
        l.add(5, QStringLiteral("r1"), E).add(5, QStringLiteral("r2"), E);
        const AgreementReport report = computeAgreement(l.list());
        QCOMPARE(report.fleissCells, 4);
        QVERIFY2(qAbs(report.fleissKappa - 1.0 / 3.0) < 1e-12,
            qPrintable(QString::number(report.fleissKappa)));
        QCOMPARE(report.pairs.size(), 3); // r1/r2, r1/r3, r2/r3
        QCOMPARE(report.pairs.at(0).n, 5);
        QCOMPARE(report.pairs.at(1).n, 4);
        QCOMPARE(report.pairs.at(2).b, QStringLiteral("r3"));
        // Specific agreement, sum over cells of n_c (n_c - 1) / sum of n_c (m - 1):
        //   N: cells 1, 2, 4: (6 + 2 + 0) / (6 + 4 + 2) = 8/12
        //   E: cell 5 (m = 2): 2 / 2 = 1
        //   L: cells 2, 3, 4: (0 + 6 + 2) / (2 + 6 + 4) = 8/12
        QCOMPARE(report.perClass.size(), 3);
        QCOMPARE(report.perClass.at(0).cls, N);
        QCOMPARE(report.perClass.at(1).cls, E);
        QCOMPARE(report.perClass.at(2).cls, L);
        QCOMPARE(report.perClass.at(0).ratings, 6);
        QCOMPARE(report.perClass.at(1).ratings, 2);
        QVERIFY(qAbs(report.perClass.at(0).specificAgreement - 8.0 / 12.0) < 1e-12);
        QCOMPARE(report.perClass.at(1).specificAgreement, 1.0);
        QVERIFY(qAbs(report.perClass.at(2).specificAgreement - 8.0 / 12.0) < 1e-12);
    }

    void fleissKappaClassicExample()
    {
        // Fleiss (1971) as on Wikipedia ("Fleiss' kappa", worked example): 10 subjects, 14
        // raters, 5 categories; P_bar = 0.378, P_e = 0.213, kappa = 0.210.
        const QList<QList<int>> table = { { 0, 0, 0, 0, 14 },
            { 0, 2, 6, 4, 2 },
            { 0, 0, 3, 5, 6 },
            { 0, 3, 9, 2, 0 },
            { 2, 2, 8, 1, 1 },
            { 7, 7, 0, 0, 0 },
            { 3, 2, 6, 3, 0 },
            { 2, 5, 3, 2, 2 },
            { 6, 5, 2, 1, 0 },
            { 0, 2, 2, 3, 7 } };
        const QList<CellClass> categories = { N, E, L, M, B };
        Labels l;
        for (qsizetype s = 0; s < table.size(); ++s) {
            int rater = 0;
            for (qsizetype j = 0; j < categories.size(); ++j) {
                for (int k = 0; k < table.at(s).at(j); ++k)
                    l.add(s + 1,
                        QStringLiteral("rater%1").arg(++rater, 2, 10, QLatin1Char('0')),
                        categories.at(j));
            }
            QCOMPARE(rater, 14);
        }
        const AgreementReport report = computeAgreement(l.list());
        QCOMPARE(report.annotators.size(), 14);
        QCOMPARE(report.fleissCells, 10);
        QCOMPARE(report.pairs.size(), 14 * 13 / 2);
        QVERIFY2(qAbs(report.fleissKappa - 0.20993) < 5e-5,
            qPrintable(QString::number(report.fleissKappa, 'f', 5)));
    }

    void countsOnlyEachAnnotatorsLatestClass()
    {
        Labels l;
        l.add(1, QStringLiteral("alice"), N)
            .add(1, QStringLiteral("alice"), CellLabel::notCounted(NotCounted::Smudge))
            .add(2, QStringLiteral("alice"), L)
            .add(3, QStringLiteral("alice"), CellLabel::unidentified())
            .add(3, QStringLiteral("alice"), M) // latest: a class again
            .add(1, QStringLiteral("bob"), N)
            .add(2, QStringLiteral("bob"), E)
            .add(2, QStringLiteral("bob"), CellLabel()) // cleared
            .add(4, QStringLiteral("carol"), CellLabel::unidentified());
        const AgreementReport r = computeAgreement(l.list());
        // alice: cells 2 and 3; bob: cell 1; carol rated no cell with a class.
        QCOMPARE(r.annotators,
            (QMap<QString, int> { { QStringLiteral("alice"), 2 }, { QStringLiteral("bob"), 1 } }));
        QCOMPARE(r.pairs.size(), 1);
        QCOMPARE(r.pairs.first().n, 0); // cell 1: alice's latest is SMUDGE; cell 2: bob cleared
        // Classes listed are only those that occur.
        QCOMPARE(r.perClass.size(), 3);
        QCOMPARE(r.perClass.at(0).cls, N);
        QCOMPARE(r.perClass.at(1).cls, L);
        QCOMPARE(r.perClass.at(2).cls, M);
        QVERIFY(std::isnan(r.perClass.at(0).specificAgreement)); // nobody else rated cell 1
    }

    void disagreementsLeaveOutAdjudicated()
    {
        Labels l;
        l.add(1, QStringLiteral("alice"), N).add(1, QStringLiteral("bob"), L);
        l.add(2, QStringLiteral("alice"), N).add(2, QStringLiteral("bob"), L);
        l.add(3, QStringLiteral("alice"), N).add(3, QStringLiteral("bob"), N);
        l.add(4, QStringLiteral("alice"), N)
            .add(4, QStringLiteral("bob"), CellLabel::notCounted(NotCounted::Smudge));
        l.add(5, QStringLiteral("alice"), L);
        l.add(6, QStringLiteral("alice"), N)
            .add(6, QStringLiteral("bob"), E)
            .add(6, QStringLiteral("bob"), N) // changed their mind: agree now
            .add(6, QStringLiteral("carol"), CellLabel::unidentified());
        l.add(7, QStringLiteral("alice"), N)
            .add(7, QStringLiteral("bob"), M)
            .add(7, QStringLiteral("carol"), CellLabel::unidentified());
        QHash<qint64, CellLabelRecord> current;
        current.insert(1, record(2, 1, L, LabelOrigin::Key, QStringLiteral("bob")));
        current.insert(2, record(20, 2, L, LabelOrigin::Adjudication, QStringLiteral("dave")));
        const QList<Disagreement> d = disagreements(l.list(), current);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(0).cellId, 1);
        QCOMPARE(d.at(0).labels.value(QStringLiteral("alice")), CellLabel::ofClass(N));
        QCOMPARE(d.at(0).labels.value(QStringLiteral("bob")), CellLabel::ofClass(L));
        QCOMPARE(d.at(1).cellId, 7);
        QCOMPARE(d.at(1).labels.size(), 3); // the special choice is shown too
        QCOMPARE(d.at(1).labels.value(QStringLiteral("carol")), CellLabel::unidentified());
        const QList<Disagreement> all = disagreements(l.list(), current, true);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).cellId, 2);
    }

    void trainingLabelRule()
    {
        Labels l;
        // Cell 1: adjudicated (current) although all three annotators said N.
        l.add(1, QStringLiteral("alice"), N)
            .add(1, QStringLiteral("bob"), N)
            .add(1, QStringLiteral("carol"), N);
        // Cell 2: majority N (alice, bob) against carol's later L, the current label.
        l.add(2, QStringLiteral("alice"), N);
        l.add(2, QStringLiteral("bob"), N);
        const qint64 bobs = l.lastId();
        l.add(2, QStringLiteral("carol"), L);
        const qint64 carols = l.lastId();
        // Cell 3: a tie: the latest (bob's L).
        l.add(3, QStringLiteral("alice"), N).add(3, QStringLiteral("bob"), L);
        const qint64 tieLatest = l.lastId();
        // Cell 4: one author.
        l.add(4, QStringLiteral("alice"), M);
        const qint64 single = l.lastId();
        // Cell 5: three different classes: no majority.
        l.add(5, QStringLiteral("alice"), N)
            .add(5, QStringLiteral("bob"), L)
            .add(5, QStringLiteral("carol"), E);
        const qint64 noMajority = l.lastId();
        // Cell 6: bob cleared his label: alice's N is the only vote.
        l.add(6, QStringLiteral("alice"), N).add(6, QStringLiteral("bob"), CellLabel());
        const qint64 cleared = l.lastId();
        // Cell 7: a majority of SMUDGE beats one class (not trained on).
        l.add(7, QStringLiteral("alice"), CellLabel::notCounted(NotCounted::Smudge))
            .add(7, QStringLiteral("bob"), CellLabel::notCounted(NotCounted::Smudge))
            .add(7, QStringLiteral("carol"), N);
        const qint64 smudgeOutvoted = l.lastId();

        QHash<qint64, CellLabelRecord> current;
        current.insert(1, record(100, 1, E, LabelOrigin::Adjudication, QStringLiteral("dave")));
        current.insert(2, record(carols, 2, L, LabelOrigin::Key, QStringLiteral("carol")));
        current.insert(3, record(tieLatest, 3, L, LabelOrigin::Key, QStringLiteral("bob")));
        current.insert(4, record(single, 4, M, LabelOrigin::Review, QStringLiteral("alice")));
        current.insert(5, record(noMajority, 5, E, LabelOrigin::Key, QStringLiteral("carol")));
        CellLabelRecord clearedRecord
            = record(cleared, 6, N, LabelOrigin::Key, QStringLiteral("bob"));
        clearedRecord.label = CellLabel();
        current.insert(6, clearedRecord);
        current.insert(7, record(smudgeOutvoted, 7, N, LabelOrigin::Key, QStringLiteral("carol")));
        current.insert(8, record(500, 8, B, LabelOrigin::Import, QStringLiteral("import")));

        const QHash<qint64, CellLabelRecord> t = trainingCellLabels(l.list(), current);
        QCOMPARE(t.size(), current.size());
        QCOMPARE(t.value(1).label, CellLabel::ofClass(E));
        QCOMPARE(t.value(1).origin, LabelOrigin::Adjudication);
        QCOMPARE(t.value(2).label, CellLabel::ofClass(N));
        QCOMPARE(t.value(2).id, bobs); // the newest entry of the majority
        QCOMPARE(t.value(2).author, QStringLiteral("bob"));
        QCOMPARE(t.value(2).imageId, 102);
        QCOMPARE(t.value(3).id, tieLatest);
        QCOMPARE(t.value(3).label, CellLabel::ofClass(L));
        QCOMPARE(t.value(4).id, single);
        QCOMPARE(t.value(4).origin, LabelOrigin::Review); // unchanged: the current record
        QCOMPARE(t.value(5).id, noMajority);
        QCOMPARE(t.value(6).label, CellLabel::ofClass(N));
        QCOMPARE(t.value(7).label, CellLabel::notCounted(NotCounted::Smudge));
        QCOMPARE(t.value(8).id, 500); // no annotator label (a deleted cell): kept as it is
    }

    void storeAnnotatorLabelsAndTrainingLabels()
    {
        QTemporaryDir dir;
        ProjectStore store;
        const QList<qint64> c = makeProject(store, dir.filePath(QStringLiteral("p.wbc")), 5);
        QCOMPARE(c.size(), 5);
        const QString alice = QStringLiteral("alice"), bob = QStringLiteral("bob"),
                      carol = QStringLiteral("carol"), dave = QStringLiteral("dave");
        auto add = [&](int cell,
                       const CellLabel &label,
                       const QString &who,
                       LabelOrigin origin = LabelOrigin::Key) {
            return store.addCellLabel(c.at(cell), label, origin, who);
        };
        // Cell 0: alice N then L; bob L; carol N.
        QVERIFY(add(0, CellLabel::ofClass(N), alice));
        QVERIFY(add(0, CellLabel::ofClass(N), bob));
        QVERIFY(add(0, CellLabel::ofClass(L), alice));
        QVERIFY(add(0, CellLabel::ofClass(L), bob));
        QVERIFY(add(0, CellLabel::ofClass(N), carol)); // the latest; the majority says L
        // Cell 1: alice and bob disagree, dave adjudicates (his entry is not a vote).
        QVERIFY(add(1, CellLabel::ofClass(N), alice));
        QVERIFY(add(1, CellLabel::ofClass(E), bob));
        QVERIFY(add(1, CellLabel::ofClass(M), dave, LabelOrigin::Adjudication));
        // Cell 2: bob only, a special choice.
        QVERIFY(add(2, CellLabel::unidentified(), bob));
        // Cell 3: carol, then the cell is deleted: left out.
        QVERIFY(add(3, CellLabel::ofClass(B), carol));
        QVERIFY(store.deleteCell(c.at(3)));
        // Cell 4: unlabelled.

        const QList<AnnotatorLabel> rows = store.annotatorLabels();
        QStringList seen;
        for (const AnnotatorLabel &a : rows)
            seen.append(QStringLiteral("%1:%2:%3")
                            .arg(c.indexOf(a.cellId))
                            .arg(a.annotator, a.label.name()));
        QCOMPARE(seen,
            (QStringList { "0:alice:LYMPHOCYTE",
                "0:bob:LYMPHOCYTE",
                "0:carol:NEUTROPHIL",
                "1:alice:NEUTROPHIL",
                "1:bob:EOSINOPHIL",
                "2:bob:UNIDENTIFIED" }));
        // Each row is that author's newest entry.
        const QList<CellLabelRecord> history = store.cellLabelHistory(c.at(0));
        QCOMPARE(history.size(), 5);
        QCOMPARE(rows.at(0).labelId, history.at(2).id);
        QCOMPARE(rows.at(1).labelId, history.at(3).id);

        const AgreementReport report = computeAgreement(rows);
        QCOMPARE(report.annotators.value(alice), 2);
        QCOMPARE(report.annotators.value(bob), 2);
        QCOMPARE(report.annotators.value(carol), 1);
        QCOMPARE(report.fleissCells, 1);

        const QHash<qint64, CellLabelRecord> current = store.currentCellLabels();
        const QHash<qint64, CellLabelRecord> training = trainingCellLabels(store);
        // Cell 0: the majority L, bob's entry with its own origin and time.
        QCOMPARE(current.value(c.at(0)).label, CellLabel::ofClass(N));
        QCOMPARE(training.value(c.at(0)).label, CellLabel::ofClass(L));
        QCOMPARE(training.value(c.at(0)).id, history.at(3).id);
        QCOMPARE(training.value(c.at(0)).author, bob);
        QCOMPARE(training.value(c.at(0)).origin, LabelOrigin::Key);
        QVERIFY(training.value(c.at(0)).createdAt.isValid());
        // Cell 1: the adjudication.
        QCOMPARE(training.value(c.at(1)).label, CellLabel::ofClass(M));
        QCOMPARE(training.value(c.at(1)).origin, LabelOrigin::Adjudication);
        QCOMPARE(training.value(c.at(1)).author, dave);
        QCOMPARE(training.value(c.at(2)).label, CellLabel::unidentified());
        QVERIFY(!training.contains(c.at(4)));

        // disagreements() on the store: cell 1 is adjudicated; cell 0 disagrees (carol's N).
        const QList<Disagreement> d = disagreements(rows, current);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().cellId, c.at(0));
    }

    void singleAuthorTrainingLabelsAreTheCurrentLabels()
    {
        // One annotator: the rule must give exactly the labels training used before.
        QTemporaryDir dir;
        ProjectStore store;
        const QList<qint64> c = makeProject(store, dir.filePath(QStringLiteral("p.wbc")), 4);
        QCOMPARE(c.size(), 4);
        const QString me = QStringLiteral("tester");
        QVERIFY(store.addCellLabel(c.at(0), CellLabel::ofClass(N), LabelOrigin::Import, me));
        QVERIFY(store.addCellLabel(c.at(0), CellLabel::ofClass(L), LabelOrigin::Key, me));
        QVERIFY(store.addCellLabel(c.at(1), CellLabel::ofClass(E), LabelOrigin::Key, me));
        QVERIFY(store.addCellLabel(c.at(1), CellLabel(), LabelOrigin::Undo, me));
        QVERIFY(store.addCellLabel(c.at(2), CellLabel::unidentified(), LabelOrigin::Key, me));
        QVERIFY(store.addCellLabel(c.at(3), CellLabel::ofClass(M), LabelOrigin::Audit, me));
        const QHash<qint64, CellLabelRecord> current = store.currentCellLabels();
        const QHash<qint64, CellLabelRecord> training = trainingCellLabels(store);
        QCOMPARE(training.size(), current.size());
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            QCOMPARE(training.value(it.key()).id, it->id);
            QCOMPARE(training.value(it.key()).label, it->label);
        }
    }

    void trainingRecordsTheLabelRule()
    {
        // The run's params (table runs) say which rule picked the labels.
        const QJsonObject params = TrainParams().toJson();
        QCOMPARE(
            params.value("label_rule").toString(), QStringLiteral("adjudicated>majority>latest"));
    }

    void cliAgreement()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        {
            ProjectStore store;
            QCOMPARE(makeProject(store, project, 4).size(), 4);
        }
        // alice: N N N L, bob: N N L L (hand-computed below).
        const QStringList aliceSays = { "NEUTROPHIL", "NEUTROPHIL", "NEUTROPHIL", "LYMPHOCYTE" };
        const QStringList bobSays = { "NEUTROPHIL", "NEUTROPHIL", "LYMPHOCYTE", "LYMPHOCYTE" };
        for (int i = 0; i < 4; ++i) {
            const QString image = QStringLiteral("i%1.png").arg(i);
            const test::CliRun a
                = runAs("alice", { "label", "--project", project, image, aliceSays.at(i) });
            QVERIFY2(a.status == 0, a.err.constData());
            const test::CliRun b
                = runAs("bob", { "label", "--project", project, image, bobSays.at(i) });
            QVERIFY2(b.status == 0, b.err.constData());
        }
        const test::CliRun run = test::runCli({ "agreement", "--project", project, "--json" });
        QVERIFY2(run.status == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(o.keys(), (QStringList { "annotators", "fleiss_kappa", "pairs" }));
        QCOMPARE(o.value("annotators").toObject(), (QJsonObject { { "alice", 4 }, { "bob", 4 } }));
        const QJsonArray pairs = o.value("pairs").toArray();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject pair = pairs.first().toObject();
        QCOMPARE(pair.keys(), (QStringList { "a", "b", "kappa", "n" }));
        QCOMPARE(pair.value("a").toString(), QStringLiteral("alice"));
        QCOMPARE(pair.value("b").toString(), QStringLiteral("bob"));
        QCOMPARE(pair.value("n").toInt(), 4);
        // Cohen: observed 3/4; alice N 3/4, bob N 1/2: chance 3/8 + 1/8 = 1/2; kappa 1/2.
        QVERIFY(qAbs(pair.value("kappa").toDouble() - 0.5) < 1e-9);
        // Fleiss: P_bar 3/4; p_N 5/8, p_L 3/8: P_e 34/64; kappa (3/4 - 34/64) / (30/64) = 7/15.
        QVERIFY(qAbs(o.value("fleiss_kappa").toDouble() - 7.0 / 15.0) < 1e-9);

        const test::CliRun text = test::runCli({ "agreement", "--project", project });
        QVERIFY2(text.status == 0, text.err.constData());
        QVERIFY2(text.out.contains("alice / bob"), text.out.constData());
        QVERIFY(text.out.contains("0.500"));
        QVERIFY(text.out.contains("0.467"));
        QVERIFY(text.out.contains("Neutrophil:"));
    }

    void cliAgreementUndefinedAndErrors()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        {
            ProjectStore store;
            QCOMPARE(makeProject(store, project, 1).size(), 1);
        }
        QCOMPARE(runAs("alice", { "label", "--project", project, "i0.png", "MONOCYTE" }).status, 0);
        const test::CliRun one = test::runCli({ "agreement", "--project", project, "--json" });
        QCOMPARE(one.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(one.out).object();
        QCOMPARE(o.value("annotators").toObject(), (QJsonObject { { "alice", 1 } }));
        QVERIFY(o.value("pairs").toArray().isEmpty());
        QVERIFY(o.value("fleiss_kappa").isNull());

        const test::CliRun missing
            = test::runCli({ "agreement", "--project", dir.filePath("missing.wbc") });
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.startsWith("wbc agreement: "));
        QCOMPARE(test::runCli({ "agreement" }).status, 2);
        const test::CliRun help = test::runCli({ "help", "agreement" });
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains("--json"));
        QVERIFY(help.out.contains("--project"));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
