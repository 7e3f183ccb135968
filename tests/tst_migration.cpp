// Upgrading a project written by an older version: the schema-2 fixture made by 0.1.0
// (tests/data/fixtures/README.md) opens, migrates to schema 3 and loses nothing.

#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/schema.h"
#include "project/slidenaming.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

namespace {

QString fixture()
{
    return QStringLiteral(WBC_TEST_DATA_DIR "/fixtures/v2-project.wbc");
}

int count(const ProjectStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// The image id of a fixture file ("f03").
qint64 imageId(const ProjectStore &store, const QString &stem)
{
    for (const ImageRecord &img : store.images()) {
        if (img.path.endsWith(stem + QStringLiteral(".png")))
            return img.id;
    }
    return 0;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_copy;

    bool openCopy(ProjectStore &store)
    {
        m_copy = m_dir.filePath(QStringLiteral("v2-%1.wbc").arg(QDateTime::currentMSecsSinceEpoch()));
        if (!QFile::copy(fixture(), m_copy))
            return false;
        QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        const bool ok = store.open(m_copy, ProjectStore::OpenMode::OpenExisting, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private Q_SLOTS:
    void fixtureIsSchemaTwo()
    {
        QVERIFY2(QFile::exists(fixture()), qPrintable(fixture()));
        QCOMPARE(QFile(fixture()).open(QIODevice::ReadOnly), true);
        ProjectStore store;
        QString error;
        // Read-only cannot migrate: the message says so instead of touching the file.
        QVERIFY(!store.open(fixture(), ProjectStore::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(u"schema 2"), qPrintable(error));
    }

    void upgradesToCurrentSchema()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store.images().size(), 8);
        // The image-level archive is kept row for row.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM labels")), 11);
        // Runs, models and flags are untouched.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM runs")), 2);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM models")), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM image_flags")), 14);
        QVERIFY(RunHistory(store).activeModelId() > 0);
        // Reopening does not migrate again.
        const int cellLabels = count(store, QStringLiteral("SELECT COUNT(*) FROM cell_labels"));
        const int slides = count(store, QStringLiteral("SELECT COUNT(*) FROM slides"));
        QCOMPARE(cellLabels, 9); // f01, f02, f03 (3), f04 (2), f05, f06
        store.close();
        ProjectStore again;
        QVERIFY(again.open(m_copy, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(count(again, QStringLiteral("SELECT COUNT(*) FROM cell_labels")), cellLabels);
        QCOMPARE(count(again, QStringLiteral("SELECT COUNT(*) FROM slides")), slides);
    }

    void foldersBecomeOneSlide()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        const QList<SlideRecord> slides = store.slides();
        QCOMPARE(slides.size(), 1);
        QCOMPARE(slides.first().name, QStringLiteral("data"));
        for (const ImageRecord &img : store.images())
            QCOMPARE(img.slideId, slides.first().id);
        QCOMPARE(store.stats().slides, 1);
    }

    void labelsMoveToTheImagesCell()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        const QHash<qint64, CellLabelRecord> current = store.currentCellLabels();
        // f01: the single annotated box carries the label; the detector's boxes do not.
        const qint64 f01 = imageId(store, QStringLiteral("f01"));
        const QList<CellRecord> annotated = store.cells(f01, QStringLiteral("annotation"));
        qint64 wbc01 = 0;
        for (const CellRecord &c : annotated) {
            if (c.kind == CellKind::Wbc)
                wbc01 = c.id;
        }
        QVERIFY(wbc01 > 0);
        QCOMPARE(current.value(wbc01).label, CellLabel::ofClass(CellClass::Neutrophil));
        QCOMPARE(current.value(wbc01).origin, LabelOrigin::Import);
        for (const CellRecord &c : store.cells(f01, QStringLiteral("detected")))
            QVERIFY(!current.contains(c.id));
        // f05: a person's box wins over the annotation's.
        const qint64 f05 = imageId(store, QStringLiteral("f05"));
        const QList<CellRecord> user = store.cells(f05, QStringLiteral("user"));
        QCOMPARE(user.size(), 1);
        QCOMPARE(current.value(user.first().id).label, CellLabel::ofClass(CellClass::Eosinophil));
        for (const CellRecord &c : store.cells(f05, QStringLiteral("annotation")))
            QVERIFY(!current.contains(c.id));
        // Derived image labels keep their meaning.
        QCOMPARE(store.currentLabel(f01)->label.toString(), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(store.currentLabel(f05)->label.toString(), QStringLiteral("EOSINOPHIL"));
    }

    void historyKeepsWhoWhenAndOrigin()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        const qint64 f03 = imageId(store, QStringLiteral("f03"));
        const QList<CellLabelRecord> history = store.imageCellLabelHistory(f03);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).label.name(), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(history.at(0).origin, LabelOrigin::Import);
        QCOMPARE(history.at(1).label.name(), QStringLiteral("LYMPHOCYTE"));
        QCOMPARE(history.at(1).origin, LabelOrigin::Key); // v2 "user"
        QCOMPARE(history.at(1).author, QStringLiteral("alice"));
        QCOMPARE(history.at(1).createdAt,
                 QDateTime(QDate(2026, 11, 30), QTime(11, 0), Qt::UTC));
        QCOMPARE(history.at(2).origin, LabelOrigin::Review);
        QCOMPARE(history.at(2).author, QStringLiteral("bob"));
        QCOMPARE(history.at(0).cellId, history.at(2).cellId);
        // f04: cleared by alice; the clearing is history too, and the cell is unlabelled.
        const qint64 f04 = imageId(store, QStringLiteral("f04"));
        const QList<CellLabelRecord> cleared = store.imageCellLabelHistory(f04);
        QCOMPARE(cleared.size(), 2);
        QVERIFY(cleared.last().label.isUnlabelled());
        QCOMPARE(cleared.last().author, QStringLiteral("alice"));
        QVERIFY(store.currentLabel(f04)->label.isUnlabeled());
    }

    void multiCellLabelsBecomeNotes()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        const QHash<qint64, QString> notes = store.unresolvedLabels();
        // f07: two classes on two boxes; f08: one class but two detected boxes and no annotation.
        const qint64 f07 = imageId(store, QStringLiteral("f07"));
        const qint64 f08 = imageId(store, QStringLiteral("f08"));
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.value(f07), QStringLiteral("NEUTROPHIL,LYMPHOCYTE"));
        QCOMPARE(notes.value(f08), QStringLiteral("NEUTROPHIL"));
        QVERIFY(store.imageCellLabelHistory(f07).isEmpty());
        QVERIFY(store.imageCellLabelHistory(f08).isEmpty());
        // Counted as before: 5 single-class images (f04 was cleared), 2 multi-cell, 1 unlabelled.
        const ProjectStats s = store.stats();
        QCOMPARE(s.multiCellLabeled, 2);
        QCOMPARE(s.unlabeled, 1);
        QCOMPARE(s.singleLabeled.value(CellClass::Lymphocyte), 2); // f02, f03
        QCOMPARE(s.singleLabeled.value(CellClass::Neutrophil), 1); // f01
    }

    void predictionsFollowTheirCell()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        const qint64 model = RunHistory(store).activeModelId();
        const QHash<qint64, PredictionRecord> byCell = store.cellPredictions(model);
        // Images 1-6 had one candidate box (f05: the person's): their prediction moved to it.
        QCOMPARE(byCell.size(), 6);
        const qint64 f05 = imageId(store, QStringLiteral("f05"));
        const qint64 userBox = store.cells(f05, QStringLiteral("user")).first().id;
        QVERIFY(byCell.contains(userBox));
        QCOMPARE(byCell.value(userBox).imageId, f05);
        // Every v2 prediction row is still there.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM predictions")), 8);
    }

    void migratedProjectTakesNewLabels()
    {
        ProjectStore store;
        QVERIFY(openCopy(store));
        const qint64 f07 = imageId(store, QStringLiteral("f07"));
        const QList<CellRecord> cells = store.cells(f07, QStringLiteral("annotation"));
        QCOMPARE(cells.size(), 2);
        QVERIFY(store.addCellLabel(cells.at(0).id, CellLabel::ofClass(CellClass::Neutrophil),
                                   LabelOrigin::Key, QStringLiteral("carol")));
        QVERIFY(store.addCellLabel(cells.at(1).id, CellLabel::ofClass(CellClass::Lymphocyte),
                                   LabelOrigin::Key, QStringLiteral("carol")));
        const auto derived = store.currentLabel(f07);
        QVERIFY(derived);
        QVERIFY(derived->label.isMultiCell());
        QCOMPARE(derived->author, QStringLiteral("carol"));
    }

    void slideNames_data()
    {
        QTest::addColumn<QStringList>("folders"); // '|' separates components
        QTest::addColumn<QStringList>("names");
        QTest::newRow("one folder") << QStringList{"../data/bccd", "../data/bccd"}
                                    << QStringList{"bccd", "bccd"};
        QTest::newRow("subfolders") << QStringList{"smears/p1", "smears/p2/a", "smears/p2/a"}
                                    << QStringList{"p1", "p2/a", "p2/a"};
        QTest::newRow("root and sub") << QStringList{"d", "d/s1"} << QStringList{"d", "s1"};
        QTest::newRow("beside the project") << QStringList{"", ""}
                                            << QStringList{"slide", "slide"};
    }

    void slideNames()
    {
        QFETCH(QStringList, folders);
        QFETCH(QStringList, names);
        QList<QStringList> parts;
        for (const QString &f : folders)
            parts.append(f.split(u'/', Qt::SkipEmptyParts));
        QCOMPARE(slideNamesForFolders(parts), names);
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
