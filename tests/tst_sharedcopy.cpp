#include <memory>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "dataset/datasetimporter.h"
#include "pgtestsupport.h"
#include "project/audithistory.h"
#include "project/projectcopy.h"
#include "project/projectstore.h"
#include "project/runrecorder.h"
#include "projectcompare.h"
#include "review/agreement.h"
#include "sharedstoresupport.h"
#include "testsupport.h"
#include "training/modelfile.h"

using namespace wbc;

// A project copied SQLite -> PostgreSQL -> SQLite with wbc copy loses nothing (every table
// compared row by row, ids, authors and times included), and the same labels give the same
// agreement numbers on both backends.
class TestSharedCopy : public QObject
{
    Q_OBJECT

    test::TestDatabases m_databases;

    QString newDatabase(const QString &prefix = "copy") { return m_databases.create(prefix); }

private Q_SLOTS:
    void initTestCase() { WBC_REQUIRE_PG(); }

    void cleanup() { m_databases.dropAll(); }

    // --- SQLite <-> PostgreSQL ---------------------------------------------------------------

    void copyRoundTripLosesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QString error;
        QVERIFY2(writeSyntheticDataset(data, test::smallDataset(8), &error), qPrintable(error));
        const QString original = dir.filePath("original.wbc");
        QVERIFY2(fillVariedProject(original, data, dir.filePath("models/m1.wbcm"), &error),
            qPrintable(error));

        const QString db = newDatabase("copy");
        const QString url = test::pgUrl(db);
        test::CliRun run = test::runCli({ "copy", "--from", original, "--to", url });
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(run.out.contains("cell_labels"));
        QTemporaryDir back;
        const QString copyBack = back.filePath("back.wbc");
        run = test::runCli({ "copy", "--from", url, "--to", copyBack });
        QVERIFY2(run.status == 0, run.err.constData());

        ProjectStore a, b, c;
        QVERIFY2(a.open(original, ProjectStore::OpenMode::ReadOnly, &error), qPrintable(error));
        QVERIFY2(b.open(url, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QVERIFY2(c.open(copyBack, ProjectStore::OpenMode::ReadOnly, &error), qPrintable(error));
        qint64 rows = 0;
        QString diff;
        QVERIFY2(test::sameProject(a, b, &diff, &rows), qPrintable("to PostgreSQL: " + diff));
        QVERIFY2(rows > 100, qPrintable(QString::number(rows)));
        QVERIFY2(test::sameProject(a, c, &diff), qPrintable("and back: " + diff));
        QVERIFY2(test::sameProject(c, b, &diff), qPrintable("back against PostgreSQL: " + diff));
        // What the copies show: the same numbers, the same files, the same authors.
        QCOMPARE(b.stats().cells, a.stats().cells);
        QCOMPARE(b.stats().cellsLabelled, a.stats().cellsLabelled);
        QCOMPARE(c.stats().cellsLabelled, a.stats().cellsLabelled);
        const ImageRecord first = a.images().first();
        QCOMPARE(b.absolutePath(*b.image(first.id)), a.absolutePath(first));
        QCOMPARE(c.absolutePath(*c.image(first.id)), a.absolutePath(first));
        QVERIFY(QFileInfo::exists(c.absolutePath(*c.image(first.id))));
        QSqlQuery q(b.database());
        QVERIFY(q.exec("SELECT string_agg(DISTINCT author, ',' ORDER BY author) FROM cell_labels")
            && q.next());
        QCOMPARE(q.value(0).toString(), QString("dr.a,dr.b,importer,rev.c"));
        QVERIFY(q.exec("SELECT count(*) FROM cells WHERE edited_by = 'dr.a'") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The box dr.a drew is dr.a's on the server too (annotators edit only their own).
        QVERIFY(q.exec("SELECT created_by FROM cells WHERE source = 'user'") && q.next());
        QCOMPARE(q.value(0).toString(), QString("dr.a"));
        q.finish();
        // Into a project that is not empty: refused, nothing changed.
        run = test::runCli({ "copy", "--from", original, "--to", url });
        QCOMPARE(run.status, 1);
        QVERIFY2(test::isOneLine(run.err) && run.err.contains("not empty"), run.err.constData());
        QVERIFY2(test::sameProject(a, b, &diff), qPrintable("after a refused copy: " + diff));
        const QByteArray backBytes = test::readFile(copyBack);
        c.close();
        run = test::runCli({ "copy", "--from", url, "--to", copyBack });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("exists"), run.err.constData());
        QCOMPARE(test::readFile(copyBack), backBytes);

        // The copy is a working shared project: the next id follows the copied ones, and a new
        // label's author is again the server's. (And the comparison does see a difference.)
        const qint64 cell = a.currentCellLabels().keys().first();
        QVERIFY(b.addCellLabel(cell, CellLabel::unidentified(), LabelOrigin::Key, "dr.a"));
        const QList<CellLabelRecord> history = b.cellLabelHistory(cell);
        QCOMPARE(history.last().author, QString("wbc_owner"));
        QVERIFY(history.last().id > a.cellLabelHistory(cell).last().id);
        QVERIFY(!test::sameProject(a, b, &diff));
        QVERIFY2(diff.startsWith("cell_labels: "), qPrintable(diff));
        // An SQLite project that is not empty (made by hand, not by wbc copy): refused too.
        ProjectStore other;
        const QString otherPath = back.filePath("other.wbc");
        QVERIFY(other.open(otherPath));
        QVERIFY(other.addImage(test::someImage("already-here")) > 0);
        QVERIFY(!copyProject(b, other, &error));
        QVERIFY2(error.contains("not empty"), qPrintable(error));
        QCOMPARE(other.images().size(), 1);
    }

    // --- Agreement ---------------------------------------------------------------------------

    void agreementIsTheSameOnBothBackends()
    {
        // The same labels by the same names: on SQLite the client names the author, on
        // PostgreSQL each annotator connects as themselves.
        const QString db = newDatabase("agree");
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 12, &cells, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath("agree.wbc");
        ProjectStore sqlite;
        QVERIFY(sqlite.open(file));
        const qint64 image = sqlite.addImage(test::someImage("team"));
        QVERIFY(sqlite.replaceCells(image, "annotation", test::gridCells(12)));
        QList<qint64> fileCells;
        for (const CellRecord &c : sqlite.whiteCells(image))
            fileCells.append(c.id);
        QCOMPARE(fileCells, cells);

        constexpr CellClass N = CellClass::Neutrophil;
        constexpr CellClass L = CellClass::Lymphocyte;
        constexpr CellClass M = CellClass::Monocyte;
        // ann1 and ann2 on 10 cells: 5 N and 5 L each, 2 swapped (kappa 0.6 by hand:
        // p_o = 0.8, p_e = 0.5 * 0.5 + 0.5 * 0.5 = 0.5). ann3 labels 6 of them, ann1 first says
        // M on cell 0 and changes its mind (only the latest counts); rev1 adjudicates cell 4.
        const QList<CellClass> ann1 = { N, N, N, N, N, L, L, L, L, L };
        const QList<CellClass> ann2 = { N, N, N, N, L, N, L, L, L, L };
        const QList<CellClass> ann3 = { N, N, M, N, L, L };
        struct Entry
        {
            QString author;
            qint64 cell;
            CellLabel label;
            LabelOrigin origin;
        };
        QList<Entry> entries = { { "ann1", cells.at(0), CellLabel::ofClass(M), LabelOrigin::Key } };
        for (int i = 0; i < 10; ++i) {
            entries.append(
                { "ann1", cells.at(i), CellLabel::ofClass(ann1.at(i)), LabelOrigin::Key });
            entries.append(
                { "ann2", cells.at(i), CellLabel::ofClass(ann2.at(i)), LabelOrigin::Key });
            if (i < ann3.size())
                entries.append(
                    { "ann3", cells.at(i), CellLabel::ofClass(ann3.at(i)), LabelOrigin::Key });
        }
        entries.append({ "ann2", cells.at(10), CellLabel::unidentified(), LabelOrigin::Key });
        entries.append({ "rev1", cells.at(4), CellLabel::ofClass(L), LabelOrigin::Adjudication });
        QHash<QString, std::shared_ptr<ProjectStore>> pg;
        for (const Entry &e : std::as_const(entries)) {
            auto &store = pg[e.author];
            if (!store) {
                store = std::make_shared<ProjectStore>();
                QVERIFY2(test::openAs(*store, db, e.author, &error), qPrintable(error));
            }
            QVERIFY2(store->addCellLabel(e.cell, e.label, e.origin, "ignored"),
                qPrintable(store->lastError()));
            QVERIFY(sqlite.addCellLabel(e.cell, e.label, e.origin, e.author));
        }
        ProjectStore owner;
        QVERIFY2(owner.open(test::pgUrl(db), ProjectStore::OpenMode::OpenExisting, &error),
            qPrintable(error));
        const QList<AnnotatorLabel> onPg = owner.annotatorLabels();
        const QList<AnnotatorLabel> onFile = sqlite.annotatorLabels();
        QCOMPARE(onPg.size(), onFile.size());
        QCOMPARE(onPg.size(), 10 + 11 + 6);
        for (int i = 0; i < onPg.size(); ++i) {
            QCOMPARE(onPg.at(i).cellId, onFile.at(i).cellId);
            QCOMPARE(onPg.at(i).annotator, onFile.at(i).annotator);
            QCOMPARE(onPg.at(i).label, onFile.at(i).label);
            QCOMPARE(onPg.at(i).labelId, onFile.at(i).labelId);
        }
        const AgreementReport rp = computeAgreement(onPg);
        const AgreementReport rf = computeAgreement(onFile);
        QCOMPARE(rp.annotators, rf.annotators);
        QCOMPARE(rp.annotators.value("ann1"), 10);
        QCOMPARE(rp.annotators.value("ann2"), 10); // the unidentified cell is no class
        QCOMPARE(rp.pairs.size(), 3);
        QCOMPARE(rp.pairs.first().a, QString("ann1"));
        QCOMPARE(rp.pairs.first().b, QString("ann2"));
        QCOMPARE(rp.pairs.first().n, 10);
        QVERIFY(qAbs(rp.pairs.first().kappa - 0.6) < 1e-12);
        for (int i = 0; i < rp.pairs.size(); ++i) {
            QCOMPARE(rp.pairs.at(i).n, rf.pairs.at(i).n);
            QCOMPARE(rp.pairs.at(i).kappa, rf.pairs.at(i).kappa);
            QCOMPARE(rp.pairs.at(i).confusion, rf.pairs.at(i).confusion);
        }
        QCOMPARE(rp.fleissCells, 6);
        QCOMPARE(rp.fleissCells, rf.fleissCells);
        QCOMPARE(rp.fleissKappa, rf.fleissKappa);
        QCOMPARE(owner.currentCellLabel(cells.at(4))->origin, LabelOrigin::Adjudication);
        QCOMPARE(trainingCellLabels(owner).size(), trainingCellLabels(sqlite).size());
        // And the command line says the same for both.
        const test::CliRun fromPg
            = test::runCli({ "agreement", "--project", test::pgUrl(db), "--json" });
        const test::CliRun fromFile = test::runCli({ "agreement", "--project", file, "--json" });
        QVERIFY2(fromPg.status == 0, fromPg.err.constData());
        QVERIFY2(fromFile.status == 0, fromFile.err.constData());
        QCOMPARE(QJsonDocument::fromJson(fromPg.out), QJsonDocument::fromJson(fromFile.out));
        QCOMPARE(QJsonDocument::fromJson(fromPg.out).object().value("fleiss_kappa").toDouble(),
            rp.fleissKappa);
    }

private:
    // An SQLite project with some of everything a project keeps: slides, images and their
    // cells (one deleted, one drawn by a person), label histories by several authors and
    // origins (adjudication and audit included), flags, a note, a training run with epochs,
    // a model's record, its predictions and a label audit.
    static bool fillVariedProject(
        const QString &path, const QString &dataset, const QString &modelPath, QString *error)
    {
        ProjectStore store;
        if (!store.open(path, ProjectStore::OpenMode::OpenOrCreate, error))
            return false;
        const auto failed = [&](const QString &what) {
            *error = what + ": " + store.lastError();
            return false;
        };
        DatasetImporter importer(store, "importer");
        const ImportReport report = importer.run(dataset);
        if (!report.fatalError.isEmpty() || report.imported != 8) {
            *error = "import: " + report.fatalError;
            return false;
        }
        const QList<ImageRecord> images = store.images();
        SlideRecord slide = store.slides().first();
        slide.specimen = "S-0042";
        slide.stain = "May-Gruenwald-Giemsa";
        slide.notes = "ünïcode, 'quotes', \"double\"";
        if (!store.updateSlide(slide))
            return failed("slide");
        const qint64 second = store.ensureSlide("second slide");
        if (!second || !store.setImageSlide(images.last().id, second))
            return failed("second slide");
        QList<qint64> cells;
        for (const ImageRecord &image : images) {
            for (const CellRecord &c : store.whiteCells(image.id))
                cells.append(c.id);
        }
        if (cells.size() < 8)
            return failed("cells");
        CellRecord drawn;
        drawn.imageId = images.first().id;
        drawn.kind = CellKind::Wbc;
        drawn.box = QRect(2, 3, 17, 19);
        drawn.source = "user";
        drawn.score = 0.625;
        drawn.editedBy = "dr.a";
        const qint64 drawnId = store.addCell(drawn);
        if (!drawnId)
            return failed("drawn cell");
        const auto label =
            [&](qint64 cell, const CellLabel &l, LabelOrigin o, const char *who, qint64 audit = 0) {
                return store.addCellLabel(cell, l, o, QString::fromLatin1(who), audit);
            };
        bool ok = label(drawnId, CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, "dr.a")
            && label(cells.at(0), CellLabel::ofClass(CellClass::Monocyte), LabelOrigin::Key, "dr.a")
            && label(
                cells.at(0), CellLabel::ofClass(CellClass::Lymphocyte), LabelOrigin::Bulk, "dr.b")
            && label(cells.at(0),
                CellLabel::ofClass(CellClass::Monocyte),
                LabelOrigin::Adjudication,
                "rev.c")
            && label(cells.at(1),
                CellLabel::notCounted(NotCounted::Smudge),
                LabelOrigin::Review,
                "rev.c")
            && label(cells.at(2), CellLabel(), LabelOrigin::Undo, "dr.b")
            && label(cells.at(3), CellLabel::unidentified(), LabelOrigin::Key, "dr.b");
        if (!ok)
            return failed("labels");
        if (!store.deleteCell(cells.at(3)))
            return failed("delete");
        if (!store.addFlag(images.at(1).id, CellCountFlag::Multi, "detected", "detector")
            || !store.addFlag(images.at(1).id, CellCountFlag::Single, "user", "dr.a")
            || !store.setUnresolvedLabel(images.at(2).id, "NEUTROPHIL,MONOCYTE"))
            return failed("flags and notes");

        RunRecorder recorder(store);
        TrainParams params;
        params.epochs = 2;
        const qint64 run = recorder.begin(params, QJsonObject { { "train", 6 }, { "val", 2 } });
        if (!run)
            return failed("run");
        for (int e = 1; e <= 2; ++e) {
            EpochReport epoch;
            epoch.epoch = e;
            epoch.epochs = 2;
            epoch.trainLoss = 1.0 / (3.0 * e); // not exact in binary: must survive both ways
            epoch.trainAccuracy = 0.1 * e + 0.123456789012345;
            if (!recorder.addEpoch(run, epoch, { "POLYNUCLEAR", "MONONUCLEAR" }))
                return failed("epoch");
        }
        if (!recorder.finish(run, "finished", QJsonObject { { "best_epoch", 2 } }))
            return failed("finish");
        QDir().mkpath(QFileInfo(modelPath).absolutePath());
        test::writeFile(modelPath, "not really a model");
        ModelHeader header;
        header.arch = "wbcnet";
        header.task = Task::Binary;
        header.metrics = QJsonObject { { "accuracy", 0.875 } };
        const qint64 model = recorder.addModel(run, modelPath, header);
        if (!model)
            return failed("model");
        QList<PredictionRecord> predictions;
        for (int i = 0; i < 5; ++i) {
            PredictionRecord r;
            r.cellId = cells.at(i);
            r.imageId = store.cell(cells.at(i)) ? store.cell(cells.at(i))->imageId : 0;
            r.predicted = i % 2 ? CellClass::Mononuclear : CellClass::Polynuclear;
            r.probabilities = { { CellClass::Polynuclear, i % 2 ? 0.3 : 0.7 },
                { CellClass::Mononuclear, i % 2 ? 0.7 : 0.3 } };
            if (r.imageId)
                predictions.append(r);
        }
        if (!store.replacePredictions(model, predictions))
            return failed("predictions");

        AuditHistory audits(store);
        const qint64 audit = audits.begin("binary", 3, 99, QJsonObject { { "folds", 3 } });
        if (!audit)
            return failed("audit: " + audits.lastError());
        QList<AuditCellRecord> audited;
        for (int i = 0; i < 3; ++i) {
            AuditCellRecord a;
            a.auditId = audit;
            a.cellId = cells.at(4 + i);
            a.rank = i + 1;
            a.fold = 1 + i % 3;
            a.label = "POLYNUCLEAR";
            a.suggested = "MONONUCLEAR";
            a.score = 0.05 * (i + 1);
            a.probabilities = { { "POLYNUCLEAR", 0.2 }, { "MONONUCLEAR", 0.8 } };
            audited.append(a);
        }
        if (!audits.finish(audit, "finished", QJsonObject { { "suspects", 2 } }, audited))
            return failed("audit finish: " + audits.lastError());
        if (!label(cells.at(4),
                CellLabel::ofClass(CellClass::Monocyte),
                LabelOrigin::Audit,
                "dr.a",
                audit))
            return failed("audit label");
        return true;
    }
};

QTEST_GUILESS_MAIN(TestSharedCopy)
#include "tst_sharedcopy.moc"
