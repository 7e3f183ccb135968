#include <memory>
#include <unistd.h>
#include <vector>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "pgtestsupport.h"
#include "project/projectstore.h"
#include "testsupport.h"

using namespace wbc;

// The store's suite runs on both backends (tests/CMakeLists.txt): tst_projectstore on SQLite
// files, tst_projectstore_pg (WBC_TEST_STORE=pg) on the PostgreSQL test cluster, where each
// test's new project is a fresh database of its own. Tests of what only a file has (its header,
// damage, permissions, WAL, old schema versions) skip there.

namespace {

bool onPostgres()
{
    return qEnvironmentVariable("WBC_TEST_STORE") == QLatin1String("pg");
}

#define WBC_SQLITE_FILE_ONLY(what)                                                                 \
    do {                                                                                           \
        if (onPostgres())                                                                          \
            QSKIP("SQLite file behaviour: " what);                                                 \
    } while (false)

// Who the store records as a label's or an edit's author when the client says `given`: on
// PostgreSQL the server sets it to the connected role (the author trigger).
QString recordedAuthor(const ProjectStore &store, const QString &given)
{
    return store.isShared() ? store.userName() : given;
}

ImageRecord someImage(const QString &hash)
{
    ImageRecord r;
    r.path = QStringLiteral("images/%1.png").arg(hash);
    r.sha256 = hash;
    r.width = 640;
    r.height = 480;
    r.fileSize = 1234;
    return r;
}

CellRecord box(CellKind kind, int x, int y, int w, int h)
{
    CellRecord c;
    c.kind = kind;
    c.box = QRect(x, y, w, h);
    return c;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    QStringList m_databases;

    // Where a new project goes: a file in a folder of its own, or the URL of a new, empty
    // database owned by wbc_owner. Both are removed after the test.
    QString newProject(const QString &name = QStringLiteral("p"))
    {
        if (onPostgres()) {
            QString error;
            const std::optional<QString> db = test::createPgDatabase("tst_projectstore", &error);
            if (!db) {
                qWarning("%s", qPrintable(error));
                return QStringLiteral("postgresql://wbc_owner@127.0.0.1:1/no_database");
            }
            m_databases.append(*db);
            return test::pgUrl(*db);
        }
        m_dirs.push_back(std::make_unique<QTemporaryDir>());
        return m_dirs.back()->filePath(name + ProjectStore::kSuffix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (onPostgres())
            WBC_REQUIRE_PG();
    }

    void cleanup()
    {
        m_dirs.clear();
        for (const QString &db : std::as_const(m_databases)) {
            QString error;
            QVERIFY2(test::dropPgDatabase(db, &error), qPrintable(error));
        }
        m_databases.clear();
    }

    void createsCurrentSchema()
    {
        const QString project = newProject();
        ProjectStore store;
        QString error;
        QVERIFY2(
            store.open(project, ProjectStore::OpenMode::OpenOrCreate, &error), qPrintable(error));
        QCOMPARE(store.isShared(), onPostgres());
        QCOMPARE(store.path(), project);
        QCOMPARE(store.role(), ProjectRole::Owner);
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        for (const char *table : { "meta",
                 "slides",
                 "images",
                 "cells",
                 "labels",
                 "cell_labels",
                 "image_flags",
                 "image_notes",
                 "runs",
                 "run_epochs",
                 "models",
                 "predictions",
                 "audit_runs",
                 "audit_cells",
                 "slide_files",
                 "slide_scans",
                 "cell_crops" })
            QVERIFY2(store.database().tables().contains(QLatin1String(table)), table);
        // Foreign keys are enforced on both: a cell of a missing image is refused.
        CellRecord orphan = box(CellKind::Wbc, 1, 1, 10, 10);
        orphan.imageId = 424242;
        orphan.source = QStringLiteral("user");
        QCOMPARE(store.addCell(orphan), 0);
        // Opening it again finds the same project, not a new one.
        store.close();
        QVERIFY2(
            store.open(project, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
    }

    void sqliteFileUsesWal()
    {
        WBC_SQLITE_FILE_ONLY("WAL journal and pragmas");
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesVersionOneKeepingData()
    {
        WBC_SQLITE_FILE_ONLY("schema-1 projects exist only as files (createAtVersion)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.wbc"));
        QString error;
        QVERIFY2(ProjectStore::createAtVersion(path, 1, &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO images (id, path, sha256, width, height, "
                                          "file_size, imported_at) VALUES (1, 'a.png', 'h1', 10, "
                                          "10, 5, '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO labels (image_id, label, source, author, "
                                          "created_at) VALUES (1, 'MONOCYTE', 'user', 'ann', "
                                          "'2026-01-01T00:00:00Z')")));
            QCOMPARE(q.exec(QStringLiteral("SELECT * FROM runs")), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        ProjectStore store;
        QVERIFY2(store.open(path, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store.images().size(), 1);
        QCOMPARE(store.currentLabel(1)->label.toString(), QStringLiteral("MONOCYTE"));
        QVERIFY(store.database().tables().contains(QStringLiteral("runs")));
    }

    void refusesNewerSchema()
    {
        const QString path = newProject(QStringLiteral("new"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setMeta(QStringLiteral("schema_version"),
                                  QString::number(ProjectStore::kSchemaVersion + 5)));
        }
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(u"newer WBC Studio"), qPrintable(error));
        QVERIFY(error.contains(path));
        QVERIFY(!store.isOpen());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        QTest::newRow("text file") << QByteArray("hello world, not a database at all") << "not a WBC Studio project";
        QTest::newRow("other SQLite header only")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0') << "not a WBC Studio project";
    }
    void refusesBadFiles()
    {
        WBC_SQLITE_FILE_ONLY("file sniffing");
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.wbc"));
        test::writeFile(path, content);
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(test::readFile(path), content); // never touched
    }

    void refusesTruncatedProject()
    {
        WBC_SQLITE_FILE_ONLY("a damaged file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.transaction([&] {
                for (int i = 0; i < 300; ++i)
                    if (!store.addImage(someImage(QStringLiteral("h%1").arg(i))))
                        return false;
                return true;
            }));
        }
        QByteArray data = test::readFile(path);
        QVERIFY(data.size() > 8192);
        test::writeFile(path, data.left(data.size() / 2));
        QFile::remove(path + QStringLiteral("-wal"));
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(u"damaged") || error.contains(u"malformed"), qPrintable(error));
    }

    void missingFileWhenOpeningExisting()
    {
        WBC_SQLITE_FILE_ONLY("a missing file (missingProjectWhenOpeningExisting covers both)");
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(QStringLiteral("/nonexistent/p.wbc"), ProjectStore::OpenMode::OpenExisting,
                            &error));
        QVERIFY(error.contains(u"no such project file"));
    }

    // Opening (not creating) where there is no project yet: refused, nothing made.
    void missingProjectWhenOpeningExisting()
    {
        const QString project = newProject();
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(project, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.startsWith(project), qPrintable(error));
        QVERIFY2(
            error.contains(onPostgres() ? u"holds no WBC Studio project" : u"no such project file"),
            qPrintable(error));
        QVERIFY(!store.isOpen());
        if (onPostgres()) {
            test::PgConnection c(m_databases.last());
            QCOMPARE(c.db().tables().size(), 0);
        } else {
            QVERIFY(!QFileInfo::exists(project));
        }
    }

    void labelHistoryIsAppendOnly()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 id = store.addImage(someImage(QStringLiteral("abc")));
        QVERIFY(id > 0);
        QVERIFY(!store.currentLabel(id));
        QVERIFY(store.addLabel(id, ImageLabel({CellClass::Neutrophil}), QStringLiteral("import"),
                               QStringLiteral("csv")));
        QVERIFY(store.addLabel(id, ImageLabel({CellClass::Monocyte}), QStringLiteral("user"),
                               QStringLiteral("dr.a")));
        QVERIFY(store.addLabel(id, ImageLabel(), QStringLiteral("user"), QStringLiteral("dr.b")));
        const QList<LabelRecord> history = store.labelHistory(id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].label.toString(), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(history[1].author, recordedAuthor(store, QStringLiteral("dr.a")));
        QVERIFY(history[2].label.isUnlabeled());
        QVERIFY(history[2].createdAt.isValid());
        QCOMPARE(store.currentLabel(id)->author, recordedAuthor(store, QStringLiteral("dr.b")));
        QCOMPARE(store.stats().unlabeled, 1);
    }

    void duplicateHashIsRefused()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        QVERIFY(store.addImage(someImage(QStringLiteral("same"))) > 0);
        QCOMPARE(store.addImage(someImage(QStringLiteral("same"))), 0);
        QVERIFY(!store.lastError().isEmpty());
    }

    void failedTransactionRollsBack()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const bool ok = store.transaction([&] {
            store.addImage(someImage(QStringLiteral("one")));
            return false;
        });
        QVERIFY(!ok);
        QCOMPARE(store.images().size(), 0);
    }

    void cellsReplaceBySource()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 id = store.addImage(someImage(QStringLiteral("c")));
        CellRecord a;
        a.box = QRect(1, 2, 30, 40);
        QVERIFY(store.replaceCells(id, QStringLiteral("annotation"), {a}));
        a.box = QRect(5, 5, 10, 10);
        a.score = 0.75;
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"), {a, a}));
        QCOMPARE(store.cells(id).size(), 3);
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"), {}));
        const QList<CellRecord> left = store.cells(id);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().box, QRect(1, 2, 30, 40));
        QCOMPARE(left.first().source, QStringLiteral("annotation"));
    }

    void readOnlyProjectOpensReadOnly()
    {
        WBC_SQLITE_FILE_ONLY("file permissions");
        if (geteuid() == 0)
            QSKIP("running as root: file permissions do not restrict writes");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::OpenExisting));
        QVERIFY(store.isReadOnly());
    }

    // --- Cells and slides (schema 3) ---

    void whiteCellsLeaveOutRepeatedDetections()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 id = store.addImage(someImage(QStringLiteral("w")));
        QVERIFY(store.replaceCells(id, QStringLiteral("annotation"),
                                   {box(CellKind::Wbc, 100, 100, 80, 80),
                                    box(CellKind::Rbc, 10, 10, 30, 30)}));
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"),
                                   {box(CellKind::Wbc, 104, 98, 80, 84),   // the same cell
                                    box(CellKind::Wbc, 400, 300, 70, 70)})); // another one
        const QList<CellRecord> cells = store.whiteCells(id);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0).source, QStringLiteral("annotation"));
        QCOMPARE(cells.at(1).box, QRect(400, 300, 70, 70));
        QCOMPARE(store.whiteCellsByImage().value(id).size(), 2);
        // A repeated detection someone labelled counts as a cell of its own.
        const qint64 repeated = store.cells(id, QStringLiteral("detected")).first().id;
        QVERIFY(store.addCellLabel(repeated, CellLabel::ofClass(CellClass::Monocyte),
                                   LabelOrigin::Key, QStringLiteral("a")));
        QCOMPARE(store.whiteCells(id).size(), 3);
    }

    void detectionAgainKeepsLabelledCells()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 id = store.addImage(someImage(QStringLiteral("d")));
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"),
                                   {box(CellKind::Wbc, 10, 10, 50, 50),
                                    box(CellKind::Wbc, 200, 200, 50, 50)}));
        const qint64 labelled = store.cells(id).first().id;
        QVERIFY(store.addCellLabel(labelled, CellLabel::ofClass(CellClass::Neutrophil),
                                   LabelOrigin::Key, QStringLiteral("a")));
        // A second run finds the labelled cell again (slightly moved) and a new one.
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"),
                                   {box(CellKind::Wbc, 12, 11, 50, 50),
                                    box(CellKind::Wbc, 300, 100, 50, 50)}));
        const QList<CellRecord> cells = store.whiteCells(id);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0).id, labelled); // kept, with its label
        QCOMPARE(cells.at(0).box, QRect(10, 10, 50, 50));
        QCOMPARE(cells.at(1).box, QRect(300, 100, 50, 50));
        QCOMPARE(store.currentCellLabel(labelled)->label.name(), QStringLiteral("NEUTROPHIL"));
    }

    void deletedCellKeepsItsHistory()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 image = store.addImage(someImage(QStringLiteral("x")));
        CellRecord c = box(CellKind::Wbc, 5, 5, 60, 60);
        c.imageId = image;
        c.source = QStringLiteral("user");
        c.editedBy = QStringLiteral("dr.a");
        const qint64 id = store.addCell(c);
        QVERIFY(id > 0);
        QCOMPARE(store.cell(id)->editedBy, recordedAuthor(store, QStringLiteral("dr.a")));
        QVERIFY(store.addCellLabel(id, CellLabel::notCounted(NotCounted::Artefact),
                                   LabelOrigin::Key, QStringLiteral("dr.a")));
        QVERIFY(store.deleteCell(id));
        QVERIFY(!store.cell(id));
        QVERIFY(store.whiteCells(image).isEmpty());
        QCOMPARE(store.cellLabelHistory(id).size(), 1);
        QVERIFY(store.restoreCell(id));
        QCOMPARE(store.whiteCells(image).size(), 1);
        QCOMPARE(store.currentCellLabel(id)->label, CellLabel::notCounted(NotCounted::Artefact));
        QVERIFY(!store.restoreCell(987654));
        QVERIFY(!store.deleteCell(987654));
    }

    void slidesNameAndCount()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 a = store.ensureSlide(QStringLiteral("patient-1"));
        QVERIFY(a > 0);
        QCOMPARE(store.ensureSlide(QStringLiteral("patient-1")), a);
        const qint64 b = store.ensureSlide(QStringLiteral("patient-2"));
        ImageRecord img = someImage(QStringLiteral("s1"));
        img.slideId = a;
        const qint64 i1 = store.addImage(img);
        QCOMPARE(store.image(i1)->slideId, a);
        CellRecord c = box(CellKind::Wbc, 1, 1, 40, 40);
        c.imageId = i1;
        c.source = QStringLiteral("annotation");
        const qint64 c1 = store.addCell(c);
        c.box = QRect(100, 100, 40, 40);
        store.addCell(c);
        QVERIFY(store.addCellLabel(c1, CellLabel::ofClass(CellClass::Lymphocyte),
                                   LabelOrigin::Key, QStringLiteral("a")));
        const QList<SlideSummary> summaries = store.slideSummaries();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).slide.name, QStringLiteral("patient-1"));
        QCOMPARE(summaries.at(0).images, 1);
        QCOMPARE(summaries.at(0).cells, 2);
        QCOMPARE(summaries.at(0).labelled, 1);
        QCOMPARE(summaries.at(1).cells, 0);
        // Renaming: a taken name is refused, a free one works; moving an image between slides.
        SlideRecord rename = *store.slide(b);
        rename.name = QStringLiteral("patient-1");
        QVERIFY(!store.updateSlide(rename));
        QVERIFY(store.lastError().contains(u"already"));
        rename.name = QStringLiteral("patient-2b");
        rename.specimen = QStringLiteral("S-0042");
        QVERIFY(store.updateSlide(rename));
        QCOMPARE(store.slideByName(QStringLiteral("patient-2b"))->specimen, QStringLiteral("S-0042"));
        QVERIFY(store.setImageSlide(i1, b));
        QVERIFY(store.removeEmptySlides());
        QCOMPARE(store.slides().size(), 1);
        QCOMPARE(store.slides().first().id, b);
        QCOMPARE(store.stats().slides, 1);
    }

    void imageLabelsAreDerivedFromCells()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 image = store.addImage(someImage(QStringLiteral("two")));
        QVERIFY(store.replaceCells(image, QStringLiteral("annotation"),
                                   {box(CellKind::Wbc, 10, 10, 60, 60),
                                    box(CellKind::Wbc, 300, 200, 60, 60)}));
        const QList<CellRecord> cells = store.whiteCells(image);
        QVERIFY(store.addCellLabel(cells.at(1).id, CellLabel::ofClass(CellClass::Eosinophil),
                                   LabelOrigin::Key, QStringLiteral("a")));
        QCOMPARE(store.currentLabel(image)->label.toString(), QStringLiteral("EOSINOPHIL"));
        QVERIFY(store.addCellLabel(cells.at(0).id, CellLabel::ofClass(CellClass::Lymphocyte),
                                   LabelOrigin::Key, QStringLiteral("b")));
        QCOMPARE(store.currentLabel(image)->label.toString(), QStringLiteral("LYMPHOCYTE,EOSINOPHIL"));
        QCOMPARE(store.currentLabel(image)->author, recordedAuthor(store, QStringLiteral("b")));
        QCOMPARE(store.labelHistory(image).size(), 2);
        ProjectStats s = store.stats();
        QCOMPARE(s.cells, 2);
        QCOMPARE(s.cellsLabelled.value(QStringLiteral("LYMPHOCYTE")), 1);
        QCOMPARE(s.multiCellLabeled, 1);
        // The facade: a multi-class image label that the cells cannot take is kept as a note.
        const qint64 other = store.addImage(someImage(QStringLiteral("three")));
        QVERIFY(store.addLabel(other, ImageLabel({CellClass::Neutrophil, CellClass::Monocyte}),
                               QStringLiteral("import"), QStringLiteral("csv")));
        QCOMPARE(store.unresolvedLabels().value(other), QStringLiteral("NEUTROPHIL,MONOCYTE"));
        QVERIFY(!store.currentLabel(other));
        // One class on a field without boxes: a whole-field cell carries it.
        const qint64 bare = store.addImage(someImage(QStringLiteral("bare")));
        QVERIFY(store.addLabel(bare, ImageLabel({CellClass::Basophil}), QStringLiteral("key"),
                               QStringLiteral("c")));
        const QList<CellRecord> field = store.whiteCells(bare);
        QCOMPARE(field.size(), 1);
        QVERIFY(field.first().isWholeField());
        QCOMPARE(field.first().box, QRect(0, 0, 640, 480));
        s = store.stats();
        QCOMPARE(s.multiCellLabeled, 2);
        QCOMPARE(s.singleLabeled.value(CellClass::Basophil), 1);
        QCOMPARE(s.unlabeled, 0);
    }

    void flagsKeepAPersonsOverride()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 image = store.addImage(someImage(QStringLiteral("f")));
        QVERIFY(store.addFlag(
            image, CellCountFlag::Single, QStringLiteral("detected"), QStringLiteral("detector")));
        const qint64 override = store.addFlag(
            image, CellCountFlag::Multi, QStringLiteral("user"), QStringLiteral("dr.a"));
        QVERIFY(override > 0);
        // Detection again does not undo the person's flag.
        QVERIFY(store.addFlag(
            image, CellCountFlag::None, QStringLiteral("detected"), QStringLiteral("detector")));
        QCOMPARE(store.effectiveFlag(image)->flag, CellCountFlag::Multi);
        QCOMPARE(store.effectiveFlag(image)->author, recordedAuthor(store, QStringLiteral("dr.a")));
        QCOMPARE(store.effectiveFlags().value(image).flag, CellCountFlag::Multi);
        QCOMPARE(store.flagHistory(image).size(), 3);
        QVERIFY(store.removeFlag(override));
        QCOMPARE(store.effectiveFlag(image)->flag, CellCountFlag::None);
        QCOMPARE(store.effectiveFlag(image)->source, QStringLiteral("detected"));
        QCOMPARE(store.flagHistory(image).size(), 2);
    }

    // The current label is the newest adjudication where there is one, else the newest entry;
    // an annotator's own latest labels leave adjudications out.
    void adjudicationIsTheCurrentLabel()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 image = store.addImage(someImage(QStringLiteral("adj")));
        QVERIFY(store.replaceCells(image,
            QStringLiteral("annotation"),
            { box(CellKind::Wbc, 10, 10, 60, 60), box(CellKind::Wbc, 300, 200, 60, 60) }));
        const QList<CellRecord> cells = store.whiteCells(image);
        const qint64 cell = cells.at(0).id;
        const qint64 plain = cells.at(1).id;
        QVERIFY(store.addCellLabel(cell,
            CellLabel::ofClass(CellClass::Neutrophil),
            LabelOrigin::Key,
            QStringLiteral("a")));
        QVERIFY(store.addCellLabel(
            cell, CellLabel::ofClass(CellClass::Monocyte), LabelOrigin::Key, QStringLiteral("b")));
        QVERIFY(store.addCellLabel(cell,
            CellLabel::ofClass(CellClass::Lymphocyte),
            LabelOrigin::Adjudication,
            QStringLiteral("r")));
        QVERIFY(store.addCellLabel(cell,
            CellLabel::ofClass(CellClass::Eosinophil),
            LabelOrigin::Key,
            QStringLiteral("a")));
        QVERIFY(store.addCellLabel(
            plain, CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, QStringLiteral("a")));
        QCOMPARE(store.cellLabelHistory(cell).size(), 4);
        QCOMPARE(store.currentCellLabel(cell)->label, CellLabel::ofClass(CellClass::Lymphocyte));
        QCOMPARE(store.currentCellLabel(cell)->origin, LabelOrigin::Adjudication);
        const QHash<qint64, CellLabelRecord> current = store.currentCellLabels();
        QCOMPARE(current.size(), 2);
        QCOMPARE(current.value(cell).label, CellLabel::ofClass(CellClass::Lymphocyte));
        QCOMPARE(current.value(plain).label, CellLabel::ofClass(CellClass::Basophil));
        QCOMPARE(store.stats().cellsLabelled.value(QStringLiteral("LYMPHOCYTE")), 1);
        // A newer, empty adjudication (its undo) gives the newest other entry back.
        QVERIFY(
            store.addCellLabel(cell, CellLabel(), LabelOrigin::Adjudication, QStringLiteral("r")));
        QCOMPARE(store.currentCellLabel(cell)->label, CellLabel::ofClass(CellClass::Eosinophil));
        QCOMPARE(
            store.currentCellLabels().value(cell).label, CellLabel::ofClass(CellClass::Eosinophil));
        // No adjudication among the annotators' labels; on SQLite each author is their own.
        const QList<AnnotatorLabel> annotators = store.annotatorLabels();
        for (const AnnotatorLabel &a : annotators)
            QVERIFY(a.label != CellLabel::ofClass(CellClass::Lymphocyte));
        if (onPostgres()) { // one connected role wrote them all
            QCOMPARE(annotators.size(), 2);
            QCOMPARE(annotators.at(0).label, CellLabel::ofClass(CellClass::Eosinophil));
        } else {
            QCOMPARE(annotators.size(), 3); // a and b on `cell`, a on `plain`
            QCOMPARE(annotators.at(0).annotator, QStringLiteral("a"));
            QCOMPARE(annotators.at(0).label, CellLabel::ofClass(CellClass::Eosinophil));
            QCOMPARE(annotators.at(1).label, CellLabel::ofClass(CellClass::Monocyte));
        }
    }

    void notesAndMetaRoundTrip()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 image = store.addImage(someImage(QStringLiteral("n")));
        QVERIFY(store.setUnresolvedLabel(image, QStringLiteral("NEUTROPHIL,MONOCYTE")));
        QVERIFY(store.setUnresolvedLabel(image, QStringLiteral("NEUTROPHIL,BASOPHIL")));
        QCOMPARE(store.unresolvedLabels().size(), 1);
        QCOMPARE(store.unresolvedLabels().value(image), QStringLiteral("NEUTROPHIL,BASOPHIL"));
        QVERIFY(store.setUnresolvedLabel(image, QString()));
        QVERIFY(store.unresolvedLabels().isEmpty());
        QVERIFY(store.setMeta(QStringLiteral("x.key"), QStringLiteral("one")));
        QVERIFY(store.setMeta(QStringLiteral("x.key"), QStringLiteral("two \u00e9")));
        QCOMPARE(store.meta(QStringLiteral("x.key")), QStringLiteral("two \u00e9"));
        QCOMPARE(store.meta(QStringLiteral("no.such.key")), QString());
        // Nested transactions are one: the inner write is rolled back with the outer one.
        QVERIFY(!store.transaction([&] {
            return store.transaction([&] { return store.addImage(someImage("t")) > 0; }) && false;
        }));
        QVERIFY(!store.imageByHash(QStringLiteral("t")));
        QVERIFY(store.imageByHash(QStringLiteral("n")));
    }

    void predictionsPerCell()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 one = store.addImage(someImage(QStringLiteral("p1")));
        const qint64 two = store.addImage(someImage(QStringLiteral("p2")));
        QVERIFY(store.replaceCells(one, QStringLiteral("annotation"), {box(CellKind::Wbc, 1, 1, 50, 50)}));
        QVERIFY(store.replaceCells(two, QStringLiteral("annotation"),
                                   {box(CellKind::Wbc, 1, 1, 50, 50), box(CellKind::Wbc, 200, 1, 50, 50)}));
        QSqlQuery q(store.database());
        QVERIFY(q.exec("INSERT INTO models (path, task, arch, created_at) VALUES ('m', 'binary', "
                       "'wbcnet', 'now') RETURNING id")
            && q.next());
        const qint64 model = q.value(0).toLongLong();
        q.finish();
        QList<PredictionRecord> records;
        for (const qint64 image : {one, two}) {
            for (const CellRecord &c : store.whiteCells(image)) {
                PredictionRecord r;
                r.imageId = image;
                r.cellId = c.id;
                r.predicted = CellClass::Polynuclear;
                r.probabilities = {{CellClass::Polynuclear, 0.8}, {CellClass::Mononuclear, 0.2}};
                records.append(r);
            }
        }
        QVERIFY(store.replacePredictions(model, records));
        QVERIFY(store.replacePredictions(model, records)); // replaces, does not add
        QCOMPARE(store.cellPredictions(model).size(), 3);
        QCOMPARE(q.exec("SELECT COUNT(*) FROM predictions") && q.next() ? q.value(0).toInt() : -1, 3);
        // By image: the single cell's prediction; a field with two predicted cells has none.
        const QHash<qint64, PredictionRecord> byImage = store.predictions(model);
        QVERIFY(byImage.contains(one));
        QVERIFY(!byImage.contains(two));
        QCOMPARE(byImage.value(one).confidence(), 0.8);
    }

    // Schema 5: a slide file's record, its scan state and its cells' crops (BLOB / BYTEA).
    void slideFilesScansAndCrops()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(newProject(), ProjectStore::OpenMode::OpenOrCreate, &error),
            qPrintable(error));
        const qint64 slide = store.addImage(someImage(QStringLiteral("s1")));
        const qint64 noMpp = store.addImage(someImage(QStringLiteral("s2")));
        QVERIFY(store.addSlideFile({slide, QStringLiteral("aperio"), 0.2527, 7}));
        QVERIFY(store.addSlideFile({noMpp, QStringLiteral("generic-tiff"), std::nullopt, 3}));
        QVERIFY(store.addSlideFile({noMpp, QStringLiteral("generic-tiff"), std::nullopt, 4}));
        QCOMPARE(store.slideFiles().size(), 2);
        QCOMPARE(*store.slideFile(slide)->micronsPerPixel, 0.2527);
        QVERIFY(!store.slideFile(noMpp)->micronsPerPixel);
        QCOMPARE(store.slideFile(noMpp)->levels, 4);
        bool complete = true;
        QVERIFY(store.slideScan(slide, &complete).isEmpty());
        QVERIFY(!complete);
        QVERIFY(store.setSlideScan(slide, "{\"columns\":1}", false));
        QVERIFY(store.setSlideScan(slide, "{\"columns\":2}", true));
        QCOMPARE(store.slideScan(slide, &complete), QByteArray("{\"columns\":2}"));
        QVERIFY(complete);
        QVERIFY(store.replaceCells(slide, QStringLiteral("detected"),
                                   {box(CellKind::Wbc, 100000, 90000, 50, 50)}));
        const qint64 cell = store.cells(slide).first().id;
        QByteArray png(3000, '\0'); // binary with zeros survives
        for (int i = 0; i < png.size(); ++i)
            png[i] = char(i * 7);
        QVERIFY(store.setCellCrop({cell, QRect(99990, 89990, 70, 70), png}));
        const QHash<qint64, CellCropRecord> crops = store.cellCrops({cell, 424242});
        QCOMPARE(crops.size(), 1);
        QCOMPARE(crops.value(cell).rect, QRect(99990, 89990, 70, 70));
        QCOMPARE(crops.value(cell).png, png);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
