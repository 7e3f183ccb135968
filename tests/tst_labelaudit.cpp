// Check labels (core/review/labelaudit.h): confident learning's counting on hand-computed cases,
// folds that keep a field's (and a slide's) cells together, injected label flips found on
// synthetic smears, the audit stored in the project across a reopen, and `wbc audit --json`.

#include <cmath>

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "dataset/syntheticsmear.h"
#include "project/audithistory.h"
#include "project/projectstore.h"
#include "review/labelaudit.h"
#include "review/labelquality.h"
#include "testsupport.h"

using namespace wbc;

namespace {

struct SyntheticCell
{
    qint64 id = 0;
    qint64 imageId = 0;
    CellClass truth = CellClass::Neutrophil;
};

// A project of synthetic fields, each labelled with its true class (annotation boxes): the
// first `twoCell` fields hold a polynuclear and a mononuclear cell, the other `oneCell` fields
// one cell of the four classes in turn; fields are dealt over `slides` slides.
QList<SyntheticCell> makeProject(ProjectStore &store,
                                 const QString &dir,
                                 int twoCell,
                                 int oneCell,
                                 int slides,
                                 quint64 seed = 500)
{
    QList<SyntheticCell> out;
    const QList<CellClass> classes{
        CellClass::Neutrophil, CellClass::Lymphocyte, CellClass::Eosinophil, CellClass::Monocyte};
    for (int i = 0; i < twoCell + oneCell; ++i) {
        SmearSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.wbcs = i < twoCell
            ? QList<CellClass>{classes.at(2 * (i % 2)), classes.at(2 * (i % 2) + 1)}
            : QList<CellClass>{classes.at(i % 4)};
        const SyntheticSmear smear = generateSmear(seed + quint64(i), spec);
        const QString path = QDir(dir).filePath(QStringLiteral("f%1.png").arg(i));
        if (!cv::imwrite(path.toStdString(), smear.bgr))
            return {};
        ImageRecord img;
        img.path = QFileInfo(path).fileName();
        img.sha256 = QStringLiteral("h%1-%2").arg(seed).arg(i);
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
            store.addCellLabel(id, CellLabel::ofClass(w.cls), LabelOrigin::Import, "t");
            out.append({id, imageId, w.cls});
        }
    }
    return out;
}

QSet<QString> keySet(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

// The class of the other group (binary flip): neutrophil <-> lymphocyte, eosinophil <-> monocyte.
CellClass otherGroup(CellClass cls)
{
    switch (cls) {
    case CellClass::Neutrophil:
        return CellClass::Lymphocyte;
    case CellClass::Lymphocyte:
        return CellClass::Neutrophil;
    case CellClass::Eosinophil:
        return CellClass::Monocyte;
    default:
        return CellClass::Eosinophil;
    }
}

// A small recipe: the synthetic groups are easy, a few epochs learn them.
LabelAuditParams smallAudit(Task task, int folds)
{
    LabelAuditParams p;
    p.task = task;
    p.folds = folds;
    p.seed = 3;
    p.train.epochs = 4;
    p.train.perClass = 96;
    p.train.batch = 16;
    p.train.lr = 3e-3;
    p.train.device = "cpu";
    // One compute thread: on a busy 2-core machine two threads wait on each other at every
    // step (10x slower under load), one keeps the test's time steady.
    p.train.threads = 1;
    return p;
}

} // namespace

class TestLabelAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Three classes, counted by hand: thresholds are the mean self-confidence per given class;
    // a cell counts where the most probable class reaching its threshold says.
    void confidentJointByHand()
    {
        const std::vector<std::vector<float>> p{
            {0.9f, 0.1f, 0.0f}, // given 0: reaches t0 = (0.9 + 0.8 + 0.3) / 3
            {0.8f, 0.2f, 0.0f}, // given 0
            {0.3f, 0.7f, 0.0f}, // given 0: reaches t1 only -> off the diagonal (0 -> 1)
            {0.1f, 0.9f, 0.0f}, // given 1: t1 = (0.9 + 0.4) / 2 = 0.65
            {0.1f, 0.4f, 0.5f}, // given 1: reaches neither t1 nor t2: not counted
            {0.0f, 0.3f, 0.7f}, // given 2: t2 = 0.7, reached (at the mean itself)
        };
        const std::vector<int> labels{0, 0, 0, 1, 1, 2};
        const ConfidentJoint cj = confidentJoint(p, labels, 3);
        QCOMPARE(cj.thresholds.size(), size_t(3));
        QVERIFY(std::abs(cj.thresholds[0] - 2.0 / 3.0) < 1e-6);
        QVERIFY(std::abs(cj.thresholds[1] - 0.65) < 1e-6);
        QVERIFY(std::abs(cj.thresholds[2] - 0.7) < 1e-6);
        const std::vector<std::vector<int>> counts{{2, 1, 0}, {0, 1, 0}, {0, 0, 1}};
        QCOMPARE(cj.counts, counts);
        // Row 1 has 2 cells given but 1 counted: calibrated to 2.
        QVERIFY(std::abs(cj.calibrated[1][1] - 2.0) < 1e-9);
        QVERIFY(std::abs(cj.calibrated[0][1] - 1.0) < 1e-9);
        QCOMPARE(cj.estimatedErrors, (std::vector<int>{1, 0, 0}));
        QCOMPARE(cj.totalEstimatedErrors(), 1);
        QVERIFY(std::abs(cj.joint[0][1] - 1.0 / 6.0) < 1e-9);
        QCOMPARE(cj.offDiagonal, (std::vector<bool>{false, false, true, false, false, false}));

        const std::vector<double> self
            = labelQualityScores(p, labels, LabelRanking::SelfConfidence, cj);
        QCOMPARE(rankWorstFirst(self), (std::vector<int>{2, 4, 5, 1, 0, 3}));
        const std::vector<double> margin
            = labelQualityScores(p, labels, LabelRanking::NormalizedMargin, cj);
        QVERIFY(std::abs(margin[4] - (0.4 - 0.5 + 1) / 2) < 1e-6);
        QVERIFY(std::abs(margin[2] - (0.3 - 0.7 + 1) / 2) < 1e-6);
        // Confident learning puts the flagged cell first, the rest by margin.
        const std::vector<double> cl
            = labelQualityScores(p, labels, LabelRanking::ConfidentLearning, cj);
        QCOMPARE(rankWorstFirst(cl), (std::vector<int>{2, 4, 5, 1, 0, 3}));
        QVERIFY(cl[2] < 0.5 && cl[4] >= 0.5);
        for (double s : cl)
            QVERIFY(s >= 0.0 && s <= 1.0);
        QCOMPARE(suggestedClass(p[4], 1), 2);
        QCOMPARE(suggestedClass(p[0], 0), 1);
    }

    void rankingNames()
    {
        for (LabelRanking r : {LabelRanking::SelfConfidence,
                               LabelRanking::NormalizedMargin,
                               LabelRanking::ConfidentLearning})
            QCOMPARE(parseLabelRanking(labelRankingName(r)), r);
        QVERIFY(!parseLabelRanking(u"entropy"));
    }

    // Grouping: the two cells of a field always share a fold (never one training while the
    // other is tested), and with at least as many slides as folds, a slide's cells do.
    void foldsKeepGroupsTogether_data()
    {
        QTest::addColumn<int>("slides");
        QTest::addColumn<bool>("bySlide");
        QTest::newRow("one slide: by image") << 1 << false;
        QTest::newRow("six slides: by slide") << 6 << true;
    }
    void foldsKeepGroupsTogether()
    {
        QFETCH(int, slides);
        QFETCH(bool, bySlide);
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        QCOMPARE(makeProject(store, dir.path(), 16, 14, slides).size(), 16 * 2 + 14);
        const CellSampleSet set = CellSampleLoader(Task::Four).load(store);
        QCOMPARE(int(set.samples.size()), 46);
        for (quint64 seed : {1u, 2u, 7u}) {
            bool grouped = !bySlide;
            const std::vector<int> foldOf = auditFolds(set, 5, seed, &grouped);
            QCOMPARE(grouped, bySlide);
            QHash<qint64, int> imageFold, slideFold;
            QSet<int> used;
            for (size_t i = 0; i < set.samples.size(); ++i) {
                const CellSample &s = set.samples[i];
                QVERIFY(foldOf[i] >= 0 && foldOf[i] < 5);
                used.insert(foldOf[i]);
                QCOMPARE(imageFold.value(s.imageId, foldOf[i]), foldOf[i]);
                imageFold.insert(s.imageId, foldOf[i]);
                if (bySlide) {
                    QCOMPARE(slideFold.value(s.slideId, foldOf[i]), foldOf[i]);
                    slideFold.insert(s.slideId, foldOf[i]);
                }
            }
            QCOMPARE(used.size(), 5); // every fold tests something
        }
    }

    // 10 % of the labels (10 of 100) flipped to the other group: the model that never saw a cell
    // disagrees with its flipped label, so the flips rank first. The same run is stored in the
    // project and read back after reopening it.
    void findsInjectedFlipsAndStoresThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p.wbc");
        QSet<qint64> flipped;
        QList<SyntheticCell> cells;
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            cells = makeProject(store, dir.path(), 0, 100, 1, 900);
            QCOMPARE(cells.size(), 100);
            for (int i = 4; i < cells.size(); i += 10) {
                QVERIFY(store.addCellLabel(cells.at(i).id,
                                           CellLabel::ofClass(otherGroup(cells.at(i).truth)),
                                           LabelOrigin::Key,
                                           "t"));
                flipped.insert(cells.at(i).id);
            }
        }
        QCOMPARE(flipped.size(), 10);

        LabelAuditResult result;
        {
            ProjectStore store;
            QVERIFY(store.open(path, ProjectStore::OpenMode::OpenExisting));
            LabelAudit audit(smallAudit(Task::Binary, 3));
            double lastFraction = -1.0;
            bool monotone = true;
            audit.setProgress([&](const LabelAuditProgress &p) {
                monotone = monotone && p.fraction >= lastFraction - 1e-9;
                lastFraction = p.fraction;
            });
            result = audit.run(store);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(monotone);
            QCOMPARE(lastFraction, 1.0);
        }

        QCOMPARE(int(result.cells.size()), 100);
        QCOMPARE(result.folds, 3);
        QVERIFY(!result.bySlide);
        int found = 0;
        for (int i = 0; i < flipped.size(); ++i)
            found += flipped.contains(result.cells[size_t(i)].cellId);
        // Recall (= precision) at the number of flips.
        const double recall = double(found) / flipped.size();
        QVERIFY2(
            recall >= 0.7,
            qPrintable(
                QStringLiteral("%1 of %2 flips in the top %2").arg(found).arg(flipped.size())));
        QVERIFY(result.suspects >= 1);
        QCOMPARE(result.suspects, result.joint.totalEstimatedErrors());
        for (size_t i = 1; i < result.cells.size(); ++i) {
            QVERIFY(result.cells[i - 1].score <= result.cells[i].score);
            QCOMPARE(result.cells[i].rank, int(i) + 1);
        }
        for (const AuditedCell &c : result.cells) {
            double sum = 0;
            for (float v : c.probabilities)
                sum += v;
            QVERIFY(std::abs(sum - 1.0) < 1e-4);
            QCOMPARE(c.suggested, 1 - c.label);
        }

        // Reopened: the run, its parameters and every cell's out-of-fold probabilities.
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        AuditHistory history(store);
        const QList<AuditRunRecord> runs = history.runs();
        QCOMPARE(runs.size(), 1);
        const AuditRunRecord &run = runs.first();
        QCOMPARE(run.id, result.auditId);
        QCOMPARE(run.status, QStringLiteral("finished"));
        QCOMPARE(run.task, QStringLiteral("binary"));
        QCOMPARE(run.folds, 3);
        QCOMPARE(run.cells, 100);
        QCOMPARE(run.seed, 3);

        QCOMPARE(run.suspects(), result.suspects);
        QCOMPARE(run.params.value("training").toObject().value("epochs").toInt(), 4);
        QCOMPARE(run.summary.value("ranking").toString(), labelRankingName(kDefaultLabelRanking));
        QCOMPARE(history.latestFinished("binary"), run.id);
        QCOMPARE(history.latestFinished("four"), 0);
        const QList<AuditCellRecord> stored = history.cells(run.id);
        QCOMPARE(stored.size(), 100);

        QHash<qint64, int> imageFold;
        for (int i = 0; i < stored.size(); ++i) {
            const AuditCellRecord &s = stored.at(i);
            const AuditedCell &c = result.cells[size_t(i)];
            QCOMPARE(s.cellId, c.cellId);
            QCOMPARE(s.imageId, c.imageId);
            QCOMPARE(s.rank, i + 1);
            QCOMPARE(s.fold, c.fold + 1);
            QCOMPARE(s.label, result.classes.at(c.label));
            QCOMPARE(s.suggested, result.classes.at(c.suggested));
            QCOMPARE(s.probabilities.size(), 2);
            QCOMPARE(s.probabilities.at(0).first, QStringLiteral("POLYNUCLEAR"));
            for (int k = 0; k < 2; ++k)
                QVERIFY(std::abs(s.probabilities.at(k).second - c.probabilities[size_t(k)]) < 1e-6);
            QVERIFY(std::abs(s.score - c.score) < 1e-9);
        }
        // The review queue: a keyed-in decision takes a suspect out of it.
        const QList<AuditCellRecord> open = history.openSuspects(run.id);
        QCOMPARE(open.size(), run.suspects());
        QTest::qWait(5); // the label entry must be newer than the audit's start
        QVERIFY(store.addCellLabel(open.first().cellId,
                                   CellLabel::ofClass(CellClass::Neutrophil),
                                   LabelOrigin::Review,
                                   "t"));
        QCOMPARE(history.openSuspects(run.id).size(), run.suspects() - 1);
        QVERIFY(history.remove(run.id));
        QVERIFY(history.runs().isEmpty());
        QVERIFY(history.cells(run.id).isEmpty());
    }

    // The three rankings on one four-class audit with 10 % of the labels flipped to a random
    // other class (compute() on frozen samples: no store involved). The default must find the
    // flips; the others are printed for docs/BENCHMARKS.md.
    void rankingsOnInjectedFlips()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const QList<SyntheticCell> cells = makeProject(store, dir.path(), 0, 100, 1, 700);
        auto samples = std::make_shared<CellSampleSet>(CellSampleLoader(Task::Four).load(store));
        QCOMPARE(int(samples->samples.size()), 100);
        QSet<qint64> flipped;
        for (size_t i = 7; i < samples->samples.size(); i += 10) {
            CellSample &s = samples->samples[i];
            s.label = (s.label + 1 + int(i / 10) % 3) % 4;
            flipped.insert(s.cellId);
        }
        const LabelAuditResult r = LabelAudit(smallAudit(Task::Four, 3)).compute(samples);
        QVERIFY2(r.ok, qPrintable(r.error));
        std::vector<std::vector<float>> probabilities;
        std::vector<int> labels;
        std::vector<qint64> ids;
        for (const AuditedCell &c : r.cells) {
            probabilities.push_back(c.probabilities);
            labels.push_back(c.label);
            ids.push_back(c.cellId);
        }
        const ConfidentJoint cj = confidentJoint(probabilities, labels, 4);
        for (LabelRanking ranking : {LabelRanking::SelfConfidence,
                                     LabelRanking::NormalizedMargin,
                                     LabelRanking::ConfidentLearning}) {
            const std::vector<int> order
                = rankWorstFirst(labelQualityScores(probabilities, labels, ranking, cj));
            int found = 0;
            for (int i = 0; i < flipped.size(); ++i)
                found += flipped.contains(ids[size_t(order[size_t(i)])]);
            qInfo("%s: %d of %d flips in the top %d (estimated errors %d)",
                  qPrintable(labelRankingName(ranking)),
                  found,
                  int(flipped.size()),
                  int(flipped.size()),
                  cj.totalEstimatedErrors());
            if (ranking == kDefaultLabelRanking)
                QVERIFY2(found >= 7, qPrintable(QString::number(found)));
        }
    }

    void cancelledAuditIsRecorded()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        makeProject(store, dir.path(), 0, 12, 1);
        std::atomic_bool cancel{false};
        LabelAudit audit(smallAudit(Task::Binary, 2));
        audit.setCancelFlag(&cancel);
        audit.setProgress([&](const LabelAuditProgress &p) {
            if (p.stage == LabelAuditProgress::Stage::Training && p.fraction > 0.1)
                cancel = true;
        });
        const LabelAuditResult r = audit.run(store);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        AuditHistory history(store);
        QCOMPARE(history.runs().size(), 1);
        QCOMPARE(history.runs().first().status, QStringLiteral("cancelled"));
        QCOMPARE(history.runs().first().cells, 0);
        QCOMPARE(history.latestFinished(), 0);
    }

    // Cells left out (an earlier audit's suspects) are scored but never trained on: leaving out
    // every cell leaves a fold nothing to train on. The list is stored with the run.
    void leftOutCellsNeverTrain()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const QList<SyntheticCell> cells = makeProject(store, dir.path(), 0, 8, 1);
        LabelAuditParams params = smallAudit(Task::Binary, 2);
        for (const SyntheticCell &c : cells)
            params.leaveOut.push_back(c.id);
        const LabelAuditResult r = LabelAudit(params).run(store);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("left out"), qPrintable(r.error));
        const AuditRunRecord run = AuditHistory(store).runs().first();
        QCOMPARE(run.status, QStringLiteral("failed"));
        QCOMPARE(run.params.value("left_out").toArray().size(), 8);
        QCOMPARE(run.params.value("left_out").toArray().first().toInteger(), cells.first().id);
    }

    void tooFewCellsFails()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        makeProject(store, dir.path(), 0, 3, 1);
        const LabelAuditResult r = LabelAudit(smallAudit(Task::Binary, 5)).run(store);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("too few"), qPrintable(r.error));
        QCOMPARE(AuditHistory(store).runs().first().status, QStringLiteral("failed"));
    }

    // A schema-3 project gains the audit tables on opening, and nothing else changes.
    void schemaThreeUpgrades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v3.wbc");
        QString error;
        QVERIFY2(ProjectStore::createAtVersion(path, 3, &error), qPrintable(error));
        ProjectStore store;
        QVERIFY2(store.open(path, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QVERIFY(store.database().tables().contains("audit_runs"));
        QVERIFY(store.database().tables().contains("audit_cells"));
        QVERIFY(AuditHistory(store).runs().isEmpty());
    }

    // `wbc audit --json` on a tiny project: exactly the keys, worst first; usage errors
    // exit 2, failures 1.
    void cliJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p.wbc");
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            makeProject(store, dir.path(), 2, 10, 1);
        }
        const QStringList base{"audit",
                               "--project",
                               path,
                               "--task",
                               "binary",
                               "--folds",
                               "2",
                               "--epochs",
                               "1",
                               "--per-class",
                               "16",
                               "--device",
                               "cpu",
                               "--threads",
                               "1"};
        const test::CliRun run = test::runCli(base + QStringList{"--top", "3", "--json"});
        QVERIFY2(run.status == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(keySet(o),
                 (QSet<QString>{"task", "folds", "cells", "suspects", "estimated_errors"}));
        QCOMPARE(o.value("task").toString(), QStringLiteral("binary"));
        QCOMPARE(o.value("folds").toInt(), 2);
        QCOMPARE(o.value("cells").toInt(), 14);
        const QJsonArray suspects = o.value("suspects").toArray();
        QCOMPARE(suspects.size(), 3);
        double last = -1;
        const QSet<QString> classes{"POLYNUCLEAR", "MONONUCLEAR"};
        for (const QJsonValue &v : suspects) {
            const QJsonObject s = v.toObject();
            QCOMPARE(
                keySet(s),
                (QSet<QString>{"image", "cell", "label", "suggested", "score", "probabilities"}));
            QVERIFY(s.value("image").toString().startsWith("f"));
            QVERIFY(s.value("image").toString().endsWith(".png"));
            QVERIFY(!s.value("image").toString().contains('/'));
            QVERIFY(s.value("cell").toInteger() > 0);
            QVERIFY(classes.contains(s.value("label").toString()));
            QVERIFY(classes.contains(s.value("suggested").toString()));
            QVERIFY(s.value("label") != s.value("suggested"));
            const double score = s.value("score").toDouble();
            QVERIFY(score >= last);
            last = score;
            const QJsonObject p = s.value("probabilities").toObject();
            QCOMPARE(keySet(p), classes);
            QVERIFY(std::abs(p.value("POLYNUCLEAR").toDouble() + p.value("MONONUCLEAR").toDouble()
                             - 1.0)
                    < 1e-4);
            // Self-confidence: the score is the given label's probability.
            QVERIFY(std::abs(p.value(s.value("label").toString()).toDouble() - score) < 1e-5);
        }
        const QJsonObject errors = o.value("estimated_errors").toObject();
        QCOMPARE(keySet(errors), classes);
        for (const QJsonValue &v : errors)
            QVERIFY(v.isDouble() && v.toInt() >= 0 && v.toDouble() == v.toInt());

        // Without --top: at least as many suspects as the estimated errors.
        const test::CliRun plain = test::runCli(base + QStringList{"--json"});
        QCOMPARE(plain.status, 0);
        const QJsonObject p = QJsonDocument::fromJson(plain.out).object();
        int estimated = 0;
        for (const QJsonValue &v : p.value("estimated_errors").toObject())
            estimated += v.toInt();
        QVERIFY(p.value("suspects").toArray().size() >= estimated);
        // Both runs are kept.
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(AuditHistory(store).runs().size(), 2);
    }

    void cliErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no task") << QStringList{"--project", "P"} << 2 << "--task";
        QTest::newRow("bad task") << QStringList{"--project", "P", "--task", "five"} << 2
                                  << "unknown task";
        QTest::newRow("one fold") << QStringList{"--project", "P", "--task", "four", "--folds", "1"}
                                  << 2 << "--folds";
        QTest::newRow("bad top") << QStringList{"--project", "P", "--task", "four", "--top", "x"}
                                 << 2 << "--top";
        QTest::newRow("data") << QStringList{"--data", "D", "--task", "four"} << 2 << "import";
        QTest::newRow("missing project")
            << QStringList{"--project", "MISSING", "--task", "four"} << 1 << "missing.wbc";
        QTest::newRow("no labels")
            << QStringList{"--project", "P", "--task", "four"} << 1 << "no labelled white cells";
    }
    void cliErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("p.wbc");
        {
            ProjectStore store;
            QVERIFY(store.open(path));
        }
        args.replaceInStrings(QRegularExpression("^P$"), path);
        args.replaceInStrings(QRegularExpression("^MISSING$"), dir.filePath("missing.wbc"));
        const test::CliRun run = test::runCli(QStringList{"audit"} + args);
        QCOMPARE(run.status, status);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabelAudit)
#include "tst_labelaudit.moc"
