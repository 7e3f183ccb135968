#include "csvtestsupport.h"
#include "pdftextsupport.h"
#include "dataset/csvreader.h"
#include "dataset/syntheticsmear.h"
#include "project/projectstore.h"
#include "project/runrecorder.h"
#include "report/differentialreport.h"
#include "report/wilsoninterval.h"
#include "testsupport.h"
#include "training/modelfile.h"
#include "training/models.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

using Row = DifferentialCount::Row;

QString reasonOf(const DifferentialCount &c, qint64 imageId)
{
    for (const auto &e : c.excluded) {
        if (e.imageId == imageId)
            return e.reason;
    }
    return {};
}

// A hand-made project of two slides, built through the store (white cells, cell labels and
// per-cell predictions), each cell's four-class and binary prediction after the arrow:
//
//   slide S1 (specimen P-001)
//     s1a  c1 NEUTROPHIL alice -> N/POLY   c2 NEUTROPHIL alice -> L/MONO  c3 LYMPHOCYTE bob -> L/MONO
//     s1b  c4 MONOCYTE alice -> M/MONO     c5 SMUDGE alice -> N/POLY (not counted)
//     s1c  c6 UNIDENTIFIED bob -> E/POLY (not counted)   c7 unlabelled -> L/MONO
//     s1d  one NEUTROPHIL cell, file unreadable                           -> left out
//     s1e  a red cell only                                                -> left out (no white cell)
//   slide S2
//     s2a  c8 EOSINOPHIL carol -> E/POLY   c9 BASOPHIL carol -> N/POLY
//     s2b  note "NEUTROPHIL,LYMPHOCYTE", two unlabelled cells -> N, L       -> left out
//     s2c  note "NEUTROPHIL,MONOCYTE", c10 NEUTROPHIL carol -> N/POLY  c11 MONOCYTE carol -> M/MONO
//
// By label: S1 N 2, L 1, M 1 (4 cells); S2 E 1, B 1, N 1, M 1 (4 cells); all N 3 E 1 L 1 M 2 B 1.
// By four-class prediction: S1 N 1, L 3, M 1 (5: c1 c2 c3 c4 c7); S2 E 1, N 2, M 1 (4).
class Fixture
{
public:
    QTemporaryDir dir;
    ProjectStore store;
    QHash<QString, qint64> image;
    QHash<QString, qint64> cell;
    qint64 s1 = 0;
    qint64 s2 = 0;
    qint64 four = 0;
    qint64 binary = 0;
    int seed = 0;

    qint64 addImage(const QString &name, qint64 slideId)
    {
        const QString path = dir.filePath(name + QStringLiteral(".png"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        SmearSpec smear;
        smear.width = 160;
        smear.height = 120;
        if (!cv::imwrite(path.toStdString(), generateSmear(++seed, smear).bgr))
            return 0;
        ImageRecord record;
        record.path = store.storedPath(path);
        record.sha256
            = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
        record.width = 160;
        record.height = 120;
        record.fileSize = QFileInfo(path).size();
        record.slideId = slideId;
        const qint64 id = store.addImage(record);
        image.insert(QFileInfo(name).fileName(), id);
        return id;
    }

    // A white cell (kind WBC unless said otherwise), its label and its predictions.
    bool addCell(const QString &name, const QString &imageName, const char *label,
                 const char *author, const char *fourClass, const char *binaryClass,
                 CellKind kind = CellKind::Wbc)
    {
        CellRecord c;
        c.imageId = image.value(imageName);
        c.kind = kind;
        const int n = int(cell.size());
        c.box = QRect(10 + 45 * (n % 3), 20, 40, 40);
        c.source = QStringLiteral("annotation");
        const qint64 id = store.addCell(c);
        if (!id)
            return false;
        cell.insert(name, id);
        if (label
            && !store.addCellLabel(id, CellLabel::parse(QString::fromLatin1(label)).value(),
                                   LabelOrigin::Key, QString::fromLatin1(author)))
            return false;
        const auto predict = [&](const char *cls, qint64 modelId, Task task) {
            if (!cls)
                return true;
            PredictionRecord p;
            p.imageId = c.imageId;
            p.cellId = id;
            p.predicted = parseCellClass(QString::fromLatin1(cls)).value();
            for (const QString &k : taskClassNames(task)) {
                const CellClass kc = parseCellClass(k).value();
                p.probabilities.append(
                    {kc, kc == p.predicted ? 0.7 : 0.3 / (taskClassCount(task) - 1)});
            }
            return store.replacePredictions(modelId, {p});
        };
        return predict(fourClass, four, Task::Four) && predict(binaryClass, binary, Task::Binary);
    }

    bool make()
    {
        if (!store.open(dir.filePath(QStringLiteral("p.wbc"))))
            return false;
        RunRecorder recorder(store);
        four = recorder.addModel(0, dir.filePath("four.wbcmodel"),
                                 untrainedModel(ModelArch::LeNet, Task::Four).header);
        binary = recorder.addModel(0, dir.filePath("binary.wbcmodel"),
                                   untrainedModel(ModelArch::LeNet, Task::Binary).header);
        s1 = store.ensureSlide(QStringLiteral("S1"));
        s2 = store.ensureSlide(QStringLiteral("S2"));
        SlideRecord slide = *store.slide(s1);
        slide.specimen = QStringLiteral("P-001");
        if (!four || !binary || !s1 || !s2 || !store.updateSlide(slide))
            return false;
        for (const char *name : {"s1a", "s1b", "s1c", "s1d", "s1e"}) {
            if (!addImage(QStringLiteral("S1/") + QLatin1String(name), s1))
                return false;
        }
        for (const char *name : {"s2a", "s2b", "s2c"}) {
            if (!addImage(QStringLiteral("S2/") + QLatin1String(name), s2))
                return false;
        }
        test::writeFile(dir.filePath("S1/s1d.png"), "broken");
        return addCell("c1", "s1a", "NEUTROPHIL", "alice", "NEUTROPHIL", "POLYNUCLEAR")
               && addCell("c2", "s1a", "NEUTROPHIL", "alice", "LYMPHOCYTE", "MONONUCLEAR")
               && addCell("c3", "s1a", "LYMPHOCYTE", "bob", "LYMPHOCYTE", "MONONUCLEAR")
               && addCell("c4", "s1b", "MONOCYTE", "alice", "MONOCYTE", "MONONUCLEAR")
               && addCell("c5", "s1b", "SMUDGE", "alice", "NEUTROPHIL", "POLYNUCLEAR")
               && addCell("c6", "s1c", "UNIDENTIFIED", "bob", "EOSINOPHIL", "POLYNUCLEAR")
               && addCell("c7", "s1c", nullptr, nullptr, "LYMPHOCYTE", "MONONUCLEAR")
               && addCell("d1", "s1d", "NEUTROPHIL", "alice", "NEUTROPHIL", "POLYNUCLEAR")
               && addCell("r1", "s1e", nullptr, nullptr, nullptr, nullptr, CellKind::Rbc)
               && addCell("c8", "s2a", "EOSINOPHIL", "carol", "EOSINOPHIL", "POLYNUCLEAR")
               && addCell("c9", "s2a", "BASOPHIL", "carol", "NEUTROPHIL", "POLYNUCLEAR")
               && addCell("u1", "s2b", nullptr, nullptr, "NEUTROPHIL", "POLYNUCLEAR")
               && addCell("u2", "s2b", nullptr, nullptr, "LYMPHOCYTE", "MONONUCLEAR")
               && store.setUnresolvedLabel(image["s2b"], "NEUTROPHIL,LYMPHOCYTE")
               && addCell("c10", "s2c", "NEUTROPHIL", "carol", "NEUTROPHIL", "POLYNUCLEAR")
               && addCell("c11", "s2c", "MONOCYTE", "carol", "MONOCYTE", "MONONUCLEAR")
               && store.setUnresolvedLabel(image["s2c"], "NEUTROPHIL,MONOCYTE");
    }
};

struct Expect
{
    CellClass cls;
    int labelled;
    double labelledPercent;
    double low;
    double high;
    int predicted;
    double predictedPercent;
};

// Wilson bounds below are from the closed form, worked out by hand to 4 decimals.
void compareRows(const DifferentialCount &c, const QList<Expect> &expected)
{
    for (const Expect &e : expected) {
        const Row *x = c.row(e.cls);
        QVERIFY2(x, qPrintable(cellClassName(e.cls)));
        QCOMPARE(x->labelled, e.labelled);
        QCOMPARE(x->labelledPercent, e.labelledPercent);
        QVERIFY2(qAbs(x->labelledInterval.low - e.low) < 0.005,
                 qPrintable(QString::number(x->labelledInterval.low)));
        QVERIFY2(qAbs(x->labelledInterval.high - e.high) < 0.005,
                 qPrintable(QString::number(x->labelledInterval.high)));
        QCOMPARE(x->predicted, e.predicted);
        QCOMPARE(x->predictedPercent, e.predictedPercent);
    }
}

// A slide of one field with `cells` white cells: the first `neutrophils` NEUTROPHIL, the rest
// LYMPHOCYTE.
bool addCountedSlide(ProjectStore &store, const QString &dir, const QString &name, int cells,
                     int neutrophils)
{
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    SmearSpec smear;
    smear.width = 400;
    smear.height = 300;
    if (!cv::imwrite(path.toStdString(), generateSmear(7, smear).bgr))
        return false;
    ImageRecord record;
    record.path = store.storedPath(path);
    record.sha256 = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    record.width = 400;
    record.height = 300;
    record.slideId = store.ensureSlide(name);
    const qint64 imageId = store.addImage(record);
    if (!imageId)
        return false;
    return store.transaction([&] {
        for (int i = 0; i < cells; ++i) {
            CellRecord c;
            c.imageId = imageId;
            c.box = QRect(30 * (i % 13), 30 * (i / 13), 28, 28);
            c.source = QStringLiteral("user");
            const qint64 id = store.addCell(c);
            const CellClass cls = i < neutrophils ? CellClass::Neutrophil : CellClass::Lymphocyte;
            if (!id || !store.addCellLabel(id, CellLabel::ofClass(cls), LabelOrigin::Key, "t"))
                return false;
        }
        return true;
    });
}

} // namespace

// Per-slide differential counts of white cells: the intervals, what is counted, what is listed
// and what is left out, the CSV and PDF files.
class TestDifferentialReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilson_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("50 of 100") << 50 << 100 << 40.3832 << 59.6168;
        QTest::newRow("0 of 10") << 0 << 10 << 0.0 << 27.7533;
        QTest::newRow("10 of 10") << 10 << 10 << 72.2467 << 100.0;
        QTest::newRow("20 of 200") << 20 << 200 << 6.5670 << 14.9406;
        QTest::newRow("1 of 1") << 1 << 1 << 20.6549 << 100.0;
        QTest::newRow("2 of 4") << 2 << 4 << 15.0039 << 84.9961;
        QTest::newRow("nothing counted") << 0 << 0 << 0.0 << 0.0;
        QTest::newRow("count above total") << 5 << 4 << 0.0 << 0.0;
    }

    void wilson()
    {
        QFETCH(int, count);
        QFETCH(int, total);
        QFETCH(double, low);
        QFETCH(double, high);
        const PercentInterval i = wilsonInterval(count, total);
        QVERIFY2(qAbs(i.low - low) < 0.0001, qPrintable(QString::number(i.low, 'f', 6)));
        QVERIFY2(qAbs(i.high - high) < 0.0001, qPrintable(QString::number(i.high, 'f', 6)));
    }

    void countsPerSlide()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.four);
        QCOMPARE(r.modelId, f.four);
        QCOMPARE(r.modelName, QString("four.wbcmodel"));
        QCOMPARE(r.task, QString("four"));
        QCOMPARE(r.title, QString("Differential count"));
        QCOMPARE(r.selectionDescription, QString("whole project"));
        QCOMPARE(r.projectPath, f.dir.filePath("p.wbc"));
        QVERIFY(r.generatedAt.isValid());
        QCOMPARE(r.slides.size(), 2);

        const DifferentialCount &a = r.slides.at(0);
        QCOMPARE(a.slide, QString("S1"));
        QCOMPARE(a.slideId, f.s1);
        QCOMPARE(a.specimen, QString("P-001"));
        QVERIFY(!a.isTotal);
        QCOMPARE(a.images, 5);
        QCOMPARE(a.fields, 3);
        QCOMPARE(a.cells, 7);
        QCOMPARE(a.rows.size(), 5); // no group rows for a four-class model with class labels
        QCOMPARE(a.labelledTotal, 4);
        QCOMPARE(a.predictedTotal, 5); // c1 c2 c3 c4 c7: not the smudge, not the unidentified
        compareRows(a, {{CellClass::Neutrophil, 2, 50.0, 15.0039, 84.9961, 1, 20.0},
                        {CellClass::Lymphocyte, 1, 25.0, 4.5587, 69.9358, 3, 60.0},
                        {CellClass::Monocyte, 1, 25.0, 4.5587, 69.9358, 1, 20.0},
                        {CellClass::Eosinophil, 0, 0.0, 0.0, 48.9891, 0, 0.0},
                        {CellClass::Basophil, 0, 0.0, 0.0, 48.9891, 0, 0.0}});
        // Listed, never in the percentages.
        QCOMPARE(a.notCounted.size(), 4);
        QCOMPARE(a.notCountedCount(CellLabel::unidentified()), 1);
        QCOMPARE(a.notCountedCount(CellLabel::notCounted(NotCounted::Smudge)), 1);
        QCOMPARE(a.notCountedCount(CellLabel::notCounted(NotCounted::Artefact)), 0);
        QCOMPARE(a.notCountedCount(CellLabel::notCounted(NotCounted::Damaged)), 0);
        QCOMPARE(a.unlabelled, 1);
        // Fields left out, with the reason.
        QCOMPARE(a.excluded.size(), 2);
        QVERIFY(reasonOf(a, f.image["s1d"]).startsWith("unreadable image"));
        QCOMPARE(reasonOf(a, f.image["s1e"]), QString("no white cell"));
        for (const auto &e : a.excluded) {
            if (e.imageId == f.image["s1d"]) {
                QCOMPARE(e.file, QString("S1/s1d.png"));
                QCOMPARE(e.why, DifferentialCount::Why::Unreadable);
            }
        }
        QVERIFY(a.labelledBelowMinimum());
        QVERIFY(a.predictedBelowMinimum());
        // Who labelled the counted cells (the smudge and the unidentified cell too), most first.
        QCOMPARE(a.labelAuthors,
                 (QList<QPair<QString, int>>{{"alice", 4}, {"bob", 2}}));
        QVERIFY(a.lastLabelledAt.isValid());
        QVERIFY(qAbs(a.lastLabelledAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const DifferentialCount &b = r.slides.at(1);
        QCOMPARE(b.slide, QString("S2"));
        QCOMPARE(b.specimen, QString());
        QCOMPARE(b.images, 3);
        QCOMPARE(b.fields, 2); // s2c has a note but every cell is labelled: counted
        QCOMPARE(b.cells, 4);
        QCOMPARE(b.labelledTotal, 4);
        QCOMPARE(b.predictedTotal, 4); // u1 u2 of s2b are left out with their field
        compareRows(b, {{CellClass::Neutrophil, 1, 25.0, 4.5587, 69.9358, 2, 50.0},
                        {CellClass::Eosinophil, 1, 25.0, 4.5587, 69.9358, 1, 25.0},
                        {CellClass::Basophil, 1, 25.0, 4.5587, 69.9358, 0, 0.0},
                        {CellClass::Monocyte, 1, 25.0, 4.5587, 69.9358, 1, 25.0}});
        QVERIFY(!r.predicts(*b.row(CellClass::Basophil))); // no task has basophils
        QVERIFY(r.predicts(*b.row(CellClass::Neutrophil)));
        QCOMPARE(b.excluded.size(), 1);
        QCOMPARE(b.excluded.first().why, DifferentialCount::Why::NeedsCellLabels);
        QVERIFY(b.excluded.first().reason.contains("NEUTROPHIL,LYMPHOCYTE"));
        QCOMPARE(b.unlabelled, 0);
        QCOMPARE(b.labelAuthors, (QList<QPair<QString, int>>{{"carol", 4}}));

        // The total pools the cells of both slides.
        const DifferentialCount &t = r.total;
        QVERIFY(t.isTotal);
        QCOMPARE(t.slide, QString("ALL"));
        QCOMPARE(t.images, 8);
        QCOMPARE(t.fields, 5);
        QCOMPARE(t.cells, 11);
        QCOMPARE(t.labelledTotal, 8);
        QCOMPARE(t.predictedTotal, 9);
        compareRows(t, {{CellClass::Neutrophil, 3, 37.5, 13.6844, 69.4258, 3, 100.0 / 3},
                        {CellClass::Monocyte, 2, 25.0, 7.1479, 59.0725, 2, 200.0 / 9},
                        {CellClass::Lymphocyte, 1, 12.5, 2.2417, 47.0888, 3, 100.0 / 3}});
        QCOMPARE(t.excluded.size(), 3);
        QCOMPARE(t.notCountedCount(CellLabel::unidentified()), 1);
        QCOMPARE(t.unlabelled, 1);
        QCOMPARE(t.labelAuthors,
                 (QList<QPair<QString, int>>{{"alice", 4}, {"carol", 4}, {"bob", 2}}));
        QCOMPARE(r.slide("S2"), &r.slides.at(1));
        QVERIFY(!r.slide("nope"));
    }

    void examplesAreCountedCells()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.four);
        const DifferentialCount &a = r.slides.at(0);
        QHash<CellClass, QList<qint64>> byClass;
        for (const DifferentialCount::Example &e : a.examples) {
            byClass[e.cls].append(e.cell.id);
            QVERIFY(QFileInfo::exists(e.path));
            QCOMPARE(e.byLabel, e.cell.id != f.cell["c7"]);
        }
        QCOMPARE(byClass.value(CellClass::Neutrophil), (QList<qint64>{f.cell["c1"], f.cell["c2"]}));
        // By label first, then a cell only the model classified.
        QCOMPARE(byClass.value(CellClass::Lymphocyte), (QList<qint64>{f.cell["c3"], f.cell["c7"]}));
        QCOMPARE(byClass.value(CellClass::Monocyte), (QList<qint64>{f.cell["c4"]}));
        QVERIFY(!byClass.contains(CellClass::Eosinophil)); // c6 is unidentified: not an example
        QCOMPARE(a.examples.first().cell.box, QRect(10, 20, 40, 40));
    }

    void labelsOnly()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, 0);
        QVERIFY(!r.hasModel());
        QCOMPARE(r.total.labelledTotal, 8);
        QCOMPARE(r.total.predictedTotal, 0);
        for (const DifferentialCount &c : r.slides) {
            for (const Row &x : c.rows) {
                QVERIFY(!r.predicts(x));
                QCOMPARE(x.predicted, 0);
            }
        }
        QCOMPARE(r.slides.at(0).unlabelled, 1);
        // An unknown model id counts labels only too.
        QVERIFY(!buildDifferentialReport(f.store, {}, 12345).hasModel());
    }

    void binaryModelsCountGroups()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.binary);
        QCOMPARE(r.task, QString("binary"));
        for (const DifferentialCount *c : {&r.slides.at(0), &r.slides.at(1), &r.total}) {
            QCOMPARE(c->rows.size(), 7); // every section has the same rows
            QVERIFY(c->row(CellClass::Polynuclear)->subtotal);
            QVERIFY(c->row(CellClass::Mononuclear)->subtotal);
        }
        // S1: labels N N (poly), L M (mono); predictions c1 poly, c2 c3 c4 c7 mono.
        const DifferentialCount &a = r.slides.at(0);
        compareRows(a, {{CellClass::Polynuclear, 2, 50.0, 15.0039, 84.9961, 1, 20.0},
                        {CellClass::Mononuclear, 2, 50.0, 15.0039, 84.9961, 4, 80.0}});
        // S2: labels E N (poly), M (mono), the basophil in neither; predictions c8 c9 c10 poly,
        // c11 mono.
        const DifferentialCount &b = r.slides.at(1);
        compareRows(b, {{CellClass::Polynuclear, 2, 50.0, 15.0039, 84.9961, 3, 75.0},
                        {CellClass::Mononuclear, 1, 25.0, 4.5587, 69.9358, 1, 25.0}});
        QVERIFY(r.predicts(*a.row(CellClass::Polynuclear)));
        QVERIFY(!r.predicts(*a.row(CellClass::Neutrophil)));
        QCOMPARE(a.row(CellClass::Neutrophil)->predicted, 0);
        QCOMPARE(r.total.row(CellClass::Polynuclear)->predicted, 4);
        QCOMPARE(r.total.predictedTotal, 9);
    }

    void selections()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportSelection one;
        one.slideIds = {f.s2};
        DifferentialReport r = buildDifferentialReport(f.store, one, f.four);
        QCOMPARE(r.slides.size(), 1);
        QCOMPARE(r.slides.first().slide, QString("S2"));
        QCOMPARE(r.total.labelledTotal, 4);
        QCOMPARE(r.selectionDescription, QString("slide S2"));

        // Selected images are counted per slide.
        ReportSelection ids;
        ids.imageIds = {f.image["s1a"], f.image["s2a"]};
        ids.title = "Patient 7";
        r = buildDifferentialReport(f.store, ids, f.four);
        QCOMPARE(r.title, QString("Patient 7"));
        QCOMPARE(r.slides.size(), 2);
        QCOMPARE(r.slides.at(0).labelledTotal, 3);
        QCOMPARE(r.slides.at(0).row(CellClass::Neutrophil)->labelled, 2);
        QCOMPARE(r.slides.at(1).labelledTotal, 2);
        QCOMPARE(r.total.images, 2);
        QVERIFY(r.total.excluded.isEmpty());
        // Filters narrow each other.
        ids.slideIds = {f.s1};
        QCOMPARE(buildDifferentialReport(f.store, ids, f.four).slides.size(), 1);

        // A folder (stored-path prefix or absolute, trailing slash or not); a name prefix is no
        // folder.
        ReportSelection folder;
        folder.folder = "S1";
        r = buildDifferentialReport(f.store, folder, f.four);
        QCOMPARE(r.slides.size(), 1);
        QCOMPARE(r.slides.first().images, 5);
        QVERIFY(r.selectionDescription.contains("S1"));
        folder.folder = f.dir.filePath("S1/");
        QCOMPARE(reportImages(f.store, folder).size(), 5);
        folder.folder = "S";
        QCOMPARE(reportImages(f.store, folder).size(), 0);
        QVERIFY(buildDifferentialReport(f.store, folder, f.four).slides.isEmpty());
    }

    void fewerThanHundredCellsWarn()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        QVERIFY(addCountedSlide(store, dir.path(), "full", 100, 50));
        QVERIFY(addCountedSlide(store, dir.path(), "short", 99, 50));
        const DifferentialReport r = buildDifferentialReport(store, {}, 0);
        QCOMPARE(r.slides.size(), 2);
        const DifferentialCount *full = r.slide("full");
        const DifferentialCount *shortSlide = r.slide("short");
        QVERIFY(full && shortSlide);
        QCOMPARE(full->labelledTotal, 100);
        QVERIFY(!full->labelledBelowMinimum());
        // 50 of 100: the textbook Wilson interval.
        compareRows(*full, {{CellClass::Neutrophil, 50, 50.0, 40.3832, 59.6168, 0, 0.0}});
        QCOMPARE(shortSlide->labelledTotal, 99);
        QVERIFY(shortSlide->labelledBelowMinimum());
        QVERIFY(!r.total.labelledBelowMinimum());

        // A smudge cell leaves the percentages: 99 counted, the warning shows.
        const QList<CellRecord> cells = store.whiteCells(store.images().first().id);
        QVERIFY(store.addCellLabel(cells.first().id, CellLabel::notCounted(NotCounted::Smudge),
                                   LabelOrigin::Review, "t"));
        const DifferentialCount after = buildDifferentialReport(store, {}, 0).slides.at(0);
        QCOMPARE(after.slide, QString("full"));
        QCOMPARE(after.labelledTotal, 99);
        QCOMPARE(after.cells, 100);
        QCOMPARE(after.notCountedCount(CellLabel::notCounted(NotCounted::Smudge)), 1);
        QVERIFY(after.labelledBelowMinimum());
        QCOMPARE(after.row(CellClass::Neutrophil)->labelled, 49);
    }

    void schema2PredictionsStandForTheSingleCell()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        QVERIFY(addCountedSlide(store, dir.path(), "one", 1, 1));
        QVERIFY(addCountedSlide(store, dir.path(), "two", 2, 2));
        const qint64 model = RunRecorder(store).addModel(
            0, dir.filePath("m.wbcmodel"), untrainedModel(ModelArch::LeNet, Task::Four).header);
        QList<PredictionRecord> imageLevel;
        for (const ImageRecord &image : store.images()) {
            PredictionRecord p;
            p.imageId = image.id;
            p.predicted = CellClass::Monocyte;
            p.probabilities = {{CellClass::Monocyte, 1.0}};
            imageLevel.append(p);
        }
        QVERIFY(store.replacePredictions(model, imageLevel));
        const std::optional<ReportModel> m = storedReportModel(store, model);
        QVERIFY(m);
        QCOMPARE(m->name, QString("m.wbcmodel"));
        QCOMPARE(m->task, Task::Four);
        QCOMPARE(m->predictions.size(), 1); // the field of two cells cannot say which
        const DifferentialReport r = buildDifferentialReport(store, {}, model);
        QCOMPARE(r.slide("one")->row(CellClass::Monocyte)->predicted, 1);
        QCOMPARE(r.slide("two")->predictedTotal, 0);
        QVERIFY(!storedReportModel(store, 0));
        QVERIFY(!storedReportModel(store, model + 1));
    }

    void csvFile()
    {
        Fixture f;
        QVERIFY(f.make());
        // Numbers keep a '.' in any locale.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.four);
        const QString path = f.dir.filePath("report.csv");
        QString error;
        const bool written = writeReportCsv(r, path, &error);
        QLocale::setDefault(saved);
        QVERIFY2(written, qPrintable(error));
        QString text = QString::fromUtf8(test::readFile(path));
        QVERIFY(text.endsWith("\r\n"));
        text.chop(2);
        const QStringList lines = text.split("\r\n");
        QCOMPARE(lines.first(), QString("slide,class,labelled_cells,labelled_percent,ci_low,"
                                        "ci_high,predicted_cells,predicted_percent"));
        // Data rows only: 5 classes, TOTAL, 4 special labels, UNLABELLED per section; S1, S2, ALL.
        QCOMPARE(lines.size(), 1 + 3 * 11);
        const QRegularExpression numberOrEmpty("^(\\d+(\\.\\d\\d)?)?$");
        QHash<QString, QStringList> rows; // "slide/class" -> the other six fields
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(u',');
            QCOMPARE(fields.size(), 8);
            for (const QString &v : fields.mid(2))
                QVERIFY2(numberOrEmpty.match(v).hasMatch(), qPrintable(line));
            for (int i : {3, 4, 5, 7}) {
                if (!fields.at(i).isEmpty())
                    QVERIFY(fields.at(i).toDouble() >= 0 && fields.at(i).toDouble() <= 100);
            }
            rows.insert(fields.at(0) + u'/' + fields.at(1), fields.mid(2));
        }
        QCOMPARE(rows.value("S1/NEUTROPHIL"),
                 (QStringList{"2", "50.00", "15.00", "85.00", "1", "20.00"}));
        QCOMPARE(rows.value("S1/EOSINOPHIL"),
                 (QStringList{"0", "0.00", "0.00", "48.99", "0", "0.00"}));
        QCOMPARE(rows.value("S1/TOTAL"), (QStringList{"4", "100.00", "", "", "5", "100.00"}));
        QCOMPARE(rows.value("S1/SMUDGE"), (QStringList{"1", "", "", "", "", ""}));
        QCOMPARE(rows.value("S1/UNIDENTIFIED"), (QStringList{"1", "", "", "", "", ""}));
        QCOMPARE(rows.value("S1/UNLABELLED"), (QStringList{"1", "", "", "", "", ""}));
        QCOMPARE(rows.value("S2/BASOPHIL"), (QStringList{"1", "25.00", "4.56", "69.94", "", ""}));
        QCOMPARE(rows.value("ALL/NEUTROPHIL"),
                 (QStringList{"3", "37.50", "13.68", "69.43", "3", "33.33"}));
        QCOMPARE(rows.value("ALL/TOTAL"), (QStringList{"8", "100.00", "", "", "9", "100.00"}));
        QCOMPARE(rows.value("ALL/DAMAGED"), (QStringList{"0", "", "", "", "", ""}));
        // The labelled percentages of each section add up to 100.
        for (const QString &slide : {"S1", "S2", "ALL"}) {
            double sum = 0;
            for (CellClass cls : kAllCellClasses)
                sum += rows.value(slide + u'/' + cellClassName(cls)).at(1).toDouble();
            QVERIFY(qAbs(sum - 100.0) < 0.02);
        }

        // One slide: no ALL section; labels only: the predicted columns are empty; a slide name
        // with a comma is quoted.
        SlideRecord s2 = *f.store.slide(f.s2);
        s2.name = "Ward 3, bed 2";
        QVERIFY(f.store.updateSlide(s2));
        ReportSelection one;
        one.slideIds = {f.s2};
        QVERIFY(writeReportCsv(buildDifferentialReport(f.store, one, 0), path, &error));
        const QStringList single = QString::fromUtf8(test::readFile(path)).trimmed().split("\r\n");
        QCOMPARE(single.size(), 1 + 11);
        QCOMPARE(single.at(1), QString("\"Ward 3, bed 2\",NEUTROPHIL,1,25.00,4.56,69.94,,"));
        QCOMPARE(single.at(6), QString("\"Ward 3, bed 2\",TOTAL,4,100.00,,,,"));
        QVERIFY(single.filter("ALL,").isEmpty());

        QVERIFY(!writeReportCsv(r, f.dir.filePath("no/such/dir/r.csv"), &error));
        QVERIFY(error.contains("no/such/dir/r.csv"));
    }

    void csvGroupRows()
    {
        Fixture f;
        QVERIFY(f.make());
        const QString path = f.dir.filePath("binary.csv");
        QVERIFY(writeReportCsv(buildDifferentialReport(f.store, {}, f.binary), path, nullptr));
        const QStringList lines = QString::fromUtf8(test::readFile(path)).split("\r\n");
        QVERIFY(lines.contains("S1,POLYNUCLEAR,2,50.00,15.00,85.00,1,20.00"));
        QVERIFY(lines.contains("S1,MONONUCLEAR,2,50.00,15.00,85.00,4,80.00"));
        QVERIFY(lines.contains("S1,NEUTROPHIL,2,50.00,15.00,85.00,,")); // not predicted
        QVERIFY(lines.contains("ALL,POLYNUCLEAR,4,50.00,21.52,78.48,4,44.44"));
    }

    // Slides named like formulas: written with a leading apostrophe (no cell a spreadsheet would
    // run), read back by name; the numbers beside them are numbers still.
    void csvSlideNamesAreSafeForSpreadsheets()
    {
        Fixture f;
        QVERIFY(f.make());
        SlideRecord s1 = *f.store.slide(f.s1), s2 = *f.store.slide(f.s2);
        s1.name = test::hostileNames().at(0); // =HYPERLINK("http://x","y")
        s2.name = "-2+3";
        QVERIFY(f.store.updateSlide(s1) && f.store.updateSlide(s2));
        const QString path = f.dir.filePath("report.csv");
        QString error;
        QVERIFY2(writeReportCsv(buildDifferentialReport(f.store, {}, f.four), path, &error),
                 qPrintable(error));
        const QByteArray bytes = test::readFile(path);
        QCOMPARE(test::formulaCells(bytes), QStringList());
        const QStringList lines = QString::fromUtf8(bytes).split("\r\n");
        QVERIFY(lines.contains(
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",NEUTROPHIL,2,50.00,15.00,85.00,1,20.00"));
        QVERIFY(lines.contains("'-2+3,TOTAL,4,100.00,,,4,100.00"));
        const CsvDocument doc = CsvReader::readFile(path);
        QVERIFY(doc.problems.isEmpty());
        QSet<QString> slides;
        for (const CsvRecord &r : doc.records.mid(1))
            slides.insert(r.fields.at(0));
        QCOMPARE(slides, (QSet<QString>{s1.name, "-2+3", "ALL"}));
    }

    void pdfFile()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportSelection s;
        s.title = "Smear 2024-117";
        const DifferentialReport r = buildDifferentialReport(f.store, s, f.binary);
        const QString path = f.dir.filePath("report.pdf");
        QString error;
        QVERIFY2(writeReportPdf(r, path, &error), qPrintable(error));
        const QByteArray pdf = test::readFile(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        // One page per slide, and the total.
        QCOMPARE(test::pdfPageCount(path), 3);
        const QString text = test::pdfText(path);
        QVERIFY2(!text.isNull(), "pdftotext (poppler-utils, a test dependency) is missing");
        {
            const QStringList pages = text.split(u'\f');
            QVERIFY(pages.size() >= 3);
            QVERIFY(pages.at(0).contains("slide S1"));
            QVERIFY(pages.at(0).contains("P-001"));
            QVERIFY(pages.at(0).contains("Smear 2024-117"));
            QVERIFY(pages.at(0).contains("Polynuclear"));
            QVERIFY(pages.at(0).contains("Wilson"));
            QVERIFY(pages.at(0).contains("15.0 – 85.0"));
            QVERIFY(pages.at(0).contains("fewer than the 100"));
            QVERIFY(pages.at(0).contains("alice (4), bob (2)"));
            QVERIFY(pages.at(0).contains("s1d.png"));
            QVERIFY(pages.at(0).contains("Smudge cells"));
            QVERIFY(pages.at(1).contains("slide S2"));
            QVERIFY(pages.at(1).contains("needs per-cell labels (1)"));
            QVERIFY(pages.at(2).contains("all slides (2)"));
            for (int i = 0; i < 3; ++i)
                QVERIFY(pages.at(i).simplified().contains(
                    "For research use only. The result must be verified by a qualified person."));
        }
        // A single slide: one page.
        ReportSelection one;
        one.slideIds = {f.s1};
        QVERIFY(writeReportPdf(buildDifferentialReport(f.store, one, f.four), path, &error));
        QCOMPARE(test::pdfPageCount(path), 1);

        QVERIFY(!writeReportPdf(r, f.dir.filePath("no/such/dir/r.pdf"), &error));
        QVERIFY(error.contains("no/such/dir/r.pdf"));
    }

    // Many slides and long lists still give one page per slide (nothing spills over).
    void manySlidesOnePageEach()
    {
        Fixture f;
        QVERIFY(f.make());
        for (int i = 0; i < 40; ++i) {
            ImageRecord image;
            image.path = QString("S1/missing-with-a-rather-long-file-name-%1.png").arg(i);
            image.sha256 = QString::number(i).rightJustified(64, 'f');
            image.slideId = f.s1;
            QVERIFY(f.store.addImage(image) > 0);
        }
        for (int i = 0; i < 5; ++i)
            QVERIFY(addCountedSlide(f.store, f.dir.path(), QString("extra-%1").arg(i), 12, 5));
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.binary);
        QCOMPARE(r.slides.size(), 7);
        QCOMPARE(r.slide("S1")->excluded.size(), 42);
        const QString path = f.dir.filePath("many.pdf");
        QVERIFY(writeReportPdf(r, path, nullptr));
        QCOMPARE(test::pdfPageCount(path), 8);
    }

    // wbc report: one section per slide, --slide, --folder, --model, exit statuses.
    void commandLine()
    {
        Fixture f;
        QVERIFY(f.make());
        const QString project = f.dir.filePath("p.wbc");
        const QString csv = f.dir.filePath("cli.csv");
        test::CliRun r = test::runCli({"report", "--project", project, "--out", csv});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(r.out.contains("2 slides"));
        QVERIFY(r.err.contains("slide S1: only 4 cells counted by label"));
        QStringList lines = QString::fromUtf8(test::readFile(csv)).trimmed().split("\r\n");
        QCOMPARE(lines.size(), 1 + 3 * 11);
        QVERIFY(lines.contains("S2,NEUTROPHIL,1,25.00,4.56,69.94,,"));
        QVERIFY(lines.contains("ALL,TOTAL,8,100.00,,,,"));

        r = test::runCli({"report", "--project", project, "--slide", "S2", "--out", csv});
        QVERIFY2(r.status == 0, r.err.constData());
        lines = QString::fromUtf8(test::readFile(csv)).trimmed().split("\r\n");
        QCOMPARE(lines.size(), 1 + 11);
        QCOMPARE(lines.mid(1).filter(QRegularExpression("^S2,")).size(), 11);

        const QString pdf = f.dir.filePath("cli.pdf");
        r = test::runCli({"report", "--project", project, "--slide", "S1", "--out", pdf});
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(test::pdfPageCount(pdf), 1);

        // --folder keeps selecting the images stored under a folder, still per slide.
        r = test::runCli({"report", "--project", project, "--folder", "S2", "--out", csv,
                          "--json"});
        QVERIFY2(r.status == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("slides").toArray().size(), 1);
        QCOMPARE(o.value("labelled_total").toInt(), 4);

        // A model file predicts every white cell in memory; nothing is stored.
        const QString modelPath = f.dir.filePath("cli.wbcmodel");
        QVERIFY(writeModelFile(modelPath, untrainedModel(ModelArch::LeNet, Task::Four), nullptr));
        const int stored = f.store.cellPredictions(f.four).size();
        r = test::runCli({"report", "--project", project, "--out", csv, "--model", modelPath,
                          "--device", "cpu", "--json"});
        QVERIFY2(r.status == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("model").toString(), QString("cli.wbcmodel"));
        QCOMPARE(o.value("task").toString(), QString("four"));
        QCOMPARE(o.value("labelled_total").toInt(), 8);
        QCOMPARE(o.value("predicted_total").toInt(), 9); // not the smudge, not the unidentified
        const QJsonArray slides = o.value("slides").toArray();
        QCOMPARE(slides.size(), 2);
        QCOMPARE(slides.at(0).toObject().value("slide").toString(), QString("S1"));
        QCOMPARE(slides.at(0).toObject().value("predicted_total").toInt(), 5);
        QCOMPARE(slides.at(0).toObject().value("below_minimum").toBool(), true);
        QCOMPARE(slides.at(0).toObject().value("not_counted").toObject().value("SMUDGE").toInt(),
                 1);
        const QJsonObject neutrophil = slides.at(0).toObject().value("rows").toArray().at(0)
                                           .toObject();
        QCOMPARE(neutrophil.value("class").toString(), QString("NEUTROPHIL"));
        QCOMPARE(neutrophil.value("labelled").toInt(), 2);
        QVERIFY(qAbs(neutrophil.value("ci_low").toDouble() - 15.0039) < 0.001);
        QCOMPARE(f.store.cellPredictions(f.four).size(), stored);

        // Failures: an unknown slide (1, naming the slides), usage errors (2).
        r = test::runCli({"report", "--project", project, "--slide", "S9", "--out", csv});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("no slide named \"S9\""));
        QVERIFY(r.err.contains("S1, S2"));
        r = test::runCli({"report", "--project", project, "--out", f.dir.filePath("r.txt")});
        QCOMPARE(r.status, 2);
        r = test::runCli({"report", "--project", project, "--slide", "", "--out", csv});
        QCOMPARE(r.status, 2);
        r = test::runCli({"report", "--project", project, "--folder", "elsewhere", "--out", csv});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("elsewhere"));
    }
};

QTEST_MAIN(TestDifferentialReport)
#include "tst_differentialreport.moc"
