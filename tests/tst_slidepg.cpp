// Whole-slide tables (schema 5) on a shared project: row-level security like every other table,
// on a new project and on one upgraded from schema 4 (its members get their rights on them).

#include <QTest>

#include "sharedstoresupport.h"
#include "testsupport.h"

using namespace wbc;

class TestSlidePg : public QObject
{
    Q_OBJECT

    test::TestDatabases m_databases;

    // ann1 reads the slide tables, writes none of them; RLS is forced on each.
    void checkSecurity(const QString &db)
    {
        ProjectStore owner;
        QString error;
        QVERIFY2(test::openAs(owner, db, "wbc_owner", &error), qPrintable(error));
        QCOMPARE(owner.schemaVersion(), ProjectStore::kSchemaVersion);
        const qint64 image = owner.images().first().id;
        const qint64 cell = owner.cells(image).first().id;
        QVERIFY2(owner.addSlideFile({ image, "aperio", 0.25, 5 }), qPrintable(owner.lastError()));
        QVERIFY(owner.setSlideScan(image, "{}", true));
        QVERIFY(owner.setCellCrop({ cell, QRect(0, 0, 4, 4), QByteArray("\x89PNG\0\1", 6) }));
        for (const char *table : { "slide_files", "slide_scans", "cell_crops" }) {
            QString out;
            QVERIFY2(test::psqlExec(db,
                         "wbc_owner",
                         QString("SELECT relrowsecurity, relforcerowsecurity FROM pg_class "
                                 "WHERE relname = '%1'")
                             .arg(table),
                         &out),
                qPrintable(out));
            QCOMPARE(out, QString("t|t"));
            QVERIFY2(
                test::psqlExec(db, "ann1", QString("SELECT COUNT(*) FROM %1").arg(table), &out),
                qPrintable(out));
            QCOMPARE(out, QString("1"));
            QVERIFY2(!test::psqlExec(db, "ann1", QString("DELETE FROM %1").arg(table), &out),
                qPrintable(out));
            QVERIFY2(out.contains("permission denied"), qPrintable(out));
            // Someone without a role in the project reads nothing.
            test::psqlExec(db, "outsider", QString("SELECT COUNT(*) FROM %1").arg(table), &out);
            QVERIFY2(out != "1", qPrintable(out));
        }
        const QHash<qint64, CellCropRecord> crops = owner.cellCrops({ cell });
        QCOMPARE(crops.value(cell).png, QByteArray("\x89PNG\0\1", 6));
    }

private Q_SLOTS:
    void initTestCase() { WBC_REQUIRE_PG(); }
    void cleanup() { m_databases.dropAll(); }

    void newProject()
    {
        const QString db = m_databases.create("slides");
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        checkSecurity(db);
    }

    void upgradedFromSchema4()
    {
        const QString db = m_databases.create("slides4");
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        // Back to schema 4: what a project made before whole-slide images looks like.
        QString out;
        QVERIFY2(test::psqlExec(db,
                     "wbc_owner",
                     "DROP TABLE cell_crops, slide_scans, slide_files; "
                     "UPDATE meta SET value = '4' WHERE key = 'schema_version'",
                     &out),
            qPrintable(out));
        {
            ProjectStore annotator; // only the owner upgrades
            QVERIFY(!test::openAs(annotator, db, "ann1", &error));
            QVERIFY2(error.contains("schema 4"), qPrintable(error));
        }
        checkSecurity(db);
    }
};

QTEST_GUILESS_MAIN(TestSlidePg)
#include "tst_slidepg.moc"
